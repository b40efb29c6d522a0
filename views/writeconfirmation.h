#pragma once

#include "session/session.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QPushButton>
#include <QQueue>

class QWidget;

namespace dyna::views {

// Asks before each write on a production connection: one window-modal question at a time,
// naming the connection, the operation and the tables, with the request in the details.
// Writes that arrive meanwhile wait their turn; "Send All Waiting" answers them together.
class WriteConfirmation : public QObject
{
    Q_OBJECT
public:
    WriteConfirmation(session::Session *session, QWidget *window);
    ~WriteConfirmation() override;

    // What Session::setWriteConfirmer takes.
    session::Session::WriteConfirmer confirmer();
    // The question on screen, if any (for tests).
    QMessageBox *question() const { return m_question; }
    int waiting() const { return int(m_queue.size()); }

private:
    struct Pending
    {
        session::Session::WriteRequest request;
        std::function<void(bool)> decide;
    };
    void enqueue(Pending pending);
    void askNext();
    void updateSendAll();
    void answer(bool approved, bool all);

    session::Session *m_session;
    QWidget *m_window;
    QQueue<Pending> m_queue;
    QPointer<QMessageBox> m_question;
    QPointer<QPushButton> m_sendAll;
};

} // namespace dyna::views
