#include "profiles/environmentcredentials.h"
#include "profiles/sharedconfig.h"

#include <QCryptographicHash>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace dyna;
using profiles::ResolvedProfile;
using profiles::SharedConfig;

namespace {

QString kindName(ResolvedProfile::Kind kind)
{
    switch (kind) {
    case ResolvedProfile::Kind::StaticKeys:
        return QStringLiteral("StaticKeys");
    case ResolvedProfile::Kind::AssumeRole:
        return QStringLiteral("AssumeRole");
    case ResolvedProfile::Kind::CredentialProcess:
        return QStringLiteral("CredentialProcess");
    case ResolvedProfile::Kind::Sso:
        return QStringLiteral("Sso");
    case ResolvedProfile::Kind::Environment:
        return QStringLiteral("Environment");
    case ResolvedProfile::Kind::None:
        return QStringLiteral("None");
    }
    return {};
}

// "AssumeRole:jump > StaticKeys:base": every source below the profile.
QString sourceChain(const ResolvedProfile &profile)
{
    QStringList parts;
    for (auto source = profile.source; source; source = source->source)
        parts << kindName(source->kind) + QLatin1Char(':') + source->name;
    return parts.join(QLatin1String(" > "));
}

// What a profile resolves to that a user would see, by kind.
QString detailOf(const ResolvedProfile &profile)
{
    switch (profile.kind) {
    case ResolvedProfile::Kind::StaticKeys:
        return profile.staticKeys.secretAccessKey + QLatin1Char('|') +
               profile.staticKeys.sessionToken;
    case ResolvedProfile::Kind::AssumeRole:
        return profile.roleArn;
    case ResolvedProfile::Kind::CredentialProcess:
        return profile.credentialProcess;
    case ResolvedProfile::Kind::Sso:
        return profile.ssoMessage;
    case ResolvedProfile::Kind::Environment:
    case ResolvedProfile::Kind::None:
        break;
    }
    return {};
}

QString caseDir(const QString &name)
{
    return QFINDTESTDATA(QStringLiteral("data/aws-config/") + name);
}

// A corpus case is a home folder. Cases with .aws/ use the default paths; the others point
// AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE at their "config" and "credentials" files, or
// at the paths given in `envSpec` ("NAME=value;NAME=value").
SharedConfig loadCase(const QString &name, const QString &envSpec, QStringList *warnings)
{
    const QString home = caseDir(name);
    QProcessEnvironment env;
    if (envSpec.isEmpty()) {
        if (!QFileInfo::exists(home + QLatin1String("/.aws"))) {
            env.insert(QStringLiteral("AWS_CONFIG_FILE"), home + QLatin1String("/config"));
            env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                       home + QLatin1String("/credentials"));
        }
    } else {
        for (const QString &assignment : envSpec.split(QLatin1Char(';'))) {
            const qsizetype eq = assignment.indexOf(QLatin1Char('='));
            env.insert(assignment.left(eq), assignment.mid(eq + 1));
        }
    }
    return SharedConfig::load(env, home, warnings);
}

QString sha1Hex(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

const QString workEnv = QStringLiteral("AWS_CONFIG_FILE=~/custom/work-config.ini;"
                                       "AWS_SHARED_CREDENTIALS_FILE=~/custom/work-credentials.ini");

} // namespace

class tst_SharedConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusIsFound();
    void resolve_data();
    void resolve();
    void roleParametersStayWithTheirProfile();
    void profileNames_data();
    void profileNames();
    void settings();
    void warningsNameFileAndLine_data();
    void warningsNameFileAndLine();
    void parseLabelsWarningsWithFileKind();
    void missingFilesAreAnEmptyConfig();
    void ssoCachedTokens();
    void environmentCredentials_data();
    void environmentCredentials();
    void regionAndProfileFromEnvironment();
};

