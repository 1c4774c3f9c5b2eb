#pragma once

#include "core/droplet/RemoteCommands.h"
#include "core/droplet/RunningNow.h"
#include "core/releases/ReleaseLog.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace Stratum {

class RemoteHost;
class Vault;

enum class ContainerHealth { Healthy, Starting, Unhealthy, Down, Unknown };
QString containerHealthName(ContainerHealth health);  // healthy, starting, unhealthy, down, unknown: for JSON
QString containerHealthLabel(ContainerHealth health); // the same in the operator's language

// What runs on the droplet and what it means for the operator: the running
// release and whether it is known-good, the worst container state, the lock
// and the pin, a half-finished change, and where a rollback would go.
struct DropletStatus {
    QString hostName;
    bool read = false;
    QString error;
    RunningNow now;
    Guards guards;

    QString runningSha;     // the SHA every app service runs; empty when mixed or not a SHA
    QStringList shas;       // the distinct SHAs among the app services' containers
    bool mixed = false;     // services on different SHAs, or a change cut off halfway
    QStringList mixedDetails;
    QString finishSha;      // mixed: the SHA a cut-off deploy was going to
    std::optional<ReleaseEntry> release; // the release log entry of the running SHA
    bool knownGood = false;
    ContainerHealth worst = ContainerHealth::Unknown;
    QString worstDetail;    // "worker: exited (1)"
    QList<RollbackCandidate> candidates; // newest first
    QString rollbackSha;    // where "roll back" goes now; empty when there is nowhere
    std::optional<ReleaseEntry> lastKnownGood; // the newest known-good release, running or not
    bool releaseLogRead = false; // the release log was read for this status (the fields above are from it)
    QStringList recorded;   // changes whose app had stopped, recorded in the release log by this reading
    // The rollback target's images gone from the droplet ("backend", "frontend"; e.g. after
    // `docker image prune -a`): the next rollback would need the registry. Empty: present or not read.
    QStringList rollbackImagesMissing;
    QString rollbackImagesWarning() const; // one sentence, empty when nothing is missing

    // "Roll back to 1a2b3c4 — known-good since …, deployed n days ago"; empty when there is nowhere.
    QString rollbackLabel(const QDateTime &at) const;

    QString headline() const; // one line: "a1b2c3d known-good · healthy · lock free"
    QJsonObject toJson() const;
};

// Exit status of `stratumctl status`: 0 healthy, 1 unreadable, unhealthy or mixed, 3 locked or pinned.
int statusExitCode(const DropletStatus &status);

// Pure: what a reading means.
DropletStatus assessDropletStatus(const QString &hostName, const RunningNow &now, const Guards &guards,
                                  const ReleaseLog &log, const Profile &profile);

// Reads the containers with their images, the guards and the release log, then assesses.
void readDropletStatus(RemoteHost *host, const QString &hostName, const Profile &profile, Vault *vault,
                       QObject *context, std::function<void(const DropletStatus &)> done);

} // namespace Stratum
