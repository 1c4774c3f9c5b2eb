#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// Answers in GitHub's own shapes, built from the OpenAPI description's examples
// (resources/github-examples, written by tests/openapi/extract-examples.mjs) with only
// the fields that matter changed — so they keep every field GitHub documents. The
// rehearsal's GitHub stand-in and the tests' fake GitHub both answer with them.
namespace Stratum::GitHubShapes {

// created_at/updated_at stay as given, so an unchanged run keeps its ETag (as on GitHub).
QJsonObject workflowRun(qint64 id, const QString &status, const QJsonValue &conclusion, const QString &headSha,
                        const QDateTime &createdAt);
QJsonObject workflowRuns(const QJsonArray &runs);
QJsonObject job(qint64 id, const QString &name, const QString &status, const QJsonValue &conclusion, const QJsonArray &steps);
QJsonObject step(int number, const QString &name, const QString &status, const QJsonValue &conclusion);
QJsonObject jobs(const QJsonArray &jobs);
QJsonObject checkRun(qint64 id, const QString &name, const QString &status, const QJsonValue &conclusion);
QJsonObject combinedStatus(const QString &sha, const QString &state, const QJsonArray &statuses = {});
QJsonObject branch(const QString &name, const QString &sha, const QString &message);
QJsonObject comparison(const QString &status);
QJsonObject secret(const QString &name);
QJsonObject dispatchResponse(qint64 runId, const QString &apiBase);
QJsonObject pullRequestRule(int approvals);
QJsonObject statusChecksRule(const QStringList &contexts);
QJsonObject updateRule();

} // namespace Stratum::GitHubShapes

namespace Stratum::GitHubShapes {
QJsonObject repository(const QString &owner, const QString &name);
QJsonArray commits(const QString &sha);
QJsonObject workflow(const QString &path);
QJsonObject user(const QString &login);
} // namespace Stratum::GitHubShapes

namespace Stratum::GitHubShapes {
// Classic branch protection requiring these status checks and one approving review.
QJsonObject branchProtection(const QStringList &contexts);
} // namespace Stratum::GitHubShapes
