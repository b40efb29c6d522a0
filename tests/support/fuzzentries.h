#pragma once

// The code each libFuzzer target under fuzz/ runs on one input. Shared with
// tests/core/tst_fuzzregressions.cpp, so a crash found by a fuzzer is replayed by the very same
// code in the regular test suite. Any parse error is a normal outcome; only crashes, undefined
// behaviour and leaks (caught by the sanitizers) are failures.

#include "aws/awserror.h"
#include "aws/sts.h"
#include "dynamo/attributevalue.h"
#include "dynamo/backups.h"
#include "dynamo/consumedcapacity.h"
#include "dynamo/contributorinsights.h"
#include "dynamo/documentconverter.h"
#include "dynamo/exactjson.h"
#include "dynamo/globaltables.h"
#include "dynamo/kinesisdestinations.h"
#include "dynamo/limits.h"
#include "dynamo/partiql.h"
#include "dynamo/pointintime.h"
#include "dynamo/queryspec.h"
#include "dynamo/s3export.h"
#include "dynamo/s3import.h"
#include "dynamo/scanplan.h"
#include "dynamo/tablespec.h"
#include "dynamo/tags.h"
#include "dynamo/wirepage.h"
#include "profiles/sharedconfig.h"
#include "streams/shardinfo.h"
#include "streams/streamrecord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace dyna::fuzz {

inline QByteArrayView bytes(const uint8_t *data, size_t size)
{
    return QByteArrayView(data, qsizetype(size));
}

// A fuzzer's invariant did not hold: abort so libFuzzer saves the input (and a test fails).
inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

// DynamoDB wire JSON: a Qt-parsed item, an item typed in the editor, and a Scan answer read by
// simdjson in both forms. Whatever parses must write out and read back as the same item.
inline void parseAttributeValue(const uint8_t *data, size_t size)
{
    const QByteArrayView text = bytes(data, size);
    QString error;
    const dynamo::Item wireItem =
        dynamo::itemFromWire(QJsonDocument::fromJson(text.toByteArray()).object(), &error);
    if (error.isEmpty())
        require(dynamo::itemFromWire(dynamo::itemToWire(wireItem), &error) == wireItem);

    const dynamo::Item typed = dynamo::itemFromWireText(text, &error);
    if (error.isEmpty()) {
        const dynamo::Item reread = dynamo::itemFromWireText(dynamo::itemToWireText(typed), &error);
        require(error.isEmpty() && reread == typed);
    }

    for (const auto form : {dynamo::WirePage::Items::Decoded, dynamo::WirePage::Items::Json}) {
        const auto page = dynamo::WirePage::read(text, form, &error);
        if (!page)
            continue;
        // The grid decodes each item's JSON when it shows the row.
        for (const QByteArray &json : page->itemJson)
            (void)dynamo::itemFromWireText(json, &error);
    }
}

// Plain JSON documents and DynamoDB JSON, both ways, over the exact-number JSON parser.
inline void parseDocumentConverter(const uint8_t *data, size_t size)
{
    const QByteArrayView text = bytes(data, size);
    dynamo::ExactJsonError jsonError;
    const auto json = dynamo::parseExactJson(text, &jsonError);
    if (json) {
        const auto again = dynamo::parseExactJson(dynamo::writeExactJson(*json));
        require(again && *again == *json);
        (void)dynamo::writeExactJson(*json, dynamo::JsonFormat::Indented);
    } else {
        (void)jsonError.toString();
    }

    QString error;
    const dynamo::Item document = dynamo::itemFromDocumentText(text, &error);
    if (error.isEmpty()) {
        const dynamo::Item reread =
            dynamo::itemFromDocumentText(dynamo::itemToDocumentText(document), &error);
        require(error.isEmpty() && reread == document);
        // Every document item is also a wire item.
        const dynamo::Item wire =
            dynamo::itemFromWireText(dynamo::itemToWireText(document), &error);
        require(error.isEmpty() && wire == document);
    }
    // DynamoDB JSON typed by a user, shown as a document.
    const dynamo::Item wire = dynamo::itemFromWireText(text, &error);
    if (error.isEmpty()) {
        const dynamo::Item fromDocument =
            dynamo::itemFromDocumentText(dynamo::itemToDocumentText(wire), &error);
        require(error.isEmpty() && fromDocument == wire);
    }
}

// ~/.aws/config and ~/.aws/credentials: the input up to its first NUL byte is the config file,
// the rest the credentials file (both files get the whole input when it has no NUL).
inline void parseSharedConfig(const uint8_t *data, size_t size)
{
    const QByteArray text = bytes(data, size).toByteArray();
    const qsizetype split = text.indexOf('\0');
    const QByteArray config = split < 0 ? text : text.left(split);
    const QByteArray credentials = split < 0 ? text : text.mid(split + 1);
    QStringList warnings;
    const auto shared = profiles::SharedConfig::parse(config, credentials, &warnings);
    // Resolving walks each profile's whole source chain: a few profiles are enough to cover it
    // without making long generated chains quadratic.
    constexpr qsizetype kResolvedProfiles = 16;
    for (const QString &name : shared.profileNames().mid(0, kResolvedProfiles)) {
        (void)shared.settings(name);
        QString error;
        (void)shared.resolve(name, &error);
    }
}

