#pragma once

#include "attributevalue.h"

#include <QByteArrayList>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>

#include <optional>

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
};

} // namespace dyna::dynamo

Q_DECLARE_METATYPE(dyna::dynamo::WirePage)
