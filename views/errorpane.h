#pragma once

#include <QFrame>

class QLabel;

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

    void showError(const aws::AwsError &error);
    void showNotice(const QString &text);
    void clear();

    QString summaryText() const;
    QString detailsText() const;

private:
    QLabel *m_summary;
    QLabel *m_details;
};

} // namespace dyna::views
