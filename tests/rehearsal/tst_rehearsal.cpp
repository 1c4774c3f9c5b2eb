// The rehearsal as a newcomer and an operator use it, through the real stratumctl:
// start (cold, then "already running"), the whole runbook against the rehearsal
// (the standard path through the GitHub stand-in, an emergency deploy by SHA, smoke,
// known-good, the never-ready deploy and the timed recovery, the pin, the incident
// bundle, a rollback across the migration), that production and the rehearsal never
// see each other, then stop and the leftovers check, and a warm start. The steps build
// on each other: they run in the order they are written.
#include "TestWorld.h"

#include "core/keychain/KeychainStore.h"
#include "core/keychain/Vault.h"
#include "core/platform/AppIdentity.h"
#include "core/platform/Archive.h"
#include "core/rehearsal/RehearsalSupervisor.h"
#include "core/standin/LocalDroplet.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Stratum;
using namespace StratumTest;

namespace {

const QByteArray productionToken = "github_pat_11PRODUCTION_NEVER_IN_REHEARSAL_0123";

QString rehearsalState()
{
    return QDir::homePath() + QStringLiteral("/.local/state/Stratum/stratum-deploy-rehearsal");
}

QString worldPath()
{
    return rehearsalState() + QStringLiteral("/world");
}

} // namespace

class TestRehearsal : public QObject
{
    Q_OBJECT
private:
    QJsonObject m_status;
    double m_coldSeconds = 0;

    static CtlRun ctl(const QStringList &arguments, const QByteArray &input = {})
    {
        return runStratumctl(arguments, input, 240000);
    }
    static CtlRun rehearsed(const QStringList &arguments)
    {
        return ctl(QStringList{QStringLiteral("--rehearsal")} + arguments);
    }

    QJsonObject status()
    {
        const CtlRun run = ctl({QStringLiteral("rehearsal"), QStringLiteral("status"), QStringLiteral("--json")});
        m_status = QJsonDocument::fromJson(run.out.toUtf8()).object();
        return m_status;
    }
    QString releaseOf(const QString &kind, int nth = 0)
    {
        for (const QJsonValue &release : status().value(QStringLiteral("releases")).toArray()) {
            if (release[QStringLiteral("kind")].toString() == kind && nth-- == 0)
                return release[QStringLiteral("sha")].toString();
        }
        return {};
    }
    QString runningRelease() { return status().value(QStringLiteral("runningRelease")).toString(); }

    // Waits for the supervisor to see the stack healthy again and record the recovery.
    QJsonObject recoveryOf(const QString &scenario)
    {
        QJsonObject found;
        // An empty object when the recovery never came: the caller's comparison fails with it.
        (void)QTest::qWaitFor([&] {
            const QJsonObject last = status().value(QStringLiteral("lastRecovery")).toObject();
            if (last.value(QStringLiteral("scenario")).toString() == scenario && status().value(QStringLiteral("activeScenario")).toString().isEmpty())
                found = last;
            return !found.isEmpty();
        }, 120000); // a wait, not a timing assertion: a dropped connection reattaches slower on a loaded CI machine
        return found;
    }

