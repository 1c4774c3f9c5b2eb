#include "cli/AppRelay.h"
#include "core/app/AppServices.h"
#include "core/app/Startup.h"
#include "core/deploy/DeployLane.h"
#include "core/relay/RelayServer.h"
#include "core/platform/AppIdentity.h"
#include "gui/common/Confirm.h"
#include "gui/mainwindow/MainWindow.h"
#include "gui/rehearsal/Rehearsal.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <memory>

#include <ksyntaxhighlighting_version.h>

#include <libssh2.h>

#include <cstdio>

int main(int argc, char *argv[])
{
    Stratum::Startup::useUtf8Encoding();
    Stratum::AppIdentity::setRehearsal(Stratum::AppIdentity::rehearsalRequested(argc, argv));
    QApplication app(argc, argv);
    Stratum::Startup::identify();
    QApplication::setApplicationDisplayName(QStringLiteral("Stratum Deploy"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/stratum/icons/stratum-deploy.svg")));
    if (libssh2_init(0) != 0)
        return 1;
    Stratum::Startup::installTranslations();

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption versionOption(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                           QApplication::translate("main", "Print the version, the commit and the libraries, then exit."));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QApplication::translate("main", "Use the profile in <file>."),
                                           QStringLiteral("file"));
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"),
                                            QApplication::translate("main", "Open every page, then exit."));
    const QCommandLineOption rehearsalOption(QStringLiteral("rehearsal"),
                                             QApplication::translate("main", "Work on the rehearsal: a droplet, a registry and a GitHub "
                                                                             "on this machine (started if it is not running)."));
    const QCommandLineOption readOnlyOption(QStringLiteral("read-only"),
                                            QApplication::translate("main", "Watch without changing: nothing that changes a droplet runs "
                                                                            "(for production on a shared screen)."));
    parser.addOptions({profileOption, selfTestOption, versionOption, rehearsalOption, readOnlyOption});
    parser.process(app);
    if (parser.isSet(versionOption)) {
        std::fputs(qPrintable(Stratum::Startup::versionText(QStringLiteral("stratum-deploy"),
                                                            {QStringLiteral("KF6 SyntaxHighlighting " KSYNTAXHIGHLIGHTING_VERSION_STRING)})
                              + QLatin1Char('\n')),
                   stdout);
        return 0;
    }

    Stratum::CoreContext core;
    Stratum::CoreContext::installLogHandler(&core.redactor());
    const Stratum::ProfileLoadResult loaded = core.loadProfile(parser.value(profileOption));
    if (!loaded) {
        qCritical("%s", qPrintable(loaded.error));
        return 2;
    }

    std::unique_ptr<Stratum::MainWindow> window;
    std::unique_ptr<Stratum::RelayServer> relay;
    int code = 0;
    const auto openWindow = [&window, &relay, &core, &parser, &selfTestOption, &readOnlyOption, &code]() {
        window = std::make_unique<Stratum::MainWindow>(core, nullptr, parser.isSet(selfTestOption) ? Stratum::MainWindow::PageBuilding::AtOnce
                                                                                                    : Stratum::MainWindow::PageBuilding::AfterFirstPaint);
        if (parser.isSet(readOnlyOption))
            window->services().lane()->setReadOnly(true);
        if (!parser.isSet(selfTestOption)) {
            // stratumctl's droplet commands run here, on the sessions this window keeps open.
            relay = std::make_unique<Stratum::RelayServer>(
                [&core, &window](Stratum::RelayCall *call) { Stratum::runRelayedCommand(core, window->services(), call, Stratum::RelayedProfile::TheApps); });
            relay->listen();
        }
        if (parser.isSet(selfTestOption)) {
            QTimer::singleShot(0, window.get(), [&window, &code]() {
                code = window->selfTest() ? 0 : 1;
                QApplication::exit(code);
            });
        } else {
            window->show();
        }
    };
    Stratum::RehearsalStarter starter(core);
    if (Stratum::AppIdentity::isRehearsal()) {
        // The rehearsal runs first (started here if it is not), then the window opens on it.
        starter.start([&core, &openWindow](bool ok, const QString &message) {
            if (!ok) {
                auto *box = Stratum::inform(nullptr, QMessageBox::Critical, QApplication::translate("main", "The rehearsal cannot start"),
                                            message, QStringLiteral("rehearsalFailedDialog"));
                QObject::connect(box, &QDialog::finished, qApp, []() { QApplication::exit(1); });
                return;
            }
            core.loadProfile();
            openWindow();
        });
    } else {
        openWindow();
    }
    code = app.exec();
    relay.reset();
    window.reset();
    libssh2_exit();
    return code;
}
