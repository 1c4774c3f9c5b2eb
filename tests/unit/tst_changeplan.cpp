// What a person must do to confirm a plan (core/deploy/Change): the typed short SHA for a forward
// deploy to production with overridden gates, a click for everything else; what a rolling
// change over several hosts says before and after (core/deploy/RollingChange).
#include "core/deploy/Change.h"
#include "core/deploy/RollingChange.h"

#include <QTest>

using namespace Stratum;

class TestChangePlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typedConfirmation_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("overridden");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("typed");
        const QString shortSha = QStringLiteral("1a2b3c4d5e6f");
        QTest::newRow("production, gates overridden") << int(ChangeKind::DeployOverSsh) << true << int(HostRole::Production) << shortSha;
        QTest::newRow("workflow to production, overridden") << int(ChangeKind::DeployViaWorkflow) << true << int(HostRole::Production)
                                                             << shortSha;
        QTest::newRow("staging, overridden") << int(ChangeKind::DeployOverSsh) << true << int(HostRole::Staging) << QString();
        QTest::newRow("rehearsal, overridden") << int(ChangeKind::DeployOverSsh) << true << int(HostRole::Rehearsal) << QString();
        QTest::newRow("production, gates passed or not asked") << int(ChangeKind::DeployOverSsh) << false << int(HostRole::Production)
                                                                << QString();
        QTest::newRow("a rollback to production") << int(ChangeKind::Rollback) << true << int(HostRole::Production) << QString();
    }
    void typedConfirmation()
    {
        QFETCH(int, kind);
        QFETCH(bool, overridden);
        QFETCH(int, role);
        QFETCH(QString, typed);
        ChangePlan plan;
        plan.intent.kind = ChangeKind(kind);
        plan.targetSha = *Sha::parse(QStringLiteral("1a2b3c4d5e6f70819203a4b5c6d7e8f901234567"));
        plan.intent.override = {overridden, overridden ? QStringLiteral("outage") : QString()};
        QCOMPARE(plan.typedConfirmation(HostRole(role)), typed);
    }

    void aRollingPlanNamesItsHostsInOrder()
    {
        ChangePlan plan;
        plan.intent.kind = ChangeKind::DeployOverSsh;
        plan.hostName = QStringLiteral("prod-1");
        plan.targetSha = *Sha::parse(QStringLiteral("1a2b3c4d5e6f70819203a4b5c6d7e8f901234567"));
        QVERIFY(!plan.confirmationText().contains(QLatin1String("one host at a time")));
        plan.rollingHosts = {QStringLiteral("prod-1"), QStringLiteral("prod-2"), QStringLiteral("prod-3")};
        QVERIFY(plan.rolling());
        QVERIFY2(plan.confirmationText().contains(QStringLiteral("one host at a time: prod-1 → prod-2 → prod-3")), qPrintable(plan.confirmationText()));
    }

    void rollingSummary_data()
    {
        QTest::addColumn<QStringList>("updated");
        QTest::addColumn<QString>("stoppedAt");
        QTest::addColumn<QString>("wayBack");
        QTest::addColumn<QString>("summary");
        const QStringList hosts{QStringLiteral("prod-1"), QStringLiteral("prod-2"), QStringLiteral("prod-3")};
        QTest::newRow("every host") << hosts << QString() << QString() << QStringLiteral("1a2b3c4 runs on every host: prod-1, prod-2, prod-3");
        QTest::newRow("stopped at the second")
            << QStringList{QStringLiteral("prod-1")} << QStringLiteral("prod-2") << QStringLiteral("rolled back to 9f8e7d6")
            << QStringLiteral("stopped at prod-2: backend ready: 503; rolled back to 9f8e7d6; 1a2b3c4 runs on prod-1; not started: prod-3");
        QTest::newRow("stopped at the first")
            << QStringList() << QStringLiteral("prod-1") << QStringLiteral("nothing was changed there")
            << QStringLiteral("stopped at prod-1: backend ready: 503; nothing was changed there; no host runs 1a2b3c4; not started: prod-2, prod-3");
        QTest::newRow("stopped at the last") << QStringList{QStringLiteral("prod-1"), QStringLiteral("prod-2")} << QStringLiteral("prod-3")
                                             << QString()
                                             << QStringLiteral("stopped at prod-3: backend ready: 503; 1a2b3c4 runs on prod-1, prod-2");
    }

    void rollingSummary()
    {
        QFETCH(QStringList, updated);
        QFETCH(QString, stoppedAt);
        QFETCH(QString, wayBack);
        QFETCH(QString, summary);
        const RollingOutcome outcome{{QStringLiteral("prod-1"), QStringLiteral("prod-2"), QStringLiteral("prod-3")}, updated, stoppedAt,
                                     QStringLiteral("backend ready: 503"), wayBack};
        QCOMPARE(Stratum::rollingSummary(outcome, QStringLiteral("1a2b3c4")), summary);
    }
};

QTEST_GUILESS_MAIN(TestChangePlan)
#include "tst_changeplan.moc"
