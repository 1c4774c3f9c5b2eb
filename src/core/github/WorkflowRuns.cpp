#include "WorkflowRuns.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcRuns, "stratum.github.runs")

namespace Stratum {

std::optional<RunInfo> parseRun(const QJsonObject &object, QString *error)
{
    RunInfo run;
    run.id = object.value(QStringLiteral("id")).toInteger();
    run.status = object.value(QStringLiteral("status")).toString();
    run.conclusion = object.value(QStringLiteral("conclusion")).toString();
    run.headSha = object.value(QStringLiteral("head_sha")).toString();
    run.headBranch = object.value(QStringLiteral("head_branch")).toString();
    run.event = object.value(QStringLiteral("event")).toString();
    run.htmlUrl = object.value(QStringLiteral("html_url")).toString();
    run.createdAt = QDateTime::fromString(object.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    if (run.id <= 0 || run.status.isEmpty() || run.headSha.isEmpty()) {
        *error = QObject::tr("GitHub sent a workflow run without id, status or head_sha");
        return std::nullopt;
    }
    return run;
}

std::optional<QList<JobInfo>> parseJobs(const QJsonArray &jobs, QString *error)
{
    QList<JobInfo> result;
    for (const QJsonValue &value : jobs) {
        const QJsonObject object = value.toObject();
        JobInfo job;
        job.id = object.value(QStringLiteral("id")).toInteger();
        job.name = object.value(QStringLiteral("name")).toString();
        job.status = object.value(QStringLiteral("status")).toString();
        job.conclusion = object.value(QStringLiteral("conclusion")).toString();
        job.startedAt = QDateTime::fromString(object.value(QStringLiteral("started_at")).toString(), Qt::ISODate);
        job.completedAt = QDateTime::fromString(object.value(QStringLiteral("completed_at")).toString(), Qt::ISODate);
        if (job.id <= 0 || job.status.isEmpty()) {
            *error = QObject::tr("GitHub sent a job without id or status");
            return std::nullopt;
        }
        for (const QJsonValue &stepValue : object.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject step = stepValue.toObject();
            job.steps.append({step.value(QStringLiteral("name")).toString(), step.value(QStringLiteral("status")).toString(),
                              step.value(QStringLiteral("conclusion")).toString(), step.value(QStringLiteral("number")).toInt()});
        }
        result.append(job);
    }
    return result;
}

// ------------------------------------------------------------------ dispatch

WorkflowDispatcher::WorkflowDispatcher(GitHubClient *github, QString repoPath, QObject *parent)
    : QObject(parent), m_github(github), m_repoPath(std::move(repoPath))
{
}

void WorkflowDispatcher::dispatch(const QString &workflowFile, const QString &ref, const QJsonObject &inputs,
                                  std::function<void(const DispatchResult &)> done)
{
    m_workflow = workflowFile;
    m_ref = ref;
    m_inputs = inputs;
    m_done = std::move(done);
    // By GitHub's clock (its Date headers): a fast clock here must not hide the run just started.
    m_dispatchedAt = m_github->serverNow().addSecs(-5);
    post(true);
}

void WorkflowDispatcher::post(bool askForDetails)
{
    QJsonObject body{{QStringLiteral("ref"), m_ref}};
    if (!m_inputs.isEmpty())
        body.insert(QStringLiteral("inputs"), m_inputs);
    if (askForDetails)
        body.insert(QStringLiteral("return_run_details"), true);
    m_github->post(m_repoPath + QStringLiteral("/actions/workflows/%1/dispatches").arg(m_workflow), body, this,
                   [this, askForDetails](const GitHubResponse &response) {
        if (askForDetails && (response.status == 400 || response.status == 422)) {
            post(false); // an older server that does not know return_run_details: once more without it
            return;
        }
        if (response.serverDate.isValid())
            m_dispatchedAt = std::min(m_dispatchedAt, response.serverDate.addSecs(-5));
        if (response.status == 0 || response.status >= 500) {
            // No answer, or a failing one: the dispatch may still have started a run. Look
            // for it; sending it again could deploy twice.
            qCInfo(lcRuns) << "dispatch answer lost or failed (HTTP" << response.status << "); looking for the run";
            m_answerLost = response.error;
            m_searching.start();
            findRun();
            return;
        }
        if (!response.ok()) {
            m_done({0, {}, response.error, {}});
            return;
        }
        if (response.status == 200) {
            const QJsonObject details = response.json.object();
            const qint64 id = details.value(QStringLiteral("workflow_run_id")).toInteger();
            if (id <= 0) {
                m_done({0, {}, tr("GitHub's dispatch answer has no workflow_run_id"), {}});
                return;
            }
            m_done({id, details.value(QStringLiteral("html_url")).toString(), {}, {}});
            return;
        }
        m_searching.start();
        findRun();
    });
}

void WorkflowDispatcher::findRun()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("event"), QStringLiteral("workflow_dispatch"));
    query.addQueryItem(QStringLiteral("branch"), m_ref);
    query.addQueryItem(QStringLiteral("created"), QStringLiteral(">=") + m_dispatchedAt.toString(Qt::ISODate));
    m_github->get(m_repoPath + QStringLiteral("/actions/workflows/%1/runs?").arg(m_workflow) + query.toString(QUrl::FullyEncoded),
                  this, [this](const GitHubResponse &response) {
        if (!response.ok()) {
            m_done({0, {}, response.error, {}});
            return;
        }
        QList<RunInfo> candidates;
        for (const QJsonValue &value : response.json.object().value(QStringLiteral("workflow_runs")).toArray()) {
            QString error;
            if (const auto run = parseRun(value.toObject(), &error); run && run->createdAt >= m_dispatchedAt)
                candidates.append(*run);
        }
        if (candidates.isEmpty()) {
            if (m_searching.elapsed() >= m_findTimeout.count()) {
                const QString seconds = QString::number(m_findTimeout.count() / 1000);
                m_done({0, {},
                        m_answerLost.isEmpty()
                            ? tr("the dispatch was accepted but no run appeared within %1 s; look at the Actions page").arg(seconds)
                            : tr("the dispatch got no good answer (%1) and no run appeared within %2 s, so it probably did "
                                 "not start; look at the Actions page before dispatching again").arg(m_answerLost, seconds),
                        {}});
                return;
            }
            QTimer::singleShot(m_pollInterval, this, &WorkflowDispatcher::findRun);
            return;
        }
        std::sort(candidates.begin(), candidates.end(), [](const RunInfo &a, const RunInfo &b) { return a.createdAt > b.createdAt; });
        DispatchResult result{candidates.first().id, candidates.first().htmlUrl, {}, {}};
        if (candidates.size() > 1)
            result.note = tr("%1 runs started since the dispatch; following the newest (%2) — someone else may have "
                             "started one too").arg(candidates.size()).arg(result.runId);
        m_done(result);
    });
}

