#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QByteArray;
class QJsonObject;

namespace dyna::dynamo {

struct ValidationError
{
    // Where the problem is: "TableName", "KeySchema[0].KeyType", "Item.price" (map entries by
    // key; keys that are empty or contain '.', '[', ']', '"' or whitespace are written
    // Item["a.b"]), or "" for the whole input.
    QString memberPath;
    // A plain sentence that names the member, e.g.
    // KeySchema[0].KeyType must be one of HASH, RANGE; got "PRIMARY".
    QString message;
};

// An AWS API model (the SDKs' `.normal.json` form), preprocessed once into a shape table so
// that request inputs can be validated quickly on every call. Immutable after loading, so one
// instance can be shared between threads.
class ApiModel
{
public:
    ~ApiModel();
    ApiModel(const ApiModel &) = delete;
    ApiModel &operator=(const ApiModel &) = delete;

    // The bundled models (:/aws-models/*.normal.json), loaded on first use.
    static std::shared_ptr<const ApiModel> dynamoDb();
    static std::shared_ptr<const ApiModel> streams();
    static std::shared_ptr<const ApiModel> sts();
    // nullptr, with a sentence in *error, when json is not a usable model.
    static std::shared_ptr<const ApiModel> fromJson(const QByteArray &json, QString *error);

    QString targetPrefix() const;   // "DynamoDB_20120810"
    QString signingName() const;    // signingName, or endpointPrefix when the model has none
    QString endpointPrefix() const; // "dynamodb", "streams.dynamodb", "sts"
    QString apiVersion() const;
    QString jsonVersion() const; // "1.0"; empty for query-protocol models (STS)
    QString protocol() const;    // "json" or "query"
    QString serviceFullName() const;

    bool hasOperation(const QString &operation) const;
    // In the model's order.
    QStringList operations() const;
    // Members of the operation's input marked "idempotencyToken": true (e.g. ClientRequestToken).
    QStringList idempotencyTokenMembers(const QString &operation) const;

    // Checks input (the wire JSON form; for query-protocol models the input members as a JSON
    // object) against the operation's input shape: unknown members, required members, types,
    // enums, lengths, sizes, ranges, patterns and unions. Members are visited in the model's
    // order and the first problem is reported; std::nullopt when the input is valid.
    // A member set to JSON null counts as absent.
    std::optional<ValidationError> validateInput(const QString &operation,
                                                 const QJsonObject &input) const;

private:
    ApiModel();

    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace dyna::dynamo
