#pragma once

#include "core/droplet/RunningNow.h"
#include "core/gates/Gates.h"
#include "core/github/WorkflowRuns.h"
#include "core/hosts/HostEntry.h"
#include "core/releases/Sha.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>

namespace Stratum {

// Every change the app makes to the droplet, whichever front end asks.
enum class ChangeKind { DeployOverSsh, DeployViaWorkflow, Rollback, EnvRestart, FrontendRecreate };

QString changeKindId(ChangeKind kind);    // "deploy-ssh", "deploy-workflow", "rollback", "env-restart", "frontend-recreate"
QString changeKindTitle(ChangeKind kind); // "Deploy over SSH", … for confirmations
bool isGated(ChangeKind kind);            // forward deploys pass the gates; rollbacks and env restarts do not

// What a person asks for, before the core has looked at anything.
struct ChangeIntent {
    ChangeKind kind = ChangeKind::DeployOverSsh;
    Sha sha;           // deploy: the commit (prefix or full); rollback: a known-good release; workflow: null = the head
    QString hostName;  // empty: the only host that is set up, or every host of `environment`
    QString environment; // with no hostName: the profile's environment; several hosts change one at a time
    QString reason;    // recorded with the change and in the lock
    GateOverride override;
    // Run although the droplet's clone has modified or untracked files; needs `reason`, audited.
    bool allowDirtyClone = false;
    // A promotion ("promote SHA --from staging"): the SHA must have passed its smoke there.
    QString promoteFrom;
};

// What a person agreed to in the confirmation beyond the plan itself.
struct ChangeConsent {
    bool migrations = false; // a rollback that crosses database migrations (ticked, or --accept-migrations)
};

struct PreflightCheck {
    QString name;
    bool passed = false;
    QString detail;
};

// What the core found for an intent and what a person must confirm:
// current → target, the gates with their blockers, the pre-flight, warnings.
// Only DeployLane makes plans, and it runs only plans it made.
struct ChangePlan {
    Q_DECLARE_TR_FUNCTIONS(Stratum::ChangePlan)
public:
    enum class Verdict {
        Ready,   // may be confirmed and run
        Refused, // policy says no: gates, lock, host key, not known-good
        Failed,       // could not be planned: the droplet unreachable, bad answers, the pre-flight failed
        BadInput,     // the intent itself is wrong: no SHA, no such host
        NoCredentials // the keychain could not be read, or a token is missing
    };

    quint64 id = 0;
    ChangeIntent intent;
    Verdict verdict = Verdict::Failed;
    QString message; // when not Ready: why, in one sentence a person can act on
    QString hostName;
    HostRole hostRole = HostRole::Production; // of the droplet it changes: what the confirmation shows
    QString environment; // the profile's environment of that droplet; empty when none names it
    // An environment of several hosts: every one in the order the change takes them. The plan
    // is the first host's; each next host is planned when the one before has taken the change.
    QStringList rollingHosts;
    bool rolling() const { return rollingHosts.size() > 1; }
    PromotionTarget promotionTarget; // what the promotion gate is decided for
    RunningNow current;
    Sha targetSha;       // the full SHA when known (a deploy's prefix is resolved on the droplet); null when not
    QString targetTitle; // workflow: the commit title of the branch head
    QString backendDigest;  // the target's images as the registry reported them (rollback)
    QString frontendDigest;
    GateReport gates;    // the gates as they were evaluated for this plan (for a rollback: information only)
    QDateTime gatesCheckedAt;
    QString gatesNote;   // a rollback whose gates were not read in time: why
    QStringList migrations; // rollback: the migrations the running release has and the target lacks
    QString liveRevision;   // rollback: what the backend reports as the live database revision, when asked
    QString knownGoodSince; // rollback: when and how the target became known-good
    QDateTime knownGoodAt;  // rollback: when the target became known-good (UTC)
    // Rollback: which images are pulled. One that is on the droplet with the digest the release
    // log recorded is not; with neither pulled the registry is not needed at all.
    bool pullBackend = true;
    bool pullFrontend = true;
    bool imagesOnDroplet() const { return !pullBackend && !pullFrontend; }
    QStringList cloneChanges; // modified or untracked files in the droplet's clone (allowed with a reason)
    QString composeSource;    // which commit's compose file the change will use, in words
    QList<PreflightCheck> preflight;
    QStringList warnings;
    QStringList blockers; // one line each, what stands in the way
    bool readOnly = false; // refused because the lane is in read-only mode (message says so)

