#include "profiles/profile.h"

#include <QTest>

using namespace dyna::profiles;

namespace {

Profile accessKeysProfile()
{
    Profile profile;
    profile.id = QUuid::createUuid();
    profile.name = QStringLiteral("Production");
    profile.region = QStringLiteral("eu-west-1");
    profile.accessKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
    return profile;
}

Profile assumeRoleProfile()
{
    Profile profile = accessKeysProfile();
    profile.source = CredentialSource::AssumeRole;
    profile.assumeRole.roleArn = QStringLiteral("arn:aws:iam::123456789012:role/Admin");
    profile.assumeRole.sessionName = QStringLiteral("alice");
    profile.assumeRole.externalId = QStringLiteral("ext-42");
    profile.assumeRole.durationSeconds = 7200;
    return profile;
}

const ProfileSecrets secrets{QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
                             QStringLiteral("FwoGZXIvYXdzEXAMPLETOKEN")};

} // namespace

class tst_Profile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportAccessKeysLeavesSecretsOutByDefault();
    void exportAccessKeysWithSecretsRoundTrips();
    void exportAssumeRoleOnOwnKeysRoundTrips();
    void exportAssumeRoleOnSourceProfileHasNoKeys();
    void exportSharedConfigAndEnvironment_data();
    void exportSharedConfigAndEnvironment();
    void importKeySet_data();
    void importKeySet();
    void importText();
    void importTextErrors_data();
    void importTextErrors();
    void validation_data();
    void validation();
    void validationAcceptsOwnNameWhenEditing();
    void defaultSessionName();
};

void tst_Profile::exportAccessKeysLeavesSecretsOutByDefault()
{
    Profile profile = accessKeysProfile();
    profile.endpoint = QUrl(QStringLiteral("http://localhost:8000"));
    const auto keys = exportVaultKeys(profile, secrets);
    QCOMPARE(keys.value(QStringLiteral("AWS_ACCESS_KEY_ID")), profile.accessKeyId);
    QCOMPARE(keys.value(QStringLiteral("AWS_REGION")), QStringLiteral("eu-west-1"));
    QCOMPARE(keys.value(QStringLiteral("AWS_DYNAMODB_ENDPOINT")),
             QStringLiteral("http://localhost:8000"));
    QVERIFY(!keys.contains(QStringLiteral("AWS_SECRET_ACCESS_KEY")));
    QVERIFY(!keys.contains(QStringLiteral("AWS_SESSION_TOKEN")));
    for (const QString &value : keys)
        QVERIFY(value != secrets.secretAccessKey && value != secrets.sessionToken);
    QVERIFY(!keys.contains(QStringLiteral("AWS_ASSUME_ROLE_ARN")));
}

void tst_Profile::exportAccessKeysWithSecretsRoundTrips()
{
    const Profile profile = accessKeysProfile();
    const auto keys = exportVaultKeys(profile, secrets, true);
    QCOMPARE(keys.value(QStringLiteral("AWS_SECRET_ACCESS_KEY")), secrets.secretAccessKey);
    QCOMPARE(keys.value(QStringLiteral("AWS_SESSION_TOKEN")), secrets.sessionToken);

    QString error;
    const auto imported = importVaultKeys(keys, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->profile.source, CredentialSource::AccessKeys);
    QCOMPARE(imported->profile.accessKeyId, profile.accessKeyId);
    QCOMPARE(imported->profile.region, profile.region);
    QVERIFY(imported->profile.endpoint.isEmpty());
    QVERIFY(!imported->profile.id.isNull());
    QVERIFY(imported->profile.id != profile.id);
    QCOMPARE(imported->secrets, secrets);
}

