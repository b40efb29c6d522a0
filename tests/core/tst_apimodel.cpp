#include "dynamo/apimodel.h"

#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace dyna::dynamo;
using namespace Qt::StringLiterals;

namespace {

std::shared_ptr<const ApiModel> modelNamed(const QString &name)
{
    if (name == u"dynamodb")
        return ApiModel::dynamoDb();
    if (name == u"streams")
        return ApiModel::streams();
    if (name == u"sts")
        return ApiModel::sts();
    return nullptr;
}

QJsonObject readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("Bad JSON in test data: %s", qPrintable(error.errorString()));
    return document.object();
}

QByteArray describe(const std::optional<ValidationError> &error)
{
    return error ? (error->memberPath + u": "_s + error->message).toUtf8() : QByteArray();
}

QJsonObject putItemWith(const QJsonObject &item)
{
    return QJsonObject{{u"TableName"_s, u"Music"_s}, {u"Item"_s, item}};
}

QJsonObject transactPut()
{
    return json(R"({"Put": {"TableName": "Music", "Item": {"Artist": {"S": "Acme"}}}})");
}

} // namespace

class TestApiModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metadata_data();
    void metadata();
    void operationsMatchTheModelFile_data();
    void operationsMatchTheModelFile();
    void idempotencyTokens_data();
    void idempotencyTokens();
    void officialExamplesAreValid_data();
    void officialExamplesAreValid();
    void invalidInputs_data();
    void invalidInputs();
    void validInputs_data();
    void validInputs();
    void unknownOperation();
    void mapKeysWithPathSyntaxAreQuoted();
    void percentInValuesIsKeptInMessages();
    void lengthCountsCodePoints();
    void sharedAcrossThreads();
    void customModel();
    void brokenModels_data();
    void brokenModels();
};

void TestApiModel::metadata_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("targetPrefix");
    QTest::addColumn<QString>("signingName");
    QTest::addColumn<QString>("endpointPrefix");
    QTest::addColumn<QString>("jsonVersion");
    QTest::addColumn<QString>("protocol");

    QTest::newRow("dynamodb") << "dynamodb"
                              << "DynamoDB_20120810"
                              << "dynamodb"
                              << "dynamodb"
                              << "1.0"
                              << "json";
    // Streams has its own host but signs with the DynamoDB service name.
    QTest::newRow("streams") << "streams"
                             << "DynamoDBStreams_20120810"
                             << "dynamodb"
                             << "streams.dynamodb"
                             << "1.0"
                             << "json";
    QTest::newRow("sts") << "sts" << QString() << "sts"
                         << "sts" << QString() << "query";
}

void TestApiModel::metadata()
{
    QFETCH(QString, model);
    QFETCH(QString, targetPrefix);
    QFETCH(QString, signingName);
    QFETCH(QString, endpointPrefix);
    QFETCH(QString, jsonVersion);
    QFETCH(QString, protocol);

    const auto api = modelNamed(model);
    QVERIFY(api);
    QCOMPARE(api->targetPrefix(), targetPrefix);
    QCOMPARE(api->signingName(), signingName);
    QCOMPARE(api->endpointPrefix(), endpointPrefix);
    QCOMPARE(api->jsonVersion(), jsonVersion);
    QCOMPARE(api->protocol(), protocol);
    QVERIFY(!api->apiVersion().isEmpty());
    // Loading is done once and shared.
    QCOMPARE(modelNamed(model).get(), api.get());
}

void TestApiModel::operationsMatchTheModelFile_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("file");
    QTest::newRow("dynamodb") << "dynamodb"
                              << "dynamodb-2012-08-10.normal.json";
    QTest::newRow("streams") << "streams"
                             << "streams.dynamodb-2012-08-10.normal.json";
    QTest::newRow("sts") << "sts"
                         << "sts-2011-06-15.normal.json";
}

