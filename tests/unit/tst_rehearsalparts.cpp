// The rehearsal's pure parts: which identity a command line asks for, the state file
// and the scenario request as JSON, the stand-in images and history, the loopback HTTP
// parser, and the GitHub stand-in's answers (no network: answer() directly).
#include "core/platform/AppIdentity.h"
#include "core/profile/Profile.h"
#include "core/rehearsal/RehearsalState.h"
#include "core/standin/GitHubStandIn.h"
#include "core/standin/LoopbackHttp.h"
#include "core/standin/StandInImages.h"
#include "core/standin/StandInRepo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Stratum;

namespace {

HttpRequest get(const QString &path, const QByteArray &token = "t0ken")
{
    HttpRequest request;
    request.method = "GET";
    request.path = path;
    if (!token.isEmpty())
        request.headers.insert("authorization", "Bearer " + token);
    return request;
}

QJsonObject body(const HttpReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

} // namespace

class TestRehearsalParts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theCommandLineChoosesTheIdentity_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("rehearsal");
        QTest::newRow("production") << QStringList{QStringLiteral("status")} << false;
        QTest::newRow("--rehearsal") << QStringList{QStringLiteral("--rehearsal"), QStringLiteral("status")} << true;
        QTest::newRow("--rehearsal after the command") << QStringList{QStringLiteral("deploy"), QStringLiteral("--rehearsal")} << true;
        QTest::newRow("the rehearsal command") << QStringList{QStringLiteral("rehearsal"), QStringLiteral("start")} << true;
        QTest::newRow("--profile's value is not a command")
            << QStringList{QStringLiteral("--profile"), QStringLiteral("rehearsal"), QStringLiteral("status")} << false;
        QTest::newRow("an argument named rehearsal") << QStringList{QStringLiteral("host"), QStringLiteral("add"), QStringLiteral("rehearsal")}
                                                     << false;
        QTest::newRow("after --, a word of the remote command")
            << QStringList{QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("--rehearsal")} << false;
    }

    void theCommandLineChoosesTheIdentity()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, rehearsal);
        QList<QByteArray> bytes{"stratumctl"};
        for (const QString &argument : arguments)
            bytes << argument.toUtf8();
        std::vector<char *> argv;
        for (QByteArray &b : bytes)
            argv.push_back(b.data());
        QCOMPARE(AppIdentity::rehearsalRequested(static_cast<int>(argv.size()), argv.data()), rehearsal);
    }

    void theIdentitiesShareNoName()
    {
        AppIdentity::setRehearsal(false);
        const QString production = AppIdentity::applicationName();
        QVERIFY(AppIdentity::keychainSuffix().isEmpty());
        AppIdentity::setRehearsal(true);
        QVERIFY(AppIdentity::applicationName() != production);
        QVERIFY(!AppIdentity::keychainSuffix().isEmpty());
        AppIdentity::setRehearsal(false);
    }

    void theStateSurvivesItsFile()
    {
        RehearsalState state;
        state.phase = RehearsalState::Phase::Ready;
        state.pid = 4242;
        state.engine = QStringLiteral("private dockerd");
        state.ports.ssh = 2222;
        state.ports.github = 4000;
        state.releases = {{QStringLiteral("a").repeated(40), ReleaseKind::Good, QStringLiteral("one")},
                          {QStringLiteral("b").repeated(40), ReleaseKind::NeverReady, QStringLiteral("two")}};
        state.registryDown = true;
        RecoveryRecord record{QStringLiteral("never-ready"), QDateTime::fromSecsSinceEpoch(1000, QTimeZone::UTC),
                              QDateTime::fromSecsSinceEpoch(1042, QTimeZone::UTC).addMSecs(500), QStringLiteral("a").repeated(40),
                              {QStringLiteral("rollback")}};
        state.recoveries = {record};
        const RehearsalState back = RehearsalState::fromJson(state.toJson());
        QCOMPARE(back.phaseId(), QStringLiteral("ready"));
        QCOMPARE(back.pid, 4242);
        QCOMPARE(back.ports.ssh, quint16(2222));
        QCOMPARE(back.releases.size(), 2);
        QCOMPARE(back.releaseOfKind(ReleaseKind::NeverReady), QStringLiteral("b").repeated(40));
        QVERIFY(back.releaseOfKind(ReleaseKind::Migration).isEmpty());
        QVERIFY(back.lastRecovery.has_value());
        QCOMPARE(back.lastRecovery->seconds(), 42.5);

        const QJsonObject alive = back.statusJson(true);
        QCOMPARE(alive.value(QStringLiteral("running")).toBool(), true);
        QCOMPARE(alive[QStringLiteral("parts")][QStringLiteral("registry")].toString(), QStringLiteral("down (scenario)"));
        QCOMPARE(alive[QStringLiteral("parts")][QStringLiteral("github")].toString(), QStringLiteral("running"));
        QCOMPARE(alive[QStringLiteral("lastRecovery")][QStringLiteral("seconds")].toDouble(), 42.5);
        QCOMPARE(alive[QStringLiteral("releases")][1][QStringLiteral("kind")].toString(), QStringLiteral("never-ready"));
        QVERIFY(!alive.contains(QStringLiteral("hostKeyBase64")));
        const QJsonObject dead = back.statusJson(false);
        QCOMPARE(dead.value(QStringLiteral("running")).toBool(), false);
        QCOMPARE(dead[QStringLiteral("parts")][QStringLiteral("sshd")].toString(), QStringLiteral("stopped"));
    }

    void aScenarioRequestSurvivesItsFile()
    {
        ScenarioRequest request;
        request.name = QStringLiteral("github-down");
        request.failingSince = QDateTime::fromMSecsSinceEpoch(123456789, QTimeZone::UTC);
        request.recoverOn = {QStringLiteral("abc")};
        request.githubDown = true;
        const ScenarioRequest back = ScenarioRequest::fromJson(request.toJson());
        QCOMPARE(back.name, request.name);
        QCOMPARE(back.failingSince, request.failingSince);
        QCOMPARE(back.recoverOn, request.recoverOn);
        QVERIFY(back.githubDown && !back.registryDown && !back.dropOnComposeUp);
        QVERIFY(!ScenarioRequest::fromJson({}).failingSince.isValid());
    }

    void theHistoryHasEveryKindOfNight()
    {
        QList<ReleaseKind> kinds;
        for (const PlannedRelease &release : rehearsalHistory())
            kinds << release.kind;
        QVERIFY(kinds.count(ReleaseKind::Good) >= 3);
        for (ReleaseKind kind : {ReleaseKind::NeverReady, ReleaseKind::CrashingWorker, ReleaseKind::Migration, ReleaseKind::MissingImages}) {
            QCOMPARE(kinds.count(kind), 1);
            QCOMPARE(releaseKindFromId(releaseKindId(kind)), kind);
        }
        QCOMPARE(kinds.last(), ReleaseKind::Good); // main's head deploys well through the workflow
        const QString migrations = defaultProfile().profile->droplet.migrationsDir;
        for (const PlannedRelease &release : rehearsalHistory())
            QCOMPARE(release.file.startsWith(migrations), release.kind == ReleaseKind::Migration);
        QVERIFY(!releaseKindFromId(QStringLiteral("fine")).has_value());
    }

    void theImagesBehaveAsTheirKind()
    {
        const auto paths = [](const QList<ArchiveFile> &files) {
            QStringList list;
            for (const ArchiveFile &file : files)
                list << file.path;
            return list;
        };
        const QString sha = QStringLiteral("c").repeated(40);
        QVERIFY(paths(StandInImages::backendFiles(ReleaseKind::Good, sha)).contains(QStringLiteral("www/api/v1/health/ready")));
        QVERIFY(!paths(StandInImages::backendFiles(ReleaseKind::NeverReady, sha)).contains(QStringLiteral("www/api/v1/health/ready")));
        QVERIFY(paths(StandInImages::backendFiles(ReleaseKind::NeverReady, sha)).contains(QStringLiteral("www/api/v1/health/live")));
        for (const ArchiveFile &file : StandInImages::backendFiles(ReleaseKind::CrashingWorker, sha)) {
            if (file.path == QLatin1String("worker.sh"))
                QVERIFY(file.content.contains("exit 1") && file.executable);
        }
        for (const ArchiveFile &file : StandInImages::backendFiles(ReleaseKind::Good, sha)) {
            if (file.path == QLatin1String("worker.sh"))
                QVERIFY(file.content.contains("ingestion cycle") && !file.content.contains("exit 1"));
        }
    }

    void theLoopbackServerReadsAndWritesHttp()
    {
        const auto request = LoopbackHttpServer::parseHead("POST /repos/o/r/actions?per_page=1 HTTP/1.1\r\nHost: x\r\n"
                                                           "Authorization: Bearer abc\r\nContent-Length: 7");
        QVERIFY(request.has_value());
        QCOMPARE(request->method, QByteArray("POST"));
        QCOMPARE(request->path, QStringLiteral("/repos/o/r/actions"));
        QCOMPARE(request->query, QStringLiteral("per_page=1"));
        QCOMPARE(request->headers.value("authorization"), QByteArray("Bearer abc"));
        QCOMPARE(request->headers.value("content-length"), QByteArray("7"));
        QVERIFY(!LoopbackHttpServer::parseHead("garbage").has_value());
        const QByteArray reply = LoopbackHttpServer::serialize({503, "{}", {{"Retry-After", "1"}}}, false);
        QVERIFY(reply.startsWith("HTTP/1.1 503 Service Unavailable\r\n"));
        QVERIFY(reply.contains("Retry-After: 1\r\n") && reply.contains("Content-Length: 2\r\n") && reply.endsWith("\r\n\r\n{}"));
        QVERIFY(LoopbackHttpServer::serialize({200, "{}", {}}, true).endsWith("\r\n\r\n"));
    }

    void theGitHubStandInAnswersAsGitHub()
    {
        GitHubStandIn github("t0ken", QStringLiteral("qualitymaterial"), QStringLiteral("stratum-sports"));
        const QString repo = QStringLiteral("/repos/qualitymaterial/stratum-sports");
        const QString older = QStringLiteral("1").repeated(40), head = QStringLiteral("2").repeated(40);
        github.setCommits({{older, QStringLiteral("older")}, {head, QStringLiteral("newest")}});
        github.setRequiredSecrets({QStringLiteral("DROPLET_HOST"), QStringLiteral("GHCR_TOKEN")});

        QCOMPARE(github.answer(get(repo, {})).status, 401);
        QCOMPARE(github.answer(get(repo, "wrong")).status, 401);
        QCOMPARE(body(github.answer(get(repo))).value(QStringLiteral("full_name")).toString(), QStringLiteral("qualitymaterial/stratum-sports"));
        QCOMPARE(body(github.answer(get(repo + QStringLiteral("/branches/main"))))[QStringLiteral("commit")][QStringLiteral("sha")].toString(), head);
        QCOMPARE(body(github.answer(get(repo + QStringLiteral("/compare/") + head + QStringLiteral("...main")))).value(QStringLiteral("status")).toString(),
                 QStringLiteral("identical"));
        QCOMPARE(body(github.answer(get(repo + QStringLiteral("/compare/") + older + QStringLiteral("...main")))).value(QStringLiteral("status")).toString(),
                 QStringLiteral("ahead"));
        QCOMPARE(github.answer(get(repo + QStringLiteral("/compare/") + QStringLiteral("9").repeated(40) + QStringLiteral("...main"))).status, 404);
        const QJsonObject checks = body(github.answer(get(repo + QStringLiteral("/commits/") + older + QStringLiteral("/check-runs"))));
        QCOMPARE(checks[QStringLiteral("check_runs")][0][QStringLiteral("conclusion")].toString(), QStringLiteral("success"));
        const QJsonArray secrets = body(github.answer(get(repo + QStringLiteral("/actions/secrets")))).value(QStringLiteral("secrets")).toArray();
        QCOMPARE(secrets.size(), 2);
        QCOMPARE(secrets.at(1)[QStringLiteral("name")].toString(), QStringLiteral("GHCR_TOKEN"));
        QVERIFY(!QJsonDocument::fromJson(github.answer(get(repo + QStringLiteral("/rules/branches/main"))).body).array().isEmpty());

        HttpRequest dispatch = get(repo + QStringLiteral("/actions/workflows/deploy.yml/dispatches"));
        dispatch.method = "POST";
        dispatch.body = R"({"ref":"main","return_run_details":true})";
        const QJsonObject details = body(github.answer(dispatch));
        QCOMPARE(github.runsStarted(), 1);
        const qint64 id = details.value(QStringLiteral("workflow_run_id")).toInteger();
        const QJsonObject run = body(github.answer(get(repo + QStringLiteral("/actions/runs/%1").arg(id))));
        QCOMPARE(run.value(QStringLiteral("head_sha")).toString(), head);
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
        dispatch.body = R"({"ref":"main"})";
        QCOMPARE(github.answer(dispatch).status, 204);
        dispatch.body = R"({"ref":"feature"})";
        QCOMPARE(github.answer(dispatch).status, 422);
        const QJsonArray runs = body(github.answer(get(repo + QStringLiteral("/actions/workflows/deploy.yml/runs")))).value(QStringLiteral("workflow_runs")).toArray();
        QCOMPARE(runs.size(), 2);
        QVERIFY(runs.at(0)[QStringLiteral("id")].toInteger() > runs.at(1)[QStringLiteral("id")].toInteger()); // newest first

        github.setDown(true);
        QCOMPARE(github.answer(get(repo)).status, 503);
        QCOMPARE(github.answer(get(repo, {})).status, 503);
    }
};

QTEST_GUILESS_MAIN(TestRehearsalParts)
#include "tst_rehearsalparts.moc"
