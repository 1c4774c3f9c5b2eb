// stratumctl commands of the GitHub lane: CI state, branch protection, Actions secrets.
#include "Cli.h"

#include "checklists/SetupProbes.h"
#include "github/CiCheck.h"

#include "github/CiState.h"
#include "github/GitHubClient.h"
#include "github/Protection.h"
#include "github/WorkflowDeploy.h"
#include "github/WorkflowRuns.h"

#include <QJsonArray>
#include <QSysInfo>
#include <QUuid>
#include <QJsonObject>

#include <memory>

namespace Stratum {

QString Cli::repoPath() const
{
    return QStringLiteral("/repos/%1/%2").arg(m_core.profile().github.owner, m_core.profile().github.repo);
}

void Cli::withGitHub(std::function<void(GitHubClient *)> then)
{
    m_core.vault()->readSecret(SecretNames::githubToken(), this, [this, then](const Vault::Result<QString> &token) {
        if (token.error.notFound()) {
            fail(ExitCode::Credentials, tr("no GitHub token is set: stratumctl secrets set github-token < token-file"));
            return;
        }
        if (!token.error.ok()) {
            failKeychain(token.error);
            return;
        }
        m_core.redactor().addSecret(token.value);
        auto *client = new GitHubClient(m_core.profile().github.apiBaseUrl,
                                        std::chrono::seconds(m_core.profile().timing.httpSeconds), this);
        client->setToken(token.value.toUtf8());
        then(client);
    });
}

void Cli::ciStatusCommand()
{
    if (!requireWords(2, QStringLiteral("ci-status SHA")))
        return;
    const QString sha = m_options.words.at(1).toLower();
    if (!isShaPrefix(sha)) {
        fail(ExitCode::Usage, tr("\"%1\" is not a commit SHA (7 to 40 hex digits)").arg(m_options.words.at(1).left(60)));
        return;
    }
    withGitHub([this, sha](GitHubClient *github) {
        checkCi(github, m_core.profile(), sha, this, [this, sha](const CiReport &ci) {
            if (!ci.reached) {
                fail(ci.httpStatus == 401 || ci.httpStatus == 403 ? ExitCode::Credentials : ExitCode::Failed, ci.error);
                return;
            }
            const QString branch = m_core.profile().github.branch;
            const CiVerdict &verdict = ci.verdict;
            if (m_json) {
                QJsonArray checks;
                for (const CheckState &c : verdict.checks)
                    checks.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("source"), c.source},
                                              {QStringLiteral("state"), c.state}, {QStringLiteral("passed"), c.passed},
                                              {QStringLiteral("pending"), c.pending}});
                printJson(QJsonObject{{QStringLiteral("sha"), sha}, {QStringLiteral("green"), verdict.isGreen()},
                                      {QStringLiteral("onBranch"), ci.onBranch}, {QStringLiteral("summary"), verdict.summary},
                                      {QStringLiteral("checks"), checks},
                                      {QStringLiteral("missingRequired"), QJsonArray::fromStringList(verdict.missingRequired)}});
            } else {
                for (const CheckState &c : verdict.checks)
                    print(QStringLiteral("%1  %2  (%3)").arg(c.state.leftJustified(16), c.name, c.source));
                print(verdict.summary);
                print(ci.onBranch ? tr("%1 is on %2").arg(sha.left(12), branch)
                                  : tr("%1 is NOT on %2 (%3)").arg(sha.left(12), branch, ci.relation));
            }
            finish(verdict.isGreen() && ci.onBranch ? ExitCode::Success : ExitCode::Failed);
        });
    });
}

void Cli::protectionCommand()
{
    withGitHub([this](GitHubClient *github) {
        checkProtection(github, m_core.profile(), this, [this](const ProtectionCheck &check) {
            const ProtectionReport &report = check.report;
            const QList<std::pair<QString, RuleState>> lines{
                {tr("pull request required before merging"), report.pullRequestRequired},
                {tr("at least 1 approval"), report.approvalRequired},
                {tr("status checks must pass"), report.statusChecksRequired},
                {tr("direct pushes restricted"), report.directPushesRestricted}};
            QJsonObject json;
            for (const auto &[what, state] : lines) {
                json.insert(what, ruleStateName(state));
                if (!m_json)
                    print(QStringLiteral("%1  %2").arg(ruleStateName(state).leftJustified(12), what));
            }
            if (m_json) {
                json.insert(QStringLiteral("requiredChecks"), QJsonArray::fromStringList(report.requiredChecks));
                printJson(json);
            } else {
                if (!report.requiredChecks.isEmpty())
                    print(tr("required checks: %1").arg(report.requiredChecks.join(QStringLiteral(", "))));
                if (check.classicStatus == 403 && !check.acceptedPermissions.isEmpty())
                    print(tr("(classic protection unreadable: the token needs %1)").arg(check.acceptedPermissions));
                if (!check.allMet())
                    print(tr("Fix it on github.com → %1 → Settings → Branches (runbook 1.3).").arg(repoPath().mid(7)));
            }
            finish(check.allMet() ? ExitCode::Success : ExitCode::Failed);
        });
    });
}