void TestApiModel::operationsMatchTheModelFile()
{
    QFETCH(QString, model);
    QFETCH(QString, file);

    const QJsonObject reference = readJsonFile(dyna::test::sharedPath(u"aws-models/"_s + file));
    const QStringList expected = reference.value(u"operations").toObject().keys();
    QVERIFY(!expected.isEmpty());

    const auto api = modelNamed(model);
    const QStringList operations = api->operations();
    QCOMPARE(QSet<QString>(operations.cbegin(), operations.cend()),
             QSet<QString>(expected.cbegin(), expected.cend()));
    for (const QString &operation : expected)
        QVERIFY2(api->hasOperation(operation), qPrintable(operation));
    QVERIFY(!api->hasOperation(u"putItem"_s));
}

void TestApiModel::idempotencyTokens_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QStringList>("members");
    QTest::newRow("TransactWriteItems")
        << "TransactWriteItems" << QStringList{"ClientRequestToken"};
    QTest::newRow("ExportTableToPointInTime")
        << "ExportTableToPointInTime" << QStringList{"ClientToken"};
    QTest::newRow("ImportTable") << "ImportTable" << QStringList{"ClientToken"};
    QTest::newRow("ExecuteTransaction")
        << "ExecuteTransaction" << QStringList{"ClientRequestToken"};
    QTest::newRow("PutItem has none") << "PutItem" << QStringList();
    QTest::newRow("unknown operation") << "Nope" << QStringList();
}

void TestApiModel::idempotencyTokens()
{
    QFETCH(QString, operation);
    QFETCH(QStringList, members);
    QCOMPARE(ApiModel::dynamoDb()->idempotencyTokenMembers(operation), members);
}

void TestApiModel::officialExamplesAreValid_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QJsonObject>("input");

    const QList<QPair<QString, QString>> files = {
        {u"dynamodb"_s, u"dynamodb-2012-08-10.examples.json"_s},
        {u"streams"_s, u"streams.dynamodb-2012-08-10.examples.json"_s},
        {u"sts"_s, u"sts-2011-06-15.examples.json"_s},
    };
    int rows = 0;
    for (const auto &[model, file] : files) {
        const QJsonObject examples = readJsonFile(dyna::test::sharedPath(u"aws-models/"_s + file))
                                         .value(u"examples")
                                         .toObject();
        QVERIFY2(!examples.isEmpty(), qPrintable(file));
        for (auto it = examples.constBegin(); it != examples.constEnd(); ++it) {
            for (const QJsonValue &example : it.value().toArray()) {
                const QString id = example[u"id"].toString();
                QTest::addRow("%s/%s/%s", qPrintable(model), qPrintable(it.key()), qPrintable(id))
                    << model << it.key() << example[u"input"].toObject();
                ++rows;
            }
        }
    }
    QCOMPARE(rows, 14 + 4 + 9);
}

void TestApiModel::officialExamplesAreValid()
{
    QFETCH(QString, model);
    QFETCH(QString, operation);
    QFETCH(QJsonObject, input);

    const std::optional<ValidationError> error = modelNamed(model)->validateInput(operation, input);
    QVERIFY2(!error, describe(error).constData());
}

