// DropletStatus: what a reading of the droplet means for the operator — the
// running release, known-good, the worst container, a cut-off change, the
// lock and the pin, where a rollback goes — and the answers it is read from.
#include "core/status/DropletStatus.h"

#include <QJsonArray>
#include <QTest>

using namespace Stratum;

namespace {

const QString shaA = QString(40, QLatin1Char('a'));
const QString shaB = QString(40, QLatin1Char('b'));
const QString shaC = QString(40, QLatin1Char('c'));

ContainerState container(const QString &service, const QString &sha, const QString &state = QStringLiteral("running"),
                         const QString &health = {}, int exitCode = 0)
{
    ContainerState c;
    c.service = service;
    c.name = QStringLiteral("stratum-%1-1").arg(service);
    const QString repo = service == QLatin1String("frontend") ? QStringLiteral("ghcr.io/o/f") : QStringLiteral("ghcr.io/o/b");
    c.image = sha.isEmpty() ? QStringLiteral("postgres:16") : repo + QLatin1Char(':') + sha;
    c.state = state;
    c.health = health;
    c.exitCode = exitCode;
    return c;
}

RunningNow running(const QList<ContainerState> &containers)
{
    RunningNow now;
    now.read = true;
    now.containers = containers;
    return now;
}

RunningNow allOn(const QString &sha)
{
    return running({container(QStringLiteral("backend"), sha, QStringLiteral("running"), QStringLiteral("healthy")),
                    container(QStringLiteral("worker"), sha), container(QStringLiteral("frontend"), sha),
                    container(QStringLiteral("postgres"), {}, QStringLiteral("running"), QStringLiteral("healthy"))});
}

ReleaseEntry entry(const QString &sha, int daysAgo, const QString &method, bool knownGood)
{
    ReleaseEntry e;
    e.sha = sha;
    e.time = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
    e.method = method;
    e.result = QStringLiteral("success");
    e.knownGood = knownGood;
    e.knownGoodReason = knownGood ? QStringLiteral("smoke passed") : QString();
    e.knownGoodAt = knownGood ? e.time.addSecs(600) : QDateTime();
    return e;
}

// Oldest first into the log (record puts the newest first): C (known-good, 20 days ago),
// A (known-good, 3 days ago), B (not known-good, today).
ReleaseLog history()
{
    ReleaseLog log;
    log.record(entry(shaC, 20, QStringLiteral("ssh"), true));
    log.record(entry(shaA, 3, QStringLiteral("workflow"), true));
    log.record(entry(shaB, 0, QStringLiteral("ssh"), false));
    return log;
}

Profile profile()
{
    Profile p;
    p.droplet.services = {QStringLiteral("backend"), QStringLiteral("frontend"), QStringLiteral("worker")};
    return p;
}

} // namespace

class TestDropletStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readings_data()
    {
        QTest::addColumn<RunningNow>("now");
        QTest::addColumn<bool>("locked");
        QTest::addColumn<bool>("pinned");
        QTest::addColumn<QString>("runningSha");
        QTest::addColumn<bool>("knownGood");
        QTest::addColumn<bool>("mixed");
        QTest::addColumn<QString>("health");
        QTest::addColumn<QString>("finishSha");
        QTest::addColumn<QString>("rollbackSha");
        QTest::addColumn<int>("exitCode");

        QTest::addRow("known-good, healthy") << allOn(shaA) << false << false << shaA << true << false << "healthy" << "" << shaC << 0;
        QTest::addRow("not known-good: back to the newest known-good")
            << allOn(shaB) << false << false << shaB << false << false << "healthy" << "" << shaA << 0;
        QTest::addRow("locked") << allOn(shaA) << true << false << shaA << true << false << "healthy" << "" << shaC << 3;
        QTest::addRow("pinned") << allOn(shaA) << false << true << shaA << true << false << "healthy" << "" << shaC << 3;

        RunningNow exited = allOn(shaA);
        exited.containers[1] = container(QStringLiteral("worker"), shaA, QStringLiteral("exited"), {}, 1);
        QTest::addRow("worker exited") << exited << false << false << shaA << true << false << "down" << "" << shaC << 1;

        RunningNow unhealthy = allOn(shaA);
        unhealthy.containers[0].health = QStringLiteral("unhealthy");
        QTest::addRow("backend unhealthy") << unhealthy << true << false << shaA << true << false << "unhealthy" << "" << shaC << 1;

        RunningNow missing = allOn(shaA);
        missing.containers.removeAt(2);
        QTest::addRow("no frontend container") << missing << false << false << shaA << true << false << "down" << "" << shaC << 1;

        // A deploy of B cut off halfway: the backend recreated, worker and frontend still on A.
        RunningNow split = allOn(shaA);
        split.containers[0] = container(QStringLiteral("backend"), shaB, QStringLiteral("running"), QStringLiteral("healthy"));
        QTest::addRow("services on two SHAs") << split << false << false << "" << false << true << "healthy" << shaB << shaA << 1;

        // Compose killed mid-recreate: B's containers created, A's still running.
        RunningNow created = allOn(shaA);
        created.containers << container(QStringLiteral("backend"), shaB, QStringLiteral("created"));
        created.containers[3].name = QStringLiteral("x");
        QTest::addRow("created beside running") << created << false << false << "" << false << true << "healthy" << shaB << shaA << 1;

        RunningNow unread;
        unread.error = QStringLiteral("connection refused");
        QTest::addRow("not read") << unread << false << false << "" << false << false << "unknown" << "" << "" << 1;
    }

    void readings()
    {
        QFETCH(RunningNow, now);
        QFETCH(bool, locked);
        QFETCH(bool, pinned);
        QFETCH(QString, runningSha);
        QFETCH(bool, knownGood);
        QFETCH(bool, mixed);
        QFETCH(QString, health);
        QFETCH(QString, finishSha);
        QFETCH(QString, rollbackSha);
        QFETCH(int, exitCode);
        Guards guards;
        guards.read = true;
        guards.lock.held = locked;
        guards.lock.holder = QStringLiteral("bo@linux");
        guards.pin.pinned = pinned;
        guards.pin.sha = shaA;
        guards.pin.reason = QStringLiteral("checkout broken");
        const DropletStatus status = assessDropletStatus(QStringLiteral("prod"), now, guards, history(), profile());
        QCOMPARE(status.runningSha, runningSha);
        QCOMPARE(status.knownGood, knownGood);
        QCOMPARE(status.mixed, mixed);
        QCOMPARE(containerHealthName(status.worst), health);
        QCOMPARE(status.finishSha, finishSha);
        QCOMPARE(status.rollbackSha, rollbackSha);
        QCOMPARE(statusExitCode(status), exitCode);
        const QString headline = status.headline();
        QVERIFY2(!mixed || headline.startsWith(QLatin1String("MIXED")), qPrintable(headline));
        QVERIFY2(!pinned || headline.contains(QLatin1String("pinned to aaaaaaa")), qPrintable(headline));
        QVERIFY2(!locked || headline.contains(QLatin1String("locked by bo@linux")), qPrintable(headline));
        QCOMPARE(status.toJson().value(QStringLiteral("mixed")).toBool(), mixed);
    }

    void detailAddsDigestsAndStartTimes()
    {
        const QByteArray answer =
            "{\"Service\":\"backend\",\"Name\":\"s-backend-1\",\"Image\":\"ghcr.io/o/b:" + shaA.toLatin1() + "\",\"State\":\"running\"}\n"
            "{\"Service\":\"backend\",\"Name\":\"s-backend-2\",\"Image\":\"ghcr.io/o/b:" + shaB.toLatin1() + "\",\"State\":\"created\"}\n"
            "@inspect\n"
            "/s-backend-1|sha256:1111|2026-11-28T22:14:49.123456789Z\n"
            "/s-backend-2|sha256:2222|0001-01-01T00:00:00Z\n"
            "@images\n"
            "sha256:1111|other.io/x@sha256:ffff,ghcr.io/o/b@sha256:9999\n"
            "sha256:2222|\n";
        const ComposePsResult result = parseRunningDetail(answer);
        QVERIFY(result.containers.has_value());
        QCOMPARE(result.containers->size(), 2);
        const ContainerState &first = result.containers->at(0);
        QCOMPARE(first.imageId, QStringLiteral("sha256:1111"));
        QCOMPARE(first.digest, QStringLiteral("ghcr.io/o/b@sha256:9999")); // the digest of the repository it runs from
        QCOMPARE(first.startedAt, QDateTime(QDate(2026, 11, 28), QTime(22, 14, 49, 123), QTimeZone::UTC));
        const ContainerState &never = result.containers->at(1);
        QCOMPARE(never.imageId, QStringLiteral("sha256:2222"));
        QVERIFY(never.digest.isEmpty()); // built or loaded locally: no digest
        QVERIFY(!never.startedAt.isValid());
        // Without the details (an older docker, a shim) the containers still read.
        QCOMPARE(parseRunningDetail(answer.left(answer.indexOf("@inspect"))).containers->size(), 2);
    }

    void rollbackCandidatesNewestFirstOnceEach()
    {
        ReleaseLog log = history();
        log.record(entry(shaA, 1, QStringLiteral("rollback"), false)); // rolled back to A yesterday
        const QList<RollbackCandidate> fromB = log.rollbackCandidates(shaB);
        QCOMPARE(fromB.size(), 2);
        QCOMPARE(fromB.at(0).sha, shaA);
        QCOMPARE(fromB.at(1).sha, shaC);
        QCOMPARE(fromB.at(0).lastDeployedAt.daysTo(QDateTime::currentDateTimeUtc()), 1);
        const QString label = fromB.at(0).label(QDateTime::currentDateTimeUtc());
        QVERIFY2(label.startsWith(u"Roll back to aaaaaaa — known-good since "), qPrintable(label));
        QVERIFY2(label.endsWith(QLatin1String(", deployed yesterday")), qPrintable(label));
        QVERIFY(fromB.at(1).label(QDateTime::currentDateTimeUtc()).endsWith(QLatin1String(", deployed 20 days ago")));
        QCOMPARE(log.rollbackCandidates(shaA).size(), 1); // never the running one
        QVERIFY(ReleaseLog().rollbackCandidates(shaA).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDropletStatus)
#include "tst_dropletstatus.moc"
