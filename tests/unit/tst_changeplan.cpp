// What a person must do to confirm a plan (core/deploy/Change): the typed short SHA for a forward
// deploy to production with overridden gates, a click for everything else.
#include "core/deploy/Change.h"

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
};

QTEST_GUILESS_MAIN(TestChangePlan)
#include "tst_changeplan.moc"
