#pragma once

#include "attributevalue.h"

#include <QByteArrayList>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>

#include <memory>
#include <optional>

namespace dyna::aws {
class RequestJob;
} // namespace dyna::aws

namespace dyna::dynamo {

// One answer of a read that returns items (Query, Scan, ExecuteStatement), parsed with simdjson
// instead of QJsonDocument: the items, and everything else (keys, counts, capacity, tokens) as
// a small QJsonObject.
struct WirePage
{
    enum class Items {
        Decoded, // `items`: for code that works with the values (export, counting, dynabench)
        Json,    // `itemJson` and `itemNames`: each item's compact wire JSON and its attribute
                 // names, for the grid, which decodes only the rows it shows
    };

    QJsonObject envelope; // the response without "Items"
    QList<Item> items;
    QByteArrayList itemJson;
    QList<QStringList> itemNames; // names shared between items (one string per name)

    qsizetype size() const { return items.isEmpty() ? itemJson.size() : items.size(); }

    // nullopt with a sentence in *error when body is not a JSON object or an item is not
    // valid DynamoDB JSON.
    static std::optional<WirePage> read(QByteArrayView body, Items form, QString *error);
    // A Json-form page of items already parsed by Qt (pages built in memory, tests).
    static WirePage fromItems(const QJsonArray &items);
    // Appends other's items (of the same form) after this page's.
    void append(const WirePage &other);

    // Where readInto() leaves a job's page: set once the answer has been read.
    using Holder = std::shared_ptr<std::optional<WirePage>>;
    // Makes `job` read its answer as a page of `form` instead of with QJsonDocument; its
    // response() is then the page's envelope. An unreadable answer counts as damaged (retried).
    static Holder readInto(aws::RequestJob *job, Items form);
};

} // namespace dyna::dynamo

Q_DECLARE_METATYPE(dyna::dynamo::WirePage)