void tst_SharedConfig::corpusIsFound()
{
    QVERIFY2(
        QFileInfo::exists(caseDir(QStringLiteral("cli-default")) + QLatin1String("/credentials")),
        "QFINDTESTDATA did not find tests/data/aws-config");
}

void tst_SharedConfig::resolve_data()
{
    QTest::addColumn<QString>("corpusCase");
    QTest::addColumn<QString>("envSpec");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("accessKeyId");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("chain");
    QTest::addColumn<QString>("error");

    const QString none;
    QTest::newRow("aws configure output")
        << "cli-default" << none << "default"
        << "StaticKeys"
        << "us-east-1"
        << "AKIAIOSFODNN7EXAMPLE"
        << "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY|" << none << none;
    QTest::newRow("unknown profile")
        << "cli-default" << none << "nope" << none << none << none << none << none
        << "Profile 'nope' does not exist in the AWS config or credentials file.";
    QTest::newRow("BOM, CRLF, tabs, inline comments, upper-case keys")
        << "hand-edited" << none << "default"
        << "StaticKeys"
        << "eu-west-1"
        << "AKIAHANDEDITED00001"
        << "abc#def/ghi+jkl;mno|" << none << none;
    QTest::newRow("indented keys, '=' and ';' inside a value")
        << "hand-edited" << none << "tools"
        << "CredentialProcess"
        << "ap-southeast-2" << none << "/opt/bin/creds --account=123456789012 --role=admin;ro"
        << none << none;
    QTest::newRow("[profile default] wins over [default]") << "profile-prefix" << none << "default"
                                                           << "StaticKeys"
                                                           << "us-west-2"
                                                           << "AKIADEFAULT000000001"
                                                           << "defaultsecret|" << none << none;
    QTest::newRow("[profile dev] in config, [dev] in credentials")
        << "profile-prefix" << none << "dev"
        << "StaticKeys"
        << "eu-central-1"
        << "AKIADEV0000000000001"
        << "devsecret|" << none << none;
    QTest::newRow("quoted profile name, region only")
        << "profile-prefix" << none << "qa team"
        << "None"
        << "ca-central-1" << none << none << none << none;
    QTest::newRow("[x] in config is not a profile")
        << "profile-prefix" << none << "staging" << none << none << none << none << none
        << "Profile 'staging' does not exist in the AWS config or credentials file.";
    QTest::newRow("[profile x] in credentials is not a profile")
        << "profile-prefix" << none << "oops" << none << none << none << none << none
        << "Profile 'oops' does not exist in the AWS config or credentials file.";
    QTest::newRow("profile with nested s3 settings") << "nested-s3" << none << "upload"
                                                     << "StaticKeys"
                                                     << "eu-west-3"
                                                     << "AKIAUPLOAD0000000001"
                                                     << "uploadsecret|" << none << none;
    QTest::newRow("legacy SSO")
        << "home-layout" << none << "default"
        << "Sso"
        << "us-east-1" << none << "Sign in with the AWS CLI first: aws sso login --profile default."
        << none << none;
    QTest::newRow("sso-session SSO")
        << "home-layout" << none << "sso-dev"
        << "Sso"
        << "eu-west-1" << none
        << "Sign in with the AWS CLI first: aws sso login --profile sso-dev (or aws sso login "
           "--sso-session corp)."
        << none << none;
    QTest::newRow("SSO settings incomplete")
        << "home-layout" << none << "sso-incomplete" << none << none << none << none << none
        << "Profile 'sso-incomplete' is an SSO profile but is missing sso_account_id, "
           "sso_role_name.";
    QTest::newRow("sso_session without its section")
        << "home-layout" << none << "sso-nosession" << none << none << none << none << none
        << "Profile 'sso-nosession' names sso_session 'missing', but the config file has no "
           "[sso-session missing] section.";
    QTest::newRow("SSO region differs from its session")
        << "home-layout" << none << "sso-mismatch" << none << none << none << none << none
        << "Profile 'sso-mismatch' sets sso_region to a different value than its sso-session "
           "'corp' does.";
    QTest::newRow("keys in the default home folder") << "home-layout" << none << "local"
                                                     << "StaticKeys" << none << "fakeMyKeyId"
                                                     << "fakeSecretAccessKey|" << none << none;
    QTest::newRow("role chain three deep")
        << "role-chain" << none << "admin"
        << "AssumeRole"
        << "ap-northeast-1" << none << "arn:aws:iam::333333333333:role/Admin"
        << "AssumeRole:readonly > AssumeRole:jump > StaticKeys:base" << none;
    QTest::newRow("a source profile's keys win over its role_arn")
        << "role-chain" << none << "via-keyed"
        << "AssumeRole" << none << none << "arn:aws:iam::444444444444:role/ViaKeyed"
        << "StaticKeys:keyed-source" << none;
    QTest::newRow("at the top, role_arn wins over keys")
        << "role-chain" << none << "keyed-source" << none << none << none << none << none
        << "Profile 'keyed-source' sets role_arn but neither source_profile nor "
           "credential_source, so nothing can assume the role.";
    QTest::newRow("source profile with credential_process")
        << "role-chain" << none << "via-process"
        << "AssumeRole" << none << none << "arn:aws:iam::555555555555:role/ViaProcess"
        << "CredentialProcess:process-source" << none;
    QTest::newRow("credential_source Environment")
        << "credential-source" << none << "ci"
        << "AssumeRole"
        << "us-west-1" << none << "arn:aws:iam::123456789012:role/Deploy"
        << "Environment:" << none;
    QTest::newRow("credential_source on EC2")
        << "credential-source" << none << "ec2" << none << none << none << none << none
        << "Profile 'ec2' uses credential_source Ec2InstanceMetadata, which DynaConsole does not "
           "support; use Environment or a source_profile.";
    QTest::newRow("credential_source is case-sensitive")
        << "credential-source" << none << "typo" << none << none << none << none << none
        << "Profile 'typo' sets credential_source to 'environment'; it must be Environment, "
           "Ec2InstanceMetadata or EcsContainer.";
    QTest::newRow("credential_source and source_profile")
        << "credential-source" << none << "both" << none << none << none << none << none
        << "Profile 'both' sets both source_profile and credential_source; keep only one of "
           "them.";
    QTest::newRow("cycle a -> b -> a")
        << "cycle" << none << "a" << none << none << none << none << none
        << "The source_profile settings of profile 'a' form a cycle: a -> b -> a.";
    QTest::newRow("cycle b -> a -> b")
        << "cycle" << none << "b" << none << none << none << none << none
        << "The source_profile settings of profile 'b' form a cycle: b -> a -> b.";
    QTest::newRow("own source with static keys")
        << "cycle" << none << "self-keys"
        << "AssumeRole" << none << none << "arn:aws:iam::333333333333:role/Self"
        << "StaticKeys:self-keys" << none;
    QTest::newRow("own source without keys")
        << "cycle" << none << "self-nokeys" << none << none << none << none << none
        << "The source_profile settings of profile 'self-nokeys' form a cycle: self-nokeys -> "
           "self-nokeys.";
    QTest::newRow("missing source profile")
        << "role-errors" << none << "dev" << none << none << none << none << none
        << "Profile 'dev' names source_profile 'base', which does not exist.";
    QTest::newRow("role_arn without a source")
        << "role-errors" << none << "nosource" << none << none << none << none << none
        << "Profile 'nosource' sets role_arn but neither source_profile nor credential_source, "
           "so nothing can assume the role.";
    QTest::newRow("duration_seconds too short")
        << "role-errors" << none << "short" << none << none << none << none << none
        << "Profile 'short' sets duration_seconds to '600'; it must be a whole number of "
           "seconds from 900 to 43200.";
    QTest::newRow("duration_seconds not a number")
        << "role-errors" << none << "wordy" << none << none << none << none << none
        << "Profile 'wordy' sets duration_seconds to 'one hour'; it must be a whole number of "
           "seconds from 900 to 43200.";
    QTest::newRow("source profile without credentials")
        << "role-errors" << none << "empty-source" << none << none << none << none << none
        << "Profile 'empty-source' names source_profile 'region-only', which has no "
           "credentials: it sets no access keys, role_arn, SSO settings or credential_process.";
    QTest::newRow("malformed file: later duplicate wins") << "malformed" << none << "good"
                                                          << "StaticKeys"
                                                          << "eu-west-3"
                                                          << "AKIAGOOD000000000001"
                                                          << "goodsecret|" << none << none;
    QTest::newRow("malformed file: good lines still count")
        << "malformed" << none << "default"
        << "None"
        << "us-east-1" << none << none << none << none;
    QTest::newRow("credentials file only") << "credentials-only" << none << "default"
                                           << "StaticKeys" << none << "AKIACREDONLY00000001"
                                           << "credonlysecret|" << none << none;
    QTest::newRow("session token")
        << "credentials-only" << none << "temporary"
        << "StaticKeys" << none << "ASIATEMPORARY0000001"
        << "tempsecret|FwoGZXIvYXdzEJr//////////wEaDM+token==" << none << none;
    QTest::newRow("legacy aws_security_token") << "credentials-only" << none << "legacy-token"
                                               << "StaticKeys" << none << "ASIALEGACY0000000001"
                                               << "legacysecret|legacy-token-value" << none << none;
    QTest::newRow("key id without secret")
        << "credentials-only" << none << "half" << none << none << none << none << none
        << "Profile 'half' sets aws_access_key_id but no aws_secret_access_key.";
    QTest::newRow("secret without key id")
        << "credentials-only" << none << "secret-only" << none << none << none << none << none
        << "Profile 'secret-only' sets aws_secret_access_key but no aws_access_key_id.";
    QTest::newRow("credential_process with a quoted path")
        << "process" << none << "proc"
        << "CredentialProcess"
        << "us-west-2" << none << "\"/opt/my tools/aws creds\" --account 123456789012 --format=json"
        << none << none;
    QTest::newRow("credentials-file keys win over credential_process")
        << "process" << none << "keys-in-credentials"
        << "StaticKeys" << none << "AKIACREDFILE00000001"
        << "credfilesecret|" << none << none;
    QTest::newRow("credential_process wins over config-file keys")
        << "process" << none << "keys-in-config"
        << "CredentialProcess" << none << none << "/usr/bin/creds-helper" << none << none;
    QTest::newRow("files named by environment variables")
        << "env-paths" << workEnv << "work"
        << "AssumeRole"
        << "eu-south-1" << none << "arn:aws:iam::123456789012:role/Work"
        << "StaticKeys:work-keys" << none;
}