    // What runs under the rehearsal's paths: processes, mounts, certificate entries, containers.
    static QStringList leftovers()
    {
        QStringList found;
        const QString world = worldPath();
        for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (pid.toLongLong() > 0 && cmdline.open(QIODevice::ReadOnly)) {
                const QByteArray line = cmdline.readAll();
                // A supervisor counts when it is this world's: another test's rehearsal may run beside this one.
                QFile environment(QStringLiteral("/proc/%1/environ").arg(pid));
                const bool ours = line.contains(QByteArray("rehearsal\0serve", 15)) && environment.open(QIODevice::ReadOnly)
                                  && environment.readAll().split('\0').contains(QByteArray("HOME=") + QDir::homePath().toUtf8());
                if (line.contains(world.toUtf8()) || line.contains(RehearsalPaths::runtimeDir().toUtf8()) || ours)
                    found << QStringLiteral("process ") + pid + QLatin1Char(' ') + QString::fromUtf8(QByteArray(line).replace('\0', ' '));
            }
        }
        QFile mounts(QStringLiteral("/proc/mounts"));
        mounts.open(QIODevice::ReadOnly);
        for (const QByteArray &line : mounts.readAll().split('\n')) {
            if (line.contains(world.toUtf8()) || line.contains(RehearsalPaths::runtimeDir().toUtf8()))
                found << QStringLiteral("mount ") + QString::fromUtf8(line);
        }
        QDirIterator certs(QStringLiteral("/etc/docker/certs.d"), {QStringLiteral("stratum-rehearsal")}, QDir::Files, QDirIterator::Subdirectories);
        while (certs.hasNext()) {
            QFile marker(certs.next());
            if (marker.open(QIODevice::ReadOnly) && marker.readAll() == world.toUtf8())
                found << QStringLiteral("certificate entry ") + marker.fileName();
        }
        if (QFile::exists(RehearsalPaths::runtimeDir() + QStringLiteral("/docker.sock")))
            found << QStringLiteral("the engine's socket");
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString reason = LocalDroplet::cannotStartReason();
        if (!reason.isEmpty()) {
            skipWholeTestUnlessCi(QStringLiteral("the rehearsal cannot start here: ") + reason);
            QFAIL(qPrintable(reason + QStringLiteral(" (CI=true: it must run)")));
        }
        // Production has a host and a token of its own before the rehearsal exists.
        const CtlRun host = ctl({QStringLiteral("host"), QStringLiteral("add"), QStringLiteral("production"), QStringLiteral("--address"),
                                 QStringLiteral("203.0.113.7"), QStringLiteral("--agent")});
        QVERIFY2(host.code == 0, qPrintable(host.err));
        QCOMPARE(ctl({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("github-token")}, productionToken).code, 0);
    }

    void coldStartThenAlreadyRunning()
    {
        QElapsedTimer timer;
        timer.start();
        const CtlRun start = ctl({QStringLiteral("rehearsal"), QStringLiteral("start")});
        m_coldSeconds = timer.elapsed() / 1000.0;
        QVERIFY2(start.code == 0, qPrintable(start.out + start.err));
        QVERIFY(start.out.contains(QLatin1String("cold start")));
        QVERIFY(start.out.contains(QLatin1String("known-good")));
        qInfo("cold start (supervisor ready, two releases deployed and known-good): %.1f s", m_coldSeconds);
        const CtlRun again = ctl({QStringLiteral("rehearsal"), QStringLiteral("start")});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QLatin1String("already running")), qPrintable(again.out));
    }

    void statusListsTheReleasesAndParts()
    {
        const QJsonObject json = status();
        QCOMPARE(json.value(QStringLiteral("running")).toBool(), true);
        QStringList kinds;
        for (const QJsonValue &release : json.value(QStringLiteral("releases")).toArray()) {
            QCOMPARE(release[QStringLiteral("sha")].toString().size(), 40);
            QVERIFY(!release[QStringLiteral("subject")].toString().isEmpty());
            kinds << release[QStringLiteral("kind")].toString();
        }
        QCOMPARE(kinds.count(QStringLiteral("good")), 4);
        for (const char *kind : {"never-ready", "crashing-worker", "migration", "missing-images"})
            QCOMPARE(kinds.count(QLatin1String(kind)), 1);
        for (const char *part : {"sshd", "dockerEngine", "registry", "github"})
            QCOMPARE(json[QStringLiteral("parts")][QLatin1String(part)].toString(), QStringLiteral("running"));
        for (const char *port : {"ssh", "github", "registryGate", "backend", "frontend"})
            QVERIFY(json[QStringLiteral("ports")][QLatin1String(port)].toInt() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(runningRelease(), releaseOf(QStringLiteral("good"), 2), 5000); // the first start's known-good releases
    }

    void productionAndTheRehearsalNeverMix()
    {
        const CtlRun rehearsalHosts = rehearsed({QStringLiteral("host"), QStringLiteral("list")});
        QVERIFY(rehearsalHosts.out.contains(QLatin1String("rehearsal")));
        QVERIFY2(!rehearsalHosts.out.contains(QLatin1String("production")) && !rehearsalHosts.out.contains(QLatin1String("203.0.113.7")),
                 qPrintable(rehearsalHosts.out));
        const CtlRun productionHosts = ctl({QStringLiteral("host"), QStringLiteral("list")});
        QVERIFY(productionHosts.out.contains(QLatin1String("production")));
        QVERIFY2(!productionHosts.out.contains(QLatin1String("rehearsal")), qPrintable(productionHosts.out));
        QVERIFY(!ctl({QStringLiteral("profile"), QStringLiteral("show")}).out.contains(QLatin1String("rehearsal")));
        QVERIFY(rehearsed({QStringLiteral("profile"), QStringLiteral("show")}).out.contains(QLatin1String("stratum-sports-rehearsal")));
        // A command for production with --host rehearsal finds no such host (and the other way round).
        QCOMPARE(ctl({QStringLiteral("status"), QStringLiteral("--host"), QStringLiteral("rehearsal")}).code == 0, false);
        QCOMPARE(rehearsed({QStringLiteral("status"), QStringLiteral("--host"), QStringLiteral("production")}).code == 0, false);
        // The production token is in production's keychain entry only: not in the rehearsal's, nor in any file.
        AppIdentity::setRehearsal(true);
        KeychainStore store(std::chrono::seconds(10));
        Vault vault(&store);
        std::optional<QString> rehearsalToken;
        QObject context;
        vault.readSecret(SecretNames::githubToken(), &context, [&](const Vault::Result<QString> &r) { rehearsalToken = r.value; });
        QTRY_VERIFY_WITH_TIMEOUT(rehearsalToken.has_value(), 15000);
        AppIdentity::setRehearsal(false);
        QVERIFY(rehearsalToken->startsWith(QLatin1String("github_pat_rehearsal_")));
        QVERIFY(rehearsalToken->toUtf8() != productionToken);
        for (const WrittenFile &file : scanForSecrets(QDir::homePath(), {productionToken, rehearsalToken->toUtf8()}))
            QVERIFY2(file.leaked.isEmpty(), qPrintable(file.path));
    }

    void standardPathThroughTheGitHubStandIn()
    {
        const CtlRun deploy = rehearsed({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("workflow"), QStringLiteral("--yes")});
        QVERIFY2(deploy.code == 0, qPrintable(deploy.out + deploy.err));
        QVERIFY(deploy.out.contains(QLatin1String("Deploy over SSH: completed success")));
        QVERIFY(deploy.out.contains(QLatin1String("succeeded")));
        QTRY_COMPARE_WITH_TIMEOUT(runningRelease(), releaseOf(QStringLiteral("good"), 3), 5000); // main's head
    }

    void emergencyDeployBySshThenSmokeAndKnownGood()
    {
        const QString sha = releaseOf(QStringLiteral("good"), 1);
        const CtlRun deploy = rehearsed({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("ssh"), QStringLiteral("--sha"),
                                         sha.left(9), QStringLiteral("--yes"), QStringLiteral("--reason"), QStringLiteral("emergency drill")});
        QVERIFY2(deploy.code == 0, qPrintable(deploy.out + deploy.err));
        QTRY_COMPARE_WITH_TIMEOUT(runningRelease(), sha, 5000);
        const CtlRun smoke = rehearsed({QStringLiteral("smoke")});
        QVERIFY2(smoke.out.contains(sha) && !smoke.out.contains(QLatin1String("FAIL")), qPrintable(smoke.out + smoke.err));
        const CtlRun mark = rehearsed({QStringLiteral("releases"), QStringLiteral("mark-good"), sha, QStringLiteral("--without-smoke"),
                                       QStringLiteral("--reason"), QStringLiteral("login and billing checked by hand")});
        QVERIFY2(mark.code == 0, qPrintable(mark.out + mark.err));
        QVERIFY(rehearsed({QStringLiteral("releases"), QStringLiteral("list"), QStringLiteral("--known-good")}).out.contains(sha.left(7)));
    }

    void neverReadyThenRollbackIsTimed()
    {
        const CtlRun scenario = ctl({QStringLiteral("rehearsal"), QStringLiteral("scenario"), QStringLiteral("never-ready")});
        QVERIFY2(scenario.code == 0, qPrintable(scenario.out + scenario.err));
        QVERIFY(scenario.out.contains(QLatin1String("Production is red")));
        QTRY_COMPARE_WITH_TIMEOUT(runningRelease(), releaseOf(QStringLiteral("never-ready")), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(status().value(QStringLiteral("activeScenario")).toString(), QStringLiteral("never-ready"), 5000);
        const CtlRun health = rehearsed({QStringLiteral("--json"), QStringLiteral("health")});
        QVERIFY2(QJsonDocument::fromJson(health.out.toUtf8()).object().value(QStringLiteral("worst")).toString() != QLatin1String("healthy"),
                 qPrintable(health.out));
        QTest::qWait(1500); // a second or two on the clock, as a person reads the alert
        const CtlRun rollback = rehearsed({QStringLiteral("rollback"), QStringLiteral("--last-good"), QStringLiteral("--yes")});
        QVERIFY2(rollback.code == 0, qPrintable(rollback.out + rollback.err));
        const QJsonObject recovery = recoveryOf(QStringLiteral("never-ready"));
        QVERIFY2(!recovery.isEmpty(), QJsonDocument(m_status).toJson().constData());
        QVERIFY(recovery.value(QStringLiteral("seconds")).toDouble() >= 1.5);
        QCOMPARE(recovery.value(QStringLiteral("sha")).toString(), releaseOf(QStringLiteral("good"), 1));
        const QStringList steps = recovery.value(QStringLiteral("steps")).toVariant().toStringList();
        QVERIFY2(steps.join(QLatin1Char('\n')).contains(QLatin1String("rollback")), qPrintable(steps.join(QLatin1Char('\n'))));
        qInfo("never-ready recovery as the rehearsal measured it: %.1f s (%s)", recovery.value(QStringLiteral("seconds")).toDouble(),
              qPrintable(steps.join(QStringLiteral("; "))));
        const CtlRun human = ctl({QStringLiteral("rehearsal"), QStringLiteral("status")});
        QVERIFY(human.out.contains(QLatin1String("Last recovery: never-ready in")));
    }

    // Each bad night of the Rehearse menu, then the way back with the app's own tools.
    void theOtherBadNights_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("part");    // what the scenario takes down, if anything
        QTest::addColumn<QStringList>("recover"); // the command that brings production back (empty: the app does it)
        const QStringList rollback{QStringLiteral("rollback"), QStringLiteral("--last-good"), QStringLiteral("--yes")};
        QTest::newRow("worker crash loop") << QStringLiteral("crashing-worker") << QString() << rollback;
        QTest::newRow("registry down: back from the droplet's own images") << QStringLiteral("registry-down") << QStringLiteral("registry") << rollback;
        QTest::newRow("GitHub down: the rollback needs no GitHub") << QStringLiteral("github-down") << QStringLiteral("github") << rollback;
        QTest::newRow("connection dropped during compose up: the change reattaches") << QStringLiteral("dropped-connection") << QString() << QStringList();
    }

    void theOtherBadNights()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, part);
        QFETCH(QStringList, recover);
        const CtlRun staged = ctl({QStringLiteral("rehearsal"), QStringLiteral("scenario"), scenario});
        QVERIFY2(staged.code == 0, qPrintable(staged.out + staged.err));
        if (!part.isEmpty()) {
            QTRY_COMPARE_WITH_TIMEOUT(status()[QStringLiteral("parts")][part].toString(), QStringLiteral("down (scenario)"), 5000);
            if (part == QLatin1String("github")) {
                const CtlRun gates = rehearsed({QStringLiteral("ci-status"), runningRelease()});
                QVERIFY2(gates.code != 0 && gates.err.contains(QLatin1String("503")), qPrintable(gates.out + gates.err));
            }
        }
        if (!recover.isEmpty()) {
            const CtlRun back = rehearsed(recover);
            QVERIFY2(back.code == 0, qPrintable(back.out + back.err));
        }
        const QJsonObject recovery = recoveryOf(scenario);
        QVERIFY2(!recovery.isEmpty(), qPrintable(staged.out + staged.err + QString::fromUtf8(QJsonDocument(m_status).toJson())));
        qInfo("%s: recovered in %.1f s on %s", qPrintable(scenario), recovery.value(QStringLiteral("seconds")).toDouble(),
              qPrintable(recovery.value(QStringLiteral("sha")).toString().left(7)));
        if (!part.isEmpty()) // the bad night is over: it answers again
            QTRY_COMPARE_WITH_TIMEOUT(status()[QStringLiteral("parts")][part].toString(), QStringLiteral("running"), 5000);
    }

    void pinHoldsProductionThenReleases()
    {
        QCOMPARE(rehearsed({QStringLiteral("pin"), QStringLiteral("set"), QStringLiteral("--reason"), QStringLiteral("drill")}).code, 0);
        const CtlRun refused = rehearsed({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("ssh"), QStringLiteral("--sha"),
                                          releaseOf(QStringLiteral("good"), 3), QStringLiteral("--yes")});
        QVERIFY2(refused.code != 0 && QString(refused.out + refused.err).contains(QLatin1String("pin")), qPrintable(refused.out + refused.err));
        QCOMPARE(rehearsed({QStringLiteral("pin"), QStringLiteral("release"), QStringLiteral("--reason"), QStringLiteral("drill over")}).code, 0);
    }

    void incidentBundleHoldsNoSecret()
    {
        const QString out = worldDir() + QStringLiteral("/incident.tar.gz");
        const CtlRun incident = rehearsed({QStringLiteral("incident"), QStringLiteral("--out"), out});
        QVERIFY2(incident.code == 0, qPrintable(incident.out + incident.err));
        QFile bundle(out);
        QVERIFY(bundle.open(QIODevice::ReadOnly));
        const QByteArray tar = gzipDecompress(bundle.readAll());
        QVERIFY(tar.contains("summary.md"));
        QFile env(status().value(QStringLiteral("appDir")).toString() + QStringLiteral("/.env.production"));
        QVERIFY(env.open(QIODevice::ReadOnly));
        for (const QByteArray &line : env.readAll().split('\n')) {
            const QByteArray value = line.mid(line.indexOf('=') + 1);
            if (line.contains("SECRET") || line.contains("PASSWORD") || line.contains("TOKEN"))
                QVERIFY2(!tar.contains(value), line.constData());
        }
    }

    void rollbackAcrossTheMigrationAsksFirst()
    {
        const CtlRun scenario = ctl({QStringLiteral("rehearsal"), QStringLiteral("scenario"), QStringLiteral("migration")});
        QVERIFY2(scenario.code == 0, qPrintable(scenario.out + scenario.err));
        const QString before = releaseOf(QStringLiteral("good"), 0);
        QTRY_COMPARE_WITH_TIMEOUT(runningRelease(), releaseOf(QStringLiteral("good"), 1), 5000);
        const CtlRun refused = rehearsed({QStringLiteral("rollback"), QStringLiteral("--to"), before, QStringLiteral("--yes")});
        QVERIFY2(refused.code != 0 && QString(refused.out + refused.err).contains(QLatin1String("migration")), qPrintable(refused.out + refused.err));
        QTest::qWait(1500);
        QCOMPARE(runningRelease(), releaseOf(QStringLiteral("good"), 1)); // nothing changed
        const CtlRun accepted = rehearsed({QStringLiteral("rollback"), QStringLiteral("--to"), before, QStringLiteral("--accept-migrations"),
                                           QStringLiteral("--yes")});
        QVERIFY2(accepted.code == 0, qPrintable(accepted.out + accepted.err));
        QCOMPARE(recoveryOf(QStringLiteral("migration")).value(QStringLiteral("sha")).toString(), before);
    }

    void stopLeavesNothingThenWarmStart()
    {
        QElapsedTimer timer;
        timer.start();
        const CtlRun stop = ctl({QStringLiteral("rehearsal"), QStringLiteral("stop")});
        const double stopSeconds = timer.elapsed() / 1000.0;
        QVERIFY2(stop.code == 0, qPrintable(stop.out + stop.err));
        const QStringList left = leftovers();
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
        QCOMPARE(status().value(QStringLiteral("running")).toBool(), false);
        timer.restart();
        const CtlRun warm = ctl({QStringLiteral("rehearsal"), QStringLiteral("start")});
        const double warmSeconds = timer.elapsed() / 1000.0;
        QVERIFY2(warm.code == 0 && warm.out.contains(QLatin1String("warm start")), qPrintable(warm.out + warm.err));
        QTRY_COMPARE_WITH_TIMEOUT(runningRelease(), releaseOf(QStringLiteral("good"), 0), 5000); // what ran at the stop runs again
        const CtlRun health = rehearsed({QStringLiteral("--json"), QStringLiteral("health")});
        QCOMPARE(QJsonDocument::fromJson(health.out.toUtf8()).object().value(QStringLiteral("worst")).toString(), QStringLiteral("healthy"));
        qInfo("cold start %.1f s, stop %.1f s, warm start %.1f s", m_coldSeconds, stopSeconds, warmSeconds);
    }

    void resetStartsAfresh()
    {
        const QString oldHead = releaseOf(QStringLiteral("good"), 3);
        const CtlRun reset = ctl({QStringLiteral("rehearsal"), QStringLiteral("reset")});
        QVERIFY2(reset.code == 0 && reset.out.contains(QLatin1String("cold start")), qPrintable(reset.out + reset.err));
        const QJsonObject json = status();
        QCOMPARE(json.value(QStringLiteral("running")).toBool(), true);
        QVERIFY(json.value(QStringLiteral("lastRecovery")).isNull());
        QVERIFY(releaseOf(QStringLiteral("good"), 3) != oldHead); // a new history
        QTRY_COMPARE_WITH_TIMEOUT(runningRelease(), releaseOf(QStringLiteral("good"), 2), 5000);
        const CtlRun releases = rehearsed({QStringLiteral("releases"), QStringLiteral("list")});
        QVERIFY2(!releases.out.contains(oldHead.left(7)), qPrintable(releases.out)); // the old release log is gone
        QCOMPARE(ctl({QStringLiteral("rehearsal"), QStringLiteral("stop")}).code, 0);
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(QLatin1Char('\n'))));
    }

    void cleanupTestCase()
    {
        ctl({QStringLiteral("rehearsal"), QStringLiteral("stop")});
    }
};

QTEST_GUILESS_MAIN(TestRehearsal)
#include "tst_rehearsal.moc"
