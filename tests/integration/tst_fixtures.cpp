// The reusable test peers work: a real sshd with the docker shim, and a real
// OCI registry. Later suites (deploy, rollback, health) build on these.
#include "RegistryFixture.h"
#include "SshdFixture.h"
#include "TestWorld.h"

#include <QProcess>
#include <QTest>

using namespace StratumTest;

class TestFixtures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sshdRunsRealCommandsAndShimsDocker()
    {
        SshdFixture sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.errorString()));
        QVERIFY(sshd.hostKeyFingerprint().startsWith(QLatin1String("SHA256:")));

        const auto shell = sshd.sshRun(QStringLiteral("echo remote-$((40+2)); git --version >/dev/null && echo git-ok"));
        QCOMPARE(shell.exitCode, 0);
        QVERIFY2(shell.out.contains("remote-42") && shell.out.contains("git-ok"), shell.err.constData());

        sshd.setDockerOutput(QStringLiteral("compose-ps"), "{\"Service\":\"backend\",\"State\":\"running\"}\n");
        const auto ps = sshd.sshRun(QStringLiteral("cd /tmp && BACKEND_IMAGE=img:1 docker compose -f x.yml ps --format json"));
        QCOMPARE(ps.exitCode, 0);
        QVERIFY(ps.out.contains("\"backend\""));
        const QStringList calls = sshd.dockerCalls();
        QCOMPARE(calls.size(), 1);
        QVERIFY2(calls.first().startsWith(QLatin1String("compose -f x.yml ps --format json\t")), qPrintable(calls.first()));
        QVERIFY(calls.first().contains(QLatin1String("PWD=/tmp")));
        QVERIFY(calls.first().contains(QLatin1String("BACKEND_IMAGE=img:1")));

        sshd.setDockerMode(SshdFixture::DockerMode::Fail);
        QCOMPARE(sshd.sshRun(QStringLiteral("docker pull x")).exitCode, 1);
        sshd.setDockerMode(SshdFixture::DockerMode::Hang);
        QCOMPARE(sshd.sshRun(QStringLiteral("docker pull x"), 2000).exitCode, -1); // still hanging
        sshd.setDockerMode(SshdFixture::DockerMode::Ok);
        QCOMPARE(sshd.sshRun(QStringLiteral("docker pull x")).exitCode, 0);

        const quint16 port = sshd.port();
        sshd.stop();
        QVERIFY(!waitForPort(port, 500));
    }

    void wrongKeyIsRefusedAndDoesNotPenaliseLaterLogins()
    {
        SshdFixture sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.errorString()));
        QProcess ssh;
        ssh.start(QStringLiteral("ssh"), {QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-i"),
                                          QStringLiteral("/dev/null"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                                          QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"),
                                          QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=no"),
                                          QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=/dev/null"),
                                          QStringLiteral("-p"), QString::number(sshd.port()),
                                          sshd.user() + QStringLiteral("@127.0.0.1"), QStringLiteral("true")});
        QVERIFY(ssh.waitForFinished(20000));
        QCOMPARE(ssh.exitCode(), 255);
        QCOMPARE(sshd.sshRun(QStringLiteral("true")).exitCode, 0);
    }

    void registryServesPushedManifests()
    {
        RegistryFixture registry;
        QVERIFY2(registry.start(), qPrintable(registry.errorString()));
        const QString sha = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        const QString digest = registry.pushImage(QStringLiteral("qualitymaterial/stratum-sports-backend"), sha);
        QVERIFY2(digest.startsWith(QLatin1String("sha256:")), qPrintable(digest));

        const auto present = registry.headManifest(QStringLiteral("qualitymaterial/stratum-sports-backend"), sha);
        QCOMPARE(present.status, 200);
        QCOMPARE(present.digest, digest);
        QCOMPARE(registry.headManifest(QStringLiteral("qualitymaterial/stratum-sports-frontend"), sha).status, 404);
        QCOMPARE(registry.headManifest(QStringLiteral("qualitymaterial/stratum-sports-backend"),
                                       QStringLiteral("deadbeef")).status, 404);
        const quint16 port = registry.port();
        registry.stop();
        QVERIFY(!waitForPort(port, 500));
    }
};

QTEST_GUILESS_MAIN(TestFixtures)
#include "tst_fixtures.moc"
