// An environment whose engine is Docker's Swarm mode, for real: the droplet's private dockerd
// made a single-node swarm, the clone's compose file a stack file, the deploy lane and
// stratumctl against it over sshd. Deploy (stack deploy, then the wait for the services to
// converge), what runs (read from the services), a release that never gets ready (the swarm
// pauses its update: the change fails), and the rollback to the known-good release. The
// scenarios build on each other; each prints how long it took.
#include "AppSide.h"
#include "DeployWorld.h"
#include "TestWorld.h"

#include "core/droplet/RemoteCommands.h"
#include "core/redaction/Redactor.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Stratum;
using namespace StratumTest;
using namespace std::chrono_literals;

namespace {
const QByteArray ghcrToken = "ghp_SwarmStackGhcrToken0123456789abcdefg";
}

class TestSwarm : public QObject
{
    Q_OBJECT
private:
    DeployWorld m_world{ghcrToken, "github_pat_11SWARMSTACK_0123456789abcdef", DeployWorld::Engine::RealSwarm};
    Profile m_profile;
    QString m_profilePath;
    KeychainStore m_store{10s};
    Vault m_vault{&m_store};
    Redactor m_redactor;
    std::unique_ptr<AppSide> m_app; // the kept sessions, GitHub and the lane, as the app builds them
    QString m_stack;
    QString m_good;
    QString m_output;

    CtlRun ctl(const QStringList &arguments)
    {
        return runStratumctl(QStringList{QStringLiteral("--profile"), m_profilePath} + arguments, {}, 180000);
    }

    static void asSwarm(Profile &profile)
    {
        profile.environments = {Environment{QStringLiteral("production"), QStringLiteral("production"), {}, {QStringLiteral("droplet")},
                                            Environment::Engine::Swarm, {}, {}}};
    }

