#pragma once

#include "aws/endpointresolver.h"
#include "aws/job.h"
#include "wirepage.h"

#include <QJsonObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace dyna::aws {
class AwsClient;
class RequestJob;
} // namespace dyna::aws

namespace dyna::dynamo {

// How one operation pages: the request member that takes the token and the response member
// (a dotted path) that carries the next one.
struct PaginationRule
{
    QString inputToken;
    QString outputToken;
};

std::optional<PaginationRule> paginationRule(aws::Service service, const QString &operation);

// Runs an operation page after page until the last page, `maxPages` pages or cancel(). Each
// page arrives in `page`; the job ends in exactly one `finished`.
class PaginatedJob : public aws::Job
{
    Q_OBJECT
public:
    PaginatedJob(aws::AwsClient *client, aws::Service service, QString operation, QJsonObject input,
                 QObject *parent = nullptr);

    void setMaxPages(int maxPages) { m_maxPages = maxPages; }
    // Reads each page's items with simdjson and hands the page to `wirePage` instead of `page`.
    void setItems(WirePage::Items form) { m_itemsForm = form; }
    void start() override;
    void cancel() override;

    int pages() const { return m_pages; }
    // The token to continue from when the job stopped before the last page.
    QJsonValue nextToken() const { return m_nextToken; }
    bool isComplete() const { return m_complete; }

Q_SIGNALS:
    void page(dyna::dynamo::PaginatedJob *job, const QJsonObject &response);
    // Instead of `page` after setItems(): the page's items, and the rest of the response.
    void wirePage(dyna::dynamo::PaginatedJob *job, const dyna::dynamo::WirePage &page);

private:
    void requestPage();
    void onPageFinished(aws::RequestJob *job);

    QPointer<aws::AwsClient> m_client;
    aws::Service m_service;
    QString m_operation;
    QJsonObject m_input;
    PaginationRule m_rule;
    QPointer<aws::RequestJob> m_current;
    std::optional<WirePage::Items> m_itemsForm;
    // Filled by the current page job's body reader.
    WirePage::Holder m_wirePage;
    QJsonValue m_nextToken;
    int m_maxPages = -1;
    int m_pages = 0;
    bool m_complete = false;
    bool m_started = false;
};

} // namespace dyna::dynamo
