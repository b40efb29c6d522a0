#pragma once

#include "controlplaneserver.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

namespace dyna::test {

// Exports to S3 and imports from S3 on the ControlPlaneServer: ExportTableToPointInTime,
// DescribeExport, ListExports, ImportTable, DescribeImport, ListImports. An export scans the
// real table in DynamoDB Local and writes DynamoDB JSON lines into the server's S3; an import
// reads DynamoDB JSON or CSV objects from there into a real new table. ION is not read or
// written: such jobs end FAILED with a FailureCode. Compressed imports (GZIP, ZSTD) too.
class FakeExports : public QObject
{
    Q_OBJECT
public:
    explicit FakeExports(ControlPlaneServer *server);

    // The S3 key of the data object an export wrote ("s3://bucket/prefix/AWSDynamoDB/<id>/
    // data/part-0000.json"); empty for an unknown export.
    QString dataObjectKey(const QString &exportArn) const;

private:
    struct Job
    {
        QJsonObject description;
        QJsonObject parameters; // the request without its ClientToken, for idempotency
    };

    void exportTable(const LoopbackRequest &request, const ControlPlaneServer::Respond &respond);
    void runExport(int index);
    void importTable(const LoopbackRequest &request, const ControlPlaneServer::Respond &respond);
    void runImport(int index);
    void finishJob(QList<Job> *jobs, int index, const QString &statusMember, const QString &status,
                   const QJsonObject &extra);

    ControlPlaneServer *m_server;
    QList<Job> m_exports;
    QList<Job> m_imports;
    QHash<QString, int> m_exportTokens;
    QHash<QString, int> m_importTokens;
    QHash<QString, QString> m_dataKeys; // export ARN -> data object key
};

} // namespace dyna::test
