// Which hand-run commands change the droplet (and so run under the deploy lock, audited):
// a data-driven table of what operators type from the runbook, both ways.
#include "core/deploy/DropletCommand.h"

#include <QTest>

using namespace Stratum;

class TestDropletCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void changesDroplet_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<bool>("changes");
        // Reads
        QTest::newRow("compose ps") << QStringLiteral("docker compose ps") << false;
        QTest::newRow("compose logs with a file") << QStringLiteral("docker compose -f docker-compose.prod.yml logs --tail 50 worker") << false;
        QTest::newRow("docker ps, then df") << QStringLiteral("docker ps && df -h") << false;
        QTest::newRow("git log") << QStringLiteral("cd /srv/stratum && git log -1 --oneline") << false;
        QTest::newRow("cat, errors dropped") << QStringLiteral("cat .env.production 2>/dev/null | grep -c =") << false;
        QTest::newRow("curl a health endpoint") << QStringLiteral("curl -fsS http://127.0.0.1:8000/health/ready") << false;
        QTest::newRow("system df") << QStringLiteral("docker system df") << false;
        QTest::newRow("stderr to stdout") << QStringLiteral("docker compose logs 2>&1 | tail -n 20") << false;
        QTest::newRow("systemctl status") << QStringLiteral("sudo systemctl status docker") << false;
        // Changes
        QTest::newRow("compose up") << QStringLiteral("docker compose up -d") << true;
        QTest::newRow("compose up after a file option") << QStringLiteral("docker compose -f docker-compose.prod.yml up -d backend") << true;
        QTest::newRow("compose restart") << QStringLiteral("docker compose restart worker") << true;
        QTest::newRow("compose rm") << QStringLiteral("docker compose rm -f frontend") << true;
        QTest::newRow("compose pull") << QStringLiteral("docker compose pull") << true;
        QTest::newRow("docker rm") << QStringLiteral("docker rm -f stratum-worker-1") << true;
        QTest::newRow("system prune") << QStringLiteral("docker system prune -af") << true;
        QTest::newRow("git pull") << QStringLiteral("cd /srv/stratum && git pull --ff-only") << true;
        QTest::newRow("git reset") << QStringLiteral("git reset --hard origin/main") << true;
        QTest::newRow("git branch -D") << QStringLiteral("git branch -D old") << true;
        QTest::newRow("rm") << QStringLiteral("rm -rf /tmp/stratum-cache") << true;
        QTest::newRow("a read, then a change") << QStringLiteral("docker compose ps; docker compose restart backend") << true;
        QTest::newRow("redirect into a file") << QStringLiteral("echo KEY=value >> .env.production") << true;
        QTest::newRow("write with tee") << QStringLiteral("echo x | tee notes.txt") << true;
        QTest::newRow("a command substitution") << QStringLiteral("echo $(docker compose up -d)") << true;
        QTest::newRow("find -delete") << QStringLiteral("find /tmp -name '*.log' -delete") << true;
        QTest::newRow("systemctl restart") << QStringLiteral("sudo systemctl restart docker") << true;
        QTest::newRow("unknown program") << QStringLiteral("./migrate.sh") << true;
        QTest::newRow("env var then compose up") << QStringLiteral("TAG=abc docker compose up -d") << true;
        QTest::newRow("env then compose up") << QStringLiteral("env TAG=abc docker compose up -d") << true;
        QTest::newRow("env alone") << QStringLiteral("env") << false;
    }

    void changesDroplet()
    {
        QFETCH(QString, command);
        QFETCH(bool, changes);
        QCOMPARE(Stratum::changesDroplet(command), changes);
    }
};

QTEST_GUILESS_MAIN(TestDropletCommand)
#include "tst_dropletcommand.moc"
