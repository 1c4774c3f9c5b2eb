#pragma once

#include "core/platform/ShellQuote.h"
#include "core/profile/Profile.h"
#include "core/releases/Sha.h"

#include <QHash>
#include <optional>
#include <QString>
#include <QStringList>

namespace Stratum {

struct LockInfo {
    QString holder;
    QString machine;
    QString sha;
    QString reason;
    QString since; // ISO time
    QString token;
    QString method; // the release log's word for the change: ssh, rollback, env-restart, workflow
    QString gateOverride;
    // How long the change's app may still come back after its last sign of life: until then
    // nobody records or frees the change (0: a record from before leases).
    int leaseSeconds = 0;
    QStringList plannedSteps; // the steps it runs detached on the droplet, in order
    bool held = false;
};

// A detached step of a lock's change that still runs on the droplet (why a lock is not broken).
struct RunningStep {
    QString name;
    qint64 pid = 0;
    int ageSeconds = 0;
};
std::optional<RunningStep> parseRunningStep(const QString &text); // the "@running" line of breakLock()

// Production held at a release on purpose (after a rollback made for a reason):
// forward deploys are refused until the pin is released; rollbacks still go.
struct PinInfo {
    bool pinned = false;
    QString sha;
    QString holder;
    QString machine;
    QString reason;
    QString since; // ISO time
};

// The droplet's two guards, read in one command.
struct Guards {
    LockInfo lock;
    PinInfo pin;
    int pendingChanges = 0; // changes no app has recorded yet (see pendingChanges())
    bool read = false;
};

bool isForwardMethod(const QString &method); // ssh, workflow: what a pin refuses

// A change whose steps ran detached on the droplet and that no app has recorded
// yet, as `pendingChanges()` reports it.
struct PendingChange {
    QString token;
    LockInfo info;        // who started it, what for (from its change.json)
    QString sha;          // the full SHA it deployed, once resolved
    // Since its app last showed life (followed a step, a heartbeat, or took the lock); -1: unknown.
    int quietSeconds = -1;
    QString ended;        // how its app said it ended (a release log entry as JSON); empty: it did not say
    qint64 runId = 0;     // a workflow change's run
    struct Step {
        QString id;       // step-07
        QString name;
        int status = -1;  // -1: still running
    };
    QList<Step> steps;
    bool running() const;
};
QList<PendingChange> parsePendingChanges(const QString &text);

// The droplet's clone as `cloneState()` reports it.
struct CloneState {
    bool read = false;
    QStringList changes;   // `git status --porcelain` lines: modified or untracked files
    QString origin;        // remote.origin.url
    QString head;          // the full SHA checked out
    QString composeCommit; // the commit the compose file was last changed in
};

// An image on the droplet by tag, as `localImageDigests` reports it.
struct LocalImage {
    bool present = false;
    QStringList digests; // sha256:… of its RepoDigests: what the registry called it when it was pulled
};

// Every droplet command of the runbook, built only from validated values.
// A SHA arrives as a Sha (only ever valid hex digits); profile values were validated
// when the profile was loaded.
class RemoteCommands
{
public:
    // `hostName`: the droplet the commands are for; its environment's engine decides how the
    // product is run there (compose, or a swarm's stack, see below).
    explicit RemoteCommands(const Profile &profile, const QString &hostName = {})
        : m_profile(profile), m_hostName(hostName),
          m_swarm(profile.engineOfHost(hostName) == Environment::Engine::Swarm)
    {
    }
    bool swarm() const { return m_swarm; }
    ProductPlace place() const { return m_profile.placeOfHost(m_hostName); } // where that droplet keeps the product
    // Swarm: the stack the droplet's compose file is deployed as (the app directory's name, as
    // compose names its project). Every question below is asked of the stack's services and
    // answered in compose's own format, so that what reads the answers is one code path:
    // `composeUp` is `docker stack deploy` followed by the wait for the services to converge,
    // `composePs` lists each service with its image and "running" once every replica runs,
    // health and logs reach a task of the service.
    QString stackName() const;
    QString stackConverged(int seconds) const; // exit 0 converged; 1 with what is not, after `seconds`
    // docker service rollback of each service (back to its spec before the last update), all at
    // once, then the wait until each of them finished going back and the stack converged.
    QString serviceRollback(const QStringList &services) const;