void tst_SharedConfig::resolve()
{
    QFETCH(QString, corpusCase);
    QFETCH(QString, envSpec);
    QFETCH(QString, profile);
    QFETCH(QString, kind);
    QFETCH(QString, region);
    QFETCH(QString, accessKeyId);
    QFETCH(QString, detail);
    QFETCH(QString, chain);
    QFETCH(QString, error);

    const SharedConfig config = loadCase(corpusCase, envSpec, nullptr);
    QString actualError;
    const std::optional<ResolvedProfile> resolved = config.resolve(profile, &actualError);
    if (!error.isEmpty()) {
        QVERIFY(!resolved);
        QCOMPARE(actualError, error);
        return;
    }
    QVERIFY2(resolved, qPrintable(actualError));
    QCOMPARE(resolved->name, profile);
    QCOMPARE(kindName(resolved->kind), kind);
    QCOMPARE(resolved->region, region);
    QCOMPARE(resolved->staticKeys.accessKeyId, accessKeyId);
    QCOMPARE(detailOf(*resolved), detail);
    QCOMPARE(sourceChain(*resolved), chain);
}

void tst_SharedConfig::roleParametersStayWithTheirProfile()
{
    const SharedConfig config = loadCase(QStringLiteral("role-chain"), {}, nullptr);
    QString error;
    const auto admin = config.resolve(QStringLiteral("admin"), &error);
    QVERIFY2(admin, qPrintable(error));
    QVERIFY(admin->externalId.isEmpty());
    QCOMPARE(admin->durationSeconds, 0);

    const std::shared_ptr<const ResolvedProfile> readonly = admin->source;
    QVERIFY(readonly);
    QCOMPARE(readonly->roleArn, QStringLiteral("arn:aws:iam::222222222222:role/ReadOnly"));
    QCOMPARE(readonly->externalId, QStringLiteral("partner-42"));
    QCOMPARE(readonly->mfaSerial, QStringLiteral("arn:aws:iam::111111111111:mfa/alice"));
    QCOMPARE(readonly->roleSessionName, QStringLiteral("alice-console"));
    QCOMPARE(readonly->durationSeconds, 3600);
    // The CLI uses each profile's own region, never its source's.
    QVERIFY(readonly->region.isEmpty());
    QCOMPARE(readonly->source->region, QStringLiteral("us-east-2"));
    QCOMPARE(readonly->source->source->staticKeys.secretAccessKey, QStringLiteral("basesecret"));
}

