// RemoteCommands: every droplet command of the runbook, quoted so that it survives the remote shell.
#include "droplet/RemoteCommands.h"

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

};

QTEST_GUILESS_MAIN(TestRemoteCommands)
#include "tst_remotecommands.moc"
