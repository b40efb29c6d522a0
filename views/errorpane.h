#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace dyna::aws {
class AwsError;
} // namespace dyna::aws

namespace dyna::views {

// The inline error of a panel: a plain sentence first, the AWS code, message and request id
// below it (selectable, for support tickets). Hidden while there is nothing to say.
class ErrorPane : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorPane(QWidget *parent = nullptr);

    // `offerReconnect`: the error is about the credentials and the session can sign in again.
    void showError(const aws::AwsError &error, bool offerReconnect = false);
    void showNotice(const QString &text);
    void clear();

    QString summaryText() const;
    QString detailsText() const;

Q_SIGNALS:
    void reconnectRequested();

private:
    QLabel *m_summary;
    QLabel *m_details;
    QPushButton *m_reconnect;
};

} // namespace dyna::views