void tst_Profile::exportAssumeRoleOnOwnKeysRoundTrips()
{
    const Profile profile = assumeRoleProfile();
    const auto keys = exportVaultKeys(profile, secrets, true);
    QCOMPARE(keys.value(QStringLiteral("AWS_ASSUME_ROLE_ARN")), profile.assumeRole.roleArn);
    QCOMPARE(keys.value(QStringLiteral("AWS_ASSUME_ROLE_DURATION_SECONDS")),
             QStringLiteral("7200"));

    QString error;
    const auto imported = importVaultKeys(keys, &error);
    QVERIFY2(imported, qPrintable(error));
    const Profile &back = imported->profile;
    QCOMPARE(back.source, CredentialSource::AssumeRole);
    QVERIFY(back.assumeRole.sourceProfileId.isNull());
    QVERIFY(back.hasOwnKeys());
    QCOMPARE(back.accessKeyId, profile.accessKeyId);
    QCOMPARE(back.assumeRole.roleArn, profile.assumeRole.roleArn);
    QCOMPARE(back.assumeRole.sessionName, profile.assumeRole.sessionName);
    QCOMPARE(back.assumeRole.externalId, profile.assumeRole.externalId);
    QCOMPARE(back.assumeRole.durationSeconds, 7200);
    QCOMPARE(imported->secrets, secrets);
}

void tst_Profile::exportAssumeRoleOnSourceProfileHasNoKeys()
{
    Profile profile = assumeRoleProfile();
    profile.assumeRole.sourceProfileId = QUuid::createUuid();
    const auto keys = exportVaultKeys(profile, secrets, true);
    QCOMPARE(keys.value(QStringLiteral("AWS_ASSUME_ROLE_ARN")), profile.assumeRole.roleArn);
    QVERIFY(!keys.contains(QStringLiteral("AWS_ACCESS_KEY_ID")));
    QVERIFY(!keys.contains(QStringLiteral("AWS_SECRET_ACCESS_KEY")));

    // Without a key pair of its own the set cannot stand alone: import says what is missing.
    QString error;
    QVERIFY(!importVaultKeys(keys, &error));
    QVERIFY2(error.contains(QStringLiteral("AWS_ACCESS_KEY_ID")), qPrintable(error));
}

void tst_Profile::exportSharedConfigAndEnvironment_data()
{
    QTest::addColumn<int>("source");
    QTest::newRow("shared config") << int(CredentialSource::SharedConfig);
    QTest::newRow("environment") << int(CredentialSource::Environment);
}

void tst_Profile::exportSharedConfigAndEnvironment()
{
    QFETCH(int, source);
    Profile profile = accessKeysProfile();
    profile.source = CredentialSource(source);
    profile.sharedConfigProfile = QStringLiteral("dev");
    profile.endpoint = QUrl(QStringLiteral("https://dynamodb.example.com"));
    const auto keys = exportVaultKeys(profile, secrets, true);
    const QStringList expected = {QStringLiteral("AWS_DYNAMODB_ENDPOINT"),
                                  QStringLiteral("AWS_REGION")};
    QCOMPARE(keys.keys(), expected);

    QString error;
    QVERIFY(!importVaultKeys(keys, &error));
    QVERIFY2(error.contains(QStringLiteral("AWS_ACCESS_KEY_ID")), qPrintable(error));
}

void tst_Profile::importKeySet_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("errorKey");
    QTest::newRow("bad region") << QStringList{"AWS_ACCESS_KEY_ID=AKIA", "AWS_REGION=Mars 1"}
                                << "AWS_REGION";
    QTest::newRow("bad endpoint") << QStringList{"AWS_ACCESS_KEY_ID=AKIA",
                                                 "AWS_DYNAMODB_ENDPOINT=ftp://host"}
                                  << "AWS_DYNAMODB_ENDPOINT";
    QTest::newRow("bad arn") << QStringList{"AWS_ACCESS_KEY_ID=AKIA",
                                            "AWS_ASSUME_ROLE_ARN=arn:aws:iam::12:role/x"}
                             << "AWS_ASSUME_ROLE_ARN";
    QTest::newRow("duration too short")
        << QStringList{"AWS_ACCESS_KEY_ID=AKIA",
                       "AWS_ASSUME_ROLE_ARN=arn:aws:iam::123456789012:role/x",
                       "AWS_ASSUME_ROLE_DURATION_SECONDS=899"}
        << "AWS_ASSUME_ROLE_DURATION_SECONDS";
    QTest::newRow("duration not a number")
        << QStringList{"AWS_ACCESS_KEY_ID=AKIA",
                       "AWS_ASSUME_ROLE_ARN=arn:aws:iam::123456789012:role/x",
                       "AWS_ASSUME_ROLE_DURATION_SECONDS=1h"}
        << "AWS_ASSUME_ROLE_DURATION_SECONDS";
    QTest::newRow("role option without role")
        << QStringList{"AWS_ACCESS_KEY_ID=AKIA", "AWS_ASSUME_ROLE_EXTERNAL_ID=x"}
        << "AWS_ASSUME_ROLE_EXTERNAL_ID";
    QTest::newRow("unknown key") << QStringList{"AWS_ACCESS_KEY_ID=AKIA", "AWS_PROFILE=dev"}
                                 << "AWS_PROFILE";
    QTest::newRow("no access key") << QStringList{"AWS_SECRET_ACCESS_KEY=s"} << "AWS_ACCESS_KEY_ID";
}

