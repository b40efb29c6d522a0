#pragma once

#include "aws/job.h"
#include "itemformat.h"
#include "wirepage.h"

#include <QJsonObject>
#include <QPointer>

#include <memory>

namespace dyna::aws {
class AwsClient;
} // namespace dyna::aws

namespace dyna::dynamo {

class PaginatedJob;

// Writes items to a file: either the items already at hand (the result set on screen) or every
// page of a Scan or Query, written as the pages arrive. The file appears only when the job
// succeeds; cancel() or an error leaves no file (an older file of that name stays as it was).
class ExportJob : public aws::Job
{
    Q_OBJECT
public:
    ExportJob(QList<Item> items, QString fileName, ItemFileFormat format,
              QStringList leadingKeys = {}, QObject *parent = nullptr);
    // operation is "Scan" or "Query"; input is its request (TableName, filters, Limit...).
    ExportJob(aws::AwsClient *client, QString operation, QJsonObject input, QString fileName,
              ItemFileFormat format, QStringList leadingKeys = {}, QObject *parent = nullptr);
    ~ExportJob() override;

    // Reads a whole-table Scan in this many parallel segments (see planFullScan); the file then
    // holds the segments' pages in the order they arrive.
    void setSegments(int segments) { m_segments = segments; }

    void start() override;
    void cancel() override;

    const QString &fileName() const { return m_fileName; }
    qint64 items() const { return m_items; }
    // Bytes in the file so far; a CSV file is written whole at the end.
    qint64 bytes() const;

Q_SIGNALS:
    void progress(qint64 items, qint64 bytes);

private:
    void begin();
    void writeSlice();
    bool writeItem(const Item &item);
    void onPage(const WirePage &page);
    void onPagesFinished();
    void complete();
    void fail(const aws::AwsError &error);

    QPointer<aws::AwsClient> m_client;
    QString m_operation;
    QJsonObject m_input;
    QList<Item> m_given;
    qsizetype m_givenDone = 0;
    QString m_fileName;
    std::unique_ptr<ItemFileWriter> m_writer;
    QPointer<aws::Job> m_pages;
    int m_segments = 1;
    qint64 m_items = 0;
    bool m_fromTable = false;
};

} // namespace dyna::dynamo
