#pragma once

#include "s3transferdialog.h"

#include "dynamo/s3import.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace dyna::views {

// "Import from S3" (ImportTable): where the data is, how it is written, and the new table's
// name, keys and billing. The dialog sends the call itself and stays open with everything
// typed when it fails; pressing Import again with the same values reuses the client token.
class ImportDialog : public S3TransferDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(session::Session *session, QWidget *parent = nullptr);

    // The spec the form describes now (without client token).
    dynamo::ImportSpec spec() const;

Q_SIGNALS:
    // DynamoDB accepted the import (usually IN_PROGRESS).
    void importStarted(const dyna::dynamo::ImportInfo &info);

protected:
    QJsonObject request(QString *clientToken, QString *problem) override;
    void started(const QJsonObject &response) override;

private:
    void updateFields();

    QComboBox *m_format;
    QLineEdit *m_delimiter;
    QLineEdit *m_headers;
    QComboBox *m_compression;
    QLineEdit *m_tableName;
    QLineEdit *m_partitionKey;
    QComboBox *m_partitionType;
    QLineEdit *m_sortKey;
    QComboBox *m_sortType;
    QComboBox *m_billing;
    QSpinBox *m_read;
    QSpinBox *m_write;
};

} // namespace dyna::views
