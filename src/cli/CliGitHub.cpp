// stratumctl commands of the GitHub lane: CI state, branch protection, Actions secrets.
#include "Cli.h"

#include "github/CiState.h"
#include "github/GitHubClient.h"
#include "github/Protection.h"

#include <QJsonArray>
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
        const QString branch = m_core.profile().github.branch;
        // Required checks come from the protection rules, when they can be read.
        github->get(repoPath() + QStringLiteral("/rules/branches/") + branch, this, [this, github, sha, branch](const GitHubResponse &rules) {
            QStringList required = evaluateProtection(0, {}, rules.ok() ? 200 : rules.status, rules.json.array()).requiredChecks;
            github->getAll(repoPath() + QStringLiteral("/commits/%1/check-runs").arg(sha), QStringLiteral("check_runs"), this,
                           [this, github, sha, branch, required](const GitHubResponse &runs) {
                if (!runs.ok()) {
                    fail(runs.status == 401 || runs.status == 403 ? ExitCode::Credentials : ExitCode::Failed, runs.error);
                    return;
                }
                github->get(repoPath() + QStringLiteral("/commits/%1/status").arg(sha), this,
                            [this, github, sha, branch, required, runs](const GitHubResponse &status) {
                    if (!status.ok()) {
                        fail(ExitCode::Failed, status.error);
                        return;
                    }
                    github->get(repoPath() + QStringLiteral("/compare/%1...%2").arg(sha, branch), this,
                                [this, sha, branch, required, runs, status](const GitHubResponse &compare) {
                        const QString relation = compare.json.object().value(QStringLiteral("status")).toString();
                        const bool onBranch = compare.ok() && (relation == QLatin1String("ahead") || relation == QLatin1String("identical"));
                        const CiVerdict verdict = evaluateCi(runs.items, status.json.object(), required);
                        if (m_json) {
                            QJsonArray checks;
                            for (const CheckState &c : verdict.checks)
                                checks.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("source"), c.source},
                                                          {QStringLiteral("state"), c.state}, {QStringLiteral("passed"), c.passed},
                                                          {QStringLiteral("pending"), c.pending}});
                            printJson(QJsonObject{{QStringLiteral("sha"), sha}, {QStringLiteral("green"), verdict.isGreen()},
                                                  {QStringLiteral("onBranch"), onBranch}, {QStringLiteral("summary"), verdict.summary},
                                                  {QStringLiteral("checks"), checks},
                                                  {QStringLiteral("missingRequired"), QJsonArray::fromStringList(verdict.missingRequired)}});
                        } else {
                            for (const CheckState &c : verdict.checks)
                                print(QStringLiteral("%1  %2  (%3)").arg(c.state.leftJustified(16), c.name, c.source));
                            print(verdict.summary);
                            print(onBranch ? tr("%1 is on %2").arg(sha.left(12), branch)
                                           : tr("%1 is NOT on %2 (%3)").arg(sha.left(12), branch,
                                                                            compare.ok() ? relation : compare.error));
                        }
                        finish(verdict.isGreen() && onBranch ? ExitCode::Success : ExitCode::Failed);
                    });
                });
            });
        });
    });
}

void Cli::protectionCommand()
{
    withGitHub([this](GitHubClient *github) {
        const QString branch = m_core.profile().github.branch;
        github->get(repoPath() + QStringLiteral("/branches/%1/protection").arg(branch), this, [this, github, branch](const GitHubResponse &classic) {
            github->get(repoPath() + QStringLiteral("/rules/branches/") + branch, this, [this, branch, classic](const GitHubResponse &rules) {
                const ProtectionReport report = evaluateProtection(classic.ok() ? 200 : classic.status, classic.json.object(),
                                                                   rules.ok() ? 200 : rules.status, rules.json.array());
                const QList<std::pair<QString, RuleState>> lines{
                    {tr("pull request required before merging"), report.pullRequestRequired},
                    {tr("at least 1 approval"), report.approvalRequired},
                    {tr("status checks must pass"), report.statusChecksRequired},
                    {tr("direct pushes restricted"), report.directPushesRestricted}};
                bool allMet = true;
                QJsonObject json;
                for (const auto &[what, state] : lines) {
                    allMet &= state == RuleState::Met;
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
                    if (classic.status == 403 && !classic.acceptedPermissions.isEmpty())
                        print(tr("(classic protection unreadable: the token needs %1)").arg(classic.acceptedPermissions));
                    if (!allMet)
                        print(tr("Fix it on github.com → %1 → Settings → Branches (runbook 1.3).").arg(repoPath().mid(7)));
                }
                finish(allMet ? ExitCode::Success : ExitCode::Failed);
            });
        });
    });
}

void Cli::actionsSecretsCommand()
{
    withGitHub([this](GitHubClient *github) {
        github->getAll(repoPath() + QStringLiteral("/actions/secrets"), QStringLiteral("secrets"), this, [this](const GitHubResponse &secrets) {
            if (!secrets.ok()) {
                fail(secrets.status == 401 || secrets.status == 403 ? ExitCode::Credentials : ExitCode::Failed, secrets.error);
                return;
            }
            QStringList present;
            for (const QJsonValue &secret : secrets.items)
                present << secret.toObject().value(QStringLiteral("name")).toString();
            bool all = true;
            for (const QString &name : m_core.profile().github.requiredSecrets) {
                const bool set = present.contains(name);
                all &= set;
                print(QStringLiteral("%1  %2").arg((set ? tr("present") : tr("MISSING")).leftJustified(8), name));
            }
            finish(all ? ExitCode::Success : ExitCode::Failed);
        });
    });
}

} // namespace Stratum