void tst_SharedConfig::profileNames_data()
{
    QTest::addColumn<QString>("corpusCase");
    QTest::addColumn<QString>("envSpec");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("default first, both files")
        << "profile-prefix" << QString() << QStringList{"default", "dev", "qa team"};
    QTest::newRow("sso sessions are not profiles")
        << "home-layout" << QString()
        << QStringList{"default",      "local",       "sso-dev",      "sso-incomplete",
                       "sso-mismatch", "sso-nocache", "sso-nosession"};
    QTest::newRow("credentials file only")
        << "credentials-only" << QString()
        << QStringList{"default", "half", "legacy-token", "secret-only", "temporary"};
    QTest::newRow("without default") << "env-paths" << workEnv << QStringList{"work", "work-keys"};
}

void tst_SharedConfig::profileNames()
{
    QFETCH(QString, corpusCase);
    QFETCH(QString, envSpec);
    QFETCH(QStringList, names);
    QCOMPARE(loadCase(corpusCase, envSpec, nullptr).profileNames(), names);
}

void tst_SharedConfig::settings()
{
    const SharedConfig nested = loadCase(QStringLiteral("nested-s3"), {}, nullptr);
    const QMap<QString, QString> defaults = nested.settings(QStringLiteral("default"));
    QCOMPARE(defaults.value(QStringLiteral("s3.max_concurrent_requests")), QStringLiteral("20"));
    QCOMPARE(defaults.value(QStringLiteral("s3.addressing_style")), QStringLiteral("path"));
    QCOMPARE(defaults.value(QStringLiteral("s3.multipart_threshold")), QStringLiteral("64MB"));
    QVERIFY(!defaults.contains(QStringLiteral("s3")));
    // A key after the sub-section is back at the profile level.
    QCOMPARE(defaults.value(QStringLiteral("output")), QStringLiteral("json"));
    // The credentials file's keys join the config file's.
    QCOMPARE(defaults.value(QStringLiteral("aws_access_key_id")),
             QStringLiteral("AKIANESTED0000000001"));

    const QMap<QString, QString> upload = nested.settings(QStringLiteral("upload"));
    QCOMPARE(upload.value(QStringLiteral("s3.max_bandwidth")), QStringLiteral("50MB/s"));
    QCOMPARE(upload.value(QStringLiteral("dynamodb.endpoint_url")),
             QStringLiteral("http://localhost:8000"));

    const SharedConfig handEdited = loadCase(QStringLiteral("hand-edited"), {}, nullptr);
    const QMap<QString, QString> tools = handEdited.settings(QStringLiteral("tools"));
    QCOMPARE(tools.value(QStringLiteral("region")), QStringLiteral("ap-southeast-2"));
    QVERIFY(tools.contains(QStringLiteral("cli_pager")));
    QVERIFY(tools.value(QStringLiteral("cli_pager")).isEmpty());
    QCOMPARE(handEdited.settings(QStringLiteral("default")).value(QStringLiteral("output")),
             QStringLiteral("table"));

    // [default] and [profile default] merge; [profile default] wins where both set a key.
    const SharedConfig prefixed = loadCase(QStringLiteral("profile-prefix"), {}, nullptr);
    const QMap<QString, QString> merged = prefixed.settings(QStringLiteral("default"));
    QCOMPARE(merged.value(QStringLiteral("region")), QStringLiteral("us-west-2"));
    QCOMPARE(merged.value(QStringLiteral("output")), QStringLiteral("json"));

    // The credentials file wins over the config file for the same key.
    const SharedConfig both = SharedConfig::parse(
        "[profile p]\naws_access_key_id = FROMCONFIG\nregion = eu-west-1\n",
        "[p]\naws_access_key_id = FROMCREDENTIALS\naws_secret_access_key = s\n", nullptr);
    QCOMPARE(both.settings(QStringLiteral("p")).value(QStringLiteral("aws_access_key_id")),
             QStringLiteral("FROMCREDENTIALS"));
    QCOMPARE(both.settings(QStringLiteral("p")).value(QStringLiteral("region")),
             QStringLiteral("eu-west-1"));
    QVERIFY(both.settings(QStringLiteral("nope")).isEmpty());
}

