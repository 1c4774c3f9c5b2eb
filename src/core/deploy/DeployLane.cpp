#include "DeployLane.h"

#include "core/announce/Announcer.h"
#include "core/audit/AuditLog.h"
#include "core/deploy/ChangeAnnouncements.h"
#include "core/deploy/ChangePlanner.h"
#include "core/deploy/DropletOperation.h"
#include "core/deploy/Recovery.h"
#include "core/deploy/RollingChange.h"
#include "core/deploy/Undo.h"
#include "core/deploy/WorkflowDeploy.h"
#include "core/droplet/RemoteCommands.h"
#include "core/environments/EnvironmentHosts.h"
#include "core/github/GitHubAccess.h"
#include "core/github/GitHubClient.h"
#include "core/keychain/Vault.h"
#include "core/platform/AppPaths.h"
#include "core/redaction/Redactor.h"
#include "core/registry/RegistryClient.h"
#include "core/ssh/RemoteHost.h"
#include "core/ssh/RemoteHosts.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcLane, "stratum.deploy.lane")

namespace Stratum {

namespace {

DeployLane::PinResult refusedPin(const QString &why)
{
    DeployLane::PinResult refused;
    refused.message = why;
    refused.refused = true;
    return refused;
}

// A change the lane would not start: it ends at once with the reason.
class RefusedRun : public ChangeRun
{
public:
    RefusedRun(ChangeResult result, QObject *parent) : ChangeRun(parent) { finishSoon(result); }
};

GatedAction gatedActionOf(ChangeKind kind)
{
    return kind == ChangeKind::Rollback ? GatedAction::Rollback : GatedAction::Deploy;
}

} // namespace

DeployLane::DeployLane(const Profile &profile, Vault *vault, Redactor *redactor, RemoteHosts *hosts, GitHubAccess *github,
                       QObject *parent)
    : QObject(parent), m_profile(profile), m_vault(vault), m_redactor(redactor), m_hosts(hosts), m_github(github),
      m_gates(new GateKeeper(profile, vault, github, redactor, this)),
      m_registry(new RegistryClient(profile.images.apiBaseUrl, std::chrono::seconds(profile.timing.httpSeconds), this))
{
}

DeployLane::~DeployLane() = default;

RemoteHosts *DeployLane::hosts() const
{
    return m_hosts.data();
}

// ------------------------------------------------------------------ planning

void DeployLane::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    if (readOnly)
        m_issued.clear(); // a plan confirmed on screen before the switch does not run either
    AuditLog::append(readOnly ? QStringLiteral("read-only-on") : QStringLiteral("read-only-off"),
                     {{QStringLiteral("who"), operatorName()}, {QStringLiteral("profile"), m_profile.id}}, m_redactor);
    Q_EMIT readOnlyChanged(readOnly);
}

QString DeployLane::readOnlyRefusal() const
{
    return tr("read-only mode: nothing that changes a droplet runs here (turn it off in the Droplet menu, or leave out --read-only)");
}

void DeployLane::plan(const ChangeIntent &intent, QObject *context, PlanDone done)
{
    QPointer<QObject> guard(context);
    auto *planner = new ChangePlanner(*this, intent, this, [this, guard, done](ChangePlan plan) {
        if (m_readOnly && (plan.ready() || plan.verdict == ChangePlan::Verdict::Refused)) {
            plan.verdict = ChangePlan::Verdict::Refused;
            plan.readOnly = true;
            plan.message = readOnlyRefusal();
            plan.blockers.prepend(plan.message);
        }
        if (plan.ready())
            plan.id = issue(plan);
        qCInfo(lcLane).noquote() << "planned" << changeKindId(plan.intent.kind) << plan.targetSha.shortForm()
                                 << "ready:" << plan.ready();
        if (guard)
            done(plan);
    });
    planner->start();
}

quint64 DeployLane::issue(const ChangePlan &plan)
{
    const quint64 id = m_nextId++;
    ChangePlan kept = plan;
    kept.id = id;
    m_issued.insert(id, kept);
    return id;
}

QString DeployLane::gateCacheKey(const QString &sha, const PromotionTarget &target) const
{
    // Where the promotion gate does not apply, the gates are the same wherever the change goes.
    return promotionApplies(m_profile, target) ? sha + QLatin1Char('@') + target.key() : sha;
}

