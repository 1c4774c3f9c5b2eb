// evaluateGates and ciGateFrom: pure, data-driven (GateKeeper against the keychain and GitHub is in tst_deploylane).
#include "core/gates/Gates.h"
#include "core/releases/ChecklistRecords.h"

#include <QTest>

using namespace Stratum;

class TestGates : public QObject
{
    Q_OBJECT
private:
    Profile m_profile = *defaultProfile().profile;
    const QString sha = QStringLiteral("0123456789abcdef0123456789abcdef01234567");

    ChecklistRecords allPassed(const QStringList &except = {}) const
    {
        ChecklistRecords records;
        for (const Checklist &list : m_profile.checklists) {
            for (const ChecklistItem &item : list.items) {
                if (!except.contains(list.id + QLatin1Char('/') + item.id))
                    records.set(sha, list.id, item.id, {ItemRecord::Status::Passed, QStringLiteral("me"), QDateTime::currentDateTimeUtc(), {}, {}, false});
            }
        }
        return records;
    }

private Q_SLOTS:
    void gateDecision_data()
    {
        QTest::addColumn<QStringList>("open");
        QTest::addColumn<int>("ci");
        QTest::addColumn<bool>("passed");
        QTest::addColumn<QString>("blocker");
        QTest::addRow("all done, CI green") << QStringList() << int(CiGate::State::Green) << true << QString();
        QTest::addRow("no GitHub repository") << QStringList() << int(CiGate::State::NotApplicable) << true << QString();
        QTest::addRow("CI red") << QStringList() << int(CiGate::State::NotGreen) << false << "CI is not green";
        QTest::addRow("CI unverifiable") << QStringList() << int(CiGate::State::Unverifiable) << false << "only an override";
        QTest::addRow("manual Stripe item open") << QStringList{QStringLiteral("stripe-sandbox/checkout-opens")}
                                                 << int(CiGate::State::Green) << false << "Checkout opens from Upgrade";
        QTest::addRow("probe failed") << QStringList{QStringLiteral("stripe-sandbox/webhook-processed")}
                                      << int(CiGate::State::Green) << false << "8 of 9 done";
        QTest::addRow("release lane open") << QStringList{QStringLiteral("release-lane/pr-to-main")}
                                           << int(CiGate::State::Green) << false << "PR opened to main";
        QTest::addRow("smoke is not a deploy gate") << QStringList{QStringLiteral("post-deploy-smoke/register-login")}
                                                    << int(CiGate::State::Green) << true << QString();
    }

    void gateDecision()
    {
        QFETCH(QStringList, open);
        QFETCH(int, ci);
        QFETCH(bool, passed);
        QFETCH(QString, blocker);
        const GateReport report = evaluateGates(m_profile, allPassed(open), sha, {CiGate::State(ci), QStringLiteral("detail")});
        QCOMPARE(report.passed(), passed);
        QCOMPARE(report.blockers().isEmpty(), passed);
        if (!blocker.isEmpty())
            QVERIFY2(report.blockers().join(QLatin1Char('\n')).contains(blocker), qPrintable(report.blockers().join(QLatin1Char('\n'))));
    }

    void ciItemFollowsTheLiveVerdict()
    {
        // Recorded earlier as passed, but CI is red now: the item counts as open.
        const GateReport report = evaluateGates(m_profile, allPassed(), sha, {CiGate::State::NotGreen, QStringLiteral("lint failed")});
        const auto lane = std::find_if(report.checklists.cbegin(), report.checklists.cend(),
                                       [](const ChecklistGate &g) { return g.id == QLatin1String("release-lane"); });
        QVERIFY(lane != report.checklists.cend());
        QCOMPARE(lane->done, lane->total - 1);
    }

    void unknownShaIsNotPassed()
    {
        const GateReport report = evaluateGates(m_profile, ChecklistRecords(), QStringLiteral("abcdef1"), {CiGate::State::Green, {}});
        QVERIFY(!report.passed());
        QVERIFY(report.blockers().first().contains(QLatin1String("no checklist")));
    }

    void prefixResolvesToTheOneRecordedSha()
    {
        ChecklistRecords records = allPassed();
        QCOMPARE(records.resolve(sha.left(9)), sha);
        records.set(QStringLiteral("0123456789ffffffffffffffffffffffffffffff"), QStringLiteral("x"), QStringLiteral("y"), {});
        QCOMPARE(records.resolve(sha.left(9)), QString()); // ambiguous
        QCOMPARE(records.resolve(sha.left(12)), sha);
        QVERIFY(evaluateGates(m_profile, records, sha.left(12), {CiGate::State::Green, {}}).passed());
    }

    void ciGateFromReport_data()
    {
        QTest::addColumn<bool>("reached");
        QTest::addColumn<bool>("green");
        QTest::addColumn<bool>("onBranch");
        QTest::addColumn<int>("state");
        QTest::addRow("unreachable") << false << false << false << int(CiGate::State::Unverifiable);
        QTest::addRow("red") << true << false << true << int(CiGate::State::NotGreen);
        QTest::addRow("green, not on main") << true << true << false << int(CiGate::State::NotGreen);
        QTest::addRow("green on main") << true << true << true << int(CiGate::State::Green);
    }

    void ciGateFromReport()
    {
        QFETCH(bool, reached);
        QFETCH(bool, green);
        QFETCH(bool, onBranch);
        QFETCH(int, state);
        CiReport report;
        report.reached = reached;
        report.onBranch = onBranch;
        report.verdict.outcome = green ? CiVerdict::Outcome::Green : CiVerdict::Outcome::Red;
        QCOMPARE(int(ciGateFrom(report).state), state);
    }

};

QTEST_GUILESS_MAIN(TestGates)
#include "tst_gates.moc"