    ChangePlan plan(ChangeKind kind, const QString &sha)
    {
        ChangeIntent intent;
        intent.kind = kind;
        intent.sha = Sha::parse(sha).value_or(Sha());
        intent.reason = QStringLiteral("swarm");
        std::optional<ChangePlan> planned;
        m_app->lane.plan(intent, this, [&planned](const ChangePlan &p) { planned = p; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(planned.has_value(), 60000); }();
        return planned.value_or(ChangePlan());
    }

    // Plans and runs; the time from confirmation to the end is printed for the closing note.
    ChangeResult planAndRun(ChangeKind kind, const QString &sha, const char *what)
    {
        const ChangePlan planned = plan(kind, sha);
        [&] { QVERIFY2(planned.ready(), qPrintable(planned.message)); }();
        m_output.clear();
        QElapsedTimer clock;
        clock.start();
        std::optional<ChangeResult> result;
        ChangeRun *change = m_app->lane.run(planned, this);
        connect(change, &ChangeRun::output, this, [this](int, bool, const QString &text) { m_output += text; });
        connect(change, &ChangeRun::stepStarted, this, [this](int, const QString &name, const QString &) {
            m_output += QStringLiteral("[step] ") + name + QLatin1Char('\n');
        });
        connect(change, &ChangeRun::finished, this, [&result](const ChangeResult &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 240000); }();
        qInfo("%s %s: %s in %.1f s", what, qPrintable(sha.left(7)), result && result->succeeded() ? "succeeded" : "failed",
              double(clock.elapsed()) / 1000.0);
        return result.value_or(ChangeResult());
    }

    QString release(const QString &name, DockerDroplet::Release kind = DockerDroplet::Release::Good)
    {
        const QString sha = m_world.droplet().commitAndPush(QStringLiteral("app.txt"), name, name);
        [&] {
            QVERIFY(!sha.isEmpty());
            QVERIFY2(!m_world.pushImages(sha, kind).isEmpty(), qPrintable(m_world.docker().errorString()));
            QVERIFY(m_world.passGates(&m_vault, sha));
        }();
        return sha;
    }

    QString running(const QString &service) { return m_world.docker().stackImageOf(m_stack, service).section(QLatin1Char(':'), -1); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<StepReport>();
        qRegisterMetaType<ChangeResult>();
        QVERIFY2(m_world.startOrSkip(), qPrintable(m_world.errorString()));
        m_profile = m_world.profile();
        asSwarm(m_profile);
        m_profilePath = m_world.writeProfile(QStringLiteral("swarm-profile.json"), [](QJsonObject &root) {
            root[QStringLiteral("schema")] = 2;
            root[QStringLiteral("environments")] = QJsonArray{
                QJsonObject{{QStringLiteral("name"), QStringLiteral("production")}, {QStringLiteral("role"), QStringLiteral("production")},
                            {QStringLiteral("hosts"), QJsonArray{QStringLiteral("droplet")}}, {QStringLiteral("engine"), QStringLiteral("swarm")}}};
        });
        m_stack = RemoteCommands(m_profile, QStringLiteral("droplet")).stackName();
        QVERIFY(RemoteCommands(m_profile, QStringLiteral("droplet")).swarm());
        QVERIFY(m_world.storeCredentials(&m_vault, QStringLiteral("droplet")));
        m_app = std::make_unique<AppSide>(m_profile, &m_vault, &m_redactor);
        m_app->hosts.maskDropletEnvValuesWith(&m_redactor);
    }

    void deployIsAStackDeployThatWaitsForConvergence()
    {
        m_good = release(QStringLiteral("first on the swarm"));
        const ChangeResult result = planAndRun(ChangeKind::DeployOverSsh, m_good, "stack deploy");
        QVERIFY2(result.succeeded(), qPrintable(result.message + QLatin1Char('\n') + m_output.right(3000)));
        QVERIFY2(m_output.contains(QLatin1String("the services converged")), qPrintable(m_output.right(2000)));
        for (const QString &service : {QStringLiteral("backend"), QStringLiteral("worker"), QStringLiteral("frontend")})
            QCOMPARE(running(service), m_good);
        const QStringList services = QString::fromUtf8(m_world.docker().docker({QStringLiteral("stack"), QStringLiteral("services"), m_stack,
                                                                               QStringLiteral("--format"), QStringLiteral("{{.Name}}")}).out)
                                         .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(services.size(), 3);
        QVERIFY(m_world.docker().containers().isEmpty()); // nothing ran as a compose project
        QVERIFY(!m_world.lockIsHeld());
        QCOMPARE(ctl({QStringLiteral("releases"), QStringLiteral("mark-good"), m_good, QStringLiteral("--without-smoke"), QStringLiteral("--reason"),
                      QStringLiteral("the swarm's first")}).code, 0);
    }

    void whatRunsIsReadFromTheServices()
    {
        const CtlRun status = ctl({QStringLiteral("--json"), QStringLiteral("status")});
        QVERIFY2(status.code == 0, qPrintable(status.out + status.err));
        QVERIFY2(status.out.contains(m_good), qPrintable(status.out));
        QVERIFY2(status.out.contains(QLatin1String("sha256:")), qPrintable(status.out)); // the digests of what runs
        const CtlRun ps = ctl({QStringLiteral("--json"), QStringLiteral("diag"), QStringLiteral("ps")});
        QCOMPARE(ps.code, 0);
        const QJsonArray containers = QJsonDocument::fromJson(ps.out.toUtf8()).array();
        QCOMPARE(containers.size(), 3);
        for (const QJsonValue &container : containers)
            QCOMPARE(container[QStringLiteral("state")].toString(), QStringLiteral("running"));
        const CtlRun smoke = ctl({QStringLiteral("smoke"), QStringLiteral("--sha"), m_good});
        QVERIFY2(smoke.code == 0, qPrintable(smoke.out + smoke.err));
        const CtlRun logs = ctl({QStringLiteral("diag"), QStringLiteral("logs"), QStringLiteral("worker"), QStringLiteral("--tail"), QStringLiteral("20")});
        QVERIFY2(logs.code == 0 && logs.out.contains(QLatin1String("ingestion cycle")), qPrintable(logs.out + logs.err));
    }

    void aReleaseThatNeverGetsReadyFailsAndRollsBack()
    {
        const QString broken = release(QStringLiteral("never ready on the swarm"), DockerDroplet::Release::NeverReady);
        const ChangeResult failed = planAndRun(ChangeKind::DeployOverSsh, broken, "stack deploy of a release that never gets ready");
        QVERIFY2(!failed.succeeded(), qPrintable(m_output.right(2000)));
        QVERIFY2(m_output.contains(QLatin1String("the swarm stopped the update")) || m_output.contains(QLatin1String("not converged")),
                 qPrintable(m_output.right(2000)));
        QVERIFY(!m_world.lockIsHeld());

        const ChangeResult back = planAndRun(ChangeKind::Rollback, m_good, "rollback (stack deploy of the known-good SHA)");
        QVERIFY2(back.succeeded(), qPrintable(back.message + QLatin1Char('\n') + m_output.right(3000)));
        for (const QString &service : {QStringLiteral("backend"), QStringLiteral("worker"), QStringLiteral("frontend")})
            QCOMPARE(running(service), m_good);
        const CtlRun health = ctl({QStringLiteral("--json"), QStringLiteral("health")});
        QVERIFY2(health.code == 0, qPrintable(health.out + health.err));
    }

    // docker service rollback, offered as the quick way back for the last change: each service
    // goes back to its spec before the last update, under the lock, audited with the reason.
    void theSwarmsQuickWayBackUndoesTheLastUpdate()
    {
        const QString next = release(QStringLiteral("second good one on the swarm"));
        QVERIFY2(planAndRun(ChangeKind::DeployOverSsh, next, "stack deploy").succeeded(), qPrintable(m_output.right(2000)));
        QCOMPARE(running(QStringLiteral("backend")), next);
        QCOMPARE(ctl({QStringLiteral("swarm"), QStringLiteral("undo-update")}).code, 2); // a reason is required
        // The window's door (by host name) connects, then asks the same of the reason.
        std::optional<DeployLane::CommandOutcome> refused;
        m_app->lane.undoSwarmUpdate(QStringLiteral("droplet"), QStringLiteral("  "), this, {},
                                    [&refused](const DeployLane::CommandOutcome &outcome) { refused = outcome; });
        QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), 30000);
        QVERIFY(refused->badInput && !refused->ran);
        QVERIFY2(refused->error.contains(QLatin1String("needs a reason")), qPrintable(refused->error));
        refused.reset();
        m_app->lane.undoSwarmUpdate(QStringLiteral("no-such-host"), QStringLiteral("why"), this, {},
                                    [&refused](const DeployLane::CommandOutcome &outcome) { refused = outcome; });
        QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), 30000);
        QVERIFY2(!refused->ran && !refused->error.isEmpty(), qPrintable(refused->error));
        // The CLI connects ahead of the command: a service the stack does not have is turned away before any connection.
        const int connectionsBefore = m_world.sshd().connectionsSeen();
        const CtlRun noSuchService = ctl({QStringLiteral("swarm"), QStringLiteral("undo-update"), QStringLiteral("--service"),
                                          QStringLiteral("no-such-service"), QStringLiteral("--reason"), QStringLiteral("why")});
        QCOMPARE(noSuchService.code, 2);
        QVERIFY2(noSuchService.err.contains(QLatin1String("the profile has no service \"no-such-service\"")), qPrintable(noSuchService.err));
        QCOMPARE(m_world.sshd().connectionsSeen(), connectionsBefore);

        QElapsedTimer clock;
        clock.start();
        const CtlRun undo = ctl({QStringLiteral("swarm"), QStringLiteral("undo-update"), QStringLiteral("--reason"),
                                 QStringLiteral("the second one logs errors")});
        qInfo("docker service rollback of the stack: %s in %.1f s", undo.code == 0 ? "succeeded" : "failed", double(clock.elapsed()) / 1000.0);
        QVERIFY2(undo.code == 0, qPrintable(undo.out + undo.err));
        QVERIFY2(undo.out.contains(QStringLiteral("the backend runs %1").arg(m_good)), qPrintable(undo.out));
        for (const QString &service : {QStringLiteral("backend"), QStringLiteral("worker"), QStringLiteral("frontend")})
            QCOMPARE(running(service), m_good);
        QVERIFY(!m_world.lockIsHeld());
        const CtlRun audit = ctl({QStringLiteral("audit")});
        QVERIFY2(audit.out.contains(QLatin1String("the second one logs errors")), qPrintable(audit.out.right(2000)));

        // In the release log like any change: what the stack runs after it, by whom and why.
        const CtlRun log = ctl({QStringLiteral("--json"), QStringLiteral("releases"), QStringLiteral("list")});
        const QJsonObject newest = QJsonDocument::fromJson(log.out.toUtf8()).array().first().toObject();
        QCOMPARE(newest.value(QStringLiteral("method")).toString(), QStringLiteral("swarm-undo"));
        QCOMPARE(newest.value(QStringLiteral("sha")).toString(), m_good);
        QCOMPARE(newest.value(QStringLiteral("result")).toString(), QStringLiteral("success"));
        QCOMPARE(newest.value(QStringLiteral("note")).toString(), QStringLiteral("the second one logs errors"));
        QVERIFY2(!undo.err.contains(QLatin1String("not recorded")), qPrintable(undo.err));
    }
};

QTEST_GUILESS_MAIN(TestSwarm)
#include "tst_swarm.moc"
