#include "benchmode.h"
#include "commandline.h"
#include "languages.h"
#include "mainwindow.h"

#include "dynamo/demodataset.h"
#include "navigationmodel.h"
#include "navigationpanel.h"
#include "profiles/profilestore.h"
#include "session/preferences.h"
#include "session/session.h"
#include "session/statementhistory.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

using namespace dyna;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("DynaConsole"));
    QApplication::setOrganizationName(QStringLiteral("DynaConsole"));
    QApplication::setApplicationVersion(QStringLiteral(DYNA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dynaconsole"));
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/dynaconsole.png").arg(size));
    QApplication::setWindowIcon(icon);

    // Non-secret profile fields and preferences in the platform's settings; secrets in the
    // system keychain.
    QSettings settings;
    // The system locale picks the language unless Preferences chose one.
    app::installTranslators(session::PreferenceValues::load(settings).language);

    int exitCode = 0;
    const auto options = app::parseCommandLine(app, &exitCode);
    if (!options)
        return exitCode;

    // --bench-w5 measures a cold start: it must not restore nor save the user's workspace.
    std::optional<app::BenchSandbox> sandbox;
    if (!options->benchW5Table.isEmpty())
        sandbox.emplace();
    QSettings *store = sandbox ? sandbox->settings() : &settings;
    profiles::ProfileStore profileStore(store);
    session::Session session;
    // PartiQL history and saved statements, kept across restarts.
    session::StatementHistory history(
        sandbox ? sandbox->historyPath()
                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      QStringLiteral("/history.jsonl"));
    app::MainWindow window(&session, &profileStore, store, &history);
    if (sandbox) {
        auto *bench = new app::BenchW5(&window, &session, options->benchW5Table, &window);
        QObject::connect(bench, &app::BenchW5::finished, &app, &QApplication::exit,
                         Qt::QueuedConnection);
        bench->start();
    }

    // --grab: once the tables are listed, show the first one and save a screenshot.
    auto armGrab = [&] {
        if (options->grabPath.isEmpty())
            return;
        QObject::connect(window.navigation(), &views::NavigationPanel::loaded, &window, [&] {
            const QStringList tables =
                window.navigation()->model()->tableNames(session.profileId(), session.region());
            window.navigation()->selectTable(tables.value(0));
            QTimer::singleShot(800, &window, [&] {
                const bool saved = window.grab().save(options->grabPath);
                std::fprintf(stderr, "%s %s\n", saved ? "saved" : "could not save",
                             qPrintable(options->grabPath));
                QApplication::exit(saved ? 0 : 1);
            });
        });
    };

    if (options->seedDemo) {
        // Connect first so the seeder has a client; the table list refreshes once it is done.
        session.connectToLocalEndpoint(options->endpoint, options->region);
        auto *seeder = new dynamo::DemoDataset(session.client(), &app);
        QObject::connect(seeder, &dynamo::DemoDataset::progress, &window,
                         [&](const QString &stage, int done, int total) {
                             window.showProgress(QApplication::translate("main", "%1: %2 of %3")
                                                     .arg(stage)
                                                     .arg(done)
                                                     .arg(total));
                         });
        QObject::connect(seeder, &aws::Job::finished, &window, [&, job = seeder] {
            if (job->seeded())
                window.showProgress(QApplication::translate("main", "Demo dataset loaded."));
            else if (job->error().isError())
                window.showProgress(job->error().userMessage());
            else
                window.showProgress({});
            armGrab();
            window.navigation()->refresh();
        });
        seeder->start();
    } else {
        armGrab();
        session.connectToLocalEndpoint(options->endpoint, options->region);
    }
    window.show();
    return app.exec();
}
