#include "GitHubStandIn.h"

#include "core/standin/GitHubShapes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

namespace Stratum {

namespace {

HttpReply json(const QJsonValue &value, int status = 200)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return {status, document.toJson(QJsonDocument::Compact), {}};
}

HttpReply message(int status, const QString &text)
{
    return json(QJsonObject{{QStringLiteral("message"), text},
                            {QStringLiteral("documentation_url"), QStringLiteral("https://docs.github.com/rest")}},
                status);
}

const QStringList jobSteps{QStringLiteral("Set up job"), QStringLiteral("Verify CI for the target SHA"),
                           QStringLiteral("Build and push images"), QStringLiteral("Deploy over SSH"),
                           QStringLiteral("Health checks (live + ready)"), QStringLiteral("Complete job")};
constexpr int deployStep = 3;
constexpr int healthStep = 4;

} // namespace

GitHubStandIn::GitHubStandIn(QByteArray token, QString owner, QString repo, QObject *parent)
    : QObject(parent), m_token(std::move(token)), m_owner(std::move(owner)), m_repo(std::move(repo))
{
    m_http.setHandler([this](const HttpRequest &request, const LoopbackHttpServer::Respond &respond) { respond(answer(request)); });
}

bool GitHubStandIn::start(quint16 port)
{
    return m_http.listen(port);
}

QUrl GitHubStandIn::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

QString GitHubStandIn::repoPath() const
{
    return QStringLiteral("/repos/%1/%2").arg(m_owner, m_repo);
}

QString GitHubStandIn::headSha() const
{
    return m_commits.isEmpty() ? QString() : m_commits.last().sha;
}

bool GitHubStandIn::knows(const QString &sha) const
{
    if (sha == QLatin1String("main"))
        return true;
    return std::any_of(m_commits.cbegin(), m_commits.cend(), [&sha](const Commit &commit) { return commit.sha == sha; });
}

HttpReply GitHubStandIn::answer(const HttpRequest &request)
{
    if (m_down)
        return message(503, QStringLiteral("Service Unavailable (the rehearsal's GitHub is down: scenario github-down)"));
    const QByteArray authorization = request.headers.value("authorization");
    if (authorization != "Bearer " + m_token && authorization != "token " + m_token)
        return message(401, QStringLiteral("Bad credentials"));
    if (request.path == QLatin1String("/user"))
        return json(GitHubShapes::user(QStringLiteral("rehearsal-operator")));
    if (request.path == repoPath())
        return json(GitHubShapes::repository(m_owner, m_repo));
    if (!request.path.startsWith(repoPath() + QLatin1Char('/')))
        return message(404, QStringLiteral("Not Found"));
    return routeRepository(request.method, request.path.mid(repoPath().size() + 1), request);
}

HttpReply GitHubStandIn::routeRepository(const QByteArray &method, const QString &rest, const HttpRequest &request)
{
    const QStringList parts = rest.split(QLatin1Char('/'));
    if (parts.value(0) == QLatin1String("actions"))
        return routeActions(method, rest, request);
    if (method != "GET")
        return message(404, QStringLiteral("Not Found"));
    if (rest == QLatin1String("branches/main"))
        return json(GitHubShapes::branch(QStringLiteral("main"), headSha(), m_commits.isEmpty() ? QString() : m_commits.last().subject));
    if (rest == QLatin1String("branches/main/protection"))
        return json(GitHubShapes::branchProtection({QStringLiteral("CI")}));
    if (rest == QLatin1String("rules/branches/main"))
        return json(QJsonArray{GitHubShapes::pullRequestRule(1), GitHubShapes::statusChecksRule({QStringLiteral("CI")})});
    if (rest == QLatin1String("commits"))
        return json(GitHubShapes::commits(headSha()));
    if (parts.size() == 3 && parts.at(0) == QLatin1String("commits") && knows(parts.at(1))) {
        const QString sha = parts.at(1) == QLatin1String("main") ? headSha() : parts.at(1);
        if (parts.at(2) == QLatin1String("check-runs")) {
            return json(QJsonObject{{QStringLiteral("total_count"), 1},
                                    {QStringLiteral("check_runs"), QJsonArray{GitHubShapes::checkRun(1, QStringLiteral("CI"),
                                                                                                     QStringLiteral("completed"),
                                                                                                     QStringLiteral("success"))}}});
        }
        if (parts.at(2) == QLatin1String("status"))
            return json(GitHubShapes::combinedStatus(sha, QStringLiteral("pending")));
    }
    if (parts.size() == 2 && parts.at(0) == QLatin1String("compare") && parts.at(1).endsWith(QLatin1String("...main"))) {
        const QString sha = parts.at(1).chopped(7);
        if (knows(sha))
            return json(GitHubShapes::comparison(sha == headSha() ? QStringLiteral("identical") : QStringLiteral("ahead")));
    }
    return message(404, QStringLiteral("Not Found"));
}

