#pragma once

#include "core/deploy/Change.h"
#include "core/droplet/RemoteCommands.h"
#include "core/profile/Profile.h"
#include "core/redaction/StreamRedactor.h"
#include "core/releases/ReleaseLog.h"
#include "core/ssh/RemoteHost.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Stratum {

class RegistryClient;
class Redactor;
class Vault;

// Carries out an approved change to the droplet over SSH, as the runbook does
// it, step by step: the emergency deploy by SHA (§6), the rollback to a
// known-good SHA (§7) and the env-only restarts (§9). It takes the droplet's
// deploy lock before the first change, releases it at the end (also after a
// failure, a cancel or a lost connection), and records the outcome in the
// release log. Only the deploy lane starts one (it needs an ApprovedChange).
class DropletOperation : public ChangeRun
{
    Q_OBJECT
public:
    // `hostName`: the droplet it changes (its environment's engine decides the commands).
    DropletOperation(const Profile &profile, Vault *vault, const Redactor *redactor, const QString &hostName,
                     QObject *parent = nullptr);

    void setTransport(RemoteHost *host, RegistryClient *registry);
    // For a deploy whose SHA the droplet resolves to another commit than the gates were
    // checked for: asks the lane to decide the gates again for that commit.
    using GateRecheck = std::function<void(const QString &sha, std::function<void(const GateDecision &)> decided)>;
    void setGateRecheck(GateRecheck recheck) { m_recheck = std::move(recheck); }

    void cancel() override; // honoured between steps and while waiting for images
    const QList<StepReport> &steps() const { return m_reports; }

private:
    friend class DeployLane;
    void begin(const ApprovedChange &approved);

    struct Step {
        QString name;
        std::function<QString()> command; // shown when the step starts; empty for local checks
        std::function<void()> run;
        bool changesDroplet = false;
    };

    ChangeKind kind() const { return m_plan.intent.kind; }
    void planSteps();
    void planDeploy();
    void planRollback();
    void planEnvRestart(bool frontendOnly);
    void addRemote(const QString &name, std::function<QString()> command, bool changes,
                   std::function<QString(const RemoteResult &)> check = {}, std::chrono::milliseconds timeout = {});
    // A step that changes the droplet: run detached there (its own session), followed from here.
    void addDetached(const QString &name, std::function<QString()> command);
    void startDetachedStep();
    void sendCancel();
    void followDetachedStep();
    void runRemote(std::function<QString()> command, std::chrono::milliseconds timeout, RemoteHost::Handlers handlers);
    bool isDrop(const SshError &error) const;
    void reconnectThen(const SshError &error, std::function<void()> retry);
    void beat();
    QString releaseMethod() const;
    void addLock();
    void addStillAsPlanned();
    void addImageWait();
    void addDropletSeesImages();
    void addPullAndUp();
    void addComposeUp();
    void addPull(bool backend);
    void addHealthChecks();
    QString checkResolved(const RemoteResult &result);
    void recheckGatesThenNext();

    void next();
    void stepDone(const QString &error, int exitStatus = 0);
    void stepInterrupted(const SshError &error);
    void fail(ChangeResult::Outcome outcome, const QString &message);
    void wrapUp();
    void endOnDroplet();
    void recordLocally(const std::optional<ReleaseEntry> &entry, bool endedOnDroplet);
    std::optional<ReleaseEntry> releaseEntry() const; // what the release log gets; none: nothing to record
    void finishNow();
    void stopForHostKey(const SshError &error);
    QString fencedMessage(const LockInfo &now) const;
    void emitOutput(bool isStderr, const QByteArray &data);
    void flushOutput();
    void emitMessage(bool isStderr, const QString &text); // the app's own words, not remote output
    void pollImages();

    QString backendRef() const { return m_profile.backendImageRef(m_sha.text()); }
    QString frontendRef() const { return m_profile.frontendImageRef(m_sha.text()); }

    const Profile &m_profile;
    RemoteCommands m_commands;
    Vault *m_vault;
    const Redactor *m_redactor;
    QPointer<RemoteHost> m_host;
    RegistryClient *m_registry = nullptr;
    GateRecheck m_recheck;

    ChangePlan m_plan;
    GateDecision m_decision;
    QString m_who;
    QString m_machine;
    bool m_recheckNeeded = false;

    QList<Step> m_steps;
    QList<StepReport> m_reports;
    int m_current = -1;
    QElapsedTimer m_stepClock;
    QString m_currentCommand;
    bool m_cancelRequested = false;
    bool m_lockTaken = false;
    bool m_changeStarted = false; // the lock was taken: the change has a record on the droplet
    bool m_fenced = false;        // the lock stopped being this change's before a step could start
    bool m_cancelPending = false; // a cancel that could not reach the droplet yet
    bool m_cancelUnreachableSaid = false;
    QStringList m_plannedDroplet; // the steps it runs detached on the droplet, in order
    bool m_finished = false;
    bool m_wrappingUp = false; // the outcome is decided; only the lock release and the record are left
    QString m_lockToken;
    Sha m_sha; // the full SHA the steps act on, once known: always safe in a remote command
    QString m_currentBackendRef;  // for env restarts: what runs now
    QString m_currentFrontendRef;
    ChangeResult m_result;
    StreamRedactor m_stream; // the remote output on its way to the console
    QTimer m_imageTimer;
    QElapsedTimer m_imageClock;
    int m_registryFailures = 0; // transient registry failures in a row (the backoff)
    QTimer m_heartbeat;
    bool m_reconnecting = false;
    QElapsedTimer m_reconnectClock;
    bool m_detachedRunning = false;
    qint64 m_outSeen = 0; // bytes of the detached step's output already shown
    qint64 m_errSeen = 0;
};

} // namespace Stratum
