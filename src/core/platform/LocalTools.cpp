#include "LocalTools.h"

#include <QFileInfo>
#include <QProcess>

namespace Stratum {

QStringList LocalTools::searchDirs()
{
    QStringList dirs = qEnvironmentVariable("STRATUM_TOOL_DIRS").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    dirs += qEnvironmentVariable("PATH").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    dirs += {QStringLiteral("/opt/homebrew/bin"), QStringLiteral("/usr/local/bin"), QStringLiteral("/usr/bin"),
             QStringLiteral("/bin")};
    dirs.removeDuplicates();
    return dirs;
}

QString LocalTools::find(const QString &program)
{
    for (const QString &dir : searchDirs()) {
        const QFileInfo candidate(dir + QLatin1Char('/') + program);
        if (candidate.isFile() && candidate.isExecutable())
            return candidate.absoluteFilePath();
    }
    return {};
}

QProcessEnvironment LocalTools::environment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PATH"), searchDirs().join(QLatin1Char(':')));
    return environment;
}

QString LocalTools::adoptLoginAgent()
{
    QString socket = qEnvironmentVariable("SSH_AUTH_SOCK");
#ifdef Q_OS_MACOS
    if (socket.isEmpty()) {
        // Once at start-up, before any window: launchctl answers at once.
        QProcess launchctl;
        launchctl.start(QStringLiteral("/bin/launchctl"), {QStringLiteral("getenv"), QStringLiteral("SSH_AUTH_SOCK")});
        if (launchctl.waitForFinished(2000) && launchctl.exitCode() == 0)
            socket = QString::fromLocal8Bit(launchctl.readAllStandardOutput()).trimmed();
        if (!socket.isEmpty() && QFileInfo::exists(socket))
            qputenv("SSH_AUTH_SOCK", socket.toLocal8Bit());
        else
            socket.clear();
    }
#endif
    return socket;
}

} // namespace Stratum
