// stratumctl commands of the GitHub lane: CI state, branch protection, Actions secrets, runs.
#include "cli/Cli.h"

#include "core/app/CoreContext.h"
#include "core/checklists/SetupProbes.h"
#include "core/github/CiCheck.h"
#include "core/github/CiState.h"
#include "core/github/GitHubClient.h"
#include "core/github/Protection.h"
#include "core/github/WorkflowRuns.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace Stratum {

void Cli::ciStatus()
{
    const QString sha = argument(0).toLower();
    withGitHub([this, sha](GitHubClient *github) {
        checkCi(github, core().profile(), sha, this, [this, sha](const CiReport &ci) {
            if (!ci.reached) {
                fail(ci.httpStatus == 401 || ci.httpStatus == 403 ? ExitCode::Credentials : ExitCode::Failed, ci.error);
                return;
            }
            const QString branch = core().profile().github.branch;
            const CiVerdict &verdict = ci.verdict;
            if (json()) {
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

void Cli::protection()
{
    withGitHub([this](GitHubClient *github) {
        checkProtection(github, core().profile(), this, [this](const ProtectionCheck &check) {
            const ProtectionReport &report = check.report;
            // JSON keys and values are the stable English words; the text is the operator's language.
            const QList<std::tuple<QString, QString, RuleState>> lines{
                {QStringLiteral("pull request required before merging"), tr("pull request required before merging"),
                 report.pullRequestRequired},
                {QStringLiteral("at least 1 approval"), tr("at least 1 approval"), report.approvalRequired},
                {QStringLiteral("status checks must pass"), tr("status checks must pass"), report.statusChecksRequired},
                {QStringLiteral("direct pushes restricted"), tr("direct pushes restricted"), report.directPushesRestricted}};
            QJsonObject rules;
            for (const auto &[key, what, state] : lines) {
                rules.insert(key, ruleStateId(state));
                if (!json())
                    print(QStringLiteral("%1  %2").arg(ruleStateName(state).leftJustified(12), what));
            }
            if (json()) {
                rules.insert(QStringLiteral("requiredChecks"), QJsonArray::fromStringList(report.requiredChecks));
                printJson(rules);
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

void Cli::actionsSecrets()
{
    withGitHub([this](GitHubClient *github) {
        checkActionsSecrets(github, core().profile(), this, [this](const SecretsCheck &check) {
            if (!check.error.isEmpty()) {
                fail(check.status == 401 || check.status == 403 ? ExitCode::Credentials : ExitCode::Failed, check.error);
                return;
            }
            for (const QString &name : core().profile().github.requiredSecrets)
                print(QStringLiteral("%1  %2").arg((check.missing.contains(name) ? tr("MISSING") : tr("present")).leftJustified(8), name));
            finish(check.missing.isEmpty() ? ExitCode::Success : ExitCode::Failed);
        });
    });
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
        const QString workflow = core().profile().github.deployWorkflow.file;
        github->getAll(repoPath() + QStringLiteral("/actions/workflows/%1/runs?status=success&branch=%2")
                           .arg(workflow, core().profile().github.branch),
                       QStringLiteral("workflow_runs"), this, [this](const GitHubResponse &runs) {
            if (!runs.ok()) {
                fail(runs.status == 401 || runs.status == 403 ? ExitCode::Credentials : ExitCode::Failed, runs.error);
                return;
            }
            ReleaseLog candidates;
            for (const QJsonValue &value : runs.items) {
                QString error;
                const auto run = parseRun(value.toObject(), &error);
                if (!run || !Sha::isFullText(run->headSha) || run->conclusion != QLatin1String("success"))
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

void Cli::runWatch()
{
    const qint64 runId = argument(0).toLongLong();
    if (runId <= 0) {
        fail(ExitCode::Usage, tr("usage: stratumctl run watch RUN_ID"));
        return;
    }
    withGitHub([this, runId](GitHubClient *github) { watchRun(github, runId); });
}

void Cli::watchRun(GitHubClient *github, qint64 runId)
{
    auto *watcher = new RunWatcher(github, repoPath(), runId, std::chrono::seconds(core().profile().timing.runPollSeconds), this);
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
