// stratumctl-engine: stratumctl itself, with its command table, the keychain and SSH.
// The `stratumctl` people run is the launcher (launcher.cpp): it runs this when the app
// (or `stratumctl keep`) does not run the command on its kept session.
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
