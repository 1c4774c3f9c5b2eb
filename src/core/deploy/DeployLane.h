#pragma once

#include "core/deploy/Change.h"
#include "core/deploy/PlanningSource.h"
#include "core/gates/Gates.h"
#include "core/hosts/HostEntry.h"
#include "core/keychain/KeychainStore.h"
#include "core/profile/Profile.h"
#include "core/ssh/RemoteHost.h"
#include "core/status/DropletStatus.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Stratum {

class Announcer;
struct Announcement;
struct EnvironmentLock;
class GitHubAccess;
class Redactor;
class RegistryClient;
class RemoteHost;
class RemoteHosts;
class Vault;

// The one front door for every change to the droplet — deploy over SSH or
// through the workflow, rollback, env restart, frontend recreate — used by
// the GUI, the CLI and the health watch's rollback offer alike.
//
//   plan(intent)  reads what runs now, evaluates the gates once, checks the
//                 pre-flight, and says what a person must confirm. It changes
//                 nothing.
//   run(plan)     carries out exactly that plan: the gate snapshot the person
//                 saw is enforced (evaluated again only when it is older than
//                 the profile's timing.gateSnapshotSeconds or the target
//                 changed); it fetches the credentials, takes and releases the
//                 droplet's lock, and records into the release log and the
//                 audit log. A plan the lane did not make is refused.
class DeployLane : public QObject, private PlanningSource
{
    Q_OBJECT
public:
    DeployLane(const Profile &profile, Vault *vault, Redactor *redactor, RemoteHosts *hosts, GitHubAccess *github,
               QObject *parent = nullptr);
    ~DeployLane() override;

    // Read-only mode, for watching production on a shared screen: every change is planned
    // (so that a person sees what it would do) but refused, and so are pins, breaking the
    // lock and commands that change the droplet. Reading goes on as usual.
    void setReadOnly(bool readOnly);
    bool readOnly() const { return m_readOnly; }
    QString readOnlyRefusal() const;

    // The team's channel: every change's start and end, pins and pin releases are announced
    // there (never waited for). Null: nothing is announced.
    void setAnnouncer(Announcer *announcer);
    Announcer *announcer() const;
    QString actor() const; // "operator@machine", as the announcements name who did it

    using PlanDone = std::function<void(const ChangePlan &)>;
    void plan(const ChangeIntent &intent, QObject *context, PlanDone done);
    // Never null; ends with finished(). A rollback that crosses migrations needs consent.migrations.
    ChangeRun *run(const ChangePlan &plan, QObject *parent = nullptr, ChangeConsent consent = {});

    // "Undo this deploy" (Undo.h): a rollback plan to what ran before the last deploy, when that
    // deploy is within the health watch's window, still runs, and what ran before is known-good.
    // Otherwise a Refused plan whose message says why and names the last known-good release.
    void planUndo(const QString &hostName, QObject *context, PlanDone done);

    // What runs on the droplet now and what it means (see DropletStatus).
    void readStatus(const QString &hostName, QObject *context, std::function<void(const DropletStatus &)> done);

    // Production held at what runs now: forward deploys are refused until it is released.
    struct PinResult {
        bool ok = false;
        QString message;  // what happened, or why not
        PinInfo pin;
        bool refused = false; // read-only mode
        bool badInput = false;
        bool noCredentials = false;
    };
    void pin(const QString &hostName, const QString &reason, QObject *context, std::function<void(const PinResult &)> done);
    void releasePin(const QString &hostName, const QString &reason, QObject *context,
                    std::function<void(const PinResult &)> done);

    // The droplet's deploy lock, and the step of its change that still runs there.
    struct LockReading {
        bool read = false;
        QString hostName;
        QString error;
        bool badInput = false;
        bool noCredentials = false;
        LockInfo lock;
        std::optional<RunningStep> running;
        QString holderText() const; // "alice@laptop on laptop since … (SHA …, reason: …)"
        QString runningText() const; // "\"compose up\" (pid 4242) has run for 63 s"; empty when nothing runs
    };
    void readLock(const QString &hostName, QObject *context, std::function<void(const LockReading &)> done);
    // Breaks the lock held by the change `expectedToken` (the one a person was shown and
    // confirmed): refused while a step of that change still runs, needs a reason, audited.
    struct LockBreak {
        bool ok = false;
        QString message;
        bool badInput = false;
        bool noCredentials = false;
        bool refused = false; // a step still runs, or another change holds the lock by now
        LockInfo was;
    };
    void breakLock(const QString &hostName, const QString &expectedToken, const QString &reason, QObject *context,
                   std::function<void(const LockBreak &)> done);

    // A command a person runs on the droplet by hand (stratumctl exec, a command pack's
    // [Droplet] block). One that changes the droplet (changesDroplet) runs under the deploy
    // lock, refused while another change holds it, and is audited; a read-only one runs as it is.
    struct CommandRequest {
        QString hostName; // the host's name in the profile, for the audit line
        QString command;
        QString origin;   // "stratumctl exec", "command pack: Restart the worker": the lock's reason, the audit's
    };
    struct CommandOutcome {
        bool ran = false;            // the command ran: result is its own
        RemoteResult result;
        bool changedDroplet = false; // it ran under the lock and was audited
        QString error;               // why it did not run: one sentence
        bool badInput = false;
        bool refused = false;        // another change holds the lock, or production is pinned
        QString runsAfter;           // a swarm undo: the release the backend runs after it (empty: not read)
        QString notRecorded;         // a swarm undo that went back but is not in the release log: why
    };
    void runCommand(RemoteHost *host, const CommandRequest &request, QObject *context, std::function<void(const QByteArray &)> onStdout,
                    std::function<void(const QByteArray &)> onStderr, std::function<void(const CommandOutcome &)> done);

