#include "CiCheck.h"

#include "core/github/GitHubClient.h"
#include "core/github/Protection.h"

namespace Stratum {

void checkCi(GitHubClient *github, const Profile &profile, const QString &sha, QObject *context,
             std::function<void(const CiReport &)> done)
{
    const QString repo = profile.githubApiRepoPath();
    auto unreachable = [done](const GitHubResponse &answer) {
        CiReport report;
        report.httpStatus = answer.status;
        report.error = answer.error;
        done(report);
    };
    const QString branch = profile.github.branch;
    github->get(repo + QStringLiteral("/rules/branches/") + branch, context,
                [github, context, repo, branch, sha, done, unreachable](const GitHubResponse &rules) {
        const QStringList required = evaluateProtection(0, {}, rules.ok() ? 200 : rules.status, rules.json.array()).requiredChecks;
        github->getAll(repo + QStringLiteral("/commits/%1/check-runs").arg(sha), QStringLiteral("check_runs"), context,
                       [github, context, repo, branch, sha, required, done, unreachable](const GitHubResponse &runs) {
            if (!runs.ok()) {
                unreachable(runs);
                return;
            }
            github->get(repo + QStringLiteral("/commits/%1/status").arg(sha), context,
                        [github, context, repo, branch, sha, required, runs, done, unreachable](const GitHubResponse &status) {
                if (!status.ok()) {
                    unreachable(status);
                    return;
                }
                github->get(repo + QStringLiteral("/compare/%1...%2").arg(sha, branch), context,
                            [required, runs, status, done](const GitHubResponse &compare) {
                    CiReport report;
                    report.reached = true;
                    report.httpStatus = 200;
                    report.relation = compare.ok() ? compare.json.object().value(QStringLiteral("status")).toString()
                                                   : compare.error;
                    report.onBranch = compare.ok()
                        && (report.relation == QLatin1String("ahead") || report.relation == QLatin1String("identical"));
                    report.verdict = evaluateCi(runs.items, status.json.object(), required);
                    done(report);
                });
            });
        });
    });
}

} // namespace Stratum
