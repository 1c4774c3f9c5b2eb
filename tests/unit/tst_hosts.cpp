#include "core/hosts/HostEntry.h"

#include <QTest>

using namespace Stratum;

class TestHosts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("valid");
        QTest::addRow("ipv4") << "prod" << "104.236.237.83" << "root" << 22 << true;
        QTest::addRow("ipv6") << "prod" << "::1" << "root" << 22 << true;
        QTest::addRow("dns") << "prod" << "droplet.example.com" << "deploy" << 2222 << true;
        QTest::addRow("address with ;") << "prod" << "1.2.3.4;reboot" << "root" << 22 << false;
        QTest::addRow("address with space") << "prod" << "a b" << "root" << 22 << false;
        QTest::addRow("address option") << "prod" << "-oProxyCommand=x" << "root" << 22 << false;
        QTest::addRow("user with $") << "prod" << "1.2.3.4" << "$(id)" << 22 << false;
        QTest::addRow("name with /") << "a/b" << "1.2.3.4" << "root" << 22 << false;
        QTest::addRow("port 0") << "prod" << "1.2.3.4" << "root" << 0 << false;
    }

    void validation()
    {
        QFETCH(QString, name);
        QFETCH(QString, address);
        QFETCH(QString, user);
        QFETCH(int, port);
        QFETCH(bool, valid);
        HostEntry host;
        host.name = name;
        host.address = address;
        host.user = user;
        host.port = port;
        const QString problem = validateHostEntry(host);
        QVERIFY2(problem.isEmpty() == valid, qPrintable(problem));
    }

    void roundTripWithTrustedKeys()
    {
        HostEntry host;
        host.name = QStringLiteral("prod");
        host.address = QStringLiteral("10.0.0.1");
        host.keyPath = QStringLiteral("/home/me/.ssh/id_ed25519");
        host.useAgent = false;
        host.trustedKeys.append({QStringLiteral("ssh-ed25519"), QStringLiteral("SHA256:abc"), QStringLiteral("AAAA")});
        QString error;
        const auto back = hostsFromJson(hostsToJson({host}), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->first().keyPath, host.keyPath);
        QCOMPARE(back->first().useAgent, false);
        QCOMPARE(back->first().trustedKeys.first().fingerprint, QStringLiteral("SHA256:abc"));
    }

    void rolesAndColoursAreKeptAndOldEntriesAreProduction()
    {
        HostEntry host;
        host.name = QStringLiteral("staging");
        host.address = QStringLiteral("10.0.0.2");
        host.role = HostRole::Staging;
        host.colour = QStringLiteral("#123abc");
        QString error;
        const auto back = hostsFromJson(hostsToJson({host}), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->first().role, HostRole::Staging);
        QCOMPARE(back->first().shownColour(), QStringLiteral("#123abc"));

        const QByteArray beforeRoles = R"({"version":1,"hosts":[{"name":"prod","address":"1.2.3.4","port":22,"user":"root",)"
                                       R"("keyPath":"","useAgent":true,"trustedKeys":[]}]})";
        const auto old = hostsFromJson(beforeRoles, &error);
        QVERIFY2(old, qPrintable(error));
        QCOMPARE(old->first().role, HostRole::Production);
        QCOMPARE(old->first().shownColour(), QStringLiteral("#c62828"));

        for (const HostRole role : {HostRole::Production, HostRole::Staging, HostRole::Rehearsal})
            QCOMPARE(parseHostRole(hostRoleId(role)), std::optional<HostRole>(role));
        QVERIFY(!parseHostRole(QStringLiteral("prod")));
        QVERIFY(validateRoleColour(QStringLiteral("#C62828")).isEmpty());
        for (const char *bad : {"red", "#c6282", "c62828", "#c62828; background: url(x)"})
            QVERIFY2(!validateRoleColour(QString::fromLatin1(bad)).isEmpty(), bad);
        host.colour = QStringLiteral("red");
        QVERIFY(!validateHostEntry(host).isEmpty()); // a bad colour never reaches a style sheet
    }

    void switchingPutsTheChosenHostFirst_data()
    {
        QTest::addColumn<QStringList>("hosts");
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QStringList>("expected");
        const QStringList three{QStringLiteral("prod"), QStringLiteral("staging"), QStringLiteral("spare")};
        QTest::newRow("last moves first, the others keep their order")
            << three << QStringLiteral("spare") << QStringList{QStringLiteral("spare"), QStringLiteral("prod"), QStringLiteral("staging")};
        QTest::newRow("first already") << three << QStringLiteral("prod") << three;
        QTest::newRow("unknown name changes nothing") << three << QStringLiteral("nope") << three;
        QTest::newRow("empty list") << QStringList() << QStringLiteral("prod") << QStringList();
    }

    void switchingPutsTheChosenHostFirst()
    {
        QFETCH(QStringList, hosts);
        QFETCH(QString, chosen);
        QFETCH(QStringList, expected);
        QList<HostEntry> entries;
        for (const QString &name : hosts) {
            HostEntry host;
            host.name = name;
            entries.append(host);
        }
        QStringList names;
        for (const HostEntry &host : hostsWithFirst(entries, chosen))
            names << host.name;
        QCOMPARE(names, expected);
    }

    void damagedStoreIsAnError()
    {
        QString error;
        QVERIFY(!hostsFromJson("{\"version\":1,\"hosts\":[{\"name\":\"x\",\"address\":\"a;b\",\"user\":\"root\"}]}", &error));
        QVERIFY(error.contains(QLatin1String("address")));
        QVERIFY(!hostsFromJson("garbage", &error));
    }
};

QTEST_GUILESS_MAIN(TestHosts)
#include "tst_hosts.moc"