void tst_SharedConfig::warningsNameFileAndLine_data()
{
    QTest::addColumn<QString>("corpusCase");
    QTest::addColumn<QStringList>("expected"); // "file:line: start of the sentence"

    QTest::newRow("malformed")
        << "malformed"
        << QStringList{
               "config:1: 'orphan' is set outside any [section] and is ignored.",
               "config:4: expected 'name = value' or a [section]; the line is ignored.",
               "config:5: expected 'name = value' or a [section]; the line is ignored.",
               "config:6: '[profile broken' is not a section header of the form [name]; the "
               "lines up to the next section are ignored.",
               "config:10: 'region' is set again in [profile good]; the later value is used.",
               "config:11: [profile good] appears again (first at line 8); the two sections "
               "are merged.",
               "credentials:4: '[]' is not a section header of the form [name]; the lines up "
               "to the next section are ignored.",
           };
    QTest::newRow("profile prefixes in the wrong file")
        << "profile-prefix"
        << QStringList{"config:11: [staging] is ignored: in the config file a profile section "
                       "is written [profile staging].",
                       "credentials:9: [profile oops] is ignored: in the credentials file a "
                       "profile section is written [oops], without 'profile'."};
    QTest::newRow("bad sub-section line")
        << "nested-s3"
        << QStringList{"config:13: expected 'name = value' inside 's3'; the line is ignored."};
    QTest::newRow("CLI-generated files have none") << "cli-default" << QStringList{};
    QTest::newRow("hand-edited but valid") << "hand-edited" << QStringList{};
    QTest::newRow("home folder with SSO") << "home-layout" << QStringList{};
}

