// The workflow deploy (WorkflowDeploy, with WorkflowDispatcher and RunWatcher)
// through stratumctl deploy --via workflow and run watch, against a fake GitHub
// whose run moves queued → in_progress → completed over a few seconds.
#include "FakeGitHub.h"
#include "GatesFixture.h"
#include "GitHubShapes.h"
#include "TestWorld.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QUrlQuery>

using namespace StratumTest;

namespace {
const QByteArray token = "github_pat_11WORKFLOWTEST_0123456789abcdef";
const QString repo = QStringLiteral("/repos/qualitymaterial/stratum-sports");
const QString head = QStringLiteral("abcdefabcdefabcdefabcdefabcdefabcdef0001");
}

class TestWorkflowDeploy : public QObject
{
    Q_OBJECT
private:
    FakeGitHub m_github;
    QString m_profile;
    QElapsedTimer m_sinceDispatch;
    QDateTime m_dispatchedAt = QDateTime::currentDateTimeUtc();
    bool m_dispatched = false;
    QString m_conclusion = QStringLiteral("success");
    QString m_runSha = head;
    bool m_oldServer = false;     // rejects return_run_details
    bool m_answerLost = false;    // the dispatch starts a run but answers 502
    bool m_runInProgress = false; // someone started a run from the UI
    int m_appearAfterMs = 0;
    int m_runMs = 3000;          // how long the run stays in progress
    int m_rateLimitOnce = 0;     // answer the Nth run poll with a secondary rate limit

    CtlRun ctl(const QStringList &arguments, const QByteArray &input = {})
    {
        return runStratumctl(QStringList{QStringLiteral("--profile"), m_profile} + arguments, input);
    }

    QString phase() const
    {
        const qint64 t = m_sinceDispatch.elapsed() - m_appearAfterMs;
        return t < 1000 ? QStringLiteral("queued") : t < m_runMs ? QStringLiteral("in_progress") : QStringLiteral("completed");
    }

    QJsonObject runJson() const
    {
        const QString status = phase();
        return GitHubShapes::workflowRun(4242, status, status == QLatin1String("completed") ? QJsonValue(m_conclusion) : QJsonValue(),
                                         m_runSha, m_dispatchedAt);
    }

    void reset()
    {
        m_dispatched = false;
        m_conclusion = QStringLiteral("success");
        m_runSha = head;
        m_oldServer = false;
        m_answerLost = false;
        m_runInProgress = false;
        m_appearAfterMs = 0;
        m_runMs = 3000;
        m_rateLimitOnce = 0;
        m_github.clearRequests();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_github.start());
        m_profile = editedProfile(QStringLiteral("workflow-profile.json"), [this](QJsonObject &root) {
            setProfileField(root, QStringLiteral("github"), QStringLiteral("apiBaseUrl"), m_github.baseUrl().toString());
            setProfileField(root, QStringLiteral("timing"), QStringLiteral("runPollSeconds"), 1);
            setProfileField(root, QStringLiteral("timing"), QStringLiteral("runFindSeconds"), 4);
        });
        QVERIFY(!m_profile.isEmpty());
        QCOMPARE(ctl({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("github-token")}, token).code, 0);
        // The gates pass for the head: its checklists are done and CI is green.
        GatesFixture::serveNoRequiredChecks(m_github);
        GatesFixture::serveGreenCi(m_github, head);
        Stratum::KeychainStore store(std::chrono::seconds(10));
        Stratum::Vault vault(&store);
        QVERIFY(GatesFixture::completeChecklists(&vault, *Stratum::defaultProfile().profile, head));

