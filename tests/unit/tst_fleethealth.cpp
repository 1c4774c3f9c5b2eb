// What the strip and the tray say about every environment's hosts (core/health/FleetHealth):
// one line per environment, what each host runs and how it is, MIXED when one environment's
// hosts run different releases.
#include "core/health/FleetHealth.h"

#include <QTest>

using namespace Stratum;

class TestFleetHealth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void summary_data()
    {
        QTest::addColumn<QList<HostHealth>>("hosts");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<int>("worst");
        const QString a = QStringLiteral("1a2b3c4d5e6f70819203a4b5c6d7e8f901234567");
        const QString b = QStringLiteral("9f8e7d6c5b4a39281706f5e4d3c2b1a098765432");
        QTest::newRow("nothing read yet") << QList<HostHealth>{{QStringLiteral("staging"), QStringLiteral("staging-1"), HealthState::Unknown, {}}}
                                          << QStringLiteral("staging: staging-1 ? not read yet") << int(HealthState::Unknown);
        QTest::newRow("two environments, one release")
            << QList<HostHealth>{{QStringLiteral("staging"), QStringLiteral("staging-1"), HealthState::Healthy, a},
                                 {QStringLiteral("production"), QStringLiteral("prod-1"), HealthState::Healthy, a},
                                 {QStringLiteral("production"), QStringLiteral("prod-2"), HealthState::Degraded, a}}
            << QStringLiteral("staging: staging-1 1a2b3c4d5e6f healthy · production: prod-1 1a2b3c4d5e6f healthy, prod-2 1a2b3c4d5e6f degraded")
            << int(HealthState::Degraded);
        QTest::newRow("a stopped rolling change")
            << QList<HostHealth>{{QStringLiteral("production"), QStringLiteral("prod-1"), HealthState::Healthy, b},
                                 {QStringLiteral("production"), QStringLiteral("prod-2"), HealthState::Failing, a}}
            << QStringLiteral("production: prod-1 9f8e7d6c5b4a healthy, prod-2 1a2b3c4d5e6f FAILING — MIXED") << int(HealthState::Failing);
    }

    void summary()
    {
        QFETCH(QList<HostHealth>, hosts);
        QFETCH(QString, summary);
        QFETCH(int, worst);
        QCOMPARE(fleetSummary(hosts), summary);
        QCOMPARE(int(fleetWorst(hosts)), worst);
        QCOMPARE(fleetMixed(hosts, QStringLiteral("production")), summary.contains(QLatin1String("MIXED")));
    }

    // The strip renders each host's name (a link) and the rest (escaped) itself: the pieces add up to the same line.
    void aFrontEndRendersTheNamesAndTheRest()
    {
        const QString a = QStringLiteral("1a2b3c4d5e6f70819203a4b5c6d7e8f901234567");
        const QList<HostHealth> hosts{{QStringLiteral("production"), QStringLiteral("prod-1"), HealthState::Healthy, a},
                                      {QStringLiteral("production"), QStringLiteral("prod-2"), HealthState::Unknown, {}}};
        const QString rendered = fleetSummary(hosts, [](const QString &name) { return QStringLiteral("[%1]").arg(name); },
                                              [](const QString &text) { return text.toUpper(); });
        QCOMPARE(rendered, QStringLiteral("PRODUCTION: [prod-1] 1A2B3C4D5E6F HEALTHY, [prod-2] ? NOT READ YET"));
    }

    void noHostsIsNothingToSay()
    {
        QCOMPARE(fleetSummary({}), QString());
        QCOMPARE(fleetWorst({}), HealthState::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestFleetHealth)
#include "tst_fleethealth.moc"
