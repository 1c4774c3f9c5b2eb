#include "LocalTools.h"

#include <QFileInfo>

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

} // namespace Stratum