void TestApiModel::invalidInputs_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<QString>("memberPath");
    QTest::addColumn<QString>("says");

    QTest::newRow("missing required TableName") << "dynamodb"
                                                << "DescribeTable" << QJsonObject() << "TableName"
                                                << "is required";
    QTest::newRow("null counts as missing")
        << "dynamodb"
        << "DescribeTable" << json(R"({"TableName": null})") << "TableName"
        << "is required";
    QTest::newRow("TableName longer than 1024")
        << "dynamodb"
        << "DescribeTable" << QJsonObject{{u"TableName"_s, QString(1025, u'a')}} << "TableName"
        << "at most 1024 characters";
    QTest::newRow("TableName empty")
        << "dynamodb"
        << "DescribeTable" << json(R"({"TableName": ""})") << "TableName"
        << "must not be empty";
    QTest::newRow("ExclusiveStartTableName pattern")
        << "dynamodb"
        << "ListTables" << json(R"({"ExclusiveStartTableName": "Music Table"})")
        << "ExclusiveStartTableName"
        << "must match the pattern [a-zA-Z0-9_.-]+";
    QTest::newRow("ExclusiveStartTableName too short")
        << "dynamodb"
        << "ListTables" << json(R"({"ExclusiveStartTableName": "ab"})") << "ExclusiveStartTableName"
        << "at least 3 characters";
    QTest::newRow("Limit 0") << "dynamodb"
                             << "ListTables" << json(R"({"Limit": 0})") << "Limit"
                             << "at least 1; got 0";
    QTest::newRow("Limit 101") << "dynamodb"
                               << "ListTables" << json(R"({"Limit": 101})") << "Limit"
                               << "at most 100; got 101";
    QTest::newRow("Limit not integral") << "dynamodb"
                                        << "ListTables" << json(R"({"Limit": 2.5})") << "Limit"
                                        << "whole number; got 2.5";
    QTest::newRow("Limit as a string") << "dynamodb"
                                       << "ListTables" << json(R"({"Limit": "10"})") << "Limit"
                                       << "got a string";
    QTest::newRow("long beyond 64 bits")
        << "dynamodb"
        << "UpdateTableReplicaAutoScaling" << json(R"({"TableName": "Music",
                    "ProvisionedWriteCapacityAutoScalingUpdate": {"MinimumUnits": 1e19}})")
        << "ProvisionedWriteCapacityAutoScalingUpdate.MinimumUnits"
        << "between -9223372036854775808 and 9223372036854775807";
    QTest::newRow("Scan Limit beyond 32 bits")
        << "dynamodb"
        << "Scan" << json(R"({"TableName": "Music", "Limit": 2147483648})") << "Limit"
        << "between -2147483648 and 2147483647";
    QTest::newRow("KeyType enum") << "dynamodb"
                                  << "CreateTable" << json(R"({"TableName": "Music",
                    "AttributeDefinitions": [{"AttributeName": "Artist", "AttributeType": "S"}],
                    "KeySchema": [{"AttributeName": "Artist", "KeyType": "PRIMARY"}],
                    "BillingMode": "PAY_PER_REQUEST"})")
                                  << "KeySchema[0].KeyType"
                                  << "must be one of HASH, RANGE; got \"PRIMARY\".";
    QTest::newRow("BillingMode enum")
        << "dynamodb"
        << "CreateTable" << json(R"({"TableName": "Music",
                    "AttributeDefinitions": [{"AttributeName": "Artist", "AttributeType": "S"}],
                    "KeySchema": [{"AttributeName": "Artist", "KeyType": "HASH"}],
                    "BillingMode": "ON_DEMAND"})")
        << "BillingMode"
        << "must be one of PROVISIONED, PAY_PER_REQUEST; got \"ON_DEMAND\"";
    QTest::newRow("KeySchema empty") << "dynamodb"
                                     << "CreateTable" << json(R"({"TableName": "Music",
                    "AttributeDefinitions": [{"AttributeName": "Artist", "AttributeType": "S"}],
                    "KeySchema": []})")
                                     << "KeySchema"
                                     << "must not be empty";
    QTest::newRow("ReturnValues enum")
        << "dynamodb"
        << "PutItem" << json(R"({"TableName": "Music", "Item": {"Artist": {"S": "Acme"}},
                    "ReturnValues": "EVERYTHING"})")
        << "ReturnValues"
        << "must be one of NONE, ALL_OLD, UPDATED_OLD, ALL_NEW, UPDATED_NEW";
    QTest::newRow("unknown member with a close name")
        << "dynamodb"
        << "GetItem" << json(R"({"TableName": "Music", "Key": {"Artist": {"S": "Acme"}},
                    "ConsistentReads": true})")
        << "ConsistentReads"
        << "did you mean ConsistentRead?";
    QTest::newRow("misspelt required member is reported as a typo")
        << "dynamodb"
        << "DescribeTable" << json(R"({"tableName": "Music"})") << "tableName"
        << "did you mean TableName?";
    QTest::newRow("unknown member lists the valid ones")
        << "dynamodb"
        << "CreateTable" << json(R"({"TableName": "Music",
                    "AttributeDefinitions": [{"AttributeName": "Artist", "AttributeType": "S"}],
                    "KeySchema": [{"AttributeName": "Artist", "KeyType": "HASH", "Order": 1}]})")
        << "KeySchema[0].Order"
        << "its members are AttributeName, KeyType";
    QTest::newRow("string given for a boolean")
        << "dynamodb"
        << "GetItem" << json(R"({"TableName": "Music", "Key": {"Artist": {"S": "Acme"}},
                    "ConsistentRead": "true"})")
        << "ConsistentRead"
        << "must be true or false; got a string";
    QTest::newRow("object given for a list")
        << "dynamodb"
        << "BatchGetItem"
        << json(R"({"RequestItems": {"Music": {"Keys": {"Artist": {"S": "Acme"}}}}})")
        << "RequestItems.Music.Keys"
        << "must be a list; got an object";
    QTest::newRow("AttributeValue with two members")
        << "dynamodb"
        << "PutItem" << putItemWith(json(R"({"Artist": {"S": "Acme"},
                                "tags": {"L": [{"S": "rock"}, {"S": "pop", "N": "1"}]}})"))
        << "Item.tags.L[1]"
        << "must set exactly one of S, N, B, SS, NS, BS, M, L, NULL, BOOL; it sets 2: S, N.";
    QTest::newRow("AttributeValue with no member")
        << "dynamodb"
        << "PutItem" << putItemWith(json(R"({"Artist": {"S": "Acme"}, "tags": {"L": [{}, {}]}})"))
        << "Item.tags.L[0]"
        << "it sets none";
    QTest::newRow("AttributeValue member of the wrong type")
        << "dynamodb"
        << "PutItem"
        << putItemWith(json(R"({"Artist": {"S": "Acme"}, "info": {"M": {"year": {"N": 1999}}}})"))
        << "Item.info.M.year.N"
        << "must be a string; got a number";
    QTest::newRow("blob that is not base64")
        << "dynamodb"
        << "PutItem"
        << putItemWith(json(R"({"Artist": {"S": "Acme"}, "cover": {"B": "not base64!"}})"))
        << "Item.cover.B"
        << "base64";
    QTest::newRow("blob without padding")
        << "dynamodb"
        << "PutItem" << putItemWith(json(R"({"Artist": {"S": "Acme"}, "cover": {"B": "YWJjZA"}})"))
        << "Item.cover.B"
        << "base64";
    QTest::newRow("binary set with a bad element")
        << "dynamodb"
        << "PutItem"
        << putItemWith(json(R"({"Artist": {"S": "Acme"}, "covers": {"BS": ["YWJj", "Y=Jj"]}})"))
        << "Item.covers.BS[1]"
        << "base64";

    QJsonArray tooMany;
    for (int i = 0; i < 101; ++i)
        tooMany.append(transactPut());
    QTest::newRow("TransactItems longer than 100")
        << "dynamodb"
        << "TransactWriteItems" << QJsonObject{{u"TransactItems"_s, tooMany}} << "TransactItems"
        << "at most 100 items; it has 101";
    QTest::newRow("ClientRequestToken longer than 36")
        << "dynamodb"
        << "TransactWriteItems"
        << QJsonObject{{u"TransactItems"_s, QJsonArray{transactPut()}},
                       {u"ClientRequestToken"_s, QString(37, u'x')}}
        << "ClientRequestToken"
        << "at most 36 characters long; it has 37";
    QTest::newRow("ClientToken with a dollar sign")
        << "dynamodb"
        << "ExportTableToPointInTime"
        << json(R"({"TableArn": "arn:aws:dynamodb:us-east-1:123456789012:table/Music",
                    "S3Bucket": "my-bucket", "ClientToken": "token$1"})")
        << "ClientToken"
        << "must match the pattern";
    QTest::newRow("timestamp that is not a date")
        << "dynamodb"
        << "ExportTableToPointInTime"
        << json(R"({"TableArn": "arn:aws:dynamodb:us-east-1:123456789012:table/Music",
                    "S3Bucket": "my-bucket", "ExportTime": "yesterday"})")
        << "ExportTime"
        << "must be a timestamp";
    QTest::newRow("BatchWriteItem table key empty")
        << "dynamodb"
        << "BatchWriteItem"
        << json(R"({"RequestItems": {"": [{"DeleteRequest": {"Key": {"Artist": {"S": "A"}}}}]}})")
        << "RequestItems[\"\"]"
        << "The key of RequestItems[\"\"] must not be empty";
    QTest::newRow("BatchWriteItem without tables")
        << "dynamodb"
        << "BatchWriteItem" << json(R"({"RequestItems": {}})") << "RequestItems"
        << "must not be empty";
    QTest::newRow("Streams ShardIteratorType enum")
        << "streams"
        << "GetShardIterator"
        << json(R"({"StreamArn": "arn:aws:dynamodb:us-west-2:111122223333:table/Forum/stream/x",
                    "ShardId": "shardId-00000001414576573621-f55eea83",
                    "ShardIteratorType": "OLDEST"})")
        << "ShardIteratorType"
        << "must be one of TRIM_HORIZON, LATEST, AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER";
    QTest::newRow("STS DurationSeconds below 900")
        << "sts"
        << "AssumeRole" << json(R"({"RoleArn": "arn:aws:iam::123456789012:role/demo",
                    "RoleSessionName": "console", "DurationSeconds": 899})")
        << "DurationSeconds"
        << "at least 900; got 899";
    QTest::newRow("STS RoleSessionName with a space")
        << "sts"
        << "AssumeRole" << json(R"({"RoleArn": "arn:aws:iam::123456789012:role/demo",
                    "RoleSessionName": "my session"})")
        << "RoleSessionName"
        << "must match the pattern [\\w+=,.@-]*; got \"my session\"";
    QTest::newRow("STS RoleArn with a control character")
        << "sts"
        << "AssumeRole"
        << QJsonObject{{u"RoleArn"_s, u"arn:aws:iam::123456789012:role/\u0001demo"_s},
                       {u"RoleSessionName"_s, u"console"_s}}
        << "RoleArn"
        << "must match the pattern";
    QTest::newRow("STS TokenCode not digits")
        << "sts"
        << "GetSessionToken"
        << json(R"({"SerialNumber": "arn:aws:iam::123456789012:mfa/user", "TokenCode": "12a456"})")
        << "TokenCode"
        << "must match the pattern";
    // \p{Print} is ASCII-printable in Java; a tab is not printable.
    QTest::newRow("AutoScalingPolicyName with a tab")
        << "dynamodb"
        << "UpdateTableReplicaAutoScaling"
        << json(R"({"TableName": "Music", "ProvisionedWriteCapacityAutoScalingUpdate": {
                    "ScalingPolicyUpdate": {"PolicyName": "write\tpolicy",
                        "TargetTrackingScalingPolicyConfiguration": {"TargetValue": 70}}}})")
        << "ProvisionedWriteCapacityAutoScalingUpdate.ScalingPolicyUpdate.PolicyName"
        << "must match the pattern \\p{Print}+";
    QTest::newRow("double given as a string")
        << "dynamodb"
        << "UpdateTableReplicaAutoScaling"
        << json(R"({"TableName": "Music", "ProvisionedWriteCapacityAutoScalingUpdate": {
                    "ScalingPolicyUpdate": {
                        "TargetTrackingScalingPolicyConfiguration": {"TargetValue": "70"}}}})")
        << "ProvisionedWriteCapacityAutoScalingUpdate.ScalingPolicyUpdate"
           ".TargetTrackingScalingPolicyConfiguration.TargetValue"
        << "must be a number; got a string";
}