void DeployLane::previewGates(const Sha &sha, const PromotionTarget &target, QObject *context,
                              std::function<void(const GateReport &)> done)
{
    // What is shown is read now (a checklist may have changed anywhere); a plan made soon after reuses it.
    m_gateCache.remove(gateCacheKey(sha.text(), target));
    QPointer<QObject> guard(context);
    evaluateGates(sha.text(), target, this, [guard, done](const GateSnapshot &snapshot) {
        if (guard)
            done(snapshot.report);
    });
}

void DeployLane::forgetGates()
{
    m_gateCache.clear();
}

bool DeployLane::fresh(const GateSnapshot &snapshot) const
{
    return snapshot.checkedAt.isValid()
           && snapshot.checkedAt.msecsTo(QDateTime::currentDateTimeUtc()) < qint64(m_profile.timing.gateSnapshotSeconds) * 1000;
}

void DeployLane::evaluateGates(const QString &sha, const PromotionTarget &target, QObject *context,
                               std::function<void(const GateSnapshot &)> done)
{
    // Only gates that passed are reused: after a refusal the operator is finishing what was
    // missing, and the next plan (from the kept session or the app) must see it at once.
    const QString key = gateCacheKey(sha, target);
    const auto cached = m_gateCache.constFind(key);
    if (cached != m_gateCache.cend() && fresh(cached.value()) && cached->report.passed()) {
        done(cached.value());
        return;
    }
    QPointer<QObject> guard(context);
    m_gates->evaluate(sha, target, this, [this, key, guard, done](const GateReport &report) {
        const GateSnapshot snapshot{report, QDateTime::currentDateTimeUtc()};
        m_gateCache.insert(key, snapshot);
        if (guard)
            done(snapshot);
    });
}

void DeployLane::readHead(QObject *context, std::function<void(const BranchHead &)> done)
{
    QPointer<QObject> guard(context);
    if (!m_github) {
        done({{}, {}, tr("no GitHub access")});
        return;
    }
    m_github->withClient(this, [this, guard, done](GitHubClient *github, const GitHubAccessError &error) {
        if (!github) {
            if (guard)
                done({{}, {}, error.message, true});
            return;
        }
        const QString path = QStringLiteral("/repos/%1/%2/branches/%3")
                                 .arg(m_profile.github.owner, m_profile.github.repo, m_profile.github.branch);
        github->get(path, this, [this, guard, done](const GitHubResponse &answer) {
            if (!guard)
                return;
            if (!answer.ok()) {
                done({{}, {}, answer.error});
                return;
            }
            const QJsonObject commit = answer.json.object().value(QStringLiteral("commit")).toObject();
            const QString sha = commit.value(QStringLiteral("sha")).toString();
            if (!Sha::isFullText(sha)) {
                done({{}, {}, tr("GitHub's answer for %1 has no commit SHA").arg(m_profile.github.branch)});
                return;
            }
            const QString title = commit.value(QStringLiteral("commit")).toObject().value(QStringLiteral("message")).toString()
                                      .section(QLatin1Char('\n'), 0, 0);
            done({sha, title, {}});
        });
    });
}

void DeployLane::resolveHost(const QString &wanted, QObject *context, std::function<void(const HostChoice &)> done)
{
    QPointer<QObject> guard(context);
    m_vault->loadHosts(this, [wanted, guard, done](const Vault::Result<QList<HostEntry>> &hosts) {
        if (!guard)
            return;
        HostChoice choice;
        if (!hosts.error.ok()) {
            choice.error = hosts.error.message;
            choice.keychainFailed = true;
            choice.keychainError = hosts.error;
        } else if (hosts.value.isEmpty()) {
            choice.error = tr("no host is set up; add one in Settings or with: stratumctl host add NAME --address ADDR");
            choice.noneSetUp = true;
        } else if (wanted.isEmpty() && hosts.value.size() > 1) {
            choice.error = tr("several hosts are set up; pick one with --host NAME");
        } else {
            for (const HostEntry &host : hosts.value) {
                if (wanted.isEmpty() || host.name == wanted) {
                    choice.name = host.name;
                    choice.host = host;
                    break;
                }
            }
            if (choice.name.isEmpty())
                choice.error = tr("no host named \"%1\"").arg(wanted);
        }
        choice.allHosts = hosts.value;
        done(choice);
    });
}