    bool ready() const { return verdict == Verdict::Ready; }
    bool gated() const { return isGated(intent.kind); }
    bool crossesMigrations() const { return !migrations.isEmpty(); }
    bool gatesOverridden() const; // the gates are not met and a reason to override them was given
    bool refusedByGates() const;  // refused because the gates are not met (and not overridden)
    QString targetText() const;   // the SHA, or a description for the restarts
    QString currentText() const;  // the backend's image tag, or "unknown"
    // The confirmation every front end shows: what happens, current → target,
    // the policy that allows it, what it crosses, the override and the warnings.
    QString confirmationText() const;
    QString migrationsText() const; // what the tick (or --accept-migrations) agrees to
    QString rollbackPolicyText() const; // why a rollback is allowed, and the forward gates for information
    QString rollingText() const;   // several hosts: in which order, and what happens when one fails; empty: one host
    QString promotionText() const; // "ran on staging first: …" when the promotion gate passed; empty otherwise
    // What the release log and the audit log record beyond the gate policy: the droplet's own
    // images used, a dirty clone allowed (empty when neither).
    QString policyNotes() const;
    // What a person must type to confirm it on a droplet of `role`: the target's short SHA for a
    // forward deploy to production whose gates are overridden (as GitHub asks for a repository's
    // name before deleting it); empty when a click is enough.
    QString typedConfirmation(HostRole role) const;
    QString typedConfirmationReason() const; // "The gates are overridden for 1a2b… on production, which is PRODUCTION."
};

struct StepReport {
    int index = 0;
    QString name;
    QString command;
    bool ok = false;
    int exitStatus = 0;
    qint64 durationMs = 0;
    QString message;
};

// How any change ended.
struct ChangeResult {
    enum class Outcome { Success, Failed, Refused, Cancelled, Interrupted };
    Outcome outcome = Outcome::Failed;
    QString message;
    QString failedStep;
    QString sha;
    QString backendDigest;
    QString frontendDigest;
    bool dropletChanged = false; // false: nothing on the droplet was touched
    RunInfo run;                 // a workflow deploy's run
    QString failedLogTail;       // a failed workflow job's log tail
    bool succeeded() const { return outcome == Outcome::Success; }
};

QString outcomeName(ChangeResult::Outcome outcome);

struct PinInfo;
// Why a forward deploy is refused while production is pinned, in one sentence
// (the planner's refusal, and the droplet's own when the lock step meets the pin).
QString pinnedMessage(const PinInfo &pin);

// The confirmed plan and the gate decision enforced for it, as the lane
// hands it to the code that carries it out. Only the lane makes one.
class ApprovedChange
{
public:
    const ChangePlan &plan() const { return m_plan; }
    const GateDecision &decision() const { return m_decision; }
    QString who() const { return m_who; }
    QString machine() const { return m_machine; }

private:
    friend class DeployLane;
    ApprovedChange(ChangePlan plan, GateDecision decision, QString who, QString machine)
        : m_plan(std::move(plan)), m_decision(std::move(decision)), m_who(std::move(who)), m_machine(std::move(machine))
    {
    }
    ChangePlan m_plan;
    GateDecision m_decision;
    QString m_who;
    QString m_machine;
};

// One change being carried out: its steps, output and progress as they
// happen, cancel, and one result at the end.
class ChangeRun : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void cancel() {}
    bool isFinished() const { return m_finished; }
    const ChangeResult &result() const { return m_result; }

Q_SIGNALS:
    void stepStarted(int index, const QString &name, const QString &command);
    void output(int index, bool isStderr, const QString &text);
    void stepFinished(const Stratum::StepReport &report);
    void progress(const QString &message);
    void dispatched(qint64 runId, const QString &htmlUrl);
    void runUpdated(const Stratum::RunInfo &run, const QList<Stratum::JobInfo> &jobs);
    void finished(const Stratum::ChangeResult &result);

protected:
    friend class DeployLane;
    void finishWith(const ChangeResult &result); // emits finished once
    // A run that ends before it starts (refused by the lane), reported from the event loop.
    void finishSoon(const ChangeResult &result);

private:
    bool m_finished = false;
    ChangeResult m_result;
};

} // namespace Stratum

Q_DECLARE_METATYPE(Stratum::StepReport)
Q_DECLARE_METATYPE(Stratum::ChangeResult)
