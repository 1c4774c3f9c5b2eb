// Staging before production on two real droplets: two private dockerd with Compose v2, each
// behind its own sshd, each with its own clone of the one origin. The staging droplet keeps the
// product in a place of its own (clone, lock directory, ports), as a staging beside production
// does: on this machine the two share one network, so their ports must differ.
// Through stratumctl as an operator runs it: production refuses a SHA that has not passed its
// smoke on staging and nothing reaches its droplet; staging takes it and its smoke passes; the
// promotion then runs it on production. A release whose backend never gets ready on staging
// fails its smoke there and is refused on production, which keeps what it runs.
// Then the same two droplets are one production environment of two hosts (the second keeps the
// product in its own place, as `hostPlaces` says): a rolling deploy reaches both; a release that
// never gets ready on the second host (its .env.production still sets a setting the release
// refuses) stops there, that host is rolled back to the known-good release it ran, the first
// keeps the new one, and status says MIXED.
#include "DeployWorld.h"
#include "TestWorld.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace StratumTest;

namespace {
const QByteArray ghcrToken = "ghp_TwoDropletsGhcrToken0123456789abcdef";
}

class TestTwoDroplets : public QObject
{
    Q_OBJECT
private:
    DeployWorld m_world{ghcrToken, "github_pat_11TWODROPLETS_0123456789abcdef", DeployWorld::Engine::RealDocker}; // production
    DockerDroplet m_stagingDocker{QStringLiteral("staging-dk")};
    SshdFixture m_stagingSshd;
    DropletFixture m_stagingDroplet;
    Stratum::KeychainStore m_store{std::chrono::seconds(10)};
    Stratum::Vault m_vault{&m_store};
    QString m_profile;
    QString m_promoted;

    CtlRun ctl(const QStringList &arguments)
    {
        return runStratumctl(QStringList{QStringLiteral("--profile"), m_profile} + arguments, {}, 240000);
    }

    QString release(const QString &name, DockerDroplet::Release kind = DockerDroplet::Release::Good)
    {
        const QString sha = m_world.droplet().commitAndPush(QStringLiteral("app.txt"), name, name);
        [&] {
            QVERIFY2(!m_world.pushImages(sha, kind).isEmpty(), qPrintable(m_world.docker().errorString()));
            QVERIFY(m_world.passGates(&m_vault, sha));
        }();
        return sha;
    }