void tst_Profile::importKeySet()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, errorKey);
    QMap<QString, QString> keys;
    for (const QString &line : lines)
        keys.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
    QString error;
    QVERIFY(!importVaultKeys(keys, &error));
    QVERIFY2(error.contains(errorKey), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("line")), qPrintable(error));
}

void tst_Profile::importText()
{
    const QString text = QStringLiteral("# exported from the vault\n"
                                        "\n"
                                        "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n"
                                        "AWS_SECRET_ACCESS_KEY = \"abc=def\"\n"
                                        "  AWS_REGION=us-gov-west-1  \n"
                                        "AWS_ASSUME_ROLE_ARN=arn:aws-us-gov:iam::123456789012:"
                                        "role/path/Reader\n");
    QString error;
    const auto imported = importVaultText(text, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->profile.source, CredentialSource::AssumeRole);
    QCOMPARE(imported->profile.region, QStringLiteral("us-gov-west-1"));
    QCOMPARE(imported->secrets.secretAccessKey, QStringLiteral("abc=def"));
    QCOMPARE(imported->profile.assumeRole.durationSeconds, 3600);
    QVERIFY(imported->profile.assumeRole.sessionName.isEmpty());
    // An imported profile only needs a name to be valid.
    Profile named = imported->profile;
    named.name = QStringLiteral("GovCloud reader");
    QCOMPARE(validateProfile(named), QString());
}

void tst_Profile::importTextErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedPart");
    QTest::newRow("no equals sign") << "AWS_ACCESS_KEY_ID=AKIA\n# ok\nAWS_REGION us-east-1\n"
                                    << "Line 3";
    QTest::newRow("empty key") << "\n=value\n"
                               << "Line 2";
    QTest::newRow("duplicate") << "AWS_ACCESS_KEY_ID=A\nAWS_REGION=us-east-1\nAWS_ACCESS_KEY_ID=B"
                               << "AWS_ACCESS_KEY_ID on line 3 was already set on line 1";
    QTest::newRow("bad region") << "AWS_ACCESS_KEY_ID=A\n\nAWS_REGION=nowhere"
                                << "AWS_REGION on line 3";
    QTest::newRow("unknown key") << "AWS_ACCESS_KEY_ID=A\nAWS_DEFAULT_OUTPUT=json"
                                 << "AWS_DEFAULT_OUTPUT on line 2";
    QTest::newRow("bad duration")
        << "AWS_ACCESS_KEY_ID=A\nAWS_ASSUME_ROLE_ARN=arn:aws:iam::123456789012:role/x\n"
           "AWS_ASSUME_ROLE_DURATION_SECONDS=50000"
        << "AWS_ASSUME_ROLE_DURATION_SECONDS on line 3";
    QTest::newRow("missing access key") << "# nothing\nAWS_REGION=us-east-1"
                                        << "AWS_ACCESS_KEY_ID";
}

void tst_Profile::importTextErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedPart);
    QString error;
    QVERIFY(!importVaultText(text, &error));
    QVERIFY2(error.contains(expectedPart), qPrintable(error));
}