void TestApiModel::invalidInputs()
{
    QFETCH(QString, model);
    QFETCH(QString, operation);
    QFETCH(QJsonObject, input);
    QFETCH(QString, memberPath);
    QFETCH(QString, says);

    const std::optional<ValidationError> error = modelNamed(model)->validateInput(operation, input);
    QVERIFY(error);
    QCOMPARE(error->memberPath, memberPath);
    QVERIFY2(error->message.contains(memberPath), qPrintable(error->message));
    QVERIFY2(error->message.contains(says), qPrintable(error->message));
    QVERIFY2(error->message.endsWith(u'.') || error->message.endsWith(u'?'),
             qPrintable(error->message));
}

void TestApiModel::validInputs_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QJsonObject>("input");

    QTest::newRow("optional member set to null")
        << "dynamodb"
        << "Scan" << json(R"({"TableName": "Music", "Limit": null})");
    QTest::newRow("every attribute value type")
        << "dynamodb"
        << "PutItem"
        << putItemWith(json(R"({"s": {"S": ""}, "n": {"N": "-1.5e3"}, "b": {"B": "AAEC/w=="},
                                "ss": {"SS": ["a"]}, "ns": {"NS": ["1"]}, "bs": {"BS": ["YQ=="]},
                                "m": {"M": {"deep": {"L": [{"M": {"x": {"NULL": true}}}]}}},
                                "l": {"L": []}, "null": {"NULL": true}, "bool": {"BOOL": false},
                                "empty binary": {"B": ""}})"));
    QTest::newRow("timestamp as epoch seconds")
        << "dynamodb"
        << "ExportTableToPointInTime"
        << json(R"({"TableArn": "arn:aws:dynamodb:us-east-1:123456789012:table/Music",
                    "S3Bucket": "my-bucket", "ExportTime": 1700000000.5})");
    QTest::newRow("timestamp as ISO 8601")
        << "dynamodb"
        << "ExportTableToPointInTime"
        << json(R"({"TableArn": "arn:aws:dynamodb:us-east-1:123456789012:table/Music",
                    "S3Bucket": "my-bucket", "ExportTime": "2024-02-29T23:59:59.123Z"})");
    QJsonArray hundred;
    for (int i = 0; i < 100; ++i)
        hundred.append(transactPut());
    QTest::newRow("TransactItems with exactly 100")
        << "dynamodb"
        << "TransactWriteItems"
        << QJsonObject{{u"TransactItems"_s, hundred}, {u"ClientRequestToken"_s, QString(36, u'x')}};
    QTest::newRow("ListTables at the limits")
        << "dynamodb"
        << "ListTables" << json(R"({"ExclusiveStartTableName": "My_Table.v-2", "Limit": 100})");
    // The STS ARN pattern lists U+10000-U+10FFFF in a form Java would misread.
    QTest::newRow("STS RoleArn with a supplementary character")
        << "sts"
        << "AssumeRole"
        << QJsonObject{{u"RoleArn"_s, u"arn:aws:iam::123456789012:role/\U0001F600"_s},
                       {u"RoleSessionName"_s, u"console@example.com"_s},
                       {u"DurationSeconds"_s, 900}};
    QTest::newRow("STS tag with letters from any script")
        << "sts"
        << "AssumeRole"
        << json(R"({"RoleArn": "arn:aws:iam::123456789012:role/demo", "RoleSessionName": "x1",
                    "Tags": [{"Key": "Größe", "Value": "日本 1"}]})");
    QTest::newRow("AutoScalingPolicyName printable ASCII")
        << "dynamodb"
        << "UpdateTableReplicaAutoScaling"
        << json(R"({"TableName": "Music", "ProvisionedWriteCapacityAutoScalingUpdate": {
                    "ScalingPolicyUpdate": {"PolicyName": "write policy ~1",
                        "TargetTrackingScalingPolicyConfiguration": {"TargetValue": 70.5}}}})");
    QTest::newRow("AutoScalingRoleArn with a supplementary character")
        << "dynamodb"
        << "UpdateTableReplicaAutoScaling"
        << QJsonObject{{u"TableName"_s, u"Music"_s},
                       {u"ProvisionedWriteCapacityAutoScalingUpdate"_s,
                        QJsonObject{{u"AutoScalingRoleArn"_s, u"arn:\U0001F600\u00e9"_s}}}};
}

