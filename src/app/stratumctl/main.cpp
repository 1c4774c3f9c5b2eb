#include "app/CoreContext.h"
#include "cli/Cli.h"
#include "cli/Interrupts.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <libssh2.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Stratum"));
    QCoreApplication::setApplicationName(QStringLiteral("stratum-deploy"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STRATUM_VERSION));
    if (libssh2_init(0) != 0)
        return 1;

    // English plural forms always; the system language on top when there is a translation for it.
    QTranslator english;
    if (english.load(QStringLiteral("stratum-deploy_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&english);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("stratum-deploy"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

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
