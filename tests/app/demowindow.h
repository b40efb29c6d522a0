#pragma once

// The main window as the screenshots show it: its own settings, profiles and history in a
// temporary folder, 1280×800, connected to DynamoDB Local, with the demo dataset's Orders
// table open and its second row selected. Header-only: the screenshot tests include it.
#include "localendpoint.h"
#include "mainwindow.h"

#include "itemspanel.h"
#include "itemtablemodel.h"
#include "navigationpanel.h"

#include "aws/requestjob.h"
#include "dynamo/demodataset.h"
#include "profiles/profilestore.h"
#include "session/session.h"
#include "session/statementhistory.h"

#include <QDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace dyna::test {

struct DemoWindow
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("dyna.ini")), QSettings::IniFormat};
    profiles::ProfileStore store{&settings};
    session::Session session;
    session::StatementHistory history{dir.filePath(QStringLiteral("history.jsonl"))};
    app::MainWindow window{&session, &store, &settings, &history};
};

// Shows the window and opens Orders, seeding the demo dataset first when it is missing (CTest
// runs the screenshot tests after the demo dataset test; run alone, they seed it themselves).
// Check QTest::currentTestFailed() afterwards.
inline void openDemoOrders(DemoWindow &demo, QSize size = QSize(1280, 800))
{
    const QUrl endpoint = localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running (run through ctest)");
    demo.window.resize(size);
    demo.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&demo.window));
    demo.session.connectToLocalEndpoint(endpoint);
    std::unique_ptr<aws::RequestJob> orders(
        callAndWait(demo.session.client(), QStringLiteral("DescribeTable"),
                    {{QStringLiteral("TableName"), QStringLiteral("Orders")}}));
    QVERIFY(orders);
    if (orders->error().isError()) {
        dynamo::DemoDataset seeder(demo.session.client());
        seeder.setOnlyIfEmpty(false);
        QSignalSpy seeded(&seeder, &aws::Job::finished);
        seeder.start();
        QVERIFY(seeded.wait(120000));
        QVERIFY2(!seeder.error().isError(), qPrintable(seeder.error().details()));
    }
    QSignalSpy loaded(demo.window.navigation(), &views::NavigationPanel::loaded);
    demo.window.navigation()->refresh();
    QVERIFY(loaded.wait(20000));
    QSignalSpy ready(demo.window.items(), &views::ItemsPanel::tableReady);
    QVERIFY(demo.window.navigation()->selectTable(QStringLiteral("Orders")));
    QVERIFY(ready.wait(10000));
    QTRY_VERIFY(demo.window.items()->model()->rowCount() > 0 &&
                !demo.window.items()->model()->isLoading());
    demo.window.items()->grid()->selectRow(1);
    QTest::qWait(100);
}

// Opens the item editor on the selected row; null (with a test failure) when it does not appear.
inline QDialog *openItemEditor(app::MainWindow &window)
{
    window.items()->grid()->setFocus();
    window.items()->editSelected();
    QDialog *dialog = nullptr;
    [&] {
        QTRY_VERIFY(
            (dialog = window.items()->findChild<QDialog *>(QStringLiteral("itemEditorDialog"))));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
    }();
    QTest::qWait(300); // validation runs debounced
    return dialog;
}

} // namespace dyna::test