void DeployLane::withRegistry(QObject *context, std::function<void(RegistryClient *)> then)
{
    // Read for every change: a token rotated in Settings is used at once.
    m_vault->readSecret(SecretNames::ghcrUsername(), context, [this, context, then](const Vault::Result<QString> &user) {
        m_vault->readSecret(SecretNames::ghcrToken(), context, [this, then, user](const Vault::Result<QString> &token) {
            m_registry->setCredentials(user.value, token.value);
            then(m_registry);
        });
    });
}

// ------------------------------------------------------------------ running

ChangeRun *DeployLane::refuse(const QString &message, QObject *parent)
{
    ChangeResult result;
    result.outcome = ChangeResult::Outcome::Refused;
    result.message = m_redactor->redact(message);
    auto *run = new RefusedRun(result, parent);
    connect(run, &ChangeRun::finished, this, &DeployLane::changeFinished);
    return run;
}

ChangeRun *DeployLane::run(const ChangePlan &offered, QObject *parent, ChangeConsent consent)
{
    if (m_readOnly)
        return refuse(readOnlyRefusal(), parent);
    // The plan the lane made is the one that runs, never the caller's copy of it.
    const auto issued = m_issued.constFind(offered.id);
    if (offered.id == 0 || issued == m_issued.cend())
        return refuse(tr("this change was not planned by the core, or it ran already: plan it again"), parent);
    const ChangePlan plan = issued.value();
    if (plan.crossesMigrations() && !consent.migrations)
        return refuse(tr("this rollback crosses database migrations (%1): confirm that the older release may run "
                         "against the newer schema (tick the box, or --accept-migrations)")
                          .arg(plan.migrations.join(QStringLiteral(", "))),
                      parent); // the plan stays issued: it may be confirmed with consent
    m_issued.remove(offered.id);
    if (plan.rolling())
        return runRolling(plan, parent, consent);

    ChangeRun *run = nullptr;
    if (plan.intent.kind == ChangeKind::DeployViaWorkflow)
        run = new WorkflowDeploy(m_profile, m_vault, m_redactor, parent);
    else
        run = new DropletOperation(m_profile, m_vault, m_redactor, plan.hostName, parent);
    connect(run, &ChangeRun::finished, this, &DeployLane::changeFinished);
    connect(run, &ChangeRun::finished, this, [this, plan](const ChangeResult &result) {
        // A change the gates refused never started: nothing to tell the team.
        if (result.dropletChanged || result.outcome != ChangeResult::Outcome::Refused)
            announce(changeEndedAnnouncement(plan, result, actor()));
    });
    QPointer<ChangeRun> guard(run);

    auto approve = [this, plan, guard, consent](GateDecision decision) {
        if (!guard)
            return;
        if (decision.allowed && !plan.policyNotes().isEmpty())
            decision.policy += QStringLiteral("; ") + plan.policyNotes();
        if (!decision.allowed) {
            ChangeResult refused;
            refused.outcome = ChangeResult::Outcome::Refused;
            refused.message = m_redactor->redact(decision.message);
            refused.failedStep = tr("gates");
            refused.sha = plan.targetSha.text();
            guard->finishSoon(refused); // a refused change never reaches the droplet
            return;
        }
        auditApproval(plan, decision, consent);
        announce(changeStartedAnnouncement(plan, actor()));
        startApproved(ApprovedChange(plan, decision, operatorName(), machineName()), guard);
    };
    if (!plan.gated()) {
        approve(approvalFor(plan));
    } else {
        const GateSnapshot snapshot{plan.gates, plan.gatesCheckedAt};
        const GatedAction action = gatedActionOf(plan.intent.kind);
        if (fresh(snapshot)) {
            approve(m_gates->decide(snapshot.report, action, plan.intent.override, operatorName()));
        } else {
            qCInfo(lcLane) << "the plan's gates are older than" << m_profile.timing.gateSnapshotSeconds << "s: evaluating again";
            m_gateCache.remove(gateCacheKey(plan.gates.requestedSha, plan.promotionTarget));
            evaluateGates(plan.gates.requestedSha, plan.promotionTarget, this, [this, plan, action, approve](const GateSnapshot &again) {
                approve(m_gates->decide(again.report, action, plan.intent.override, operatorName()));
            });
        }
    }
    return run;
}

