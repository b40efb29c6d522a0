// Time to live from the table overview, against a real DynamoDB Local: turned on for an
// attribute, then off after a confirmation that names the table.
#include "localendpoint.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "confirmdialog.h"
#include "session/session.h"
#include "tableoverviewpanel.h"
#include "timetolivedialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dyna;

class TestTimeToLive : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<aws::RequestJob> call(const QString &operation, const QJsonObject &input)
    {
        return std::unique_ptr<aws::RequestJob>(
            test::callAndWait(m_session.client(), operation, input));
    }
    QString describedStatus()
    {
        const auto job =
            call(QStringLiteral("DescribeTimeToLive"), {{QStringLiteral("TableName"), m_table}});
        return job ? job->response()
                         .value(QStringLiteral("TimeToLiveDescription"))
                         .toObject()
                         .value(QStringLiteral("TimeToLiveStatus"))
                         .toString()
                   : QString();
    }

    session::Session m_session;
    QString m_table;

private Q_SLOTS:
    void initTestCase()
    {
        const QUrl endpoint = test::localEndpoint();
        QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running (run through ctest)");
        m_session.connectToLocalEndpoint(endpoint);
        m_table = test::uniqueTableName(QStringLiteral("Ttl"));
        const auto created = call(QStringLiteral("CreateTable"),
                                  test::simpleTableInput(m_table, QStringLiteral("pk")));
        QVERIFY(created && !created->error().isError());
    }

    void cleanupTestCase()
    {
        call(QStringLiteral("DeleteTable"), {{QStringLiteral("TableName"), m_table}});
    }

    void turnOnThenOffFromTheOverview()
    {
        views::TableOverviewPanel overview(&m_session);
        QSignalSpy ttlDescribed(&overview, &views::TableOverviewPanel::timeToLiveDescribed);
        overview.show();
        auto *edit = overview.findChild<QPushButton *>(QStringLiteral("editTimeToLive"));
        QVERIFY(edit);
        QVERIFY(!edit->isEnabled());
        overview.showTable(m_table);
        QVERIFY(ttlDescribed.wait(10000));
        QCOMPARE(overview.fieldText(QStringLiteral("ttl")), QStringLiteral("Off"));
        QVERIFY(edit->isEnabled());

        QTest::mouseClick(edit, Qt::LeftButton);
        auto *dialog = overview.findChild<views::TimeToLiveDialog *>();
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->statusText(), QStringLiteral("Off"));
        // Nothing to turn on without an attribute name.
        QVERIFY(!dialog->enableButton()->isEnabled());
        QVERIFY(!dialog->disableButton()->isEnabled());
        QTest::keyClicks(dialog->attributeEdit(), QStringLiteral("expiresAt"));
        QVERIFY(dialog->enableButton()->isEnabled());
        QTest::mouseClick(dialog->enableButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->statusText(), QStringLiteral("On, attribute expiresAt"),
                                  10000);
        QCOMPARE(describedStatus(), QStringLiteral("ENABLED"));
        // The overview follows without a refresh.
        QTRY_COMPARE_WITH_TIMEOUT(overview.fieldText(QStringLiteral("ttl")),
                                  QStringLiteral("On, attribute expiresAt"), 10000);
        QVERIFY(!dialog->enableButton()->isEnabled());
        QVERIFY(dialog->attributeEdit()->isReadOnly());

        // Turning off asks first, naming the table; cancelling changes nothing.
        QTest::mouseClick(dialog->disableButton(), Qt::LeftButton);
        auto *confirm = dialog->findChild<views::ConfirmDialog *>();
        QVERIFY(confirm);
        QVERIFY2(confirm->text().contains(m_table), qPrintable(confirm->text()));
        confirm->reject();
        QCOMPARE(describedStatus(), QStringLiteral("ENABLED"));

        QTest::mouseClick(dialog->disableButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->findChild<views::ConfirmDialog *>() != nullptr);
        confirm = nullptr;
        for (auto *candidate : dialog->findChildren<views::ConfirmDialog *>()) {
            if (candidate->isVisible())
                confirm = candidate;
        }
        QVERIFY(confirm);
        QTest::mouseClick(confirm->actionButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->statusText(), QStringLiteral("Off"), 10000);
        QCOMPARE(describedStatus(), QStringLiteral("DISABLED"));
        QTRY_COMPARE_WITH_TIMEOUT(overview.fieldText(QStringLiteral("ttl")), QStringLiteral("Off"),
                                  10000);
    }

    void missingTableIsReportedAndNothingOffered()
    {
        views::TimeToLiveDialog dialog(&m_session, QStringLiteral("no-such-table-for-ttl"));
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.statusText(), QStringLiteral("Unknown"), 10000);
        QVERIFY(!dialog.enableButton()->isEnabled());
        QVERIFY(!dialog.disableButton()->isEnabled());
    }
};

QTEST_MAIN(TestTimeToLive)
#include "tst_timetolive.moc"
