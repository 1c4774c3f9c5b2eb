#pragma once

#include "core/standin/LoopbackHttp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

namespace Stratum {

// The rehearsal's GitHub: api.github.com's answers, in GitHub's own shapes
// (GitHubShapes), for one repository — `main` and its commits, green check runs,
// branch protection and rulesets, the five Actions secrets by name, and the
// "Deploy to DigitalOcean" workflow, whose workflow_dispatch run really deploys
// (the deploy job given to setDeployJob) with its jobs and steps as GitHub reports them.
// It answers only its own token, and 503 to everything while it is "down".
class GitHubStandIn : public QObject
{
    Q_OBJECT
public:
    struct Commit {
        QString sha;
        QString subject;
    };
    struct JobOutcome {
        bool deployed = false; // the SSH step ended well
        bool healthy = false;  // live and ready answered
        QByteArray log;
    };
    using DeployJob = std::function<void(const QString &sha, std::function<void(const JobOutcome &)> done)>;

    GitHubStandIn(QByteArray token, QString owner, QString repo, QObject *parent = nullptr);
    bool start(quint16 port = 0);
    quint16 port() const { return m_http.port(); }
    QUrl baseUrl() const;

    void setCommits(const QList<Commit> &oldestFirst) { m_commits = oldestFirst; }
    void setRequiredSecrets(const QStringList &names) { m_secrets = names; }
    void setDeployWorkflow(const QString &file, const QString &ciFile) { m_deployFile = file; m_ciFile = ciFile; }
    void setDeployJob(DeployJob job) { m_deployJob = std::move(job); }
    void setDown(bool down) { m_down = down; }
    bool isDown() const { return m_down; }
    int runsStarted() const { return static_cast<int>(m_runs.size()); }

    // The answer to one request; pure but for the runs it starts. Public for the tests.
    HttpReply answer(const HttpRequest &request);

private:
    struct Step {
        QString name;
        QString status = QStringLiteral("queued");
        QJsonValue conclusion;
    };
    struct Run {
        qint64 id = 0;
        QString sha;
        QString status = QStringLiteral("queued");
        QJsonValue conclusion;
        QDateTime created;
        QList<Step> steps;
        QByteArray log;
    };

    QString repoPath() const;
    HttpReply routeRepository(const QByteArray &method, const QString &rest, const HttpRequest &request);
    HttpReply routeActions(const QByteArray &method, const QString &rest, const HttpRequest &request);
    HttpReply dispatch(const HttpRequest &request);
    void advance(qint64 runId);
    void setStep(Run &run, int index, const QString &status, const QJsonValue &conclusion = QJsonValue());
    Run *findRun(qint64 id);
    QJsonObject runJson(const Run &run) const;
    QJsonObject jobsJson(const Run &run) const;
    QString headSha() const;
    bool knows(const QString &sha) const;

    LoopbackHttpServer m_http;
    QByteArray m_token;
    QString m_owner;
    QString m_repo;
    QString m_deployFile = QStringLiteral("deploy.yml");
    QString m_ciFile = QStringLiteral("ci.yml");
    QList<Commit> m_commits;
    QStringList m_secrets;
    QList<Run> m_runs; // newest last
    DeployJob m_deployJob;
    bool m_down = false;
};

} // namespace Stratum
