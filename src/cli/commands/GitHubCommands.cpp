// stratumctl commands of the GitHub lane: CI state, branch protection, Actions secrets, following a run.
#include "cli/CliCommand.h"
#include "cli/commands/Commands.h"
#include "cli/commands/RunProgressLines.h"

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

namespace {

struct ShaOptions {
    QString sha;
};

struct RunOptions {
    qint64 runId = 0;
};

class GitHubCommands : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::Cli)
public:
    using CliCommand::CliCommand;
    void ciStatus(const ShaOptions &o);
    void protection(const NoOptions &);
    void actionsSecrets(const NoOptions &);
    void runWatch(const RunOptions &o);

private:
    void watchRun(GitHubClient *github, qint64 runId);
};

} // namespace

QList<CommandSpec> githubCommands()
{
    using C = GitHubCommands;
    return {
        Command<C, ShaOptions>(QStringLiteral("ci-status"),
                               QT_TRANSLATE_NOOP("Stratum::Cli", "CI of a commit: exit 0 only when it is green and on the deploy branch"),
                               githubNeeds)
            .argument(QStringLiteral("SHA"), &ShaOptions::sha, ValueKind::Sha)
            .synopsis(QStringLiteral("SHA"))
            .runs(&C::ciStatus),
        Command<C, NoOptions>(QStringLiteral("protection"),
                              QT_TRANSLATE_NOOP("Stratum::Cli", "branch protection of the deploy branch, from the rules and rulesets (runbook 1.3)"),
                              githubNeeds)
            .runs(&C::protection),
        Command<C, NoOptions>(QStringLiteral("actions-secrets"),
                              QT_TRANSLATE_NOOP("Stratum::Cli", "the Actions secrets the deploy workflow needs, by name"), githubNeeds)
            .runs(&C::actionsSecrets),
        Command<C, RunOptions>(QStringLiteral("run watch"), QT_TRANSLATE_NOOP("Stratum::Cli", "follow a workflow run until it ends"), githubNeeds)
            .argument(QStringLiteral("RUN_ID"), &RunOptions::runId, ValueKind::Number)
            .synopsis(QStringLiteral("RUN_ID"))
            .runs(&C::runWatch),
    };
}

void GitHubCommands::ciStatus(const ShaOptions &o)
{
    const QString sha = o.sha.toLower();
    withGitHub([this, sha](GitHubClient *github) {
        checkCi(github, core().profile(), sha, context(), [this, sha](const CiReport &ci) {
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

void GitHubCommands::protection(const NoOptions &)
{
    withGitHub([this](GitHubClient *github) {
        checkProtection(github, core().profile(), context(), [this](const ProtectionCheck &check) {
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

void GitHubCommands::actionsSecrets(const NoOptions &)
{
    withGitHub([this](GitHubClient *github) {
        checkActionsSecrets(github, core().profile(), context(), [this](const SecretsCheck &check) {
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

void GitHubCommands::runWatch(const RunOptions &o)
{
    const qint64 runId = o.runId;
    if (runId <= 0) {
        fail(ExitCode::Usage, tr("usage: stratumctl run watch RUN_ID"));
        return;
    }
    withGitHub([this, runId](GitHubClient *github) { watchRun(github, runId); });
}

void GitHubCommands::watchRun(GitHubClient *github, qint64 runId)
{
    auto *watcher = new RunWatcher(github, repoPath(), runId, std::chrono::seconds(core().profile().timing.runPollSeconds), context());
    auto lines = std::make_shared<RunProgressLines>();
    QObject::connect(watcher, &RunWatcher::updated, context(), [this, lines](const RunInfo &run, const QList<JobInfo> &jobs) {
        for (const QString &line : lines->changed(run, jobs))
            print(line);
    });
    QObject::connect(watcher, &RunWatcher::failed, context(), [this](const QString &error) { fail(ExitCode::Failed, error); });
    QObject::connect(watcher, &RunWatcher::finished, context(), [this](const RunInfo &run, const QString &tail) {
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