        m_github.onJson("GET", repo + QStringLiteral("/branches/main"),
                        QJsonDocument(GitHubShapes::branch(QStringLiteral("main"), head, QStringLiteral("Ship it"))));
        m_github.on("POST", repo + QStringLiteral("/actions/workflows/deploy.yml/dispatches"), [this](const FakeGitHub::Seen &request) {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            if (body.value(QStringLiteral("ref")).toString() != QLatin1String("main"))
                return FakeGitHub::Reply{422, "{\"message\":\"No ref found\"}", {}};
            const bool details = body.contains(QStringLiteral("return_run_details"));
            if (details && m_oldServer)
                return FakeGitHub::Reply{422, "{\"message\":\"Invalid request. \\\"return_run_details\\\" is not a permitted key.\"}", {}};
            m_dispatched = true;
            m_sinceDispatch.start();
            m_dispatchedAt = m_github.now(); // created_at is GitHub's clock
            if (m_answerLost) // the run started, but the answer the app gets is a gateway's error page
                return FakeGitHub::Reply{502, "<html><body><h1>502 Bad Gateway</h1></body></html>", {{"Content-Type", "text/html"}}};
            if (details)
                return FakeGitHub::Reply{200, QJsonDocument(GitHubShapes::dispatchResponse(4242, m_github.baseUrl().toString()))
                                                  .toJson(QJsonDocument::Compact), {}};
            return FakeGitHub::Reply{204, {}, {}};
        });
        m_github.on("GET", repo + QStringLiteral("/actions/workflows/deploy.yml/runs"), [this](const FakeGitHub::Seen &request) {
            QJsonArray runs;
            const bool listingNew = QUrlQuery(request.query).hasQueryItem(QStringLiteral("created"));
            if (QUrlQuery(request.query).queryItemValue(QStringLiteral("status")) == QLatin1String("success")) {
                for (int i = 1; i <= 3; ++i) {
                    QJsonObject done = GitHubShapes::workflowRun(100 + i, QStringLiteral("completed"), QStringLiteral("success"),
                                                                 QStringLiteral("%1").arg(i, 40, 10, QLatin1Char('0')),
                                                                 QDateTime(QDate(2026, 11, i), QTime(12, 0), QTimeZone::UTC));
                    runs.append(done);
                }
                return FakeGitHub::Reply{200, QJsonDocument(GitHubShapes::workflowRuns(runs)).toJson(QJsonDocument::Compact), {}};
            }
            if (m_runInProgress && !listingNew) {
                QJsonObject other = runJson();
                other[QStringLiteral("id")] = 999;
                other[QStringLiteral("status")] = QStringLiteral("in_progress");
                runs.append(other);
            }
            if (listingNew && m_dispatched && m_sinceDispatch.elapsed() >= m_appearAfterMs)
                runs.append(runJson());
            return FakeGitHub::Reply{200, QJsonDocument(GitHubShapes::workflowRuns(runs)).toJson(QJsonDocument::Compact), {}};
        });
        m_github.on("GET", repo + QStringLiteral("/actions/runs/4242"), [this](const FakeGitHub::Seen &) {
            if (m_rateLimitOnce > 0 && --m_rateLimitOnce == 0)
                return FakeGitHub::Reply{403, "{\"message\":\"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.\"}",
                                         {{"retry-after", "1"}, {"x-ratelimit-remaining", "4000"}}};
            return FakeGitHub::Reply{200, QJsonDocument(runJson()).toJson(QJsonDocument::Compact), {}};
        });
        m_github.on("GET", repo + QStringLiteral("/actions/runs/4242/jobs"), [this](const FakeGitHub::Seen &) {
            using namespace GitHubShapes;
            const QString status = phase();
            const bool done = status == QLatin1String("completed");
            const QJsonArray steps{
                step(1, QStringLiteral("Build images"), status == QLatin1String("queued") ? QStringLiteral("queued") : QStringLiteral("completed"),
                     status == QLatin1String("queued") ? QJsonValue() : QJsonValue(QStringLiteral("success"))),
                step(2, QStringLiteral("SSH deploy"), done ? QStringLiteral("completed") : QStringLiteral("queued"),
                     done ? QJsonValue(m_conclusion) : QJsonValue())};
            const QJsonObject deployJob = job(77, QStringLiteral("deploy"), status, done ? QJsonValue(m_conclusion) : QJsonValue(), steps);
            return FakeGitHub::Reply{200, QJsonDocument(jobs(QJsonArray{deployJob})).toJson(QJsonDocument::Compact), {}};
        });
        m_github.on("GET", repo + QStringLiteral("/actions/jobs/77/logs"), [this](const FakeGitHub::Seen &) {
            return FakeGitHub::Reply{302, {}, {{"Location", (m_github.baseUrl().toString() + QStringLiteral("/raw-logs/77")).toLatin1()}}};
        });
        m_github.on("GET", QStringLiteral("/raw-logs/77"), [](const FakeGitHub::Seen &) {
            return FakeGitHub::Reply{200, "2026-11-27T10:00:00Z Deploying…\n2026-11-27T10:00:05Z ERROR: backend health check failed (ready: 503)\n",
                                     {{"Content-Type", "text/plain"}}};
        });
        m_github.on("POST", repo + QStringLiteral("/actions/runs/4242/cancel"), [this](const FakeGitHub::Seen &) {
            m_conclusion = QStringLiteral("cancelled");
            return FakeGitHub::Reply{202, "{}", {}};
        });
    }

    void init() { reset(); }

    void dispatchWithRunDetailsAndFollow()
    {
        const CtlRun run = ctl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("workflow"), QStringLiteral("--yes")});
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QLatin1String("run 4242: in_progress")));
        QVERIFY(run.out.contains(QLatin1String("no droplet is set up"))); // said, not silently skipped
        QVERIFY(run.out.contains(QLatin1String("SSH deploy: completed success")));
        QVERIFY(run.out.contains(QLatin1String("run 4242 succeeded; recorded in the release log")));
        QCOMPARE(m_github.count(repo + QStringLiteral("/actions/workflows/deploy.yml/dispatches")), 1);
        const QJsonArray releases = QJsonDocument::fromJson(ctl({QStringLiteral("--json"), QStringLiteral("releases"), QStringLiteral("list")}).out.toUtf8()).array();
        QCOMPARE(releases.first()[QStringLiteral("method")].toString(), QStringLiteral("workflow"));
        QCOMPARE(releases.first()[QStringLiteral("sha")].toString(), head);
        // Polite watching: conditional requests, most answered 304 while nothing changes.
        int watch = 0, notModified = 0;
        for (const FakeGitHub::Seen &seen : m_github.requests()) {
            if (seen.path.startsWith(repo + QStringLiteral("/actions/runs/4242"))) {
                ++watch;
                notModified += seen.status == 304;
            }
        }
        qInfo("watching a ~3.5 s run at 1 s polls cost %d requests, %d of them 304", watch, notModified);
        QVERIFY(notModified > 0);
        QVERIFY(watch <= 2 * 6 + 2); // two requests (run + jobs) per poll
    }

    void quietRunCostsMostly304s()
    {
        m_runMs = 9000; // a run that sits in progress, as a real deploy does for minutes
        const CtlRun run = ctl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("workflow"), QStringLiteral("--yes")});
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        int polls = 0, notModified = 0;
        for (const FakeGitHub::Seen &seen : m_github.requests()) {
            if (seen.path.startsWith(repo + QStringLiteral("/actions/runs/4242"))) {
                ++polls;
                notModified += seen.status == 304;
            }
        }
        qInfo("a 9 s run followed at 1 s polls: %d requests (run + jobs), %d of them 304", polls, notModified);
        QVERIFY(polls <= 2 * 11);               // two requests a poll, no more
        QVERIFY(notModified * 2 > polls);        // most of them 304
    }

    void rateLimitMidWatchIsWaitedOut()
    {
        m_rateLimitOnce = 2;
        const CtlRun run = ctl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("workflow"), QStringLiteral("--yes")});
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        int limited = 0;
        for (const FakeGitHub::Seen &seen : m_github.requests())
            limited += seen.status == 403;
        QCOMPARE(limited, 1);
    }

    void olderServerAndALateRun()
    {
        m_oldServer = true;
        m_appearAfterMs = 2000;
        const CtlRun run = ctl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("workflow"), QStringLiteral("--yes")});
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        const auto &requests = m_github.requests();
        QList<QByteArray> dispatchBodies;
        for (const FakeGitHub::Seen &seen : requests)
            if (seen.method == "POST" && seen.path.endsWith(QLatin1String("/dispatches")))
                dispatchBodies << seen.body;
        QCOMPARE(dispatchBodies.size(), 2); // once with return_run_details, once without
        QVERIFY(dispatchBodies.at(0).contains("return_run_details"));
        QVERIFY(!dispatchBodies.at(1).contains("return_run_details"));
        QVERIFY(m_github.count(repo + QStringLiteral("/actions/workflows/deploy.yml/runs")) >= 3); // it kept looking
    }

    void olderShaIsSentToTheSshPath()
    {
        const CtlRun run = ctl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("workflow"), QStringLiteral("--sha"),
                             QStringLiteral("1234567"), QStringLiteral("--yes")});
        QCOMPARE(run.code, 3);
        QVERIFY(run.err.contains(QLatin1String("--via ssh")));
        QCOMPARE(m_github.count(repo + QStringLiteral("/actions/workflows/deploy.yml/dispatches")), 0);
    }

    void aRunningDeployBlocksAnother()
    {
        m_runInProgress = true;
        const CtlRun run = ctl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("workflow"), QStringLiteral("--yes")});
        QCOMPARE(run.code, 3);
        QVERIFY(run.err.contains(QLatin1String("run 999")));
        QCOMPARE(m_github.count(repo + QStringLiteral("/actions/workflows/deploy.yml/dispatches")), 0);
    }

    void failedRunShowsItsLog()
    {
        m_conclusion = QStringLiteral("failure");
        const CtlRun run = ctl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("workflow"), QStringLiteral("--yes")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(QLatin1String("backend health check failed")), qPrintable(run.out));
        QVERIFY(run.err.contains(QLatin1String("run 4242 ended: failure; recorded in the release log")));
    }

    void runForAnotherShaIsCancelled()
    {
        m_runSha = QStringLiteral("9999999999999999999999999999999999999999");
        const CtlRun run = ctl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("workflow"), QStringLiteral("--yes")});
        QCOMPARE(run.code, 3);
        QVERIFY(run.err.contains(QLatin1String("cancelled it")));
        QTRY_COMPARE_WITH_TIMEOUT(m_github.count(repo + QStringLiteral("/actions/runs/4242/cancel")), 1, 5000);
    }

    void historyIsOfferedNotTrusted()
    {
        const CtlRun run = ctl({QStringLiteral("releases"), QStringLiteral("import-runs")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QLatin1String("imported 3 runs")), qPrintable(run.out));
        const QJsonArray all = QJsonDocument::fromJson(ctl({QStringLiteral("--json"), QStringLiteral("releases"), QStringLiteral("list")}).out.toUtf8()).array();
        int imported = 0;
        for (const QJsonValue &entry : all) {
            if (entry[QStringLiteral("method")].toString() == QLatin1String("imported-run")) {
                ++imported;
                QCOMPARE(entry[QStringLiteral("knownGood")].toBool(), false); // the operator decides
            }
        }
        QCOMPARE(imported, 3);
        QVERIFY(ctl({QStringLiteral("releases"), QStringLiteral("import-runs")}).out.contains(QLatin1String("imported 0 runs")));
    }

    // The dispatch reached GitHub and started a run, but its answer was lost: the app finds
    // the run by listing and follows it; the dispatch is never sent a second time.
    void lostDispatchAnswerIsFoundByListing()
    {
        m_answerLost = true;
        const CtlRun run = ctl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("workflow"), QStringLiteral("--yes")});
        m_answerLost = false;
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QLatin1String("run 4242 succeeded")));
        QCOMPARE(m_github.count(repo + QStringLiteral("/actions/workflows/deploy.yml/dispatches")), 1);
    }

    // This machine's clock runs ten minutes fast (or GitHub's behind): the run is looked for from
    // GitHub's own clock (its Date header), so it is found and not taken for "did not start".
    void aFastClockHereStillFindsTheRun()
    {
        m_github.setClockSkew(-600);
        m_answerLost = true;
        const CtlRun run = ctl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("workflow"), QStringLiteral("--yes")});
        m_answerLost = false;
        m_github.setClockSkew(0);
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QLatin1String("run 4242 succeeded")));
        QCOMPARE(m_github.count(repo + QStringLiteral("/actions/workflows/deploy.yml/dispatches")), 1);
    }

    void dispatchIsNeverRetriedOn5xx()
    {
        m_github.on("POST", repo + QStringLiteral("/actions/workflows/deploy.yml/dispatches"), [](const FakeGitHub::Seen &) {
            return FakeGitHub::Reply{502, "{\"message\":\"Bad Gateway\"}", {}};
        });
        const CtlRun run = ctl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("workflow"), QStringLiteral("--yes")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("probably did not start")), qPrintable(run.err));
        QCOMPARE(m_github.count(repo + QStringLiteral("/actions/workflows/deploy.yml/dispatches")), 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowDeploy)
#include "tst_workflowdeploy.moc"