void TestApiModel::validInputs()
{
    QFETCH(QString, model);
    QFETCH(QString, operation);
    QFETCH(QJsonObject, input);

    const std::optional<ValidationError> error = modelNamed(model)->validateInput(operation, input);
    QVERIFY2(!error, describe(error).constData());
}

void TestApiModel::unknownOperation()
{
    const std::optional<ValidationError> error =
        ApiModel::dynamoDb()->validateInput(u"DropTable"_s, QJsonObject());
    QVERIFY(error);
    QCOMPARE(error->memberPath, QString());
    QVERIFY(error->message.contains(u"DropTable"));
}

void TestApiModel::mapKeysWithPathSyntaxAreQuoted()
{
    const auto error = ApiModel::dynamoDb()->validateInput(
        u"PutItem"_s,
        putItemWith(json(R"({"a.b": {"M": {"say \"hi\"": {"L": [{"BOOL": "yes"}]}}}})")));
    QVERIFY(error);
    QCOMPARE(error->memberPath, uR"(Item["a.b"].M["say \"hi\""].L[0].BOOL)"_s);

    const auto placeholder = ApiModel::dynamoDb()->validateInput(
        u"Query"_s, json(R"({"TableName": "Music", "ExpressionAttributeValues": {":v": {}}})"));
    QVERIFY(placeholder);
    QCOMPARE(placeholder->memberPath, u"ExpressionAttributeValues.:v"_s);
}