void tst_SharedConfig::warningsNameFileAndLine()
{
    QFETCH(QString, corpusCase);
    QFETCH(QStringList, expected);
    QStringList warnings;
    loadCase(corpusCase, {}, &warnings);
    // Warnings carry the full path of the file read.
    const QString prefix = caseDir(corpusCase) + QLatin1Char('/');
    QStringList relative;
    for (const QString &warning : std::as_const(warnings)) {
        QVERIFY2(warning.startsWith(prefix), qPrintable(warning));
        relative << warning.mid(prefix.size());
    }
    QCOMPARE(relative, expected);
}

void tst_SharedConfig::parseLabelsWarningsWithFileKind()
{
    QStringList warnings;
    const SharedConfig config =
        SharedConfig::parse("[default]\nregion us-east-1\n", "[x]\n\n\nbroken\n", &warnings);
    QCOMPARE(warnings,
             QStringList({"config:2: expected 'name = value' or a [section]; the line is "
                          "ignored.",
                          "credentials:4: expected 'name = value' or a [section]; the line is "
                          "ignored."}));
    QCOMPARE(config.profileNames(), QStringList({"default", "x"}));
    // Without a home folder there is no SSO token cache to look in.
    const SharedConfig sso = SharedConfig::parse("[profile s]\nsso_start_url = https://a/start\n"
                                                 "sso_region = us-east-1\nsso_account_id = 1\n"
                                                 "sso_role_name = R\n",
                                                 {}, nullptr);
    QString error;
    const auto resolved = sso.resolve(QStringLiteral("s"), &error);
    QVERIFY2(resolved, qPrintable(error));
    QVERIFY(resolved->ssoCachedTokenPath.isEmpty());
}