    // Creates the droplet's env file from its example (runbook §4.2), under the lock, audited;
    // refused (exit 3) when the file is there already: a filled-in file is never overwritten.
    void createDropletEnv(RemoteHost *host, const QString &hostName, QObject *context, std::function<void(const QByteArray &)> onOutput,
                          std::function<void(const CommandOutcome &)> done);

    // Swarm's quick way back for the last change: `docker service rollback` of the stack's services
    // (or one), each back to its spec before the last update, then the wait until the stack
    // converged; under the deploy lock, audited with the reason, and recorded in the release log
    // (method "swarm-undo") with the release the stack runs after it. Refused on a compose host
    // (there a known-good rollback is the way back), without a reason and for a service the
    // profile does not have: swarmUndoRefusal says why (empty: not refused), from the profile
    // alone, so that a front end can ask before anything reaches the droplet.
    QString swarmUndoRefusal(const QString &hostName, const QString &service, const QString &reason) const;
    void undoSwarmUpdate(RemoteHost *host, const QString &hostName, const QString &service, const QString &reason, QObject *context,
                         std::function<void(const QByteArray &)> onOutput, std::function<void(const CommandOutcome &)> done);
    // The same for every service, on the host of that name (the window's door: it connects first).
    void undoSwarmUpdate(const QString &hostName, const QString &reason, QObject *context, std::function<void(const QByteArray &)> onOutput,
                         std::function<void(const CommandOutcome &)> done);

    // The gates of a SHA as a front end shows them before a plan; the next
    // plan for the same SHA reuses this evaluation while it is fresh.
    void previewGates(const Sha &sha, const PromotionTarget &target, QObject *context,
                      std::function<void(const GateReport &)> done);
    void forgetGates(); // a checklist changed: the next plan evaluates again
    void readHead(QObject *context, std::function<void(const BranchHead &)> done) override;

    GateKeeper *gateKeeper() const override { return m_gates; }
    const Profile &profile() const override { return m_profile; }

    // The host a change goes to: `wanted`, or the only one set up.
    void resolveHost(const QString &wanted, QObject *context, std::function<void(const HostChoice &)> done) override;

Q_SIGNALS:
    void changeFinished(const Stratum::ChangeResult &result); // after every run: the release log changed
    void releaseLogChanged(); // also when a plan recorded a change whose app had stopped
    void readOnlyChanged(bool readOnly);

private:
    // What the planner reads (PlanningSource).
    Vault *vault() const override { return m_vault; }
    Redactor *redactor() const override { return m_redactor; }
    RemoteHosts *hosts() const override;
    void evaluateGates(const QString &sha, const PromotionTarget &target, QObject *context,
                       std::function<void(const GateSnapshot &)> done) override;
    void withRegistry(QObject *context, std::function<void(RegistryClient *)> then) override;
    void releaseLogChangedByPlan() override { Q_EMIT releaseLogChanged(); }

    bool fresh(const GateSnapshot &snapshot) const;
    quint64 issue(const ChangePlan &plan);
    void startApproved(class ApprovedChange approved, ChangeRun *refusalTarget);
    ChangeRun *runRolling(const ChangePlan &plan, QObject *parent, ChangeConsent consent);
    EnvironmentLock environmentLockOf(const ChangePlan &plan); // a rolling change's, bound to the environment's first host
    void recordSwarmUndo(const QString &hostName, const QString &reason, QObject *context, CommandOutcome outcome,
                         std::function<void(const CommandOutcome &)> done);
    QString gateCacheKey(const QString &sha, const PromotionTarget &target) const;
    ChangeRun *refuse(const QString &message, QObject *parent);
    void withHostNamed(const QString &wanted, QObject *context, std::function<void(RemoteHost *, const QString &name,
                                                                                   const QString &error, bool noCredentials)> then);
    void withPinHost(const QString &hostName, const QString &reason, const QString &reasonMissing, QObject *context,
                     std::function<void(const PinResult &)> done, std::function<void(RemoteHost *, const QString &name)> then);
    GateDecision approvalFor(const ChangePlan &plan) const; // the ungated kinds' policy
    void announce(const Announcement &announcement) const;
    void auditApproval(const ChangePlan &plan, const GateDecision &decision, const ChangeConsent &consent) const;

    const Profile &m_profile;
    Vault *m_vault;
    Redactor *m_redactor;
    QPointer<RemoteHosts> m_hosts;
    QPointer<GitHubAccess> m_github;
    QPointer<Announcer> m_announcer;
    GateKeeper *m_gates;
    RegistryClient *m_registry;
    QHash<QString, GateSnapshot> m_gateCache; // by the SHA asked for and where it goes (gateCacheKey)
    QHash<quint64, ChangePlan> m_issued;      // plans this lane made, not run yet
    quint64 m_nextId = 1;
    bool m_readOnly = false;
};

} // namespace Stratum
