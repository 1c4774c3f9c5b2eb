// What a change's record on the droplet says about how it ended, when its app is not there to say it.
#include "core/deploy/Recovery.h"
#include "core/droplet/RemoteCommands.h"

#include <QTest>

using namespace Stratum;

Q_DECLARE_METATYPE(QList<int>)

class TestRecovery : public QObject
{
    Q_OBJECT
private:
    static PendingChange change(const QStringList &planned, const QStringList &ran, const QList<int> &statuses, int quiet = 1000)
    {
        PendingChange pending;
        pending.token = QStringLiteral("0f0e0d0c-1111-2222-3333-444455556666");
        pending.sha = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        pending.quietSeconds = quiet;
        pending.info.method = QStringLiteral("ssh");
        pending.info.holder = QStringLiteral("alice@laptop");
        pending.info.leaseSeconds = 400;
        pending.info.plannedSteps = planned;
        for (int i = 0; i < ran.size(); ++i)
            pending.steps.append({QStringLiteral("step-%1").arg(i), ran.at(i), statuses.value(i)});
        return pending;
    }

private Q_SLOTS:
    void outcome_data()
    {
        QTest::addColumn<QStringList>("ran");
        QTest::addColumn<QList<int>>("statuses");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("failedStep");
        QTest::newRow("every step ran") << QStringList{QStringLiteral("pull"), QStringLiteral("compose up")} << QList<int>{0, 0}
                                        << QStringLiteral("success") << QString();
        QTest::newRow("cut off before compose up") << QStringList{QStringLiteral("pull")} << QList<int>{0}
                                                   << QStringLiteral("interrupted") << QStringLiteral("interrupted before compose up");
        QTest::newRow("no step ran") << QStringList{} << QList<int>{} << QStringLiteral("interrupted")
                                     << QStringLiteral("interrupted before pull");
        QTest::newRow("a step failed") << QStringList{QStringLiteral("pull"), QStringLiteral("compose up")} << QList<int>{0, 1}
                                       << QStringLiteral("failed") << QStringLiteral("compose up");
        QTest::newRow("a step was stopped") << QStringList{QStringLiteral("pull")} << QList<int>{143}
                                            << QStringLiteral("cancelled") << QStringLiteral("pull");
    }

    void outcome()
    {
        QFETCH(QStringList, ran);
        QFETCH(QList<int>, statuses);
        QFETCH(QString, result);
        QFETCH(QString, failedStep);
        const RecoveredChange recovered = outcomeOfPendingChange(change({QStringLiteral("pull"), QStringLiteral("compose up")}, ran, statuses));
        QCOMPARE(recovered.result, result);
        QCOMPARE(recovered.failedStep, failedStep);
        QVERIFY(!recovered.summary().isEmpty());
    }

    void aChangeIsLeftAloneWhileItsAppMayComeBack()
    {
        const QStringList planned{QStringLiteral("pull"), QStringLiteral("compose up")};
        QVERIFY(!isAbandoned(change(planned, {QStringLiteral("pull")}, {0}, 399)));  // within its lease
        QVERIFY(isAbandoned(change(planned, {QStringLiteral("pull")}, {0}, 400)));
        QVERIFY(!isAbandoned(change(planned, {QStringLiteral("pull")}, {-1}, 100000))); // a step still runs
        PendingChange legacy = change(planned, {QStringLiteral("pull")}, {0}, legacyLeaseSeconds);
        legacy.info.leaseSeconds = 0; // a record from before leases
        QVERIFY(isAbandoned(legacy));
        PendingChange ended = change(planned, {QStringLiteral("pull")}, {0}, 0);
        ended.ended = QStringLiteral(R"({"sha":"0123456789abcdef0123456789abcdef01234567","time":"2026-12-06T07:00:00Z","method":"ssh","result":"success","who":"alice@laptop"})");
        QVERIFY(isAbandoned(ended)); // its app said how it ended: only storing it is left
        const RecoveredChange recovered = outcomeOfPendingChange(ended);
        QVERIFY(recovered.endedByItsApp);
        QCOMPARE(recovered.result, QStringLiteral("success"));
    }

    void aWorkflowChangeWhoseAppWentAwayIsUnknown()
    {
        PendingChange workflow = change({}, {}, {});
        workflow.info.method = QStringLiteral("workflow");
        QCOMPARE(outcomeOfPendingChange(workflow).result, QStringLiteral("unknown"));
    }

    void theLeaseCoversEverythingThatMayStillBringItsAppBack()
    {
        Profile profile;
        profile.timing.reattachSeconds = 300;
        profile.timing.keepaliveSeconds = 15;
        profile.timing.sshConnectSeconds = 15;
        QCOMPARE(changeLeaseSeconds(profile), 300 + 45 + 20 + 15);
    }
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