// STS query-protocol answers and error bodies.
inline void parseStsXml(const uint8_t *data, size_t size)
{
    const QByteArray xml = bytes(data, size).toByteArray();
    QString error;
    (void)aws::parseAssumeRoleResponse(xml, &error);
    (void)aws::parseCallerIdentityResponse(xml, &error);
    const auto awsError = aws::AwsError::fromResponse(QStringLiteral("AssumeRole"), 403, xml,
                                                      QByteArrayLiteral("req-1"));
    (void)awsError.userMessage();
    (void)awsError.details();
}

namespace detail {

// Responses nest the interesting object ("Table", "BackupDescription", "StreamDescription"...)
// one or two levels down: every object parser is tried on every object of the answer.
constexpr int kResponseDepth = 3;

inline void parseResponseValue(const QJsonValue &value, int depth);

inline void parseResponseArray(const QJsonArray &array, int depth)
{
    (void)dynamo::parseReplicas(array);
    (void)dynamo::tagsFromJson(array);
    for (const QJsonValue &element : array)
        parseResponseValue(element, depth);
}

inline void parseResponseObject(const QJsonObject &object, int depth)
{
    using namespace dynamo;
    (void)BackupSummary::fromJson(object);
    (void)BackupDetails::fromJson(object);
    (void)RestoreOverrides::fromSourceTable(object);
    (void)PointInTimeRecovery::fromResponse(object);
    (void)consumedCapacity(QStringLiteral("Query"), object);
    (void)parseContributorInsightsDescription(object);
    (void)parseContributorInsightsSummaries(object);
    (void)parseReplica(object);
    (void)tableGlobalTableVersion(object);
    (void)replicaPrerequisiteProblem(object);
    (void)parseGlobalTableDescription(object);
    (void)parseGlobalTableList(object);
    (void)parseGlobalTableSettings(object);
    (void)parseReplicaAutoScaling(object);
    (void)parseKinesisDestinations(object);
    (void)parseKinesisDestinationChange(object);
    (void)compareWithLimits(parseDescribeLimits(object), object);
    (void)keySchema(object, {});
    (void)keySchema(object, QStringLiteral("byDate"));
    (void)scanWarning(object, true);
    (void)scanWarning(object, false, QStringLiteral("byDate"));
    (void)planFullScan(object, true);
    (void)planFullScan(object, false);
    (void)checkFullScan(QStringLiteral("SELECT * FROM \"t\" WHERE pk = 'a'"), object);
    (void)parseExportDescription(object);
    (void)parseExportSummaries(object);
    (void)parseImportDescription(object);
    (void)parseImportSummaries(object);

    TableUpdate update;
    update.tableName = QStringLiteral("t");
    update.billingMode = BillingMode::Provisioned;
    update.throughput = Throughput{5, 5};
    update.streamEnabled = true;
    update.streamViewType = QStringLiteral("NEW_IMAGE");
    update.deleteIndexes = {QStringLiteral("byDate")};
    QString error;
    (void)updateTableRequests(object, update, &error);

    const QString arn = QStringLiteral(
        "arn:aws:dynamodb:eu-west-1:123456789012:table/t/stream/2024-01-01T00:00:00.000");
    if (const auto record =
            streams::StreamRecord::fromWire(object, arn, QStringLiteral("shardId-1"), &error)) {
        (void)record->toEventPayload();
        (void)record->tableName();
        (void)record->changedAttributes();
    }
    if (const auto shard = streams::ShardInfo::fromWire(object))
        (void)shard->toEventPayload(arn);

    for (const QJsonValue &member : object)
        parseResponseValue(member, depth);
}

inline void parseResponseValue(const QJsonValue &value, int depth)
{
    if (depth >= kResponseDepth)
        return;
    if (value.isObject())
        parseResponseObject(value.toObject(), depth + 1);
    else if (value.isArray())
        parseResponseArray(value.toArray(), depth + 1);
}

} // namespace detail

// DynamoDB and DynamoDB Streams JSON answers, and AwsError's reading of error answers.
inline void parseResponses(const uint8_t *data, size_t size)
{
    const QByteArray body = bytes(data, size).toByteArray();
    detail::parseResponseValue(QJsonDocument::fromJson(body).object(), 0);
    for (const int status : {200, 400, 500}) {
        const auto error = aws::AwsError::fromResponse(QStringLiteral("Scan"), status, body,
                                                       QByteArrayLiteral("req-1"));
        (void)error.userMessage();
        (void)error.details();
    }
    const auto typed = aws::AwsError::fromResponse(
        QStringLiteral("Scan"), 400, body, {},
        body.left(body.indexOf('\n')).trimmed()); // the first line as x-amzn-ErrorType
    (void)typed.userMessage();
}

struct Target
{
    const char *name;
    void (*parse)(const uint8_t *data, size_t size);
};

// Each fuzz target's name (its fuzz/corpus and tests/data/fuzz-regressions folder).
inline constexpr Target kTargets[] = {
    {"attributevalue", parseAttributeValue}, {"documentconverter", parseDocumentConverter},
    {"sharedconfig", parseSharedConfig},     {"stsxml", parseStsXml},
    {"responses", parseResponses},
};

} // namespace dyna::fuzz
