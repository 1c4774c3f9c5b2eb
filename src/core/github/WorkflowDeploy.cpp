#include "WorkflowDeploy.h"

#include "redaction/Redactor.h"

namespace Stratum {

WorkflowDeploy::WorkflowDeploy(const Profile &profile, GitHubClient *github, Vault *vault, QObject *parent)
    : QObject(parent), m_profile(profile), m_github(github), m_vault(vault)
{
}

QString WorkflowDeploy::repoPath() const
{
    return QStringLiteral("/repos/%1/%2").arg(m_profile.github.owner, m_profile.github.repo);
}

void WorkflowDeploy::setDroplet(RemoteHost *host, const LockInfo &holder)
{
    m_droplet = host;
    m_lockHolder = holder;
}

void WorkflowDeploy::takeLockThenDispatch(const QString &gatedSha)
{
    if (!m_droplet) {
        Q_EMIT progress(tr("no droplet is set up: the droplet's deploy lock is not taken for this run"));
        dispatch(gatedSha);
        return;
    }
    LockInfo holder = m_lockHolder;
    holder.sha = gatedSha;
    holder.since = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const RemoteCommands commands(m_profile);
    m_droplet->run(commands.takeLock(holder), std::chrono::seconds(m_profile.timing.stepSeconds), this,
                   {{}, {}, [this, gatedSha](const RemoteResult &result) {
        if (result.ok()) {
            m_lockTaken = true;
            Q_EMIT progress(tr("took the droplet's deploy lock"));
            dispatch(gatedSha);
            return;
        }
        if (result.exit.exitStatus == RemoteCommands::lockHeldExitCode) {
            const LockInfo other = RemoteCommands::parseLockInfo(QString::fromUtf8(result.out));
            finish({Outcome::Refused, tr("another deploy holds the droplet's lock: %1 on %2 since %3 (%4)")
                                          .arg(other.holder, other.machine, other.since, other.reason), {}, {}}, false);
            return;
        }
        finish({Outcome::Failed, tr("could not take the droplet's deploy lock: %1")
                                     .arg(result.exit.error.ok() ? QString::fromUtf8(result.err).trimmed() : result.exit.error.message),
                {}, {}}, false);
    }});
}

void WorkflowDeploy::releaseLockThen(std::function<void()> then)
{
    if (!m_lockTaken || !m_droplet) {
        then();
        return;
    }
    m_droplet->run(RemoteCommands(m_profile).releaseLock(m_lockHolder.token), std::chrono::seconds(m_profile.timing.stepSeconds),
                   this, {{}, {}, [this, then](const RemoteResult &result) {
        m_lockTaken = !result.ok();
        Q_EMIT progress(result.ok() ? tr("released the droplet's deploy lock")
                                    : tr("could not release the droplet's deploy lock: break it with stratumctl lock release --force"));
        then();
    }});
}

void WorkflowDeploy::readHead(std::function<void(const QString &, const QString &, const QString &)> done)
{
    m_github->get(repoPath() + QStringLiteral("/branches/") + m_profile.github.branch, this, [this, done](const GitHubResponse &head) {
        const QJsonObject commit = head.json.object().value(QStringLiteral("commit")).toObject();
        const QString sha = commit.value(QStringLiteral("sha")).toString();
        const QString title = commit.value(QStringLiteral("commit")).toObject().value(QStringLiteral("message")).toString()
                                  .section(QLatin1Char('\n'), 0, 0);
        if (!head.ok()) {
            done({}, {}, head.error);
            return;
        }
        if (!isFullSha(sha)) {
            done({}, {}, tr("GitHub's answer for %1 has no commit SHA").arg(m_profile.github.branch));
            return;
        }
        done(sha, title, {});
    });
}

void WorkflowDeploy::start(const QString &sha, const QString &who)
{
    m_who = who;
    const QString wanted = sha.toLower();
    if (!wanted.isEmpty() && !isShaPrefix(wanted)) {
        finish({Outcome::Refused, tr("\"%1\" is not a commit SHA").arg(sha.left(60)), {}, {}}, false);
        return;
    }
    readHead([this, wanted](const QString &headSha, const QString &, const QString &error) {
        if (!error.isEmpty()) {
            finish({Outcome::Failed, error, {}, {}}, false);
            return;
        }
        const QString branch = m_profile.github.branch;
        const QString target = wanted.isEmpty() ? headSha : wanted;
        if (!headSha.startsWith(target) && m_profile.github.deployWorkflow.shaInput.isEmpty()) {
            finish({Outcome::Refused,
                    tr("%1 is not the head of %2 (%3): the workflow deploys %2 as it is when the run starts. Deploy an "
                       "older SHA over SSH (stratumctl deploy --via ssh --sha %1).").arg(target.left(12), branch, headSha.left(12)),
                    {}, {}}, false);
            return;
        }
        if (!headSha.startsWith(target) && !isFullSha(target)) {
            finish({Outcome::Refused, tr("give the full 40-digit SHA to deploy a commit other than the head"), {}, {}}, false);
            return;
        }
        checkGates(headSha.startsWith(target) ? headSha : target);
    });
}

void WorkflowDeploy::setGates(GateKeeper *gates, const GateOverride &override)
{
    m_gates = gates;
    m_override = override;
}

void WorkflowDeploy::checkGates(const QString &gatedSha)
{
    if (!m_gates) {
        finish({Outcome::Refused, tr("refused: the gates were not checked for this deploy"), {}, {}}, false);
        return;
    }
    m_gates->authorize(gatedSha, GatedAction::Deploy, m_override, m_who, this, [this, gatedSha](const GateDecision &decision) {
        m_gate = decision;
        if (!decision.allowed) {
            finish({Outcome::Refused, decision.message, {}, {}}, false);
            return;
        }
        Q_EMIT progress(decision.message);
        checkNoRunActive(gatedSha);
    });
}

void WorkflowDeploy::checkNoRunActive(const QString &gatedSha)
{
    const QString workflow = m_profile.github.deployWorkflow.file;
    m_github->get(repoPath() + QStringLiteral("/actions/workflows/%1/runs?per_page=20").arg(workflow), this,
                  [this, gatedSha](const GitHubResponse &runs) {
        if (!runs.ok()) {
            finish({Outcome::Failed, runs.error, {}, {}}, false);
            return;
        }
        for (const QJsonValue &value : runs.json.object().value(QStringLiteral("workflow_runs")).toArray()) {
            QString error;
            const auto run = parseRun(value.toObject(), &error);
            if (run && !run->isDone()) {
                finish({Outcome::Refused, tr("run %1 of the deploy workflow is %2 (%3); wait for it to end")
                                              .arg(run->id).arg(run->status, run->htmlUrl), *run, {}}, false);
                return;
            }
        }
        takeLockThenDispatch(gatedSha);
    });
}

void WorkflowDeploy::dispatch(const QString &gatedSha)
{
    m_gatedSha = gatedSha;
    auto *dispatcher = new WorkflowDispatcher(m_github, repoPath(), this);
    dispatcher->setPollInterval(std::chrono::seconds(std::max(1, m_profile.timing.runPollSeconds / 2)));
    QJsonObject inputs;
    if (!m_profile.github.deployWorkflow.shaInput.isEmpty())
        inputs.insert(m_profile.github.deployWorkflow.shaInput, gatedSha);
    Q_EMIT progress(tr("dispatching \"%1\" on %2 for %3").arg(m_profile.github.deployWorkflow.name, m_profile.github.branch,
                                                              gatedSha.left(12)));
    dispatcher->dispatch(m_profile.github.deployWorkflow.file, m_profile.github.branch, inputs,
                         [this, gatedSha, dispatcher](const DispatchResult &result) {
        dispatcher->deleteLater();
        if (!result.error.isEmpty()) {
            finish({Outcome::Failed, result.error, {}, {}}, false);
            return;
        }
        if (!result.note.isEmpty())
            Q_EMIT progress(result.note);
        Q_EMIT dispatched(result.runId, result.htmlUrl);
        follow(result.runId, gatedSha);
    });
}

void WorkflowDeploy::follow(qint64 runId, const QString &gatedSha)
{
    m_watcher = new RunWatcher(m_github, repoPath(), runId, std::chrono::seconds(m_profile.timing.runPollSeconds), this);
    auto checked = std::make_shared<bool>(false);
    connect(m_watcher, &RunWatcher::updated, this, [this, checked, gatedSha](const RunInfo &run, const QList<JobInfo> &jobs) {
        if (!*checked) {
            *checked = true;
            if (run.headSha != gatedSha) {
                const QString message = tr("run %1 deploys %2, not the checked %3: cancelled it (%4 moved meanwhile; "
                                           "check the new head and deploy again)")
                                            .arg(run.id).arg(run.headSha.left(12), gatedSha.left(12), m_profile.github.branch);
                m_watcher->cancelRun([this, message, run](const GitHubResponse &cancelled) {
                    finish({Outcome::Refused, cancelled.ok() ? message : message + tr(" (the cancel failed: %1)").arg(cancelled.error),
                            run, {}}, false);
                });
                return;
            }
        }
        Q_EMIT runUpdated(run, jobs);
    });
    connect(m_watcher, &RunWatcher::failed, this, [this](const QString &error) {
        finish({Outcome::Failed, tr("lost track of the run: %1").arg(error), {}, {}}, false);
    });
    connect(m_watcher, &RunWatcher::finished, this, [this](const RunInfo &run, const QString &tail) {
        const bool ok = run.conclusion == QLatin1String("success");
        const Result result{ok ? Outcome::Success : run.conclusion == QLatin1String("cancelled") ? Outcome::Cancelled : Outcome::Failed,
                            ok ? tr("run %1 succeeded").arg(run.id) : tr("run %1 ended: %2").arg(run.id).arg(run.conclusion), run, tail};
        if (ok && m_droplet)
            checkHealthThenFinish(result);
        else
            finish(result, true);
    });
    m_watcher->start();
}

void WorkflowDeploy::checkHealthThenFinish(Result result, int index)
{
    const RemoteCommands commands(m_profile);
    const QList<std::pair<QString, QString>> checks{
        {tr("backend live"), commands.backendHealth(m_profile.health.backendLiveUrl)},
        {tr("backend ready"), commands.backendHealth(m_profile.health.backendReadyUrl)}};
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
            result.outcome = Outcome::Failed;
            result.message += tr(", but %1 failed on the droplet: %2 — consider rolling back")
                                  .arg(what, check.exit.error.ok() ? QString::fromUtf8(check.err).trimmed() : check.exit.error.message);
            finish(result, true);
            return;
        }
        checkHealthThenFinish(result, index + 1);
    }});
}