void Cli::actionsSecretsCommand()
{
    withGitHub([this](GitHubClient *github) {
        checkActionsSecrets(github, m_core.profile(), this, [this](const SecretsCheck &check) {
            if (!check.error.isEmpty()) {
                fail(check.status == 401 || check.status == 403 ? ExitCode::Credentials : ExitCode::Failed, check.error);
                return;
            }
            for (const QString &name : m_core.profile().github.requiredSecrets)
                print(QStringLiteral("%1  %2").arg((check.missing.contains(name) ? tr("MISSING") : tr("present")).leftJustified(8), name));
            finish(check.missing.isEmpty() ? ExitCode::Success : ExitCode::Failed);
        });
    });
}

} // namespace Stratum

namespace Stratum {

void Cli::deployViaWorkflow()
{
    const QString wanted = m_options.values.value(QStringLiteral("sha")).toLower();
    if (!wanted.isEmpty() && !isShaPrefix(wanted)) {
        fail(ExitCode::Usage, tr("--sha must be a commit SHA of 7 to 40 hex digits"));
        return;
    }
    withGitHub([this, wanted](GitHubClient *github) {
        auto *deploy = new WorkflowDeploy(m_core.profile(), github, m_core.vault(), this);
        gateKeeper()->setGitHub(github);
        deploy->setGates(gateKeeper(), gateOverride());
        auto printer = std::make_shared<QHash<QString, QString>>();
        connect(deploy, &WorkflowDeploy::progress, this, [this](const QString &message) { print(message); });
        connect(deploy, &WorkflowDeploy::dispatched, this, [this](qint64 runId, const QString &url) {
            print(tr("run %1: %2").arg(runId).arg(url));
        });
        connect(deploy, &WorkflowDeploy::runUpdated, this, [this, printer](const RunInfo &run, const QList<JobInfo> &jobs) {
            printRunChanges(*printer, run, jobs);
        });
        connect(deploy, &WorkflowDeploy::finished, this, [this, github](const WorkflowDeploy::Result &result) {
            if (!result.failedLogTail.isEmpty())
                print(tr("--- end of the failed job's log ---\n%1").arg(result.failedLogTail));
            if (result.run.id > 0)
                print(tr("%1 GitHub requests, %2 of them answered 304").arg(github->requestsSent()).arg(github->notModifiedAnswers()));
            switch (result.outcome) {
            case WorkflowDeploy::Outcome::Success:
                print(result.message);
                finish(ExitCode::Success);
                break;
            case WorkflowDeploy::Outcome::Refused:
                fail(ExitCode::Refused, result.message);
                break;
            default:
                fail(ExitCode::Failed, result.message);
            }
        });
        deploy->readHead([this, deploy, wanted](const QString &head, const QString &title, const QString &error) {
            if (!error.isEmpty()) {
                fail(ExitCode::Failed, error);
                return;
            }
            const QString target = wanted.isEmpty() ? head : wanted;
            // The head check comes first (an older SHA belongs to the SSH path), so the
            // gates are checked here only for the head; the deploy checks them again itself.
            if (head.startsWith(target))
                requireGates(head, [=, this]() { confirmWorkflowDeploy(deploy, wanted, head, title, target); });
            else
                confirmWorkflowDeploy(deploy, wanted, head, title, target);
        });
    });
}

void Cli::confirmWorkflowDeploy(WorkflowDeploy *deploy, const QString &wanted, const QString &head, const QString &title,
                                const QString &target)
{
    {
        {
            const QString question = tr("Dispatch \"%1\" on %2 to deploy %3? (head of %2: %4 %5)")
                                         .arg(m_core.profile().github.deployWorkflow.name, m_core.profile().github.branch,
                                              target.left(12), head.left(12), title);
            print(question);
            if (!confirmed(question))
                return;
            LockInfo holder;
            holder.holder = CoreContext::operatorName();
            holder.machine = QSysInfo::machineHostName();
            holder.reason = m_options.values.value(QStringLiteral("reason"), tr("workflow deploy"));
            holder.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_core.vault()->loadHosts(this, [this, deploy, wanted, holder](const Vault::Result<QList<HostEntry>> &hosts) {
                if (!hosts.error.ok() || hosts.value.isEmpty()) {
                    deploy->start(wanted, CoreContext::operatorName());
                    return;
                }
                withRemote([deploy, wanted, holder](RemoteHost *remote) {
                    deploy->setDroplet(remote, holder);
                    deploy->start(wanted, CoreContext::operatorName());
                });
            });
        }
    }
}

void Cli::printRunChanges(QHash<QString, QString> &printed, const RunInfo &run, const QList<JobInfo> &jobs)
{
    auto report = [this, &printed](const QString &key, const QString &line) {
        if (printed.value(key) != line) {
            printed.insert(key, line);
            print(line);
        }
    };
    report(QStringLiteral("run"), tr("run %1: %2 %3").arg(run.id).arg(run.status, run.conclusion).trimmed());
    for (const JobInfo &job : jobs) {
        report(QStringLiteral("job/%1").arg(job.id), tr("  job %1: %2 %3").arg(job.name, job.status, job.conclusion).trimmed());
        for (const StepInfo &step : job.steps)
            report(QStringLiteral("step/%1/%2").arg(job.id).arg(step.number),
                   tr("    %1: %2 %3").arg(step.name, step.status, step.conclusion).trimmed());
    }
}

void Cli::releasesImportRuns()
{
    withGitHub([this](GitHubClient *github) {
        const QString workflow = m_core.profile().github.deployWorkflow.file;
        github->getAll(repoPath() + QStringLiteral("/actions/workflows/%1/runs?status=success&branch=%2")
                           .arg(workflow, m_core.profile().github.branch),
                       QStringLiteral("workflow_runs"), this, [this](const GitHubResponse &runs) {
            if (!runs.ok()) {
                fail(runs.status == 401 || runs.status == 403 ? ExitCode::Credentials : ExitCode::Failed, runs.error);
                return;
            }
            ReleaseLog candidates;
            for (const QJsonValue &value : runs.items) {
                QString error;
                const auto run = parseRun(value.toObject(), &error);
                if (!run || !isFullSha(run->headSha) || run->conclusion != QLatin1String("success"))
                    continue;
                ReleaseEntry entry;
                entry.sha = run->headSha;
                entry.time = run->createdAt.isValid() ? run->createdAt.toUTC() : QDateTime::currentDateTimeUtc();
                entry.method = QStringLiteral("imported-run");
                entry.result = QStringLiteral("success");
                entry.who = QStringLiteral("github");
                entry.runId = run->id;
                entry.runUrl = run->htmlUrl;
                entry.note = tr("successful run of the deploy workflow; not known-good until you mark it");
                candidates.record(entry);
                print(QStringLiteral("%1  %2  %3").arg(entry.sha, entry.time.toString(Qt::ISODate), entry.runUrl));
            }
            releasesChange([candidates](ReleaseLog &log) {
                return tr("imported %n run(s); mark the ones you trust with: stratumctl releases mark-good SHA", nullptr,
                          log.merge(candidates));
            });
        });
    });
}

void Cli::runWatchCommand()
{
    bool ok = false;
    const qint64 runId = m_options.words.value(2).toLongLong(&ok);
    if (!ok || runId <= 0 || m_options.words.size() != 3) {
        fail(ExitCode::Usage, tr("usage: stratumctl run watch RUN_ID"));
        return;
    }
    withGitHub([this, runId](GitHubClient *github) { watchRun(github, runId); });
}

void Cli::watchRun(GitHubClient *github, qint64 runId)
{
    auto *watcher = new RunWatcher(github, repoPath(), runId, std::chrono::seconds(m_core.profile().timing.runPollSeconds), this);
    auto printed = std::make_shared<QHash<QString, QString>>();
    connect(watcher, &RunWatcher::updated, this, [this, printed](const RunInfo &run, const QList<JobInfo> &jobs) {
        printRunChanges(*printed, run, jobs);
    });
    connect(watcher, &RunWatcher::failed, this, [this](const QString &error) { fail(ExitCode::Failed, error); });
    connect(watcher, &RunWatcher::finished, this, [this](const RunInfo &run, const QString &tail) {
        if (!tail.isEmpty())
            print(tr("--- end of the failed job's log ---\n%1").arg(tail));
        if (run.conclusion == QLatin1String("success"))
            finish(ExitCode::Success);
        else
            fail(ExitCode::Failed, tr("run %1 ended: %2").arg(run.id).arg(run.conclusion));
    });
    watcher->start();
}

} // namespace Stratum
