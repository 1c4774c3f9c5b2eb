#pragma once

#include "profile/Profile.h"

#include <QString>
#include <QStringList>

namespace Stratum {

// POSIX single-quoting: the result is always one word to the remote shell.
QString shellQuote(const QString &value);

struct LockInfo {
    QString holder;
    QString machine;
    QString sha;
    QString reason;
    QString since; // ISO time
    QString token;
    bool held = false;
};

// Every droplet command of the runbook, built only from validated values.
// Callers pass SHAs that passed Sha::isFullText()/Sha::isPrefixText(); profile values
// were validated when the profile was loaded.
class RemoteCommands
{
public:
    explicit RemoteCommands(const Profile &profile) : m_profile(profile) {}

    QString inAppDir(const QString &command) const;
    QString compose(const QString &arguments) const; // cd APP && docker compose -f … --env-file … ARGS

    QString gitFetch() const;
    QString gitCheckoutMain() const;
    QString gitPullFastForward() const;
    QString resolveCommit(const QString &shaPrefix) const; // prints every commit matching the prefix
    QString composeFileDiffers(const QString &fromSha, const QString &toSha) const; // exit 1 = differs

    QString manifestInspect(const QString &imageRef) const;
    QString pull(const QString &imageRef) const;
    QString composeUp(const QString &backendRef, const QString &frontendRef) const;
    QString recreateFrontend(const QString &backendRef, const QString &frontendRef) const;
    QString composePs() const;
    QString backendHealth(const QString &url) const;
    QString logs(const QString &service, int tail) const;
    // "RESTARTS STATUS", a "--- logs" line, then the service's log lines of the last `sinceSeconds`.
    QString workerProbe(const QString &containerName, const QString &service, int sinceSeconds) const;
    static bool isContainerName(const QString &name);
    QString freeDiskKb() const;
    QString envFileExists() const;
    // Runbook §1.4: the env file from its example, never over an existing one (exit 3 then).
    QString createEnvFromExample() const;

    QString takeLock(const LockInfo &info) const;   // exit 0 taken; exit 75 held (prints the holder)
    QString releaseLock(const QString &token) const; // only our own lock
    QString breakLock() const;
    QString lockStatus() const;
    static LockInfo parseLockInfo(const QString &text);
    static constexpr int lockHeldExitCode = 75;

private:
    QString lockPath() const;
    QString imageEnv(const QString &backendRef, const QString &frontendRef) const;
    const Profile &m_profile;
};

} // namespace Stratum
