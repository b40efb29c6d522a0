#pragma once

#include "s3transferdialog.h"

#include "dynamo/s3export.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;

namespace dyna::views {

// "Export to S3" of one table (ExportTableToPointInTime). The dialog sends the call itself and
// stays open with everything typed when it fails; pressing Export again with the same values
// reuses the client token, so an export that did start is not started twice.
class ExportDialog : public S3TransferDialog
{
    Q_OBJECT
public:
    ExportDialog(session::Session *session, const QString &tableArn, QWidget *parent = nullptr);

    // The spec the form describes now (without client token).
    dynamo::ExportSpec spec() const;

Q_SIGNALS:
    // DynamoDB accepted the export (usually IN_PROGRESS).
    void exportStarted(const dyna::dynamo::ExportInfo &info);

protected:
    QJsonObject request(QString *clientToken, QString *problem) override;
    void started(const QJsonObject &response) override;

private:
    void updateFields();

    QString m_tableArn;
    QComboBox *m_format;
    QComboBox *m_encryption;
    QLineEdit *m_kmsKey;
    QComboBox *m_type;
    QCheckBox *m_pointInTime;
    QDateTimeEdit *m_exportTime;
    QDateTimeEdit *m_fromTime;
    QCheckBox *m_toLatest;
    QDateTimeEdit *m_toTime;
    QComboBox *m_viewType;
};

} // namespace dyna::views