namespace {

QString environmentLockRefusal(const QString &environment, const RemoteResult &result, int leaseSeconds)
{
    if (result.exit.exitStatus != RemoteCommands::lockHeldExitCode)
        return DeployLane::tr("cannot take the lock of %1: %2").arg(environment, result.failure().section(QLatin1Char('\n'), 0, 0));
    const LockInfo held = RemoteCommands::parseLockInfo(QString::fromUtf8(result.out));
    return DeployLane::tr("%1 is in a rolling change already: %2 on %3 since %4 (SHA %5); its lock is free when that change "
                          "ends, or %6 s after its app stopped")
        .arg(environment, held.holder, held.machine, held.since, held.sha.left(Sha::shortLength))
        .arg(leaseSeconds);
}

} // namespace

// The environment's lock lives on its first host. A change whose app died is taken over after
// the lease the deploy lock gives a change to come back.
EnvironmentLock DeployLane::environmentLockOf(const ChangePlan &plan)
{
    const QString environment = plan.environment;
    const QString firstHost = plan.rollingHosts.first();
    const int lease = std::max(60, m_profile.timing.reattachSeconds);
    LockInfo info;
    info.holder = operatorName();
    info.machine = machineName();
    info.sha = plan.targetSha.text();
    info.reason = m_redactor->redact(plan.intent.reason.trimmed());
    info.since = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    info.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    info.method = QStringLiteral("rolling");
    info.leaseSeconds = lease;
    // A command built for the first host, run there; `done` gets its answer, or why the host was not reached.
    using Built = std::function<QString(const RemoteCommands &)>;
    using Answered = std::function<void(const RemoteResult &, const QString &unreachable)>;
    auto onFirstHost = [this, firstHost](const Built &command, QObject *context, const Answered &done) {
        withHostNamed(firstHost, context, [this, command, context, done](RemoteHost *host, const QString &name, const QString &error, bool) {
            if (!host) {
                if (done)
                    done({}, error);
                return;
            }
            host->run(command(RemoteCommands(m_profile, name)), std::chrono::seconds(m_profile.timing.stepSeconds), context,
                      {{}, {}, [done](const RemoteResult &result) {
                if (done)
                    done(result, {});
            }});
        });
    };
    EnvironmentLock lock;
    lock.touchEvery = std::chrono::seconds(std::max(10, lease / 3));
    lock.take = [onFirstHost, environment, firstHost, info, lease](QObject *context, std::function<void(const QString &)> done) {
        onFirstHost([environment, info, lease](const RemoteCommands &c) { return c.takeEnvironmentLock(environment, info, lease); }, context,
                    [environment, firstHost, lease, done](const RemoteResult &result, const QString &unreachable) {
            if (!unreachable.isEmpty())
                done(tr("cannot take the lock of %1 on %2: %3").arg(environment, firstHost, unreachable));
            else
                done(result.ok() ? QString() : environmentLockRefusal(environment, result, lease));
        });
    };
    lock.touch = [onFirstHost, environment, token = info.token](QObject *context) {
        onFirstHost([environment, token](const RemoteCommands &c) { return c.touchEnvironmentLock(environment, token); }, context, {});
    };
    lock.release = [onFirstHost, environment, token = info.token](QObject *context, std::function<void()> done) {
        // Unreachable: the lock is left to its lease.
        onFirstHost([environment, token](const RemoteCommands &c) { return c.releaseEnvironmentLock(environment, token); }, context,
                    [done](const RemoteResult &, const QString &) { done(); });
    };
    return lock;
}

// The confirmed plan is the first host's: it runs as its own change, then each next host.
ChangeRun *DeployLane::runRolling(const ChangePlan &plan, QObject *parent, ChangeConsent consent)
{
    auto *rolling = new RollingRun(*this, plan, consent, environmentLockOf(plan), parent);
    ChangePlan first = plan;
    first.rollingHosts.clear();
    first.id = issue(first);
    rolling->begin(first);
    return rolling;
}