    QString inAppDir(const QString &command) const;
    QString compose(const QString &arguments) const; // cd APP && docker compose -f … --env-file … ARGS
    static QString readOnlyImage(); // what the image variables hold for commands that create no container

    static QString git(); // git with the clone's hooks and fsmonitor off
    QString gitFetch() const;
    QString gitCheckoutMain() const;
    QString gitPullFastForward() const;
    QString resolveCommit(const Sha &prefix) const; // prints every commit matching the prefix
    QString composeFileDiffers(const Sha &from, const Sha &to) const; // exit 1 = differs
    QString cloneState() const;
    static CloneState parseCloneState(const QString &answer);
    static QString localImageDigests(const QStringList &imageRefs);
    static QHash<QString, LocalImage> parseLocalImages(const QString &answer); // by image ref

    // Files under the profile's migrations dir that `from` has and `to` has not (name-status lines).
    QString migrationsCrossed(const Sha &from, const Sha &to) const;
    static QStringList parseCrossedMigrations(const QString &nameStatus); // the added files' names, sorted
    QString liveRevision() const; // the profile's liveRevisionCommand in the backend container; empty when none
    QString manifestInspect(const QString &imageRef) const;
    QString pull(const QString &imageRef) const;
    QString composeUp(const QString &backendRef, const QString &frontendRef) const;
    QString recreateFrontend(const QString &backendRef, const QString &frontendRef) const;
    QString composePs() const;
    QString backendHealth(const QString &url) const;
    // The same, asked again every 2 s until it answers or `seconds` have passed (after compose up: the backend boots).
    QString backendHealthWithin(const QString &url, int seconds) const;
    QString logs(const QString &service, int tail) const;
    // "RESTARTS STATUS", a "--- logs" line, then the service's log lines of the last `sinceSeconds`.
    QString workerProbe(const QString &containerName, const QString &service, int sinceSeconds) const;
    static bool isContainerName(const QString &name);
    QString freeDiskKb() const;
    QString envFileExists() const;
    // Runbook §1.4: the env file from its example, never over an existing one (exit 3 then).
    QString createEnvFromExample() const;

