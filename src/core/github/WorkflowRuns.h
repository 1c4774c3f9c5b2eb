#pragma once

#include "core/github/GitHubClient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <optional>

namespace Stratum {

struct StepInfo {
    QString name;
    QString status;
    QString conclusion;
    int number = 0;
};

struct JobInfo {
    qint64 id = 0;
    QString name;
    QString status;
    QString conclusion;
    QDateTime startedAt;
    QDateTime completedAt;
    QList<StepInfo> steps;
};

struct RunInfo {
    qint64 id = 0;
    QString status;     // queued, in_progress, completed, …
    QString conclusion; // success, failure, cancelled, … once completed
    QString headSha;
    QString headBranch;
    QString event;
    QString htmlUrl;
    QDateTime createdAt;
    bool isDone() const { return status == QLatin1String("completed"); }
};

// Validated readers: a malformed answer is an error, not a default.
std::optional<RunInfo> parseRun(const QJsonObject &object, QString *error);
std::optional<QList<JobInfo>> parseJobs(const QJsonArray &jobs, QString *error);

struct DispatchResult {
    qint64 runId = 0;
    QString htmlUrl;
    QString error;
    QString note; // e.g. "2 runs matched; following the newest"
};

// workflow_dispatch on a branch, then the run it started: from the answer when
// the server returns run details, else by listing workflow_dispatch runs
// created after the dispatch (a run can appear only seconds later).
class WorkflowDispatcher : public QObject
{
    Q_OBJECT
public:
    WorkflowDispatcher(GitHubClient *github, QString repoPath, QObject *parent = nullptr);
    void setFindTimeout(std::chrono::milliseconds timeout) { m_findTimeout = timeout; }
    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }

    void dispatch(const QString &workflowFile, const QString &ref, const QJsonObject &inputs,
                  std::function<void(const DispatchResult &)> done);

private:
    void post(bool askForDetails);
    void findRun();

    GitHubClient *m_github;
    QString m_repoPath;
    QString m_workflow;
    QString m_ref;
    QJsonObject m_inputs;
    QDateTime m_dispatchedAt;
    QElapsedTimer m_searching;
    QString m_answerLost; // why the dispatch's answer is missing, when it is
    std::chrono::milliseconds m_findTimeout{60000};
    std::chrono::milliseconds m_pollInterval{3000};
    std::function<void(const DispatchResult &)> m_done;
};

// Follows a run until it completes: run and jobs every few seconds, with
// ETags so that an unchanged run costs 304s. On failure it fetches the tail
// of the failed job's log.
class RunWatcher : public QObject
{
    Q_OBJECT
public:
    RunWatcher(GitHubClient *github, QString repoPath, qint64 runId, std::chrono::milliseconds interval,
               QObject *parent = nullptr);
    void start();
    void cancelRun(std::function<void(const GitHubResponse &)> done = {}); // also stops watching

Q_SIGNALS:
    void updated(const Stratum::RunInfo &run, const QList<Stratum::JobInfo> &jobs);
    void finished(const Stratum::RunInfo &run, const QString &failedLogTail);
    void failed(const QString &error);

private:
    void poll();
    void fetchFailedLog(const RunInfo &run, const QList<JobInfo> &jobs);

    GitHubClient *m_github;
    QString m_repoPath;
    qint64 m_runId;
    QTimer m_timer;
    bool m_inFlight = false;
    int m_errors = 0;
};

} // namespace Stratum

Q_DECLARE_METATYPE(Stratum::RunInfo)