void tst_SharedConfig::missingFilesAreAnEmptyConfig()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QStringList warnings;
    const SharedConfig config = SharedConfig::load(QProcessEnvironment(), home.path(), &warnings);
    QVERIFY(warnings.isEmpty());
    QVERIFY(config.profileNames().isEmpty());
    QString error;
    QVERIFY(!config.resolve(QStringLiteral("default"), &error));
    QCOMPARE(error, QStringLiteral("Profile 'default' does not exist in the AWS config or "
                                   "credentials file."));
}

void tst_SharedConfig::ssoCachedTokens()
{
    const SharedConfig config = loadCase(QStringLiteral("home-layout"), {}, nullptr);
    const QString cache =
        caseDir(QStringLiteral("home-layout")) + QLatin1String("/.aws/sso/cache/");
    QString error;

    const auto legacy = config.resolve(QStringLiteral("default"), &error);
    QVERIFY2(legacy, qPrintable(error));
    QCOMPARE(legacy->ssoStartUrl, QStringLiteral("https://my-sso-portal.awsapps.com/start"));
    QCOMPARE(legacy->ssoAccountId, QStringLiteral("111122223333"));
    QVERIFY(legacy->ssoSession.isEmpty());
    QCOMPARE(legacy->ssoCachedTokenPath,
             cache + sha1Hex(legacy->ssoStartUrl) + QLatin1String(".json"));
    // Older CLI versions wrote "...UTC" instead of "Z".
    QCOMPARE(legacy->ssoTokenExpiry, QDateTime(QDate(2019, 11, 14), QTime(4, 5, 45), Qt::UTC));

    const auto session = config.resolve(QStringLiteral("sso-dev"), &error);
    QVERIFY2(session, qPrintable(error));
    QCOMPARE(session->ssoSession, QStringLiteral("corp"));
    QCOMPARE(session->ssoStartUrl, QStringLiteral("https://corp.awsapps.com/start"));
    QCOMPARE(session->ssoRegion, QStringLiteral("eu-west-1"));
    QCOMPARE(session->ssoAccountId, QStringLiteral("444455556666"));
    QCOMPARE(session->ssoRoleName, QStringLiteral("PowerUser"));
    QCOMPARE(session->ssoCachedTokenPath,
             cache + sha1Hex(QStringLiteral("corp")) + QLatin1String(".json"));
    QCOMPARE(session->ssoTokenExpiry, QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC));

    const auto notSignedIn = config.resolve(QStringLiteral("sso-nocache"), &error);
    QVERIFY2(notSignedIn, qPrintable(error));
    QCOMPARE(notSignedIn->kind, ResolvedProfile::Kind::Sso);
    QVERIFY(notSignedIn->ssoCachedTokenPath.isEmpty());
    QVERIFY(!notSignedIn->ssoTokenExpiry.isValid());
}

