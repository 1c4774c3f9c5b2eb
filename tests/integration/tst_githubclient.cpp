// The GitHub client against a loopback fake of the REST API.
#include "FakeGitHub.h"

#include "core/github/GitHubClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Stratum;
using namespace StratumTest;
using namespace std::chrono_literals;

class TestGitHubClient : public QObject
{
    Q_OBJECT
private:
    FakeGitHub m_github;
    std::unique_ptr<GitHubClient> m_client;

    GitHubResponse await(std::function<void(GitHubClient::Done)> start)
    {
        std::optional<GitHubResponse> response;
        start([&response](const GitHubResponse &r) { response = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), 20000); }();
        return response.value_or(GitHubResponse{});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_github.start());
        m_github.setCheckedAgainstOpenApi(false); // generic behaviour on made-up paths
    }

    void init()
    {
        m_client = std::make_unique<GitHubClient>(m_github.baseUrl(), 10s);
        m_client->setToken("github_pat_fake_token_for_tests");
        m_client->setBackoffScale(0.01); // every wait becomes 1 % as long
        m_github.clearRequests();
    }

    void sendsTheDocumentedHeaders()
    {
        m_github.onJson("GET", QStringLiteral("/repos/o/r"), QJsonDocument(QJsonObject{{QStringLiteral("full_name"), QStringLiteral("o/r")}}));
        const GitHubResponse response = await([&](auto done) { m_client->get(QStringLiteral("/repos/o/r"), this, done); });
        QVERIFY2(response.ok(), qPrintable(response.error));
        QCOMPARE(m_github.requests().first().apiVersion, QByteArray("2022-11-28"));
        QCOMPARE(m_github.requests().first().authorization, QByteArray("Bearer github_pat_fake_token_for_tests"));
    }

    void followsPagination()
    {
        QJsonArray runs;
        for (int i = 0; i < 250; ++i)
            runs.append(QJsonObject{{QStringLiteral("id"), i}, {QStringLiteral("name"), QStringLiteral("check %1").arg(i)}});
        m_github.onPaged(QStringLiteral("/repos/o/r/commits/abc/check-runs"), QStringLiteral("check_runs"), runs, 100);
        const GitHubResponse all = await([&](auto done) {
            m_client->getAll(QStringLiteral("/repos/o/r/commits/abc/check-runs"), QStringLiteral("check_runs"), this, done);
        });
        QVERIFY2(all.ok(), qPrintable(all.error));
        QCOMPARE(all.items.size(), 250);
        QCOMPARE(all.items.last().toObject().value(QStringLiteral("id")).toInt(), 249);
        QCOMPARE(m_github.count(QStringLiteral("/repos/o/r/commits/abc/check-runs")), 3);
    }

    void conditionalRequestsUseTheETag()
    {
        m_github.onJson("GET", QStringLiteral("/repos/o/r/actions/runs/7"), QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("in_progress")}}));
        const GitHubResponse first = await([&](auto done) { m_client->get(QStringLiteral("/repos/o/r/actions/runs/7"), this, done, true); });
        const GitHubResponse second = await([&](auto done) { m_client->get(QStringLiteral("/repos/o/r/actions/runs/7"), this, done, true); });
        QVERIFY(!first.notModified);
        QVERIFY(second.notModified);
        QCOMPARE(second.json.object().value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
        QCOMPARE(m_github.requests().last().status, 304);
        QCOMPARE(m_client->notModifiedAnswers(), 1);
    }

    void secondaryRateLimitIsWaitedOut()
    {
        int calls = 0;
        m_github.on("GET", QStringLiteral("/repos/o/r/limited"), [&calls](const FakeGitHub::Seen &) {
            if (++calls == 1)
                return FakeGitHub::Reply{403, R"({"message":"You have exceeded a secondary rate limit."})", {{"retry-after", "30"}}};
            return FakeGitHub::Reply{200, R"({"ok":true})", {}};
        });
        const GitHubResponse response = await([&](auto done) { m_client->get(QStringLiteral("/repos/o/r/limited"), this, done); });
        QVERIFY2(response.ok(), qPrintable(response.error));
        QCOMPARE(calls, 2);
    }

    void serverErrorsAreRetriedForGetsOnly()
    {
        int gets = 0;
        m_github.on("GET", QStringLiteral("/repos/o/r/flaky"), [&gets](const FakeGitHub::Seen &) {
            return ++gets < 3 ? FakeGitHub::Reply{502, "bad gateway", {}} : FakeGitHub::Reply{200, R"({"ok":1})", {}};
        });
        QVERIFY(await([&](auto done) { m_client->get(QStringLiteral("/repos/o/r/flaky"), this, done); }).ok());
        QCOMPARE(gets, 3);

        int posts = 0;
        m_github.on("POST", QStringLiteral("/repos/o/r/actions/workflows/deploy.yml/dispatches"), [&posts](const FakeGitHub::Seen &) {
            ++posts;
            return FakeGitHub::Reply{500, R"({"message":"Server Error"})", {}};
        });
        const GitHubResponse dispatch = await([&](auto done) {
            m_client->post(QStringLiteral("/repos/o/r/actions/workflows/deploy.yml/dispatches"), QJsonObject{{QStringLiteral("ref"), QStringLiteral("main")}}, this, done);
        });
        QVERIFY(!dispatch.ok());
        QCOMPARE(posts, 1); // a dispatch is never repeated behind the operator's back
    }

    void tooManyRequestsWaitsForRetryAfter()
    {
        int calls = 0;
        m_github.on("GET", QStringLiteral("/repos/o/r/busy"), [&calls](const FakeGitHub::Seen &) {
            if (++calls == 1)
                return FakeGitHub::Reply{429, R"({"message":"Too Many Requests"})", {{"retry-after", "2"}}};
            return FakeGitHub::Reply{200, R"({"ok":true})", {}};
        });
        const GitHubResponse response = await([&](auto done) { m_client->get(QStringLiteral("/repos/o/r/busy"), this, done); });
        QVERIFY2(response.ok(), qPrintable(response.error));
        QCOMPARE(calls, 2);
    }

    // What the operator reads when GitHub keeps failing: one sentence, never GitHub's HTML.
    void persistentFailuresEndInOneSentence_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("expected");
        QTest::addRow("500") << 500 << QByteArray(R"({"message":"Server Error"})") << QByteArray("application/json")
                             << "GitHub is having trouble (HTTP 500)";
        QTest::addRow("502 with an HTML page") << 502 << QByteArray("<html><head><title>502 Bad Gateway</title></head><body>"
                                                                      "<h1>Unicorn!</h1></body></html>")
                                               << QByteArray("text/html") << "GitHub is having trouble (HTTP 502)";
        QTest::addRow("403 rate limited") << 403 << QByteArray(R"({"message":"API rate limit exceeded for user ID 1."})")
                                          << QByteArray("application/json") << "rate limit";
    }

    void persistentFailuresEndInOneSentence()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, expected);
        int calls = 0;
        m_github.on("GET", QStringLiteral("/repos/o/r/down"), [&](const FakeGitHub::Seen &) {
            ++calls;
            return FakeGitHub::Reply{status, body, {{"Content-Type", contentType}, {"retry-after", "1"}}};
        });
        m_client->setMaxRetries(2);
        const GitHubResponse response = await([&](auto done) { m_client->get(QStringLiteral("/repos/o/r/down"), this, done); });
        QVERIFY(!response.ok());
        QCOMPARE(calls, 3); // the first try and two retries, then it stops
        QVERIFY2(response.error.contains(expected), qPrintable(response.error));
        QVERIFY2(!response.error.contains(QLatin1Char('<')) && !response.error.contains(QLatin1Char('\n')), qPrintable(response.error));
    }

    // A 50 MB answer is cut off unread, and neither a GET nor a dispatch is sent again for it.
    void hugeAnswerIsNotRead()
    {
        const QByteArray huge = "{\"check_runs\":[\"" + QByteArray(50 * 1024 * 1024, 'x') + "\"]}";
        int gets = 0;
        int posts = 0;
        m_github.on("GET", QStringLiteral("/repos/o/r/huge"), [&](const FakeGitHub::Seen &) { ++gets; return FakeGitHub::Reply{200, huge, {}}; });
        m_github.on("POST", QStringLiteral("/repos/o/r/huge"), [&](const FakeGitHub::Seen &) { ++posts; return FakeGitHub::Reply{200, huge, {}}; });
        const GitHubResponse get = await([&](auto done) { m_client->get(QStringLiteral("/repos/o/r/huge"), this, done); });
        const GitHubResponse post = await([&](auto done) { m_client->post(QStringLiteral("/repos/o/r/huge"), QJsonObject{}, this, done); });
        for (const GitHubResponse &response : {get, post}) {
            QVERIFY(!response.ok());
            QVERIFY2(response.error.contains(QLatin1String("larger than")), qPrintable(response.error));
        }
        QCOMPARE(gets, 1);
        QCOMPARE(posts, 1);
    }

    void errorsSayWhatToDo_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("permissions");
        QTest::addColumn<QString>("expected");
        QTest::addRow("bad token") << 401 << QByteArray(R"({"message":"Bad credentials"})") << QByteArray() << "token";
        QTest::addRow("missing permission") << 403 << QByteArray(R"({"message":"Resource not accessible by personal access token"})")
                                            << QByteArray("actions=write") << "actions=write";
        QTest::addRow("not found") << 404 << QByteArray(R"({"message":"Not Found"})") << QByteArray() << "profile";
    }

    void errorsSayWhatToDo()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, permissions);
        QFETCH(QString, expected);
        m_github.on("GET", QStringLiteral("/repos/o/r/error"), [=](const FakeGitHub::Seen &) {
            FakeGitHub::Reply reply{status, body, {}};
            if (!permissions.isEmpty())
                reply.headers.append({"X-Accepted-GitHub-Permissions", permissions});
            return reply;
        });
        const GitHubResponse response = await([&](auto done) { m_client->get(QStringLiteral("/repos/o/r/error"), this, done); });
        QVERIFY(!response.ok());
        QVERIFY2(response.error.contains(expected), qPrintable(response.error));
    }

    void malformedJsonIsAnError()
    {
        m_github.on("GET", QStringLiteral("/repos/o/r/broken"), [](const FakeGitHub::Seen &) {
            return FakeGitHub::Reply{200, R"({"workflow_runs": [ {"id": 1,)", {}};
        });
        const GitHubResponse response = await([&](auto done) { m_client->get(QStringLiteral("/repos/o/r/broken"), this, done); });
        QVERIFY(!response.ok());
        QVERIFY(response.error.contains(QLatin1String("not valid JSON")));
    }

    void wrongShapeIsAnError()
    {
        m_github.onJson("GET", QStringLiteral("/repos/o/r/actions/secrets"), QJsonDocument(QJsonObject{{QStringLiteral("total_count"), 1}}));
        const GitHubResponse response = await([&](auto done) {
            m_client->getAll(QStringLiteral("/repos/o/r/actions/secrets"), QStringLiteral("secrets"), this, done);
        });
        QVERIFY(!response.ok());
        QVERIFY(response.error.contains(QLatin1String("\"secrets\"")));
    }
};

QTEST_GUILESS_MAIN(TestGitHubClient)
#include "tst_githubclient.moc"