HttpReply GitHubStandIn::routeActions(const QByteArray &method, const QString &rest, const HttpRequest &request)
{
    const QStringList parts = rest.split(QLatin1Char('/')); // actions/…
    if (rest == QLatin1String("actions/secrets") && method == "GET") {
        QJsonArray secrets;
        for (const QString &name : m_secrets)
            secrets.append(GitHubShapes::secret(name));
        return json(QJsonObject{{QStringLiteral("total_count"), secrets.size()}, {QStringLiteral("secrets"), secrets}});
    }
    if (parts.value(1) == QLatin1String("workflows") && parts.size() >= 3) {
        const QString file = parts.at(2);
        if (file != m_deployFile && file != m_ciFile)
            return message(404, QStringLiteral("Not Found"));
        if (parts.size() == 3 && method == "GET")
            return json(GitHubShapes::workflow(file));
        if (parts.size() == 4 && parts.at(3) == QLatin1String("runs") && method == "GET") {
            QJsonArray runs;
            if (file == m_deployFile) {
                for (auto it = m_runs.crbegin(); it != m_runs.crend(); ++it)
                    runs.append(runJson(*it));
            }
            return json(GitHubShapes::workflowRuns(runs));
        }
        if (parts.size() == 4 && parts.at(3) == QLatin1String("dispatches") && method == "POST" && file == m_deployFile)
            return dispatch(request);
        return message(404, QStringLiteral("Not Found"));
    }
    if (parts.value(1) == QLatin1String("runs") && parts.size() >= 3) {
        Run *run = findRun(parts.at(2).toLongLong());
        if (!run)
            return message(404, QStringLiteral("Not Found"));
        if (parts.size() == 3 && method == "GET")
            return json(runJson(*run));
        if (parts.size() == 4 && parts.at(3) == QLatin1String("jobs") && method == "GET")
            return json(jobsJson(*run));
        if (parts.size() == 4 && parts.at(3) == QLatin1String("cancel") && method == "POST") {
            if (run->status == QLatin1String("completed"))
                return message(409, QStringLiteral("Cannot cancel a workflow run that is completed."));
            return json(QJsonObject(), 202);
        }
    }
    if (parts.size() == 4 && parts.value(1) == QLatin1String("jobs") && parts.at(3) == QLatin1String("logs") && method == "GET") {
        if (const Run *run = findRun(parts.at(2).toLongLong()))
            return {200, run->log, {{"Content-Type", "text/plain; charset=utf-8"}}};
    }
    return message(404, QStringLiteral("Not Found"));
}

HttpReply GitHubStandIn::dispatch(const HttpRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (body.value(QStringLiteral("ref")).toString() != QLatin1String("main"))
        return message(422, QStringLiteral("No ref found for: %1").arg(body.value(QStringLiteral("ref")).toString()));
    Run run;
    run.id = 9000 + m_runs.size() + 1;
    run.sha = headSha();
    run.created = QDateTime::currentDateTimeUtc();
    for (const QString &name : jobSteps)
        run.steps.append({name});
    m_runs.append(run);
    const qint64 id = run.id;
    QTimer::singleShot(500, this, [this, id]() { advance(id); });
    if (body.value(QStringLiteral("return_run_details")).toBool())
        return json(GitHubShapes::dispatchResponse(id, baseUrl().toString()));
    return {204, {}, {}};
}

GitHubStandIn::Run *GitHubStandIn::findRun(qint64 id)
{
    for (Run &run : m_runs) {
        if (run.id == id)
            return &run;
    }
    return nullptr;
}

void GitHubStandIn::setStep(Run &run, int index, const QString &status, const QJsonValue &conclusion)
{
    run.steps[index].status = status;
    run.steps[index].conclusion = conclusion;
}

void GitHubStandIn::advance(qint64 runId)
{
    Run *run = findRun(runId);
    if (!run)
        return;
    run->status = QStringLiteral("in_progress");
    for (int i = 0; i < deployStep; ++i)
        setStep(*run, i, QStringLiteral("completed"), QStringLiteral("success"));
    setStep(*run, deployStep, QStringLiteral("in_progress"));
    run->log = "Verify CI for the target SHA: CI passed for " + run->sha.toUtf8()
               + "\nBuild and push images: both images of " + run->sha.left(12).toUtf8() + " are in the registry\n";
    const auto finish = [this, runId](const JobOutcome &outcome) {
        Run *done = findRun(runId);
        if (!done)
            return;
        const QString success = QStringLiteral("success"), failure = QStringLiteral("failure");
        setStep(*done, deployStep, QStringLiteral("completed"), outcome.deployed ? success : failure);
        setStep(*done, healthStep, QStringLiteral("completed"),
                outcome.deployed ? QJsonValue(outcome.healthy ? success : failure) : QJsonValue(QStringLiteral("skipped")));
        setStep(*done, healthStep + 1, QStringLiteral("completed"), success);
        done->log += outcome.log;
        done->status = QStringLiteral("completed");
        done->conclusion = outcome.deployed && outcome.healthy ? success : failure;
    };
    if (!m_deployJob) {
        finish({false, false, "Deploy over SSH: no droplet to deploy to\n"});
        return;
    }
    m_deployJob(run->sha, [guard = QPointer<GitHubStandIn>(this), finish](const JobOutcome &outcome) {
        if (guard)
            finish(outcome);
    });
}

QJsonObject GitHubStandIn::runJson(const Run &run) const
{
    QJsonObject json = GitHubShapes::workflowRun(run.id, run.status, run.conclusion, run.sha, run.created);
    json[QStringLiteral("name")] = QStringLiteral("Deploy to DigitalOcean");
    json[QStringLiteral("path")] = QString(QStringLiteral(".github/workflows/") + m_deployFile);
    json[QStringLiteral("html_url")] = QStringLiteral("https://github.com/%1/%2/actions/runs/%3").arg(m_owner, m_repo).arg(run.id);
    return json;
}

QJsonObject GitHubStandIn::jobsJson(const Run &run) const
{
    QJsonArray steps;
    for (qsizetype i = 0; i < run.steps.size(); ++i)
        steps.append(GitHubShapes::step(static_cast<int>(i + 1), run.steps.at(i).name, run.steps.at(i).status, run.steps.at(i).conclusion));
    const QString jobStatus = run.status == QLatin1String("queued") ? QStringLiteral("queued") : run.status;
    return GitHubShapes::jobs(QJsonArray{GitHubShapes::job(run.id, QStringLiteral("deploy"), jobStatus, run.conclusion, steps)});
}

} // namespace Stratum
