#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dyna::aws {
class RequestJob;
} // namespace dyna::aws

namespace dyna::session {
class Session;
} // namespace dyna::session

namespace dyna::views {

class ErrorPane;

// What the export and import forms share: the S3 location fields, the problem line, and the
// start button that sends the call. The dialog stays open with everything typed when the call
// fails; sending the same values again reuses the client token, so a transfer that did start
// is not started twice.
class S3TransferDialog : public QDialog
{
    Q_OBJECT
public:
    QString clientToken() const { return m_clientToken; }

protected:
    // The texts of the location fields; translated by the caller.
    struct LocationTexts
    {
        QString bucketName;
        QString bucketPlaceholder;
        QString prefixName;
        QString prefixPlaceholder;
    };

    S3TransferDialog(session::Session *session, const QString &operation,
                     const LocationTexts &location, QWidget *parent);

    // A named line edit, as the forms' text fields are made.
    static QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName,
                               const QString &placeholder, QWidget *parent);

    QLineEdit *bucketEdit() const { return m_bucket; }
    QLineEdit *prefixEdit() const { return m_prefix; }
    QLineEdit *ownerEdit() const { return m_owner; }
    // Puts the form between the error pane and the problem line, above the start button
    // labelled startText. Called last in the subclass constructor, so the start button comes
    // after the fields in the focus chain.
    void setForm(QFormLayout *form, const QString &startText);

    // The request for the form's values with the fresh token it holds also in clientToken;
    // a sentence in problem when the values are not valid.
    virtual QJsonObject request(QString *clientToken, QString *problem) = 0;
    // DynamoDB accepted the call: announce the transfer from its answer.
    virtual void started(const QJsonObject &response) = 0;

private:
    void start();
    void onStarted(aws::RequestJob *job);

    session::Session *m_session;
    QString m_operation;
    QLineEdit *m_bucket;
    QLineEdit *m_prefix;
    QLineEdit *m_owner;
    QLabel *m_problem = nullptr;
    ErrorPane *m_error = nullptr;
    QPushButton *m_start = nullptr;
    QPointer<aws::RequestJob> m_job;
    QString m_clientToken;
    QJsonObject m_lastParameters; // the last request sent, without its token
};

} // namespace dyna::views
