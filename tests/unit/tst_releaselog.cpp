#include "core/releases/ReleaseLog.h"
#include "core/releases/ReleaseTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Stratum;

namespace {

QString sha(int n)
{
    return QStringLiteral("%1").arg(n, 40, 16, QLatin1Char('0'));
}

ReleaseEntry entry(int n, const QString &result = QStringLiteral("success"))
{
    ReleaseEntry e;
    e.sha = sha(n);
    e.time = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::UTC).addSecs(n * 60);
    e.method = QStringLiteral("ssh");
    e.result = result;
    e.who = QStringLiteral("ops@mac");
    return e;
}

} // namespace

class TestReleaseLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shaValidation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("full");
        QTest::addColumn<bool>("prefix");
        QTest::addRow("full") << sha(1) << true << true;
        QTest::addRow("short") << "abc1234" << false << true;
        QTest::addRow("too short") << "abc12" << false << false;
        QTest::addRow("uppercase full") << sha(10).toUpper().replace(QLatin1Char('0'), QLatin1Char('A')) << false << true;
        QTest::addRow("shell") << "abc1234;rm -rf /" << false << false;
        QTest::addRow("subshell") << "$(reboot)" << false << false;
        QTest::addRow("newline") << "abc1234\nls" << false << false;
        QTest::addRow("41 digits") << sha(1) + QLatin1Char('0') << false << false;
        QTest::addRow("empty") << "" << false << false;
    }

    void shaValidation()
    {
        QFETCH(QString, text);
        QFETCH(bool, full);
        QFETCH(bool, prefix);
        QCOMPARE(Sha::isFullText(text), full);
        QCOMPARE(Sha::isPrefixText(text), prefix);
    }

    void newestFirstAndRoundTrip()
    {
        ReleaseLog log;
        log.record(entry(1));
        log.record(entry(3, QStringLiteral("failed")));
        log.record(entry(2));
        QCOMPARE(log.entries().first().sha, sha(3));
        const auto parsed = ReleaseLog::fromJson(log.toExportJson(QStringLiteral("p")));
        QVERIFY2(parsed.log, qPrintable(parsed.error));
        QCOMPARE(parsed.profileId, QStringLiteral("p"));
        QCOMPARE(parsed.log->entries().size(), 3);
        QCOMPARE(parsed.log->entries().at(0).result, QStringLiteral("failed"));
        QCOMPARE(parsed.log->entries().at(2).time, entry(1).time);
    }

    void markKnownGoodUpdatesOrRecords()
    {
        ReleaseLog log;
        log.record(entry(1));
        log.markKnownGood(sha(1), QStringLiteral("me"), QStringLiteral("smoke ok"), QStringLiteral("smoke passed"));
        QCOMPARE(log.entries().size(), 1);
        QVERIFY(log.entries().first().knownGood);
        QCOMPARE(log.entries().first().note, QStringLiteral("smoke ok"));
        log.markKnownGood(sha(9), QStringLiteral("me"), {}, QStringLiteral("by hand"));
        QCOMPARE(log.entries().size(), 2);
        QCOMPARE(log.latest(sha(9))->method, QStringLiteral("recorded"));
        QCOMPARE(log.knownGood().size(), 2);
    }

    // Profile schema 2: known-good is per environment. A release marked on staging's host is not
    // production's way back; an entry without a host (from before hosts were recorded) is everyone's.
    void knownGoodIsEachEnvironmentsOwn()
    {
        const QStringList staging{QStringLiteral("staging-1")};
        const QStringList production{QStringLiteral("prod-1"), QStringLiteral("prod-2")};
        ReleaseLog log;
        ReleaseEntry old = entry(1);
        old.knownGood = true;
        log.record(old); // no host
        ReleaseEntry onStaging = entry(2);
        onStaging.host = QStringLiteral("staging-1");
        log.record(onStaging);
        ReleaseEntry onProduction = entry(2);
        onProduction.host = QStringLiteral("prod-1");
        onProduction.time = onProduction.time.addSecs(-30);
        log.record(onProduction);

        // Marked from staging: staging's entry (the newest is production's, not touched).
        log.markKnownGood(sha(2), QStringLiteral("me"), {}, QStringLiteral("smoke passed"), QStringLiteral("staging-1"), production);
        QCOMPARE(log.without(production).rollbackTargetFrom(sha(1)), sha(2));
        QCOMPARE(log.without(staging).rollbackTargetFrom(sha(3)), sha(1)); // production sees only the old one
        QCOMPARE(log.without(staging).entries().size(), 2);
        QCOMPARE(log.without({}).entries().size(), 3);

        // Marked from production: its own entry.
        log.markKnownGood(sha(2), QStringLiteral("me"), {}, QStringLiteral("smoke passed"), QStringLiteral("prod-1"), staging);
        QCOMPARE(log.without(staging).rollbackTargetFrom(sha(3)), sha(2));
        // A SHA production never ran is recorded on the host it was marked for.
        log.markKnownGood(sha(7), QStringLiteral("me"), {}, QStringLiteral("by hand"), QStringLiteral("prod-2"), staging);
        QCOMPARE(log.latest(sha(7))->host, QStringLiteral("prod-2"));
        QVERIFY(log.without(production).rollbackTargetFrom(sha(2)) != sha(7));
    }

    void rollbackTargetIsTheNewestOtherKnownGood()
    {
        ReleaseLog log;
        QCOMPARE(log.rollbackTargetFrom(sha(1)), QString());
        log.markKnownGood(sha(1), QStringLiteral("me"), {}, QStringLiteral("smoke passed"));
        QCOMPARE(log.rollbackTargetFrom(sha(1)), QString()); // only itself
        log.markKnownGood(sha(2), QStringLiteral("me"), {}, QStringLiteral("smoke passed"));
        log.record(entry(3)); // deployed, not known-good
        QCOMPARE(log.rollbackTargetFrom(sha(3)), sha(2));
        QCOMPARE(log.rollbackTargetFrom(sha(2)), sha(1));
    }

    void forgetAndMerge()
    {
        ReleaseLog a;
        a.record(entry(1));
        a.record(entry(2));
        ReleaseLog b;
        b.record(entry(2));
        b.record(entry(3));
        QCOMPARE(a.merge(b), 1);
        QCOMPARE(a.entries().size(), 3);
        QCOMPARE(a.merge(b), 0);
        QCOMPARE(a.forget(sha(2)), 1);
        QVERIFY(!a.latest(sha(2)));
    }

    void capKeepsKnownGood()
    {
        ReleaseLog log;
        ReleaseEntry oldest = entry(0);
        oldest.knownGood = true;
        log.record(oldest);
        for (int i = 1; i <= ReleaseLog::maxEntries + 10; ++i)
            log.record(entry(i));
        QCOMPARE(log.entries().size(), ReleaseLog::maxEntries);
        QVERIFY(log.latest(sha(0)).has_value());
        QVERIFY(!log.latest(sha(1)).has_value());
    }

    void badFilesAreRefusedWithTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        auto log = [](const QByteArray &entryJson) {
            return QByteArray("{\"format\":\"stratum-deploy-release-log\",\"version\":1,\"entries\":[") + entryJson + "]}";
        };
        auto entryJson = [](const QByteArray &sha, const QByteArray &time, const QByteArray &method,
                            const QByteArray &extra = {}) {
            return "{\"sha\":\"" + sha + "\",\"time\":\"" + time + "\",\"method\":\"" + method
                   + "\",\"result\":\"success\"" + extra + "}";
        };
        const QByteArray full = sha(1).toLatin1();
        const QByteArray when = "2026-01-01T00:00:00Z";
        QTest::addRow("not json") << QByteArray("{") << "invalid JSON";
        QTest::addRow("other format") << QByteArray("{\"format\":\"x\",\"version\":1,\"entries\":[]}") << "not a Stratum";
        QTest::addRow("future version")
            << QByteArray("{\"format\":\"stratum-deploy-release-log\",\"version\":9,\"entries\":[]}") << "version 9";
        QTest::addRow("short sha") << log(entryJson("abc1234", when, "ssh")) << "entries[0].sha";
        QTest::addRow("shell sha") << log(entryJson("$(reboot)", when, "ssh")) << "entries[0].sha";
        QTest::addRow("bad time") << log(entryJson(full, "yesterday", "ssh")) << "entries[0].time";
        QTest::addRow("bad method") << log(entryJson(full, when, "ftp")) << "entries[0].method";
        QTest::addRow("bad digest") << log(entryJson(full, when, "ssh", ",\"backendDigest\":\"md5:1\""))
                                    << "entries[0].backendDigest";
    }

    void badFilesAreRefusedWithTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto parsed = ReleaseLog::fromJson(json);
        QVERIFY(!parsed.log);
        QVERIFY2(parsed.error.contains(expected), qPrintable(parsed.error));
    }

    void tableModel()
    {
        ReleaseTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ReleaseLog log;
        log.record(entry(1));
        ReleaseEntry good = entry(2);
        good.knownGood = true;
        log.record(good);
        model.setLog(log);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ReleaseTableModel::Sha).data(ReleaseTableModel::ShaRole).toString(), sha(2));
        QCOMPARE(model.index(0, ReleaseTableModel::KnownGood).data().toString(), QStringLiteral("known-good"));
        QCOMPARE(model.index(1, ReleaseTableModel::Sha).data().toString(), sha(1).left(12));
        model.setLog(ReleaseLog());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReleaseLog)
#include "tst_releaselog.moc"
