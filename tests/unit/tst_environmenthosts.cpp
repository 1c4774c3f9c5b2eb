#include "core/environments/EnvironmentHosts.h"

#include <QTest>

using namespace Stratum;

namespace {

QList<HostEntry> setUp(const QStringList &names)
{
    QList<HostEntry> hosts;
    for (const QString &name : names) {
        HostEntry host;
        host.name = name;
        hosts << host;
    }
    return hosts;
}

QStringList namesOf(const QList<HostEntry> &hosts)
{
    QStringList names;
    for (const HostEntry &host : hosts)
        names << host.name;
    return names;
}

Environment environment(const QString &name, const QString &role, const QStringList &hosts)
{
    return Environment{name, role, {}, hosts, Environment::Engine::Compose, {}, {}};
}

} // namespace

class TestEnvironmentHosts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostsOfAnEnvironment_data()
    {
        QTest::addColumn<QStringList>("named");
        QTest::addColumn<QStringList>("keychain");
        QTest::addColumn<QStringList>("hosts");
        QTest::addColumn<QStringList>("missing");
        const QStringList keychain{QStringLiteral("prod-1"), QStringLiteral("staging-1"), QStringLiteral("prod-2")};
        QTest::newRow("schema 1: the first host set up") << QStringList() << keychain << QStringList{QStringLiteral("prod-1")} << QStringList();
        QTest::newRow("schema 1 without a host") << QStringList() << QStringList() << QStringList() << QStringList();
        QTest::newRow("the profile's order, not the keychain's")
            << QStringList{QStringLiteral("prod-2"), QStringLiteral("prod-1")} << keychain
            << QStringList{QStringLiteral("prod-2"), QStringLiteral("prod-1")} << QStringList();
        QTest::newRow("one not set up") << QStringList{QStringLiteral("prod-1"), QStringLiteral("prod-3")} << keychain
                                        << QStringList{QStringLiteral("prod-1")} << QStringList{QStringLiteral("prod-3")};
    }

    void hostsOfAnEnvironment()
    {
        QFETCH(QStringList, named);
        QFETCH(QStringList, keychain);
        QFETCH(QStringList, hosts);
        QFETCH(QStringList, missing);
        const EnvironmentHosts found = hostsOf(environment(QStringLiteral("production"), QStringLiteral("production"), named), setUp(keychain));
        QCOMPARE(namesOf(found.hosts), hosts);
        QCOMPARE(found.missing, missing);
    }

    void theEnvironmentOfAHost()
    {
        Profile profile;
        profile.environments = {environment(QStringLiteral("staging"), QStringLiteral("staging"), {QStringLiteral("staging-1")}),
                                environment(QStringLiteral("production"), QStringLiteral("production"), {})};
        const QList<HostEntry> keychain = setUp({QStringLiteral("prod-1"), QStringLiteral("staging-1"), QStringLiteral("spare")});
        QCOMPARE(environmentOfHost(profile, QStringLiteral("staging-1"), keychain)->name, QStringLiteral("staging"));
        QCOMPARE(environmentOfHost(profile, QStringLiteral("prod-1"), keychain)->name, QStringLiteral("production"));
        QVERIFY(!environmentOfHost(profile, QStringLiteral("spare"), keychain));
        QCOMPARE(environmentRole(profile.environments.first()), HostRole::Staging);
        QCOMPARE(environmentColour(profile.environments.first()), defaultRoleColour(HostRole::Staging));
    }

    void theHostsOfTheOtherEnvironments()
    {
        Profile profile;
        profile.environments = {environment(QStringLiteral("staging"), QStringLiteral("staging"), {QStringLiteral("staging-1")}),
                                environment(QStringLiteral("production"), QStringLiteral("production"),
                                            {QStringLiteral("prod-1"), QStringLiteral("prod-2")})};
        QCOMPARE(hostsOfOtherEnvironments(profile, QStringLiteral("prod-2")), QStringList{QStringLiteral("staging-1")});
        QCOMPARE(hostsOfOtherEnvironments(profile, QStringLiteral("staging-1")), (QStringList{QStringLiteral("prod-1"), QStringLiteral("prod-2")}));
        // A host no environment names sees none of theirs.
        QCOMPARE(hostsOfOtherEnvironments(profile, QStringLiteral("box")).size(), 3);
        QCOMPARE(hostsOfOtherEnvironments(profile, QString()), QStringList()); // not known yet: the whole log
        // One environment (schema 1 too): the whole log, as before environments.
        profile.environments.removeFirst();
        QCOMPARE(hostsOfOtherEnvironments(profile, QStringLiteral("box")), QStringList());
    }

    void choosingByName()
    {
        Profile profile;
        profile.environments = {environment(QStringLiteral("staging"), QStringLiteral("staging"), {}),
                                environment(QStringLiteral("production"), QStringLiteral("production"), {})};
        QCOMPARE(chooseEnvironment(profile, QStringLiteral("staging")).environment, &profile.environments.first());
        const EnvironmentChoice none = chooseEnvironment(profile, QStringLiteral("prod"));
        QVERIFY(!none.environment);
        QCOMPARE(none.error, QStringLiteral("no environment \"prod\" in the profile (it has: staging, production)"));
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentHosts)
#include "tst_environmenthosts.moc"
