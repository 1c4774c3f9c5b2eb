#include "RemoteCommands.h"

#include <QRegularExpression>

#include <QJsonDocument>
#include <QJsonObject>

namespace Stratum {

QString shellQuote(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString RemoteCommands::inAppDir(const QString &command) const
{
    return QStringLiteral("cd ") + shellQuote(m_profile.droplet.appDir) + QStringLiteral(" && ") + command;
}

QString RemoteCommands::compose(const QString &arguments) const
{
    return inAppDir(QStringLiteral("docker compose -f ") + shellQuote(m_profile.droplet.composeFile)
                    + QStringLiteral(" --env-file ") + shellQuote(m_profile.droplet.envFile) + QLatin1Char(' ')
                    + arguments);
}

QString RemoteCommands::gitFetch() const
{
    return inAppDir(QStringLiteral("git fetch origin ") + shellQuote(m_profile.github.branch));
}

QString RemoteCommands::gitCheckoutMain() const
{
    return inAppDir(QStringLiteral("git checkout ") + shellQuote(m_profile.github.branch));
}

QString RemoteCommands::gitPullFastForward() const
{
    return inAppDir(QStringLiteral("git pull --ff-only origin ") + shellQuote(m_profile.github.branch));
}

QString RemoteCommands::resolveCommit(const QString &shaPrefix) const
{
    const QString prefix = shellQuote(shaPrefix.toLower());
    return inAppDir(QStringLiteral("for o in $(git rev-parse --disambiguate=%1); do "
                                   "[ \"$(git cat-file -t \"$o\")\" = commit ] && echo \"$o\"; done; true")
                        .arg(prefix));
}

QString RemoteCommands::composeFileDiffers(const QString &fromSha, const QString &toSha) const
{
    return inAppDir(QStringLiteral("git diff --quiet %1 %2 -- %3")
                        .arg(shellQuote(fromSha), shellQuote(toSha), shellQuote(m_profile.droplet.composeFile)));
}

QString RemoteCommands::manifestInspect(const QString &imageRef) const
{
    return QStringLiteral("docker manifest inspect ") + shellQuote(imageRef) + QStringLiteral(" >/dev/null");
}

QString RemoteCommands::pull(const QString &imageRef) const
{
    return QStringLiteral("docker pull ") + shellQuote(imageRef);
}

QString RemoteCommands::imageEnv(const QString &backendRef, const QString &frontendRef) const
{
    const QString worker = m_profile.images.workerImage == QLatin1String("frontend") ? frontendRef : backendRef;
    return QStringLiteral("BACKEND_IMAGE=%1 WORKER_IMAGE=%2 FRONTEND_IMAGE=%3 ")
        .arg(shellQuote(backendRef), shellQuote(worker), shellQuote(frontendRef));
}

QString RemoteCommands::composeUp(const QString &backendRef, const QString &frontendRef) const
{
    return inAppDir(imageEnv(backendRef, frontendRef) + QStringLiteral("docker compose -f ")
                    + shellQuote(m_profile.droplet.composeFile) + QStringLiteral(" --env-file ")
                    + shellQuote(m_profile.droplet.envFile) + QStringLiteral(" up -d --no-build --remove-orphans"));
}

QString RemoteCommands::recreateFrontend(const QString &backendRef, const QString &frontendRef) const
{
    return inAppDir(imageEnv(backendRef, frontendRef) + QStringLiteral("docker compose -f ")
                    + shellQuote(m_profile.droplet.composeFile) + QStringLiteral(" --env-file ")
                    + shellQuote(m_profile.droplet.envFile)
                    + QStringLiteral(" up -d --no-build --force-recreate frontend"));
}

QString RemoteCommands::composePs() const
{
    return compose(QStringLiteral("ps --all --format json"));
}

QString RemoteCommands::backendHealth(const QString &url) const
{
    return compose(QStringLiteral("exec -T backend curl -fsS ") + shellQuote(url));
}

QString RemoteCommands::logs(const QString &service, int tail) const
{
    return compose(QStringLiteral("logs --no-color --tail=%1 %2").arg(tail).arg(shellQuote(service)));
}

bool RemoteCommands::isContainerName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$"));
    return valid.match(name).hasMatch();
}

QString RemoteCommands::workerProbe(const QString &containerName, const QString &service, int sinceSeconds) const
{
    return QStringLiteral("docker inspect --format '{{.RestartCount}} {{.State.Status}}' %1; echo '--- logs'; ")
               .arg(shellQuote(containerName))
           + compose(QStringLiteral("logs --no-color --since=%1s --tail=200 %2").arg(sinceSeconds).arg(shellQuote(service)));
}

QString RemoteCommands::freeDiskKb() const
{
    return QStringLiteral("df -Pk %1 | awk 'NR==2 {print $4}'").arg(shellQuote(m_profile.droplet.appDir));
}

QString RemoteCommands::createEnvFromExample() const
{
    const QString env = shellQuote(m_profile.droplet.envFile);
    const QString example = shellQuote(m_profile.droplet.envExampleFile);
    return inAppDir(QStringLiteral("if test -e %1; then echo %1' exists: left as it is' >&2; exit 3; fi; "
                                   "test -f %2 && (umask 077 && cp %2 %1) && echo created %1 from %2")
                        .arg(env, example));
}

QString RemoteCommands::envFileExists() const
{
    return inAppDir(QStringLiteral("test -f ") + shellQuote(m_profile.droplet.envFile));
}

QString RemoteCommands::lockPath() const
{
    return m_profile.droplet.lockDir + QStringLiteral("/deploy.lock");
}

QString RemoteCommands::takeLock(const LockInfo &info) const
{
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("holder"), info.holder},
                                                      {QStringLiteral("machine"), info.machine},
                                                      {QStringLiteral("sha"), info.sha},
                                                      {QStringLiteral("reason"), info.reason},
                                                      {QStringLiteral("since"), info.since},
                                                      {QStringLiteral("token"), info.token}})
                                .toJson(QJsonDocument::Compact);
    const QString lock = shellQuote(lockPath());
    // mkdir is atomic: of two deploys started at the same instant exactly one gets the lock.
    return QStringLiteral("mkdir -p %1 && if mkdir %2 2>/dev/null; then printf '%s\\n' %3 > %2/info; "
                          "else cat %2/info 2>/dev/null; exit %4; fi")
        .arg(shellQuote(m_profile.droplet.lockDir), lock, shellQuote(QString::fromUtf8(json)))
        .arg(lockHeldExitCode);
}