// ------------------------------------------------------------------ watch

RunWatcher::RunWatcher(GitHubClient *github, QString repoPath, qint64 runId, std::chrono::milliseconds interval,
                       QObject *parent)
    : QObject(parent), m_github(github), m_repoPath(std::move(repoPath)), m_runId(runId)
{
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &RunWatcher::poll);
}

void RunWatcher::start()
{
    m_timer.start();
    poll();
}

void RunWatcher::cancelRun(std::function<void(const GitHubResponse &)> done)
{
    m_timer.stop();
    m_github->post(m_repoPath + QStringLiteral("/actions/runs/%1/cancel").arg(m_runId), {}, this,
                   [done](const GitHubResponse &response) {
        if (done)
            done(response);
    });
}

void RunWatcher::poll()
{
    if (m_inFlight)
        return; // never pile up requests behind a slow answer
    m_inFlight = true;
    m_github->get(m_repoPath + QStringLiteral("/actions/runs/%1").arg(m_runId), this, [this](const GitHubResponse &runResponse) {
        if (!runResponse.ok()) {
            m_inFlight = false;
            if (++m_errors >= 3) {
                m_timer.stop();
                Q_EMIT failed(runResponse.error);
            }
            return;
        }
        QString error;
        const auto run = parseRun(runResponse.json.object(), &error);
        if (!run) {
            m_inFlight = false;
            m_timer.stop();
            Q_EMIT failed(error);
            return;
        }
        m_github->get(m_repoPath + QStringLiteral("/actions/runs/%1/jobs").arg(m_runId), this,
                      [this, run](const GitHubResponse &jobsResponse) {
            m_inFlight = false;
            QString jobsError;
            const auto jobs = jobsResponse.ok() ? parseJobs(jobsResponse.json.object().value(QStringLiteral("jobs")).toArray(), &jobsError)
                                                : std::nullopt;
            if (!jobs) {
                if (++m_errors >= 3) {
                    m_timer.stop();
                    Q_EMIT failed(jobsResponse.ok() ? jobsError : jobsResponse.error);
                }
                return;
            }
            m_errors = 0;
            Q_EMIT updated(*run, *jobs);
            if (!run->isDone())
                return;
            m_timer.stop();
            if (run->conclusion == QLatin1String("success"))
                Q_EMIT finished(*run, {});
            else
                fetchFailedLog(*run, *jobs);
        }, true);
    }, true);
}

void RunWatcher::fetchFailedLog(const RunInfo &run, const QList<JobInfo> &jobs)
{
    const auto failedJob = std::find_if(jobs.cbegin(), jobs.cend(), [](const JobInfo &job) {
        return job.conclusion == QLatin1String("failure") || job.conclusion == QLatin1String("timed_out");
    });
    if (failedJob == jobs.cend()) {
        Q_EMIT finished(run, {});
        return;
    }
    m_github->getText(m_repoPath + QStringLiteral("/actions/jobs/%1/logs").arg(failedJob->id), this,
                      [this, run](int status, const QByteArray &text) {
        QString tail;
        if (status == 200) {
            QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
            tail = lines.mid(std::max<qsizetype>(0, lines.size() - 40)).join(QLatin1Char('\n'));
        }
        Q_EMIT finished(run, tail);
    });
}

} // namespace Stratum