    CtlRun deployTo(const QString &environment, const QString &sha)
    {
        return ctl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("ssh"), QStringLiteral("--sha"), sha,
                    QStringLiteral("--env"), environment, QStringLiteral("--yes"), QStringLiteral("--confirm"), sha.left(12)});
    }

    CtlRun deployEnvironment(const QString &profile, const QString &sha)
    {
        return runStratumctl({QStringLiteral("--profile"), profile, QStringLiteral("--env"), QStringLiteral("production"), QStringLiteral("deploy"),
                              QStringLiteral("--via"), QStringLiteral("ssh"), QStringLiteral("--sha"), sha, QStringLiteral("--yes"),
                              QStringLiteral("--confirm"), sha.left(12)},
                             {}, 240000);
    }

    CtlRun promote(const QString &sha)
    {
        return ctl({QStringLiteral("promote"), sha.left(12), QStringLiteral("--from"), QStringLiteral("staging"), QStringLiteral("--to"),
                    QStringLiteral("production"), QStringLiteral("--yes"), QStringLiteral("--confirm"), sha.left(12)});
    }

    static QString runs(const DockerDroplet &droplet)
    {
        return droplet.imageOf(QStringLiteral("backend")).section(QLatin1Char(':'), -1);
    }

    QJsonObject placeOfStaging() const
    {
        const QString backend = QStringLiteral("http://127.0.0.1:%1/api/v1/health/").arg(m_stagingDocker.backendPort());
        return {{QStringLiteral("appDir"), m_stagingDroplet.appDir()},
                {QStringLiteral("lockDir"), m_stagingDroplet.lockDir()},
                {QStringLiteral("backendLiveUrl"), QString(backend + QStringLiteral("live"))},
                {QStringLiteral("backendReadyUrl"), QString(backend + QStringLiteral("ready"))},
                {QStringLiteral("frontendPort"), int(m_stagingDocker.frontendPort())}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_world.startOrSkip(), qPrintable(m_world.errorString()));
        QVERIFY2(m_stagingDocker.start(m_world.registry()), qPrintable(m_stagingDocker.errorString()));
        m_stagingSshd.useRealDocker(m_stagingDocker.sshEnvironment());
        QVERIFY2(m_stagingSshd.start(), qPrintable(m_stagingSshd.errorString()));
        m_stagingDroplet.setExtraEnv(m_stagingDocker.envLines() + "LEGACY_SESSION_STORE=memcached\n");
        QVERIFY2(m_stagingDroplet.cloneOf(m_world.droplet(), worldDir() + QStringLiteral("/staging-repos")),
                 qPrintable(m_stagingDroplet.errorString()));
        QVERIFY(m_stagingDocker.backendPort() != m_world.docker().backendPort());

        m_profile = m_world.writeProfile(QStringLiteral("two-droplets.json"), [this](QJsonObject &root) {
            root[QStringLiteral("schema")] = 2;
            root[QStringLiteral("environments")] = QJsonArray{
                QJsonObject{{QStringLiteral("name"), QStringLiteral("staging")}, {QStringLiteral("role"), QStringLiteral("staging")},
                            {QStringLiteral("hosts"), QJsonArray{QStringLiteral("staging-1")}}, {QStringLiteral("place"), placeOfStaging()}},
                QJsonObject{{QStringLiteral("name"), QStringLiteral("production")}, {QStringLiteral("role"), QStringLiteral("production")},
                            {QStringLiteral("hosts"), QJsonArray{QStringLiteral("prod-1")}}}};
        });
        QVERIFY(!m_profile.isEmpty());
        QCOMPARE(m_world.addHostByCtl(m_profile, QStringLiteral("staging-1"), m_stagingSshd, QStringLiteral("staging")), QString());
        QCOMPARE(m_world.addHostByCtl(m_profile, QStringLiteral("prod-1"), m_world.sshd(), QStringLiteral("production")), QString());
        QCOMPARE(m_world.storeSecretsByCtl(m_profile), QString());
    }

    void aReleaseReachesProductionOnlyAfterItsSmokePassedOnStaging()
    {
        const QString sha = release(QStringLiteral("first release"));

        const CtlRun early = promote(sha);
        QCOMPARE(early.code, 3);
        QVERIFY2(early.err.contains(QStringLiteral("%1 has not passed its smoke on staging yet").arg(sha.left(12))), qPrintable(early.err));
        QVERIFY2(m_world.docker().containers().isEmpty(), "production's droplet was not touched");
        QVERIFY(m_stagingDocker.containers().isEmpty());

        QElapsedTimer clock;
        clock.start();
        const CtlRun staged = deployTo(QStringLiteral("staging"), sha);
        QVERIFY2(staged.code == 0, qPrintable(staged.out + staged.err));
        qInfo("deploy to staging: %.1f s", clock.elapsed() / 1000.0);
        QCOMPARE(runs(m_stagingDocker), sha);
        QVERIFY2(m_world.docker().containers().isEmpty(), "staging's deploy ran on staging's droplet only");
        QVERIFY2(QFileInfo::exists(m_stagingDroplet.lockDir() + QStringLiteral("/changes")), "staging's changes are in its own lock directory");
        QVERIFY(!QFileInfo::exists(m_world.droplet().lockDir() + QStringLiteral("/changes")));

        const CtlRun smoke = ctl({QStringLiteral("smoke"), QStringLiteral("--env"), QStringLiteral("staging"), QStringLiteral("--sha"), sha});
        QVERIFY2(smoke.code == 0, qPrintable(smoke.out + smoke.err));
        // Nothing runs on production yet: the frontend answered on staging's own port.
        QVERIFY2(smoke.out.contains(QLatin1String("PASS Frontend reachable")), qPrintable(smoke.out));

        clock.restart();
        const CtlRun promoted = promote(sha);
        QVERIFY2(promoted.code == 0, qPrintable(promoted.out + promoted.err));
        qInfo("promotion to production: %.1f s", clock.elapsed() / 1000.0);
        QVERIFY2(promoted.out.contains(QStringLiteral("%1 passed its smoke on staging").arg(sha.left(12))), qPrintable(promoted.out));
        QCOMPARE(runs(m_world.docker()), sha);
        QCOMPARE(runs(m_stagingDocker), sha);

        for (const QString &environment : {QStringLiteral("staging"), QStringLiteral("production")}) {
            const CtlRun status = ctl({QStringLiteral("status"), QStringLiteral("--env"), environment});
            QVERIFY2(status.code == 0 && status.out.contains(sha.left(12)), qPrintable(environment + status.out + status.err));
        }
        m_promoted = sha;
    }

    void aReleaseThatFailsOnStagingNeverReachesProduction()
    {
        QVERIFY2(!m_promoted.isEmpty(), "needs the promoted release");
        const QString sha = release(QStringLiteral("never ready"), DockerDroplet::Release::NeverReady);
        const CtlRun staged = deployTo(QStringLiteral("staging"), sha);
        QVERIFY2(staged.code != 0, qPrintable(staged.out + staged.err));
        const QString said = staged.out + staged.err;
        QVERIFY2(said.contains(QLatin1String("backend ready")), qPrintable(said));

        const CtlRun smoke = ctl({QStringLiteral("smoke"), QStringLiteral("--env"), QStringLiteral("staging"), QStringLiteral("--sha"), sha});
        QCOMPARE(smoke.code, 1);
        const CtlRun refused = promote(sha);
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("the last smoke of %1 on staging failed").arg(sha.left(12))), qPrintable(refused.err));
        QCOMPARE(runs(m_world.docker()), m_promoted);

        // Each environment's releases are recorded with their droplet.
        const QJsonArray releases =
            QJsonDocument::fromJson(ctl({QStringLiteral("--json"), QStringLiteral("releases"), QStringLiteral("list")}).out.toUtf8()).array();
        QStringList hosts;
        for (const QJsonValue &entry : releases)
            hosts << entry.toObject().value(QStringLiteral("host")).toString();
        QVERIFY2(hosts.contains(QStringLiteral("staging-1")) && hosts.contains(QStringLiteral("prod-1")), qPrintable(hosts.join(u',')));
    }

    // Known-good is each environment's own: a release marked on staging is not production's way back.
    void aReleaseKnownGoodOnStagingIsNotProductionsWayBack()
    {
        QVERIFY2(!m_promoted.isEmpty(), "needs the promoted release");
        const QString staged = release(QStringLiteral("good on staging only"));
        const CtlRun deployed = deployTo(QStringLiteral("staging"), staged);
        QVERIFY2(deployed.code == 0, qPrintable(deployed.out + deployed.err));
        const CtlRun marked = ctl({QStringLiteral("--env"), QStringLiteral("staging"), QStringLiteral("releases"), QStringLiteral("mark-good"), staged,
                                   QStringLiteral("--without-smoke"), QStringLiteral("--reason"), QStringLiteral("it ran well on staging")});
        QVERIFY2(marked.code == 0, qPrintable(marked.out + marked.err));

        const CtlRun refused = ctl({QStringLiteral("rollback"), QStringLiteral("--to"), staged, QStringLiteral("--env"), QStringLiteral("production"),
                                    QStringLiteral("--yes")});
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("%1 is known-good on staging-1 only").arg(staged.left(12))), qPrintable(refused.out + refused.err));
        QCOMPARE(runs(m_world.docker()), m_promoted);
    }

    void aRollingDeployStopsAtTheHostWhoseReleaseNeverGetsReady()
    {
        const QString profile = m_world.writeProfile(QStringLiteral("one-environment-two-droplets.json"), [this](QJsonObject &root) {
            root[QStringLiteral("schema")] = 2;
            root[QStringLiteral("environments")] = QJsonArray{QJsonObject{
                {QStringLiteral("name"), QStringLiteral("production")}, {QStringLiteral("role"), QStringLiteral("production")},
                {QStringLiteral("hosts"), QJsonArray{QStringLiteral("prod-1"), QStringLiteral("prod-2")}},
                {QStringLiteral("hostPlaces"), QJsonObject{{QStringLiteral("prod-2"), placeOfStaging()}}}}};
        });
        QVERIFY(!profile.isEmpty());
        QCOMPARE(m_world.addHostByCtl(profile, QStringLiteral("prod-2"), m_stagingSshd, QStringLiteral("production")), QString());
        const auto rolling = [&profile](const QStringList &arguments) {
            return runStratumctl(QStringList{QStringLiteral("--profile"), profile} + arguments, {}, 240000);
        };

        const QString good = release(QStringLiteral("rolled to both"));
        QElapsedTimer clock;
        clock.start();
        const CtlRun both = deployEnvironment(profile, good);
        QVERIFY2(both.code == 0, qPrintable(both.out + both.err));
        qInfo("rolling deploy to two droplets: %.1f s", clock.elapsed() / 1000.0);
        QVERIFY2(both.out.contains(QStringLiteral("%1 runs on every host: prod-1, prod-2").arg(good.left(12))), qPrintable(both.out));
        QCOMPARE(runs(m_world.docker()), good);
        QCOMPARE(runs(m_stagingDocker), good);
        QCOMPARE(rolling({QStringLiteral("releases"), QStringLiteral("mark-good"), good, QStringLiteral("--without-smoke"), QStringLiteral("--reason"),
                          QStringLiteral("both hosts ran it")}).code,
                 0);

        const QString drifted = release(QStringLiteral("refuses the legacy session store"), DockerDroplet::Release::RefusesLegacySetting);
        clock.restart();
        const CtlRun stopped = deployEnvironment(profile, drifted);
        qInfo("rolling deploy stopped at the second droplet and rolled back there: %.1f s", clock.elapsed() / 1000.0);
        const QString said = stopped.out + stopped.err;
        QVERIFY2(stopped.code != 0, qPrintable(said.right(4000)));
        QVERIFY2(said.contains(QLatin1String("stopped at prod-2")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("rolled back to %1").arg(good.left(12))), qPrintable(said));
        QCOMPARE(runs(m_world.docker()), drifted);
        QCOMPARE(runs(m_stagingDocker), good);

        const CtlRun status = rolling({QStringLiteral("--env"), QStringLiteral("production"), QStringLiteral("status")});
        QCOMPARE(status.code, 1);
        QVERIFY2(status.out.contains(QLatin1String("MIXED")), qPrintable(status.out + status.err));

        // The release log says what each host went through.
        const QJsonArray releases =
            QJsonDocument::fromJson(rolling({QStringLiteral("--json"), QStringLiteral("releases"), QStringLiteral("list")}).out.toUtf8()).array();
        QStringList seen;
        for (const QJsonValue &entry : releases) {
            const QJsonObject object = entry.toObject();
            const QString sha = object.value(QStringLiteral("sha")).toString();
            if (sha == drifted || sha == good)
                seen << QStringList{object.value(QStringLiteral("host")).toString(), object.value(QStringLiteral("method")).toString(),
                                    sha == drifted ? QStringLiteral("drifted") : QStringLiteral("good"),
                                    object.value(QStringLiteral("result")).toString()}
                            .join(u' ');
        }
        const QString log = seen.join(QStringLiteral("; "));
        for (const char *expected : {"prod-1 ssh good success", "prod-2 ssh good success", "prod-1 ssh drifted success",
                                     "prod-2 ssh drifted failed", "prod-2 rollback good success"})
            QVERIFY2(seen.contains(QLatin1String(expected)), qPrintable(QLatin1String(expected) + QStringLiteral(" is not in: ") + log));
        QVERIFY2(!log.contains(QLatin1String("prod-1 rollback")), qPrintable(log));
    }
};

QTEST_GUILESS_MAIN(TestTwoDroplets)
#include "tst_twodroplets.moc"
