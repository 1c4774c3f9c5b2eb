#include "droplet/ComposePs.h"
#include "droplet/RemoteCommands.h"
#include "ssh/HostKeyPolicy.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Stratum;

class TestRemoteCommands : public QObject
{
    Q_OBJECT
private:
    // What the remote shell makes of a quoted word: run it through sh.
    static QString throughShell(const QString &word)
    {
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("printf %s ") + word});
        sh.waitForFinished(5000);
        return QString::fromUtf8(sh.readAllStandardOutput());
    }

private Q_SLOTS:
    void quotingSurvivesTheShell_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addRow("plain") << "abc";
        QTest::addRow("space") << "a b";
        QTest::addRow("single quote") << "it's";
        QTest::addRow("subshell") << "$(reboot)";
        QTest::addRow("backticks") << "`id`";
        QTest::addRow("semicolon") << "x; rm -rf /";
        QTest::addRow("newline") << "a\nb";
        QTest::addRow("glob") << "*";
        QTest::addRow("empty") << "";
    }

    void quotingSurvivesTheShell()
    {
        QFETCH(QString, value);
        QCOMPARE(throughShell(shellQuote(value)), value);
    }

    void commandsFollowTheRunbook()
    {
        const Profile profile = *defaultProfile().profile;
        const RemoteCommands commands(profile);
        const QString sha = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        QCOMPARE(commands.gitPullFastForward(), QStringLiteral("cd '/opt/stratum-sports' && git pull --ff-only origin 'main'"));
        QCOMPARE(commands.composeUp(profile.backendImageRef(sha), profile.frontendImageRef(sha)),
                 QStringLiteral("cd '/opt/stratum-sports' && BACKEND_IMAGE='ghcr.io/qualitymaterial/stratum-sports-backend:%1' "
                                "WORKER_IMAGE='ghcr.io/qualitymaterial/stratum-sports-backend:%1' "
                                "FRONTEND_IMAGE='ghcr.io/qualitymaterial/stratum-sports-frontend:%1' "
                                "docker compose -f 'docker-compose.prod.yml' --env-file '.env.production' "
                                "up -d --no-build --remove-orphans").arg(sha));
        QCOMPARE(commands.backendHealth(profile.health.backendReadyUrl),
                 QStringLiteral("cd '/opt/stratum-sports' && docker compose -f 'docker-compose.prod.yml' --env-file "
                                "'.env.production' exec -T backend curl -fsS 'http://localhost:8000/api/v1/health/ready'"));
        QCOMPARE(commands.manifestInspect(profile.frontendImageRef(sha)),
                 QStringLiteral("docker manifest inspect 'ghcr.io/qualitymaterial/stratum-sports-frontend:%1' >/dev/null").arg(sha));
        QVERIFY(commands.takeLock({}).startsWith(QLatin1String("mkdir -p '/var/lock/stratum-deploy' && if mkdir '/var/lock/stratum-deploy/deploy.lock'")));
    }

    void lockInfoIsReadBack()
    {
        LockInfo info = RemoteCommands::parseLockInfo(QStringLiteral("free\n"));
        QVERIFY(!info.held);
        info = RemoteCommands::parseLockInfo(QStringLiteral(R"({"holder":"a@b","machine":"m","sha":"s","reason":"r","since":"t","token":"k"})"));
        QVERIFY(info.held);
        QCOMPARE(info.holder, QStringLiteral("a@b"));
        QVERIFY(RemoteCommands::parseLockInfo(QStringLiteral("{}")).held); // a lock without info is still a lock
    }

    void composePsBothForms_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("array (Compose < 2.21)") << "array-v2.20.json";
        QTest::addRow("one object per line (Compose >= 2.21)") << "ndjson-v2.21.json";
    }

    void composePsBothForms()
    {
        QFETCH(QString, file);
        QFile data(QFINDTESTDATA(QStringLiteral("data/compose-ps/") + file));
        QVERIFY(data.open(QIODevice::ReadOnly));
        const ComposePsResult result = parseComposePs(data.readAll());
        QVERIFY2(result.containers, qPrintable(result.error));
        QCOMPARE(result.containers->size(), 3);
        QCOMPARE(result.containers->at(0).service, QStringLiteral("backend"));
        QCOMPARE(result.containers->at(0).health, QStringLiteral("healthy"));
        QCOMPARE(result.containers->at(0).imageTag(), QStringLiteral("0123456789abcdef0123456789abcdef01234567"));
        QCOMPARE(result.containers->at(2).state, QStringLiteral("restarting"));
    }

    void composePsRejectsGarbage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("error");
        QTest::addRow("broken line") << "broken-line.json" << "line 2";
        QTest::addRow("no service") << "missing-service.json" << "entry 0";
    }

    void composePsRejectsGarbage()
    {
        QFETCH(QString, file);
        QFETCH(QString, error);
        QFile data(QFINDTESTDATA(QStringLiteral("data/compose-ps/") + file));
        QVERIFY(data.open(QIODevice::ReadOnly));
        const ComposePsResult result = parseComposePs(data.readAll());
        QVERIFY(!result.containers);
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
    }

    void emptyComposePsIsNoContainers()
    {
        const ComposePsResult result = parseComposePs(QByteArray());
        QVERIFY(result.containers);
        QVERIFY(result.containers->isEmpty());
    }

    void imageTagOfPortedRegistry()
    {
        ContainerState c;
        c.image = QStringLiteral("127.0.0.1:5000/a/b:v1");
        QCOMPARE(c.imageTag(), QStringLiteral("v1"));
        c.image = QStringLiteral("127.0.0.1:5000/a/b");
        QCOMPARE(c.imageTag(), QString());
    }

    void fingerprintsAsSshKeygenPrintsThem()
    {
        QVERIFY(isFingerprint(QStringLiteral("SHA256:uZpSYpXEgNDfHmGm69/XB4SeaUw7zRL2Yy+F5oSucSs")));
        QVERIFY(!isFingerprint(QStringLiteral("SHA256:short")));
        QVERIFY(!isFingerprint(QStringLiteral("MD5:aa:bb")));
        const QByteArray blob = QByteArray::fromBase64("AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl");
        QVERIFY(sha256Fingerprint(blob).startsWith(QLatin1String("SHA256:")));
        QCOMPARE(sha256Fingerprint(blob).size(), 7 + 43);
    }

    void revokedLinesAreFound()
    {
        const QString text = QStringLiteral("host1 ssh-ed25519 AAAA\n@revoked * ssh-ed25519 QUJDRA== old key\n"
                                            "@cert-authority *.x ssh-rsa QUFB\n");
        const QList<QByteArray> revoked = HostKeyPolicy::revokedKeys(text);
        QCOMPARE(revoked.size(), 1);
        QCOMPARE(revoked.first(), QByteArray("ABCD"));
    }
};

QTEST_GUILESS_MAIN(TestRemoteCommands)
#include "tst_remotecommands.moc"
