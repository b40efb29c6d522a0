#include "writeconfirmation.h"

#include <QJsonDocument>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace dyna::views {

namespace {

// The request as the details show it; a huge batch is cut so the dialog stays usable.
QString detailsOf(const QJsonObject &input)
{
    constexpr int MaxDetails = 20000;
    QString text = QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Indented));
    if (text.size() > MaxDetails)
        text = text.left(MaxDetails) + QStringLiteral("\n…");
    return text;
}

} // namespace

WriteConfirmation::WriteConfirmation(session::Session *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{}

WriteConfirmation::~WriteConfirmation()
{
    // Nobody is left to answer: nothing waiting is sent.
    while (!m_queue.isEmpty())
        m_queue.dequeue().decide(false);
}

session::Session::WriteConfirmer WriteConfirmation::confirmer()
{
    return [guard = QPointer<WriteConfirmation>(this)](
               const session::Session::WriteRequest &request, std::function<void(bool)> decide) {
        if (!guard) {
            decide(false);
            return;
        }
        guard->enqueue(Pending{request, std::move(decide)});
    };
}

void WriteConfirmation::enqueue(Pending pending)
{
    m_queue.enqueue(std::move(pending));
    if (!m_question)
        askNext();
    else
        updateSendAll();
}

void WriteConfirmation::askNext()
{
    if (m_queue.isEmpty())
        return;
    const session::Session::WriteRequest &request = m_queue.head().request;
    const QString tables = request.tableNames.isEmpty()
                               ? tr("the tables its statements name")
                               : QLocale().createSeparatedList(request.tableNames);
    // Asked without a nested event loop: the answer sends or drops the request.
    auto *question = new QMessageBox(QMessageBox::Warning, tr("Confirm Write on Production"),
                                     tr("%1 is a production connection. Send %2 to %3?")
                                         .arg(m_session->displayName(), request.operation, tables),
                                     QMessageBox::NoButton, m_window);
    question->setObjectName(QStringLiteral("confirmWrite"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setWindowModality(Qt::WindowModal);
    question->setInformativeText(tr("Nothing is sent until you answer. The request is in the "
                                    "details."));
    question->setDetailedText(detailsOf(request.input));
    QPushButton *send = question->addButton(tr("Send"), QMessageBox::AcceptRole);
    send->setObjectName(QStringLiteral("send"));
    QPushButton *dontSend = question->addButton(tr("Don't Send"), QMessageBox::RejectRole);
    dontSend->setObjectName(QStringLiteral("dontSend"));
    QPushButton *sendAll = question->addButton(QString(), QMessageBox::YesRole);
    sendAll->setObjectName(QStringLiteral("sendAll"));
    question->setDefaultButton(dontSend);
    question->setEscapeButton(dontSend);
    connect(send, &QPushButton::clicked, this, [this] { answer(true, false); });
    connect(sendAll, &QPushButton::clicked, this, [this] { answer(true, true); });
    connect(dontSend, &QPushButton::clicked, this, [this] { answer(false, false); });
    m_question = question;
    m_sendAll = sendAll;
    question->open();
    // After open(): showing the box shows every button it has.
    updateSendAll();
}

void WriteConfirmation::updateSendAll()
{
    m_sendAll->setText(tr("Send All Waiting (%1)").arg(QLocale().toString(m_queue.size())));
    m_sendAll->setVisible(m_queue.size() > 1);
}

void WriteConfirmation::answer(bool approved, bool all)
{
    m_question = nullptr;
    do {
        Pending pending = m_queue.dequeue();
        pending.decide(approved);
    } while (all && !m_queue.isEmpty());
    askNext();
}

} // namespace dyna::views
