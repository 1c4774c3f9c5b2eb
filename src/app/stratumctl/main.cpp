#include "cli/AppRelay.h"
#include "cli/Cli.h"
#include "cli/Interrupts.h"
#include "core/app/CoreContext.h"
#include "core/app/Startup.h"
#include "core/platform/AppIdentity.h"

#include <QCoreApplication>

#include <libssh2.h>

int main(int argc, char *argv[])
{
    Stratum::Startup::useUtf8Encoding();
    Stratum::AppIdentity::setRehearsal(Stratum::AppIdentity::rehearsalRequested(argc, argv));
    // Through the app's kept session when it runs: no Qt application, keychain or SSH here at all.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (const std::optional<int> relayed = Stratum::runThroughTheApp(arguments))
        return *relayed;

    QCoreApplication app(argc, argv);
    Stratum::Startup::identify();
    if (libssh2_init(0) != 0)
        return 1;
    Stratum::Startup::installTranslations();

    Stratum::Cli cli(QCoreApplication::arguments());
    Stratum::CoreContext::installLogHandler(nullptr);
    QObject::connect(&cli, &Stratum::Cli::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    Stratum::Interrupts interrupts;
    QObject::connect(&interrupts, &Stratum::Interrupts::interrupted, &cli, &Stratum::Cli::interrupt);
    cli.start();
    const int code = app.exec();
    libssh2_exit();
    return code;
}
