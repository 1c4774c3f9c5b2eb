#include "AppPaths.h"

#include <QDir>
#include <QStandardPaths>
#include <QSysInfo>

namespace Stratum {

QString AppPaths::configDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

QString AppPaths::profilesDir()
{
    return configDir() + QStringLiteral("/profiles");
}

QString AppPaths::logDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
}

QString AppPaths::logFile()
{
    return logDir() + QStringLiteral("/stratum-deploy.log");
}

QString AppPaths::runtimeDir()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? QDir::tempPath() : runtime;
}

QString operatorName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME", QStringLiteral("operator"));
    return user + QLatin1Char('@') + machineName();
}

QString machineName()
{
    return QSysInfo::machineHostName();
}

} // namespace Stratum