void tst_SharedConfig::environmentCredentials_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("accessKeyId");
    QTest::addColumn<QString>("sessionToken");
    QTest::addColumn<QString>("error");

    QTest::newRow("long-term keys")
        << QStringList{"AWS_ACCESS_KEY_ID=AKIAENV", "AWS_SECRET_ACCESS_KEY=s"} << true << "AKIAENV"
        << QString() << QString();
    QTest::newRow("session token")
        << QStringList{"AWS_ACCESS_KEY_ID=ASIAENV", "AWS_SECRET_ACCESS_KEY=s",
                       "AWS_SESSION_TOKEN=session"}
        << true << "ASIAENV"
        << "session" << QString();
    QTest::newRow("legacy token name read first, as the CLI does")
        << QStringList{"AWS_ACCESS_KEY_ID=ASIAENV", "AWS_SECRET_ACCESS_KEY=s",
                       "AWS_SECURITY_TOKEN=legacy", "AWS_SESSION_TOKEN=session"}
        << true << "ASIAENV"
        << "legacy" << QString();
    QTest::newRow("nothing set") << QStringList{"AWS_REGION=us-east-1"} << false << QString()
                                 << QString() << QString();
    QTest::newRow("empty counts as unset")
        << QStringList{"AWS_ACCESS_KEY_ID=", "AWS_SECRET_ACCESS_KEY="} << false << QString()
        << QString() << QString();
    QTest::newRow("secret missing")
        << QStringList{"AWS_ACCESS_KEY_ID=AKIAENV"} << false << QString() << QString()
        << "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.";
    QTest::newRow("key id missing")
        << QStringList{"AWS_SECRET_ACCESS_KEY=s"} << false << QString() << QString()
        << "AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not.";
}

void tst_SharedConfig::environmentCredentials()
{
    QFETCH(QStringList, variables);
    QFETCH(bool, found);
    QFETCH(QString, accessKeyId);
    QFETCH(QString, sessionToken);
    QFETCH(QString, error);

    QProcessEnvironment env;
    for (const QString &variable : std::as_const(variables)) {
        const qsizetype eq = variable.indexOf(QLatin1Char('='));
        env.insert(variable.left(eq), variable.mid(eq + 1));
    }
    QString actualError;
    const auto credentials = profiles::credentialsFromEnvironment(env, &actualError);
    QCOMPARE(credentials.has_value(), found);
    QCOMPARE(actualError, error);
    if (!found)
        return;
    QCOMPARE(credentials->accessKeyId, accessKeyId);
    QCOMPARE(credentials->secretAccessKey, QStringLiteral("s"));
    QCOMPARE(credentials->sessionToken, sessionToken);
    QVERIFY(!credentials->expiration.isValid());
}

void tst_SharedConfig::regionAndProfileFromEnvironment()
{
    QProcessEnvironment env;
    QVERIFY(profiles::regionFromEnvironment(env).isEmpty());
    QVERIFY(profiles::profileFromEnvironment(env).isEmpty());
    env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("eu-west-1"));
    env.insert(QStringLiteral("AWS_DEFAULT_PROFILE"), QStringLiteral("old"));
    QCOMPARE(profiles::regionFromEnvironment(env), QStringLiteral("eu-west-1"));
    QCOMPARE(profiles::profileFromEnvironment(env), QStringLiteral("old"));
    env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("ap-south-1"));
    env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("work"));
    QCOMPARE(profiles::regionFromEnvironment(env), QStringLiteral("ap-south-1"));
    QCOMPARE(profiles::profileFromEnvironment(env), QStringLiteral("work"));

    env.insert(QStringLiteral("AWS_CREDENTIAL_EXPIRATION"), QStringLiteral("2026-12-01T10:00:00Z"));
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("ASIA"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("s"));
    const auto credentials = profiles::credentialsFromEnvironment(env);
    QVERIFY(credentials);
    QCOMPARE(credentials->expiration, QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
}

QTEST_GUILESS_MAIN(tst_SharedConfig)
#include "tst_sharedconfig.moc"
