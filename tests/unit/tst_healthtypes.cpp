// The worker's verdict from `docker inspect` + its log lines, and indicator history.
#include "core/health/HealthTypes.h"

#include <QTest>

using namespace Stratum;

class TestHealthTypes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void worker_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<int>("baseline");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("detail");
        const QByteArray cycle = "\n--- logs\nworker-1  | INFO Ingestion cycle finished: 12 odds\n";
        QTest::addRow("stable") << QByteArray("0 running") + cycle << 0 << int(HealthState::Healthy) << "Ingestion cycle finished";
        QTest::addRow("no baseline yet") << QByteArray("4 running") + cycle << -1 << int(HealthState::Healthy) << "4 restart";
        QTest::addRow("restarted while watched") << QByteArray("5 running") + cycle << 3 << int(HealthState::Failing) << "restarted 2 time";
        QTest::addRow("restarting") << QByteArray("9 restarting") + cycle << -1 << int(HealthState::Failing) << "crash loop";
        QTest::addRow("exited") << QByteArray("0 exited") + cycle << 0 << int(HealthState::Failing) << "the worker is exited";
        QTest::addRow("no cycles") << QByteArray("0 running\n--- logs\nworker-1  | waiting\n") << 0 << int(HealthState::Degraded) << "no recent log line";
        QTest::addRow("no logs at all") << QByteArray("0 running") << 0 << int(HealthState::Degraded) << "no recent log line";
        QTest::addRow("no container") << QByteArray("Error: No such object: stratum-worker-1\n--- logs\n") << -1 << int(HealthState::Failing) << "docker inspect said";
        QTest::addRow("no container: inspect silent on stdout, the logs still there")
            << QByteArray("--- logs\nworker-1  | INFO Ingestion cycle finished: 12 odds\n") << 0 << int(HealthState::Failing)
            << "no worker container";
        QTest::addRow("Compose's ESC[2K before the log line")
            << QByteArray("0 running\n--- logs\n\x1b[2Kworker-1  | INFO Ingestion cycle finished\n") << 0 << int(HealthState::Healthy)
            << "last cycle: worker-1  | INFO Ingestion cycle finished";
        QTest::addRow("a negative restart count is not docker's")
            << QByteArray("-3 running\n--- logs\n") << 0 << int(HealthState::Failing) << "docker inspect said: -3 running";
        QTest::addRow("empty") << QByteArray() << -1 << int(HealthState::Failing) << "no worker container";
    }

    void worker()
    {
        QFETCH(QByteArray, output);
        QFETCH(int, baseline);
        QFETCH(int, state);
        QFETCH(QString, detail);
        const WorkerReport report = evaluateWorker(output, QStringLiteral("ingestion cycle"), baseline);
        QCOMPARE(int(report.state), state);
        QVERIFY2(report.detail.contains(detail), qPrintable(report.detail));
    }

    void invalidPatternNeverMatches()
    {
        const WorkerReport report = evaluateWorker("0 running\n--- logs\nanything\n", QStringLiteral("(unclosed"), 0);
        QCOMPARE(report.state, HealthState::Degraded);
    }

    void historyIsCappedAndChangesAreCounted()
    {
        HealthIndicator indicator;
        int changes = 0;
        for (int i = 0; i < HealthIndicator::historySize + 10; ++i)
            changes += indicator.add({QDateTime::currentDateTimeUtc(), i % 10 == 9 ? HealthState::Failing : HealthState::Healthy, i, {}}) ? 1 : 0;
        QCOMPARE(indicator.history.size(), HealthIndicator::historySize);
        QCOMPARE(indicator.historyStrip().size(), HealthIndicator::historySize);
        QCOMPARE(changes, 1 + 4 + 3); // unknown → healthy, four failures, three recoveries (the last sample fails)
    }

    void worstOfOrders()
    {
        QCOMPARE(worstOf(HealthState::Healthy, HealthState::Degraded), HealthState::Degraded);
        QCOMPARE(worstOf(HealthState::Failing, HealthState::Unknown), HealthState::Failing);
        QCOMPARE(worstOf(HealthState::Unknown, HealthState::Healthy), HealthState::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestHealthTypes)
#include "tst_healthtypes.moc"