void tst_Profile::validation_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QString>("field"); // empty: valid

    const Profile keys = accessKeysProfile();
    const Profile role = assumeRoleProfile();
    QTest::newRow("valid access keys") << keys << QString();
    QTest::newRow("valid role") << role << QString();

    Profile p = keys;
    p.name = QStringLiteral("  ");
    QTest::newRow("empty name") << p << "name";
    p = keys;
    p.name = QStringLiteral("staging");
    QTest::newRow("duplicate name") << p << "named";
    p = keys;
    p.region = QStringLiteral("eu_west_1");
    QTest::newRow("bad region") << p << "region";
    p = keys;
    p.region.clear();
    QTest::newRow("no region") << p << "region";
    p = keys;
    p.endpoint = QUrl(QStringLiteral("ftp://localhost:8000"));
    QTest::newRow("ftp endpoint") << p << "endpoint";
    p = keys;
    p.endpoint = QUrl(QStringLiteral("http://localhost:8000"));
    QTest::newRow("local endpoint") << p << QString();
    p = keys;
    p.colour = QStringLiteral("red");
    QTest::newRow("colour name") << p << "colour";
    p = keys;
    p.colour = QStringLiteral("#12345");
    QTest::newRow("short colour") << p << "colour";
    p = keys;
    p.colour = QStringLiteral("#1f77B4");
    QTest::newRow("good colour") << p << QString();
    p = keys;
    p.accessKeyId.clear();
    QTest::newRow("no access key") << p << "access key ID";
    p = role;
    p.accessKeyId.clear();
    QTest::newRow("role on own keys without key") << p << "access key ID";
    p = role;
    p.accessKeyId.clear();
    p.assumeRole.sourceProfileId = QUuid::createUuid();
    QTest::newRow("role on source profile") << p << QString();
    p = role;
    p.assumeRole.sourceProfileId = p.id;
    QTest::newRow("role on itself") << p << "source profile";
    p = role;
    p.assumeRole.durationSeconds = 899;
    QTest::newRow("duration 899") << p << "duration";
    p = role;
    p.assumeRole.durationSeconds = 43201;
    QTest::newRow("duration 43201") << p << "duration";
    p = role;
    p.assumeRole.durationSeconds = 43200;
    QTest::newRow("duration 43200") << p << QString();
    p = role;
    p.assumeRole.roleArn = QStringLiteral("arn:aws:iam::123456789012:user/alice");
    QTest::newRow("user arn") << p << "role ARN";
    p = role;
    p.assumeRole.roleArn = QStringLiteral("arn:aws-cn:iam::123456789012:role/ops/Reader");
    QTest::newRow("china arn with path") << p << QString();
    p = keys;
    p.source = CredentialSource::SharedConfig;
    p.accessKeyId.clear();
    QTest::newRow("shared config without name") << p << "shared config";
    p.sharedConfigProfile = QStringLiteral("dev");
    QTest::newRow("shared config") << p << QString();
    p = keys;
    p.source = CredentialSource::Environment;
    p.accessKeyId.clear();
    QTest::newRow("environment") << p << QString();
}

void tst_Profile::validation()
{
    QFETCH(Profile, profile);
    QFETCH(QString, field);
    Profile other = accessKeysProfile();
    other.name = QStringLiteral("Staging");
    const QString error = validateProfile(profile, {other});
    if (field.isEmpty()) {
        QCOMPARE(error, QString());
    } else {
        QVERIFY2(error.contains(field), qPrintable(error));
        QVERIFY(error.endsWith(QLatin1Char('.')));
    }
}

void tst_Profile::validationAcceptsOwnNameWhenEditing()
{
    const Profile profile = accessKeysProfile();
    QCOMPARE(validateProfile(profile, {profile}), QString());
}

void tst_Profile::defaultSessionName()
{
    QCOMPARE(dyna::profiles::defaultSessionName(1700000000),
             QStringLiteral("dynaconsole-1700000000"));
}

QTEST_GUILESS_MAIN(tst_Profile)
#include "tst_profile.moc"
