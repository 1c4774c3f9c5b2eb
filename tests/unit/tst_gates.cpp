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

    // "Ran on staging": which changes the promotion gate applies to, and what it reads.
    void promotionGate_data()
    {
        QTest::addColumn<bool>("required");   // the profile's promotionRequiresStaging
        QTest::addColumn<bool>("withStaging"); // the profile has a staging environment
        QTest::addColumn<bool>("production");  // the change goes to production
        QTest::addColumn<QString>("from");     // promote --from
        QTest::addColumn<int>("smoke");        // on staging: -1 none, 0 failed, 1 passed
        QTest::addColumn<int>("state");
        using S = PromotionGate::State;
        QTest::addRow("schema 1: one production, no staging") << false << false << true << QString() << -1 << int(S::NotApplicable);
        QTest::addRow("to production, never on staging") << true << true << true << QString() << -1 << int(S::NotOnStaging);
        QTest::addRow("to production, failed on staging") << true << true << true << QString() << 0 << int(S::FailedOnStaging);
        QTest::addRow("to production, passed on staging") << true << true << true << QString() << 1 << int(S::Passed);
        QTest::addRow("to staging itself") << true << true << false << QString() << -1 << int(S::NotApplicable);
        QTest::addRow("the profile turned it off") << false << true << true << QString() << -1 << int(S::NotApplicable);
        QTest::addRow("promote asks although turned off") << false << true << true << QStringLiteral("staging") << -1 << int(S::NotOnStaging);
        QTest::addRow("promote from staging, passed") << false << true << true << QStringLiteral("staging") << 1 << int(S::Passed);
    }

    void promotionGate()
    {
        QFETCH(bool, required);
        QFETCH(bool, withStaging);
        QFETCH(bool, production);
        QFETCH(QString, from);
        QFETCH(int, smoke);
        QFETCH(int, state);
        Profile profile = m_profile;
        profile.promotionRequiresStaging = required;
        profile.environments = {Environment{QStringLiteral("production"), QStringLiteral("production"), {}, {QStringLiteral("prod-1")}, Environment::Engine::Compose, {}, {}}};
        if (withStaging)
            profile.environments.prepend(Environment{QStringLiteral("staging"), QStringLiteral("staging"), {}, {QStringLiteral("stage-1")}, Environment::Engine::Compose, {}, {}});
        ChecklistRecords records = allPassed();
        if (smoke >= 0)
            records.setSmokeOn(sha, QStringLiteral("staging"), {smoke ? ItemRecord::Status::Passed : ItemRecord::Status::Failed,
                                                                QStringLiteral("ana"), QDateTime::currentDateTimeUtc(), {}, {}, true});
        const PromotionTarget target{production ? QStringLiteral("production") : QStringLiteral("staging"), production, from};
        const GateReport report = evaluateGates(profile, records, sha, {CiGate::State::Green, {}}, target);
        QCOMPARE(int(report.promotion.state), state);
        QCOMPARE(report.passed(), !report.promotion.blocks());
        if (report.promotion.blocks())
            QVERIFY2(report.blockers().join(QLatin1Char('\n')).contains(QLatin1String("on staging")), qPrintable(report.blockers().join(QLatin1Char('\n'))));
    }

    void promotionTargetOfAHost_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("role"); // the host entry's own role
        QTest::addColumn<QString>("environment");
        QTest::addColumn<bool>("production");
        QTest::addRow("named by staging") << QStringLiteral("stage-1") << int(HostRole::Production) << QStringLiteral("staging") << false;
        QTest::addRow("named by production") << QStringLiteral("prod-1") << int(HostRole::Staging) << QStringLiteral("production") << true;
        QTest::addRow("named by none: its own role") << QStringLiteral("other") << int(HostRole::Production) << QString() << true;
        QTest::addRow("named by none, staging role") << QStringLiteral("other") << int(HostRole::Staging) << QString() << false;
    }

    void promotionTargetOfAHost()
    {
        QFETCH(QString, host);
        QFETCH(int, role);
        QFETCH(QString, environment);
        QFETCH(bool, production);
        Profile profile = m_profile;
        profile.environments = {Environment{QStringLiteral("staging"), QStringLiteral("staging"), {}, {QStringLiteral("stage-1")}, Environment::Engine::Compose, {}, {}},
                                Environment{QStringLiteral("production"), QStringLiteral("production"), {}, {QStringLiteral("prod-1")}, Environment::Engine::Compose, {}, {}}};
        HostEntry entry;
        entry.name = host;
        entry.role = HostRole(role);
        const PromotionTarget target = promotionTargetFor(profile, entry, {entry});
        QCOMPARE(target.environment, environment);
        QCOMPARE(target.production, production);
        // A schema-1 profile: the first host set up is its one production environment.
        Profile schemaOne = m_profile;
        schemaOne.environments = {Environment{QStringLiteral("production"), QStringLiteral("production"), {}, {}, Environment::Engine::Compose, {}, {}}};
        QCOMPARE(promotionTargetFor(schemaOne, entry, {entry}).environment, QStringLiteral("production"));
    }

    // What the window offers to promote: SHAs whose newest smoke passed on staging, newest first.
    void promotionOffersComeFromStagingsSmoke()
    {
        Profile profile = m_profile;
        profile.environments = {Environment{QStringLiteral("staging"), QStringLiteral("staging"), {}, {QStringLiteral("stage-1")}, Environment::Engine::Compose, {}, {}},
                                Environment{QStringLiteral("production"), QStringLiteral("production"), {}, {QStringLiteral("prod-1"), QStringLiteral("prod-2")}, Environment::Engine::Compose, {}, {}}};
        HostEntry prod;
        prod.name = QStringLiteral("prod-1");
        const QString older = QStringLiteral("a").repeated(40);
        const QString failed = QStringLiteral("b").repeated(40);
        ChecklistRecords records;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        records.setSmokeOn(older, QStringLiteral("staging"), {ItemRecord::Status::Passed, QStringLiteral("ana"), now, {}, {}, true});
        records.setSmokeOn(failed, QStringLiteral("staging"), {ItemRecord::Status::Failed, QStringLiteral("ana"), now, {}, {}, true});
        records.setSmokeOn(sha, QStringLiteral("staging"), {ItemRecord::Status::Passed, QStringLiteral("ana"), now, {}, {}, true});
        const QList<PromotionOffer> offers = promotionOffers(profile, records, {prod});
        QCOMPARE(offers.size(), 2);
        QCOMPARE(offers.at(0).sha, sha); // the newest first
        QCOMPARE(offers.at(1).sha, older);
        QCOMPARE(offers.at(0).to, QStringLiteral("production"));
        QCOMPARE(offers.at(0).hostName, QStringLiteral("prod-1"));
        QVERIFY(promotionOffers(profile, records, {}).isEmpty()); // production is not set up here
        profile.environments.removeFirst();
        QVERIFY(promotionOffers(profile, records, {prod}).isEmpty()); // no staging: nothing is promoted
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