void DeployLane::planUndo(const QString &hostName, QObject *context, PlanDone done)
{
    readStatus(hostName, context, [this, hostName, context, done](const DropletStatus &status) {
        ChangePlan refused;
        refused.intent.kind = ChangeKind::Rollback;
        refused.hostName = status.hostName;
        if (!status.read) {
            refused.verdict = ChangePlan::Verdict::Failed;
            refused.message = status.error;
            done(refused);
            return;
        }
        m_vault->loadReleaseLog(m_profile.id, context, [this, hostName, context, done, status, refused](const Vault::Result<ReleaseLog> &log) mutable {
            if (!log.error.ok()) {
                refused.verdict = ChangePlan::Verdict::NoCredentials;
                refused.message = log.error.message;
                done(refused);
                return;
            }
            const UndoChoice choice = chooseUndo(log.value.without(hostsOfOtherEnvironments(m_profile, status.hostName)), status.runningSha,
                                                 QDateTime::currentDateTimeUtc(),
                                                 m_profile.health.watchWindowSeconds);
            if (!choice.possible) {
                refused.verdict = ChangePlan::Verdict::Refused;
                refused.message = choice.lastKnownGood.isEmpty()
                                      ? tr("nothing to undo: %1").arg(choice.why)
                                      : tr("nothing to undo: %1. The last known-good release is %2: roll back to it instead")
                                            .arg(choice.why, choice.lastKnownGood.left(Sha::shortLength));
                done(refused);
                return;
            }
            ChangeIntent intent;
            intent.kind = ChangeKind::Rollback;
            intent.sha = Sha::parse(choice.targetSha).value_or(Sha());
            intent.hostName = hostName;
            intent.reason = choice.reason();
            plan(intent, context, done);
        });
    });
}

void DeployLane::setAnnouncer(Announcer *announcer)
{
    m_announcer = announcer;
}

Announcer *DeployLane::announcer() const
{
    return m_announcer;
}

QString DeployLane::actor() const
{
    return operatorName() + QLatin1Char('@') + machineName();
}

void DeployLane::announce(const Announcement &announcement) const
{
    if (m_announcer)
        m_announcer->announce(announcement);
}

GateDecision DeployLane::approvalFor(const ChangePlan &plan) const
{
    // Only ungated kinds come here: a rollback to a known-good release (the planner found it
    // known-good, its images present and visible, the lock free, the host key trusted) and the
    // restarts of the running images.
    GateDecision decision;
    decision.allowed = true;
    decision.report = plan.gates; // a rollback's, for information
    if (plan.intent.kind == ChangeKind::Rollback) {
        decision.policy = Policy::knownGoodRollback();
        decision.message = tr("allowed as a known-good rollback: %1 is known-good (%2)")
                               .arg(plan.targetSha.shortForm(), plan.knownGoodSince);
    } else {
        decision.policy = Policy::ungated();
    }
    return decision;
}

void DeployLane::auditApproval(const ChangePlan &plan, const GateDecision &decision, const ChangeConsent &consent) const
{
    QJsonObject event{{QStringLiteral("action"), changeKindId(plan.intent.kind)},
                      {QStringLiteral("sha"), plan.targetSha.text()},
                      {QStringLiteral("host"), plan.hostName},
                      {QStringLiteral("who"), operatorName()},
                      {QStringLiteral("profile"), m_profile.id},
                      {QStringLiteral("policy"), decision.policy}};
    if (plan.crossesMigrations() && consent.migrations)
        event.insert(QStringLiteral("migrationsAccepted"), QJsonArray::fromStringList(plan.migrations));
    if (!plan.cloneChanges.isEmpty()) {
        event.insert(QStringLiteral("dirtyCloneAllowed"), QJsonArray::fromStringList(plan.cloneChanges));
        event.insert(QStringLiteral("reason"), plan.intent.reason);
    }
    if (plan.imagesOnDroplet())
        event.insert(QStringLiteral("imagesFrom"), QStringLiteral("droplet"));
    AuditLog::append(QStringLiteral("change-approved"), event, m_redactor);
}

