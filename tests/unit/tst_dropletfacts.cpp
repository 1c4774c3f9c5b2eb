// What the droplet answers the connection check and the incident bundle's
// disk and memory question (droplet/DropletFacts), and what the connection
// check makes of it (connection/ConnectionChecks::assessConnectionFacts).
#include "core/connection/ConnectionChecks.h"
#include "core/droplet/DropletFacts.h"

#include <QTest>

using namespace Stratum;

namespace {

QString answer(const QString &compose, int composeStatus, const QString &daemon, int daemonStatus, const QString &tail)
{
    return QStringLiteral("@compose\n%1\n@status-compose %2\n@daemon\n%3\n@status-daemon %4\n%5")
        .arg(compose).arg(composeStatus).arg(daemon).arg(daemonStatus).arg(tail);
}

const QString healthyTail = QStringLiteral("@appdir yes\n@git 624c4dfb3f3b\n@envmode 600\n");

} // namespace

class TestDropletFacts : public QObject
{
    Q_OBJECT
private:
    Profile m_profile = *defaultProfile().profile;

private Q_SLOTS:
    void connectionFacts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("passes");
        QTest::addColumn<QString>("found"); // a line the check reports

        QTest::newRow("ready") << answer(QStringLiteral("Docker Compose version v2.26.1"), 0, QStringLiteral("26.1.5"), 0, healthyTail)
                               << true << QStringLiteral("docker compose 2.26.1");
        QTest::newRow("debian plugin version") << answer(QStringLiteral("Docker Compose version 2.26.1+ds1-0+deb13u1"), 0,
                                                         QStringLiteral("26.1.5+dfsg1"), 0, healthyTail)
                                               << true << QStringLiteral("docker daemon 26.1.5+dfsg1");
        QTest::newRow("no compose") << answer(QStringLiteral("docker: 'compose' is not a docker command."), 1, QStringLiteral("26.1.5"), 0,
                                              healthyTail)
                                    << false << QStringLiteral("docker compose does not answer (docker: 'compose' is not a docker command.)");
        QTest::newRow("compose v1") << answer(QStringLiteral("docker-compose version 1.29.2, build unknown"), 0, QStringLiteral("20.10"), 0,
                                              healthyTail)
                                    << false << QStringLiteral("docker compose 1.29.2 is the old v1");
        QTest::newRow("daemon down") << answer(QStringLiteral("Docker Compose version v2.26.1"), 0,
                                               QStringLiteral("Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?"),
                                               1, healthyTail)
                                     << false << QStringLiteral("the docker daemon does not answer the deploy user (Cannot connect");
        QTest::newRow("no app dir") << answer(QStringLiteral("Docker Compose version v2.26.1"), 0, QStringLiteral("26.1.5"), 0,
                                              QStringLiteral("@appdir no\n"))
                                    << false << QStringLiteral("/opt/stratum-sports does not exist");
        QTest::newRow("not a clone") << answer(QStringLiteral("Docker Compose version v2.26.1"), 0, QStringLiteral("26.1.5"), 0,
                                               QStringLiteral("@appdir yes\n@git \n@envmode 600\n"))
                                     << false << QStringLiteral("/opt/stratum-sports is not a git clone");
        QTest::newRow("no env file") << answer(QStringLiteral("Docker Compose version v2.26.1"), 0, QStringLiteral("26.1.5"), 0,
                                               QStringLiteral("@appdir yes\n@git 624c4dfb3f3b\n@envmode missing\n"))
                                     << false << QStringLiteral(".env.production is missing");
        QTest::newRow("env readable by all") << answer(QStringLiteral("Docker Compose version v2.26.1"), 0, QStringLiteral("26.1.5"), 0,
                                                       QStringLiteral("@appdir yes\n@git 624c4dfb3f3b\n@envmode 644\n"))
                                             << false << QStringLiteral(".env.production has mode 644: others can read it");
        QTest::newRow("garbage") << QStringLiteral("bash: line 1: syntax error\n") << false
                                 << QStringLiteral("the droplet's answer could not be read");
    }

    void connectionFacts()
    {
        QFETCH(QString, text);
        QFETCH(bool, passes);
        QFETCH(QString, found);
        const CheckStep step = assessConnectionFacts(parseConnectionFacts(text), m_profile);
        QCOMPARE(step.passed(), passes);
        QCOMPARE(step.fixes.isEmpty(), passes);
        QVERIFY2(step.found.join(QLatin1Char('\n')).contains(found), qPrintable(step.found.join(QLatin1Char('\n'))));
    }

    // Where the lock and the pin live: lost at a reboot on tmpfs (a warning, also for a profile
    // that still names /var/lock), refused where others could write or plant a link.
    void lockDirectory_data()
    {
        QTest::addColumn<QString>("lockDir");
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("found");
        const int passed = int(CheckStep::State::Passed), warning = int(CheckStep::State::Warning),
                  failed = int(CheckStep::State::Failed);
        QTest::newRow("the default, on disk, made 0700") << QStringLiteral("/var/lib/stratum-deploy")
                                                         << QStringLiteral("present dir ext2/ext3 700 mine") << passed
                                                         << QStringLiteral("lock directory /var/lib/stratum-deploy on ext2/ext3, mode 700");
        QTest::newRow("not made yet") << QStringLiteral("/var/lib/stratum-deploy") << QStringLiteral("missing dir ext2/ext3 755 mine")
                                      << passed << QStringLiteral("(made at the first deploy)");
        QTest::newRow("the old default: /var/lock is /run/lock, tmpfs")
            << QStringLiteral("/var/lock/stratum-deploy") << QStringLiteral("present dir tmpfs 700 mine") << warning
            << QStringLiteral("is on tmpfs: a reboot empties it");
        QTest::newRow("/var/lock named, whatever it is here") << QStringLiteral("/var/lock/stratum-deploy")
                                                              << QStringLiteral("present dir ext2/ext3 700 mine") << warning
                                                              << QStringLiteral("is under /var/lock, which a reboot may empty");
        QTest::newRow("writable by others") << QStringLiteral("/srv/locks") << QStringLiteral("present dir ext2/ext3 1777 mine") << failed
                                            << QStringLiteral("others can write into the lock directory /srv/locks (mode 1777)");
        QTest::newRow("a link") << QStringLiteral("/srv/locks") << QStringLiteral("present link ext2/ext3 777 mine") << failed
                                << QStringLiteral("is a symbolic link");
        QTest::newRow("another owner") << QStringLiteral("/srv/locks") << QStringLiteral("present dir ext2/ext3 700 foreign") << failed
                                       << QStringLiteral("belongs to another user");
    }

    void lockDirectory()
    {
        QFETCH(QString, lockDir);
        QFETCH(QString, line);
        QFETCH(int, state);
        QFETCH(QString, found);
        Profile profile = m_profile;
        profile.droplet.lockDir = lockDir;
        const CheckStep step = assessConnectionFacts(
            parseConnectionFacts(answer(QStringLiteral("Docker Compose version v2.26.1"), 0, QStringLiteral("26.1.5"), 0,
                                        healthyTail + QStringLiteral("@lockdir ") + line + QLatin1Char('\n'))),
            profile);
        QCOMPARE(int(step.state), state);
        QVERIFY2(step.found.join(QLatin1Char('\n')).contains(found), qPrintable(step.found.join(QLatin1Char('\n'))));
        QCOMPARE(step.fixes.isEmpty(), state == int(CheckStep::State::Passed));
    }

    void commandQuotesTheProfilePaths()
    {
        Profile odd = m_profile;
        odd.droplet.appDir = QStringLiteral("/opt/it's here");
        const QString command = connectionFactsCommand(odd);
        QVERIFY(command.contains(QLatin1String("cd '/opt/it'\\''s here'")));
        QVERIFY(command.contains(QLatin1String("[ -f '.env.production' ]")));
    }

    void systemFacts()
    {
        const SystemFacts facts = parseSystemFacts(QStringLiteral(
            "@disk\nFilesystem Size Used Avail Use% Mounted on\n/dev/vda1 25G 21G 3.1G 88% /\n"
            "@appdisk\n/dev/vda1 25G 21G 3.1G 88% /\n"
            "@memory\n               total        used        free      shared  buff/cache   available\n"
            "Mem:            1967        1402          97          10         467         401\nSwap:              0           0           0\n"));
        QCOMPARE(facts.appDiskUse, QStringLiteral("88%"));
        QCOMPARE(facts.appDiskFree, QStringLiteral("3.1G"));
        QCOMPARE(facts.memoryTotalMb, 1967);
        QCOMPARE(facts.memoryAvailableMb, 401);
        QVERIFY(facts.diskText.contains(QLatin1String("/dev/vda1 25G")));
        const SystemFacts unknown = parseSystemFacts(QStringLiteral("@disk\ndf: not found\n@appdisk\ndf: not found\n@memory\n"));
        QVERIFY(unknown.appDiskUse.isEmpty());
        QCOMPARE(unknown.memoryTotalMb, -1);
    }
};

QTEST_GUILESS_MAIN(TestDropletFacts)
#include "tst_dropletfacts.moc"