QString RemoteCommands::releaseLock(const QString &token) const
{
    const QString lock = shellQuote(lockPath());
    return QStringLiteral("if grep -qF %1 %2/info 2>/dev/null; then rm -rf %2; else echo 'not our lock'; exit 1; fi")
        .arg(shellQuote(QStringLiteral("\"token\":\"") + token + QLatin1Char('"')), lock);
}

QString RemoteCommands::breakLock() const
{
    return QStringLiteral("rm -rf ") + shellQuote(lockPath());
}

QString RemoteCommands::lockStatus() const
{
    const QString lock = shellQuote(lockPath());
    return QStringLiteral("if [ -d %1 ]; then cat %1/info 2>/dev/null || echo '{}'; else echo free; fi").arg(lock);
}

LockInfo RemoteCommands::parseLockInfo(const QString &text)
{
    LockInfo info;
    const QString trimmed = text.trimmed();
    if (trimmed == QLatin1String("free") || trimmed.isEmpty())
        return info;
    info.held = true;
    const QJsonObject object = QJsonDocument::fromJson(trimmed.toUtf8()).object();
    info.holder = object.value(QStringLiteral("holder")).toString(QStringLiteral("unknown"));
    info.machine = object.value(QStringLiteral("machine")).toString();
    info.sha = object.value(QStringLiteral("sha")).toString();
    info.reason = object.value(QStringLiteral("reason")).toString();
    info.since = object.value(QStringLiteral("since")).toString();
    info.token = object.value(QStringLiteral("token")).toString();
    return info;
}

} // namespace Stratum