void DeployLane::startApproved(ApprovedChange approved, ChangeRun *run)
{
    const ChangePlan &plan = approved.plan();
    if (auto *workflow = qobject_cast<WorkflowDeploy *>(run)) {
        m_github->withClient(workflow, [this, workflow, approved](GitHubClient *github, const GitHubAccessError &error) {
            if (!github) {
                ChangeResult failed;
                failed.message = error.message;
                workflow->finishWith(failed);
                return;
            }
            if (approved.plan().hostName.isEmpty()) {
                workflow->setTransport(github, nullptr);
                workflow->begin(approved);
                return;
            }
            // The client may be replaced while the hosts are read (a token set meanwhile): the run then
            // asks again rather than use the old one.
            const QPointer<GitHubClient> client(github);
            m_hosts->withHost(approved.plan().hostName, workflow, [this, workflow, client, approved](RemoteHost *host, const QString &) {
                if (!client) {
                    startApproved(approved, workflow);
                    return;
                }
                workflow->setTransport(client, host);
                workflow->begin(approved);
            });
        });
        return;
    }
    auto *operation = static_cast<DropletOperation *>(run);
    operation->setGateRecheck([this, plan](const QString &sha, std::function<void(const GateDecision &)> decided) {
        evaluateGates(sha, plan.promotionTarget, this, [this, plan, decided](const GateSnapshot &snapshot) {
            decided(m_gates->decide(snapshot.report, gatedActionOf(plan.intent.kind), plan.intent.override, operatorName()));
        });
    });
    // The host is asked for after the registry's credentials were read, and used in the turn it is
    // handed over: one replaced meanwhile (its entry changed in another process) is never used freed.
    withRegistry(operation, [this, operation, approved](RegistryClient *registry) {
        m_hosts->withHost(approved.plan().hostName, operation, [operation, registry, approved](RemoteHost *host, const QString &error) {
            if (!host) {
                ChangeResult failed;
                failed.message = error;
                operation->finishWith(failed);
                return;
            }
            operation->setTransport(host, registry);
            operation->begin(approved);
        });
    });
}

// ------------------------------------------------------------------ status and pin

void DeployLane::withHostNamed(const QString &wanted, QObject *context,
                               std::function<void(RemoteHost *, const QString &, const QString &, bool)> then)
{
    QPointer<QObject> guard(context);
    resolveHost(wanted, this, [this, guard, then](const HostChoice &choice) {
        if (!guard)
            return;
        if (choice.name.isEmpty()) {
            then(nullptr, {}, choice.error, choice.keychainFailed);
            return;
        }
        m_hosts->withHost(choice.host, guard, [name = choice.name, then](RemoteHost *host, const QString &error) {
            then(host, name, error, false);
        });
    });
}

void DeployLane::readStatus(const QString &hostName, QObject *context, std::function<void(const DropletStatus &)> done)
{
    withHostNamed(hostName, context, [this, context, done](RemoteHost *host, const QString &name, const QString &error, bool) {
        if (!host) {
            DropletStatus status;
            status.hostName = name;
            status.error = error;
            done(status);
            return;
        }
        // A lock can belong to a change whose app stopped while its steps went on: the first
        // look afterwards (the app's start, `stratumctl status`) records it and frees the lock.
        QPointer<RemoteHost> kept(host);
        readDropletStatus(host, name, m_profile, m_vault, context, [this, kept, name, context, done](const DropletStatus &status) {
            if ((!status.guards.lock.held && status.guards.pendingChanges == 0) || !kept) {
                done(status);
                return;
            }
            recoverAbandonedChanges(kept, m_profile, m_vault, m_redactor, context,
                                    [this, kept, name, context, done, status](const QList<RecoveredChange> &recovered, const QString &) {
                if (recovered.isEmpty() || !kept) {
                    done(status);
                    return;
                }
                Q_EMIT releaseLogChanged();
                QStringList recorded;
                for (const RecoveredChange &change : recovered)
                    recorded << change.summary();
                readDropletStatus(kept, name, m_profile, m_vault, context, [done, recorded](DropletStatus again) {
                    again.recorded = recorded;
                    done(again);
                });
            });
        });
    });
}

