#include "WorkflowDeploy.h"

#include "core/deploy/Recovery.h"
#include "core/keychain/Vault.h"
#include "core/redaction/Redactor.h"

#include <QJsonArray>
#include <QUuid>

namespace Stratum {

namespace {

ChangeResult resultOf(ChangeResult::Outcome outcome, const QString &message, const RunInfo &run = {})
{
    ChangeResult result;
    result.outcome = outcome;
    result.message = message;
    result.run = run;
    return result;
}

} // namespace

WorkflowDeploy::WorkflowDeploy(const Profile &profile, Vault *vault, const Redactor *redactor, QObject *parent)
    : ChangeRun(parent), m_profile(profile), m_vault(vault), m_redactor(redactor)
{
    m_heartbeat.setInterval(std::chrono::seconds(10));
    connect(&m_heartbeat, &QTimer::timeout, this, [this]() {
        if (m_lockTaken && m_droplet && m_droplet->isConnected())
            m_droplet->run(RemoteCommands(m_profile, m_hostName).touchAttached(m_lockHolder.token), std::chrono::seconds(10), this, {});
    });
}

QString WorkflowDeploy::repoPath() const
{
    return m_profile.githubApiRepoPath();
}

void WorkflowDeploy::setTransport(GitHubClient *github, RemoteHost *droplet)
{
    m_github = github;
    m_droplet = droplet;
}

void WorkflowDeploy::begin(const ApprovedChange &approved)
{
    m_who = approved.who();
    m_gatedSha = approved.plan().targetSha.text();
    m_hostName = approved.plan().hostName;
    m_decision = approved.decision();
    m_lockHolder.holder = approved.who();
    m_lockHolder.machine = approved.machine();
    m_lockHolder.reason = approved.plan().intent.reason.isEmpty() ? tr("workflow deploy") : approved.plan().intent.reason;
    m_lockHolder.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_lockHolder.method = QStringLiteral("workflow");
    Q_EMIT progress(m_decision.message);
    checkNoRunActive();
}

void WorkflowDeploy::checkNoRunActive()
{
    const QString workflow = m_profile.github.deployWorkflow.file;
    m_github->get(repoPath() + QStringLiteral("/actions/workflows/%1/runs?per_page=20").arg(workflow), this,
                  [this](const GitHubResponse &runs) {
        if (!runs.ok()) {
            finish(resultOf(ChangeResult::Outcome::Failed, runs.error), false);
            return;
        }
        for (const QJsonValue &value : runs.json.object().value(QStringLiteral("workflow_runs")).toArray()) {
            QString error;
            const auto run = parseRun(value.toObject(), &error);
            if (run && !run->isDone()) {
                finish(resultOf(ChangeResult::Outcome::Refused, tr("run %1 of the deploy workflow is %2 (%3); wait for it to end")
                                                                    .arg(run->id).arg(run->status, run->htmlUrl), *run), false);
                return;
            }
        }
        takeLockThenDispatch();
    });
}

void WorkflowDeploy::takeLockThenDispatch()
{
    if (!m_droplet) {
        Q_EMIT progress(tr("no droplet is set up: the droplet's deploy lock is not taken for this run"));
        dispatch();
        return;
    }
    LockInfo holder = m_lockHolder;
    holder.sha = m_gatedSha;
    holder.since = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    holder.leaseSeconds = changeLeaseSeconds(m_profile);
    const RemoteCommands commands(m_profile, m_hostName);
    m_droplet->run(commands.takeLock(holder), std::chrono::seconds(m_profile.timing.stepSeconds), this,
                   {{}, {}, [this](const RemoteResult &result) {
        if (result.ok()) {
            m_lockTaken = true;
            m_heartbeat.start();
            Q_EMIT progress(tr("took the droplet's deploy lock"));
            dispatch();
            return;
        }
        if (result.exit.exitStatus == RemoteCommands::pinnedExitCode) {
            finish(resultOf(ChangeResult::Outcome::Refused, pinnedMessage(RemoteCommands::parsePin(QString::fromUtf8(result.out)))),
                   false);
            return;
        }
        if (result.exit.exitStatus == RemoteCommands::lockHeldExitCode) {
            const LockInfo other = RemoteCommands::parseLockInfo(QString::fromUtf8(result.out));
            finish(resultOf(ChangeResult::Outcome::Refused, tr("another deploy holds the droplet's lock: %1 on %2 since %3 (%4)")
                                                                .arg(other.holder, other.machine, other.since, other.reason)),
                   false);
            return;
        }
        finish(resultOf(ChangeResult::Outcome::Failed,
                        tr("could not take the droplet's deploy lock: %1")
                            .arg(result.failure())),
               false);
    }});
}

void WorkflowDeploy::releaseLockThen(std::function<void()> then)
{
    if (!m_lockTaken || !m_droplet) {
        then();
        return;
    }
    m_heartbeat.stop();
    const RemoteCommands commands(m_profile, m_hostName);
    // The run's outcome goes to this app's release log; the droplet only needs to know that the change ended.
    m_droplet->run(QStringLiteral("( %1 ); r=$?; ( %2 ); exit $r").arg(commands.releaseLock(m_lockHolder.token), commands.markRecorded(m_lockHolder.token)),
                   std::chrono::seconds(m_profile.timing.stepSeconds),
                   this, {{}, {}, [this, then](const RemoteResult &result) {
        m_lockTaken = !result.ok();
        Q_EMIT progress(result.ok() ? tr("released the droplet's deploy lock")
                                    : tr("could not release the droplet's deploy lock; the next look frees it once this "
                                         "change's lease has run out, or break it: stratumctl lock release --force --reason TEXT"));
        then();
    }});
}

void WorkflowDeploy::dispatch()
{
    auto *dispatcher = new WorkflowDispatcher(m_github, repoPath(), this);
    dispatcher->setPollInterval(std::chrono::seconds(std::max(1, m_profile.timing.runPollSeconds / 2)));
    dispatcher->setFindTimeout(std::chrono::seconds(m_profile.timing.runFindSeconds));
    QJsonObject inputs;
    if (!m_profile.github.deployWorkflow.shaInput.isEmpty())
        inputs.insert(m_profile.github.deployWorkflow.shaInput, m_gatedSha);
    Q_EMIT progress(tr("dispatching \"%1\" on %2 for %3").arg(m_profile.github.deployWorkflow.name, m_profile.github.branch,
                                                              m_gatedSha.left(Sha::shortLength)));
    dispatcher->dispatch(m_profile.github.deployWorkflow.file, m_profile.github.branch, inputs,
                         [this, dispatcher](const DispatchResult &result) {
        dispatcher->deleteLater();
        if (!result.error.isEmpty()) {
            finish(resultOf(ChangeResult::Outcome::Failed, result.error), false);
            return;
        }
        if (!result.note.isEmpty())
            Q_EMIT progress(result.note);
        Q_EMIT dispatched(result.runId, result.htmlUrl);
        if (m_lockTaken && m_droplet) // what a look finds if this app goes away while the run goes on
            m_droplet->run(RemoteCommands(m_profile, m_hostName).noteRun(m_lockHolder.token, result.runId), std::chrono::seconds(10), this, {});
        follow(result.runId);
    });
}

void WorkflowDeploy::follow(qint64 runId)
{
    m_watcher = new RunWatcher(m_github, repoPath(), runId, std::chrono::seconds(m_profile.timing.runPollSeconds), this);
    auto checked = std::make_shared<bool>(false);
    connect(m_watcher, &RunWatcher::updated, this, [this, checked](const RunInfo &run, const QList<JobInfo> &jobs) {
        if (!*checked) {
            *checked = true;
            if (run.headSha != m_gatedSha) {
                const QString message = tr("run %1 deploys %2, not the checked %3: cancelled it (%4 moved meanwhile; "
                                           "check the new head and deploy again)")
                                            .arg(run.id)
                                            .arg(run.headSha.left(Sha::shortLength), m_gatedSha.left(Sha::shortLength),
                                                 m_profile.github.branch);
                m_watcher->cancelRun([this, message, run](const GitHubResponse &cancelled) {
                    finish(resultOf(ChangeResult::Outcome::Refused,
                                    cancelled.ok() ? message : message + tr(" (the cancel failed: %1)").arg(cancelled.error), run),
                           false);
                });
                return;
            }
        }
        Q_EMIT runUpdated(run, jobs);
    });
    connect(m_watcher, &RunWatcher::failed, this, [this](const QString &error) {
        finish(resultOf(ChangeResult::Outcome::Failed, tr("lost track of the run: %1").arg(error)), false);
    });
    connect(m_watcher, &RunWatcher::finished, this, [this](const RunInfo &run, const QString &tail) {
        const bool ok = run.conclusion == QLatin1String("success");
        ChangeResult result = resultOf(ok ? ChangeResult::Outcome::Success
                                          : run.conclusion == QLatin1String("cancelled") ? ChangeResult::Outcome::Cancelled
                                                                                          : ChangeResult::Outcome::Failed,
                                       ok ? tr("run %1 succeeded").arg(run.id) : tr("run %1 ended: %2").arg(run.id).arg(run.conclusion),
                                       run);
        result.failedLogTail = tail;
        if (ok && m_droplet)
            checkHealthThenFinish(result);
        else
            finish(result, true);
    });
    m_watcher->start();
}

void WorkflowDeploy::checkHealthThenFinish(ChangeResult result, int index)
{
    const RemoteCommands commands(m_profile, m_hostName);
    const QList<std::pair<QString, QString>> checks{
        {tr("backend live"), commands.backendHealth(commands.place().backendLiveUrl)},
        {tr("backend ready"), commands.backendHealth(commands.place().backendReadyUrl)}};
    if (index >= checks.size()) {
        result.message += tr("; backend live and ready on the droplet");
        finish(result, true);
        return;
    }
    const QString what = checks.at(index).first;
    Q_EMIT progress(tr("checking %1 on the droplet").arg(what));
    m_droplet->run(checks.at(index).second, std::chrono::seconds(m_profile.timing.stepSeconds), this,
                   {{}, {}, [this, what, index, result](const RemoteResult &check) mutable {
        if (!check.ok()) {
            result.outcome = ChangeResult::Outcome::Failed;
            result.message += tr(", but %1 failed on the droplet: %2 — consider rolling back")
                                  .arg(what, check.failure());
            finish(result, true);
            return;
        }
        checkHealthThenFinish(result, index + 1);
    }});
}

void WorkflowDeploy::cancel()
{
    if (m_watcher)
        m_watcher->cancelRun([this](const GitHubResponse &response) {
            Q_EMIT progress(response.ok() ? tr("GitHub is cancelling the run") : tr("cancel failed: %1").arg(response.error));
            if (response.ok() && m_watcher)
                m_watcher->start(); // follow it to its end
        });
}

void WorkflowDeploy::finish(ChangeResult result, bool record)
{
    if (m_done)
        return;
    m_done = true;
    result.sha = m_gatedSha;
    result.message = m_redactor->redact(result.message);
    releaseLockThen([this, result, record]() { recordThenReport(result, record); });
}

void WorkflowDeploy::recordThenReport(ChangeResult result, bool record)
{
    if (!record || !Sha::isFullText(m_gatedSha)) {
        finishWith(result);
        return;
    }
    ReleaseEntry entry;
    entry.sha = m_gatedSha;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.method = QStringLiteral("workflow");
    entry.result = result.outcome == ChangeResult::Outcome::Success ? QStringLiteral("success")
                   : result.outcome == ChangeResult::Outcome::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed");
    entry.who = m_who;
    entry.gateOverride = m_decision.overridden ? m_redactor->redact(m_decision.overrideReason) : QString();
    entry.policy = m_decision.policy;
    entry.runId = result.run.id;
    entry.runUrl = result.run.htmlUrl;
    entry.host = m_hostName;
    m_vault->updateReleaseLog(m_profile.id, [entry](ReleaseLog &log) { log.record(entry); }, this,
                              [this, result](const KeychainError &error) mutable {
        result.message += error.ok() ? tr("; recorded in the release log") : tr(" (not recorded: %1)").arg(error.message);
        finishWith(result);
    });
}

} // namespace Stratum