void TestApiModel::percentInValuesIsKeptInMessages()
{
    const auto error = ApiModel::dynamoDb()->validateInput(
        u"PutItem"_s, json(R"({"TableName": "Music", "Item": {"%1": {"S": "x"}},
                               "ReturnValues": "%1 %2"})"));
    QVERIFY(error);
    QCOMPARE(error->memberPath, u"ReturnValues"_s);
    QVERIFY2(error->message.contains(u"got \"%1 %2\"."), qPrintable(error->message));
}

void TestApiModel::lengthCountsCodePoints()
{
    // AWS lengths are in characters (code points): an emoji is one, though two UTF-16 units.
    QString name;
    for (int i = 0; i < 1024; ++i)
        name += u"\U0001F600"_s;
    const auto api = ApiModel::dynamoDb();
    QVERIFY(!api->validateInput(u"DescribeTable"_s, QJsonObject{{u"TableName"_s, name}}));
    name += u'a';
    const auto error = api->validateInput(u"DescribeTable"_s, QJsonObject{{u"TableName"_s, name}});
    QVERIFY(error);
    QVERIFY2(error->message.contains(u"it has 1025"), qPrintable(error->message));
}

void TestApiModel::sharedAcrossThreads()
{
    // One model instance serves every request job, whatever thread it runs on.
    const QJsonObject bad = json(R"({"RoleArn": "arn:aws:iam::123456789012:role/demo",
                                     "RoleSessionName": "my session"})");
    const QJsonObject good = json(R"({"RoleArn": "arn:aws:iam::123456789012:role/demo",
                                      "RoleSessionName": "my-session"})");
    std::atomic<int> wrong = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            const auto api = ApiModel::sts();
            for (int i = 0; i < 200; ++i) {
                const auto error = api->validateInput(u"AssumeRole"_s, bad);
                if (!error || error->memberPath != u"RoleSessionName" ||
                    api->validateInput(u"AssumeRole"_s, good)) {
                    ++wrong;
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(wrong.load(), 0);
}

// Features the bundled models do not exercise: the union trait, sensitive values, float.
void TestApiModel::customModel()
{
    const QByteArray model = R"({
        "metadata": {"protocol": "json", "jsonVersion": "1.1", "endpointPrefix": "example",
                     "targetPrefix": "Example", "apiVersion": "2020-01-01"},
        "operations": {"Send": {"input": {"shape": "SendInput"}}},
        "shapes": {
            "SendInput": {"type": "structure", "required": ["Secret"],
                          "members": {"Secret": {"shape": "Secret"}, "Choice": {"shape": "Choice"},
                                      "Ratio": {"shape": "Ratio"},
                                      "Token": {"shape": "Secret", "idempotencyToken": true}}},
            "Secret": {"type": "string", "pattern": "[a-z]+", "sensitive": true},
            "Choice": {"type": "structure", "union": true,
                       "members": {"A": {"shape": "Ratio"}, "B": {"shape": "Ratio"}}},
            "Ratio": {"type": "float", "min": 0, "max": 1}
        }
    })";
    QString loadError;
    const auto api = ApiModel::fromJson(model, &loadError);
    QVERIFY2(api, qPrintable(loadError));
    QCOMPARE(api->signingName(), u"example"_s);
    QCOMPARE(api->idempotencyTokenMembers(u"Send"_s), QStringList{u"Token"_s});

    const auto secret = api->validateInput(u"Send"_s, json(R"({"Secret": "Hunter2"})"));
    QVERIFY(secret);
    QCOMPARE(secret->memberPath, u"Secret"_s);
    QVERIFY2(!secret->message.contains(u"Hunter2"), qPrintable(secret->message));

    const auto choice =
        api->validateInput(u"Send"_s, json(R"({"Secret": "abc", "Choice": {"A": 0.5, "B": 1}})"));
    QVERIFY(choice);
    QCOMPARE(choice->memberPath, u"Choice"_s);

    const auto ratio = api->validateInput(u"Send"_s, json(R"({"Secret": "abc", "Ratio": 1.5})"));
    QVERIFY(ratio);
    QCOMPARE(ratio->memberPath, u"Ratio"_s);
    QVERIFY2(ratio->message.contains(u"at most 1; got 1.5"), qPrintable(ratio->message));

    QVERIFY(!api->validateInput(u"Send"_s, json(R"({"Secret": "abc", "Choice": {"B": 0.25}})")));
}

void TestApiModel::brokenModels_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("not JSON") << QByteArray(R"({"metadata": {)") << "JSON";
    QTest::newRow("no shapes") << QByteArray(R"({"metadata": {}, "operations": {}})") << "shapes";
    QTest::newRow("dangling reference") << QByteArray(R"({"metadata": {}, "operations": {},
                          "shapes": {"L": {"type": "list", "member": {"shape": "Missing"}}}})")
                                        << "L";
    QTest::newRow("unsupported type") << QByteArray(R"({"metadata": {}, "operations": {},
                          "shapes": {"X": {"type": "document"}}})")
                                      << "document";
    QTest::newRow("bad pattern") << QByteArray(R"({"metadata": {}, "operations": {},
                          "shapes": {"P": {"type": "string", "pattern": "[a-"}}})")
                                 << "P";
}

void TestApiModel::brokenModels()
{
    QFETCH(QByteArray, model);
    QFETCH(QString, mentions);

    QString error;
    QVERIFY(!ApiModel::fromJson(model, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestApiModel)
#include "tst_apimodel.moc"