void DeployLane::withPinHost(const QString &hostName, const QString &reason, const QString &reasonMissing, QObject *context,
                             std::function<void(const PinResult &)> done, std::function<void(RemoteHost *, const QString &)> then)
{
    if (reason.trimmed().isEmpty()) {
        done({false, reasonMissing, {}, true});
        return;
    }
    withHostNamed(hostName, context, [done, then](RemoteHost *host, const QString &name, const QString &error, bool noCredentials) {
        if (!host) {
            done({false, error, {}, !noCredentials, noCredentials});
            return;
        }
        then(host, name);
    });
}

void DeployLane::pin(const QString &hostName, const QString &reason, QObject *context, std::function<void(const PinResult &)> done)
{
    if (m_readOnly) {
        done(refusedPin(readOnlyRefusal()));
        return;
    }
    withPinHost(hostName, reason, tr("a pin needs a reason (--reason TEXT): the next operator reads it"), context, done,
                [this, reason, context, done](RemoteHost *host, const QString &name) {
        readRunningNow(host, m_profile, context, [this, host, name, reason, context, done](const RunningNow &now) {
            const QString sha = now.backendTag();
            if (!now.read || !Sha::isFullText(sha)) {
                done({false, now.read ? tr("cannot pin: the backend on %1 does not run an image tagged by a commit SHA").arg(name)
                                      : tr("cannot read what runs on %1: %2").arg(name, now.error), {}});
                return;
            }
            PinInfo pin{true, sha, operatorName(), machineName(), m_redactor->redact(reason.trimmed()),
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
            host->run(RemoteCommands(m_profile, name).setPin(pin), std::chrono::seconds(m_profile.timing.stepSeconds), context,
                      {{}, {}, [this, name, pin, done](const RemoteResult &result) {
                if (!result.ok()) {
                    done({false, tr("could not pin %1: %2").arg(name, result.failure()), {}});
                    return;
                }
                AuditLog::append(QStringLiteral("pin-set"),
                                 {{QStringLiteral("sha"), pin.sha}, {QStringLiteral("host"), name}, {QStringLiteral("who"), pin.holder},
                                  {QStringLiteral("reason"), pin.reason}, {QStringLiteral("profile"), m_profile.id}},
                                 m_redactor);
                announce(pinAnnouncement(true, name, pin.sha, pin.reason, actor()));
                done({true, tr("pinned %1 to %2: forward deploys are refused until the pin is released").arg(name, pin.sha.left(Sha::shortLength)),
                      pin});
            }});
        });
    });
}

void DeployLane::releasePin(const QString &hostName, const QString &reason, QObject *context,
                            std::function<void(const PinResult &)> done)
{
    if (m_readOnly) {
        done(refusedPin(readOnlyRefusal()));
        return;
    }
    withPinHost(hostName, reason, tr("releasing a pin needs a reason (--reason TEXT)"), context, done,
                [this, reason, context, done](RemoteHost *host, const QString &name) {
        const RemoteCommands commands(m_profile, name);
        host->run(commands.guardStatus() + QStringLiteral("; ") + commands.releasePin(), std::chrono::seconds(m_profile.timing.stepSeconds),
                  context, {{}, {}, [this, name, reason, done](const RemoteResult &result) {
            if (!result.ok()) {
                done({false, tr("could not release the pin of %1: %2").arg(name, result.failure()), {}});
                return;
            }
            const PinInfo was = RemoteCommands::parseGuards(QString::fromUtf8(result.out)).pin;
            if (!was.pinned) {
                done({true, tr("%1 was not pinned").arg(name), {}});
                return;
            }
            AuditLog::append(QStringLiteral("pin-released"),
                             {{QStringLiteral("sha"), was.sha}, {QStringLiteral("host"), name}, {QStringLiteral("who"), operatorName()},
                              {QStringLiteral("reason"), m_redactor->redact(reason.trimmed())},
                              {QStringLiteral("pinnedBy"), was.holder}, {QStringLiteral("profile"), m_profile.id}},
                             m_redactor);
            announce(pinAnnouncement(false, name, was.sha, m_redactor->redact(reason.trimmed()), actor()));
            done({true, tr("released the pin of %1 (it held %2, set by %3): forward deploys may go again")
                            .arg(name, was.sha.left(Sha::shortLength), was.holder), was});
        }});
    });
}

} // namespace Stratum