    // Every change of the lock and every start of a detached step happens inside one droplet-side
    // critical section (flock on LOCKDIR/fence), so that "is the lock still this change's?" and
    // the start are one atomic act.
    // Exit 0 taken; exit 75 held (prints the holder). Also starts the change's folder
    // next to the lock (changes/TOKEN: its record, then one folder per detached step).
    QString takeLock(const LockInfo &info) const;
    QString releaseLock(const QString &token) const; // only our own lock
    // The environment's own lock while a rolling change goes through its hosts, a file in this
    // (the environment's first) host's lock directory. Taken when free, when it is this change's,
    // or when its holder stopped touching it `leaseSeconds` ago (its app is gone); else exit
    // lockHeldExitCode with its info. Touched while the change runs; released only by its holder.
    QString takeEnvironmentLock(const QString &environment, const LockInfo &info, int leaseSeconds) const;
    QString touchEnvironmentLock(const QString &environment, const QString &token) const;
    QString releaseEnvironmentLock(const QString &environment, const QString &token) const;
    // Breaks the lock of `expectedToken` (the holder a person was shown): exit 0 broken or free;
    // exit 75 while a detached step of its change still runs (prints "@running NAME PID AGE");
    // exit 76 when another change holds it by now (prints its info).
    QString breakLock(const QString &expectedToken) const;
    static constexpr int lockChangedExitCode = 76;
    // The change ended as its app says (a release log entry as JSON): written beside its steps so
    // that any app records it when this one cannot (a locked keychain, a crash before storing).
    QString endChange(const QString &token, const QByteArray &entryJson) const;
    // Frees the lock of a change no app follows any more, atomically with the checks that say so:
    // none of its steps runs and its lease ran out (or its app said how it ended). Exit 0 claimed
    // (the lock freed when it was the change's); exit 75 not abandoned.
    QString claimAbandoned(const QString &token, int leaseSeconds) const;
    QString lockStatus() const;
    // The lock's info on its first line, then "@running PID AGE NAME" while a detached step of its change runs.
    QString lockDetail() const;
    static LockInfo parseLockInfo(const QString &text);
    // The pin (pin.json beside the lock, written atomically). Exit 0 set or released.
    QString setPin(const PinInfo &pin) const;
    QString releasePin() const;
    QString guardStatus() const; // "@lock …", "@pin …" and "@pending N" lines
    static Guards parseGuards(const QString &text);
    static PinInfo parsePin(const QString &json);
    static constexpr int pinnedExitCode = 74; // takeLock for a forward deploy while pinned (prints the pin)
    // What runs now with each container's image ID, digest and start time: compose ps,
    // then "@inspect" and "@images" sections (see parseRunningDetail).
    QString runningDetail() const;
    static constexpr int lockHeldExitCode = 75;
    static constexpr int lockDirUnsafeExitCode = 73; // a link, another owner, writable by others (says which)
    // Where a profile's lock directory is lost at a reboot (tmpfs on Debian and Ubuntu droplets).
    static bool isVolatilePath(const QString &path) { return !volatileRootOf(path).isEmpty(); }
    static QString volatileRootOf(const QString &path); // "/var/lock", "/run", "/tmp", …; empty: none

    // Steps that change the droplet run detached from the SSH session: in their own
    // session and process group, output to files in changes/TOKEN/step-NN, the exit
    // status written when they end. A dropped connection does not stop them.
    QString startDetached(const QString &token, int step, const QString &name, const Sha &sha,
                          const QString &command) const; // starts it once; again: nothing
    // Prints the step's output from the given byte offsets as it comes, and exits with the
    // step's own status when it ends (255: it died without one; 254: it was never started).
    QString followDetached(const QString &token, int step, qint64 outOffset, qint64 errOffset) const;
    QString cancelDetached(const QString &token, int step) const; // stops its process group; status 143
    // startDetached's refusal: the lock is no longer the change's (prints the lock's info, or "free").
    static constexpr int fencedExitCode = 72;
    static constexpr int diedWithoutStatus = 255;
    static constexpr int neverStarted = 254;
    static constexpr int statusUnwritable = 253; // it ended, but its status could not be kept: outcome unknown
    // Changes no app has recorded yet (see PendingChange), and marking one recorded.
    QString pendingChanges() const;
    QString markRecorded(const QString &token) const;
    QString touchAttached(const QString &token) const; // the change's app is still with it
    QString noteRun(const QString &token, qint64 runId) const; // a workflow change's run, for a look after its app went away
    QString changeDir(const QString &token) const;

private:
    QString lockDirChecked(const QString &command) const;
    static QString fenced(const QString &command); // inside lockDirChecked: $L is the lock directory
    QString holdsLock(const QString &token) const; // a test: the lock is this change's
    QString lockTokenIntoT() const;                // sets $t to the lock's token (empty: free or none)
    static QString quietSeconds(const QString &changeDirWithSlash); // sets $q
    static QString runningStepOf(const QString &changeDirQuoted);
    QString lockStatusText() const;
    QString lockPath() const;
    QString environmentLockPath(const QString &environment) const;
    QString pinPath() const;
    QString imageEnv(const QString &backendRef, const QString &frontendRef) const;
    QString stackDeploy(const QString &backendRef, const QString &frontendRef) const;
    QString stackPs() const;
    QString stackTask(const QString &service) const; // $(…): a running task container of the service on this node
    const Profile &m_profile;
    QString m_hostName;
    bool m_swarm = false;
};

} // namespace Stratum