void WorkflowDeploy::cancelRun()
{
    if (m_watcher)
        m_watcher->cancelRun([this](const GitHubResponse &response) {
            Q_EMIT progress(response.ok() ? tr("GitHub is cancelling the run") : tr("cancel failed: %1").arg(response.error));
            if (response.ok() && m_watcher)
                m_watcher->start(); // follow it to its end
        });
}

void WorkflowDeploy::finish(Result result, bool record)
{
    if (m_done)
        return;
    m_done = true;
    releaseLockThen([this, result, record]() { recordThenReport(result, record); });
}

void WorkflowDeploy::recordThenReport(Result result, bool record)
{
    if (!record || !isFullSha(m_gatedSha)) {
        Q_EMIT finished(result);
        return;
    }
    ReleaseEntry entry;
    entry.sha = m_gatedSha;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.method = QStringLiteral("workflow");
    entry.result = result.outcome == Outcome::Success ? QStringLiteral("success")
                   : result.outcome == Outcome::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed");
    entry.who = m_who;
    entry.gateOverride = m_gate.overridden ? Redactor::redactPatterns(m_gate.overrideReason) : QString();
    entry.runId = result.run.id;
    entry.runUrl = result.run.htmlUrl;
    m_vault->updateReleaseLog(m_profile.id, [entry](ReleaseLog &log) { log.record(entry); }, this,
                              [this, result](const KeychainError &error) mutable {
        result.message += error.ok() ? tr("; recorded in the release log") : tr(" (not recorded: %1)").arg(error.message);
        Q_EMIT finished(result);
    });
}

} // namespace Stratum
