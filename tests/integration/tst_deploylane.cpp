// The deploy lane against real peers: DeployLane plans (ChangePlanner: gates
// through GateKeeper, pre-flight, current → target) and runs only what it
// planned (ApprovedChange → DropletOperation), for the emergency deploy by
// SHA, the rollback and the env restarts — sshd with the docker shim, a real
// git droplet, docker-registry behind a GHCR-like token gate, the fake GitHub
// the gates ask, and the real keychain.
#include "AppSide.h"
#include "DeployWorld.h"
#include "TestWorld.h"

#include "core/audit/AuditLog.h"
#include "core/deploy/DeployLane.h"
#include "core/droplet/RemoteCommands.h"
#include "core/github/GitHubAccess.h"
#include "core/platform/AppPaths.h"
#include "core/redaction/Redactor.h"
#include "core/ssh/RemoteHost.h"
#include "core/ssh/RemoteHosts.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QProcess>
#include <QTest>

using namespace Stratum;
using namespace StratumTest;
using namespace std::chrono_literals;

namespace {
const QByteArray ghcrToken = "ghp_DeployTestGhcrToken0123456789abcdef";
}

class TestDeployLane : public QObject
{
    Q_OBJECT
private:
    DeployWorld m_world{ghcrToken};
    Profile m_profile;
    std::unique_ptr<KeychainStore> m_store;
    std::unique_ptr<Vault> m_vault;
    Redactor m_redactor;
    std::unique_ptr<AppSide> m_app;
    GateOverride m_override;
    bool m_passGates = true; // tests of the gates themselves turn this off
    QStringList m_allOutput; // everything the changes showed

    struct Run {
        ChangePlan plan;
        ChangeResult result;
        QList<StepReport> steps;
        QString output;
        bool ran = false;
        ChangeRun *running = nullptr;
    };

    ChangePlan planOf(DeployLane &lane, ChangeKind kind, const QString &sha)
    {
        ChangeIntent intent;
        intent.kind = kind;
        intent.sha = Sha::parse(sha).value_or(Sha());
        intent.reason = QStringLiteral("test");
        intent.override = m_override;
        if (m_passGates && isGated(kind)) {
            for (const QString &commit : m_world.droplet().commits()) {
                if (Sha::isPrefixText(sha) && commit.startsWith(sha.toLower()))
                    m_world.passGates(m_vault.get(), commit);
            }
        }
        std::optional<ChangePlan> plan;
        lane.plan(intent, this, [&plan](const ChangePlan &p) { plan = p; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(plan.has_value(), 30000); }();
        return plan.value_or(ChangePlan());
    }

    ChangeRun *start(DeployLane &lane, const ChangePlan &plan, Run *run)
    {
        ChangeRun *change = lane.run(plan, this);
        run->ran = true;
        connect(change, &ChangeRun::output, this, [this, run](int, bool, const QString &text) {
            run->output += text;
            m_allOutput << text;
        });
        connect(change, &ChangeRun::stepStarted, this, [this, run](int, const QString &name, const QString &command) {
            run->output += QStringLiteral("$ ") + name + QStringLiteral(": ") + command + QLatin1Char('\n');
            m_allOutput << command;
        });
        connect(change, &ChangeRun::stepFinished, this, [run](const StepReport &report) { run->steps << report; });
        connect(change, &ChangeRun::finished, this, [run](const ChangeResult &result) { run->result = result; });
        return change;
    }

    // Plans the change and, when the plan is ready, runs it to its end.
    Run change(ChangeKind kind, const QString &sha, std::function<void(ChangeRun *)> during = {})
    {
        Run run;
        run.result.outcome = ChangeResult::Outcome(-1);
        run.plan = planOf(m_app->lane, kind, sha);
        if (!run.plan.ready())
            return run;
        ChangeRun *running = start(m_app->lane, run.plan, &run);
        if (during)
            during(running);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(int(run.result.outcome) != -1, 60000); }();
        return run;
    }

    // A new commit with its images pushed and its gates passed, the droplet on an older one:
    // its deploy planned and started by `app` (an app side with timing of its own) with the
    // docker shim in `dockerMode`. Returns the SHA; `run` fills in as the change goes.
    QString startDeployOfANewCommit(AppSide &app, const QString &name, const QString &dockerMode, Run *run)
    {
        const QString sha = m_world.droplet().commitAndPush(QStringLiteral("app.txt"), name, name);
        m_world.pushImages(sha);
        m_world.setRunningImages(m_world.droplet().commits().at(1));
        m_world.sshd().setDockerMode(dockerMode);
        [&] {
            QVERIFY(m_world.passGates(m_vault.get(), sha));
            run->plan = planOf(app.lane, ChangeKind::DeployOverSsh, sha);
            QVERIFY2(run->plan.ready(), qPrintable(run->plan.message));
        }();
        run->result.outcome = ChangeResult::Outcome(-1);
        if (run->plan.ready())
            run->running = start(app.lane, run->plan, run);
        return sha;
    }

    ReleaseLog releaseLog()
    {
        std::optional<Vault::Result<ReleaseLog>> loaded;
        m_vault->loadReleaseLog(m_profile.id, this, [&](const Vault::Result<ReleaseLog> &r) { loaded = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 15000); }();
        return loaded ? loaded->value : ReleaseLog();
    }

    void saveReleaseLog(const ReleaseLog &log)
    {
        QVERIFY(awaitKeychain([&](QObject *context, auto done) { m_vault->saveReleaseLog(m_profile.id, log, context, done); }));
    }

    void markKnownGood(const QString &sha)
    {
        ReleaseLog log = releaseLog();
        log.markKnownGood(sha, QStringLiteral("me"), {}, QStringLiteral("smoke passed"));
        saveReleaseLog(log);
    }

    QStringList calls(const QString &prefix) const { return m_world.dockerCalls(prefix); }

    RemoteResult runOnDroplet(const QString &command)
    {
        std::optional<RemoteResult> answer;
        m_app->hosts.withHost(QStringLiteral("droplet"), this, [&](RemoteHost *host, const QString &) {
            host->run(command, std::chrono::seconds(20), this, {{}, {}, [&answer](const RemoteResult &r) { answer = r; }});
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000); }();
        return answer.value_or(RemoteResult());
    }



    // Whether a `sleep SECONDS` of this test's docker shim still runs.
    static bool shimSleeping(const QString &seconds)
    {
        for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
            QFile environment(QStringLiteral("/proc/%1/environ").arg(pid));
            if (!cmdline.open(QIODevice::ReadOnly) || cmdline.readAll() != "sleep\0" + seconds.toUtf8() + '\0')
                continue;
            if (environment.open(QIODevice::ReadOnly) && environment.readAll().contains(worldDir().toUtf8()))
                return true;
        }
        return false;
    }
    QString composeUp() const { return QStringLiteral("compose -f docker-compose.prod.yml --env-file .env.production up"); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<StepReport>();
        qRegisterMetaType<ChangeResult>();
        QVERIFY2(m_world.start(), qPrintable(m_world.errorString()));
        m_profile = m_world.profile();
        m_store = std::make_unique<KeychainStore>(10s);
        m_vault = std::make_unique<Vault>(m_store.get());
        QVERIFY(m_world.storeCredentials(m_vault.get(), QStringLiteral("droplet")));
        m_app = std::make_unique<AppSide>(m_profile, m_vault.get(), &m_redactor);

        // The droplet "echoes" secrets: compose up prints env values and the GHCR token.
        m_world.sshd().setDockerOutput(QStringLiteral("compose-up"),
                                       QByteArray(DropletFixture::plantedEnv()) + "login with " + ghcrToken + "\n");
        m_world.sshd().setDockerOutput(QStringLiteral("compose-logs"), QByteArray(DropletFixture::plantedEnv()));
    }

    void init()
    {
        m_override = {};
        m_passGates = true;
        m_world.sshd().setDockerMode(SshdFixture::DockerMode::Ok);
        m_world.clearDockerCalls();
    }

    void fullEmergencyDeploy()
    {
        const QString sha = m_world.droplet().commitAndPush(QStringLiteral("app.txt"), QStringLiteral("v2"), QStringLiteral("v2"));
        const QString backendDigest = m_world.pushImages(sha);
        m_world.setRunningImages(sha);

        const Run run = change(ChangeKind::DeployOverSsh, sha);
        QVERIFY2(run.plan.ready(), qPrintable(run.plan.message));
        QVERIFY(run.plan.confirmationText().contains(QStringLiteral("target   %1").arg(sha)));
        QVERIFY(std::any_of(run.plan.preflight.cbegin(), run.plan.preflight.cend(), [](const PreflightCheck &check) {
            return check.name.contains(QLatin1String("disk space")) && check.passed; // forward deploys pull too
        }));
        QVERIFY2(run.result.succeeded(), qPrintable(run.result.message + run.output));
        QCOMPARE(run.result.backendDigest, backendDigest);
        QVERIFY(m_world.tokenGate().tokensIssued() > 0);

        QCOMPARE(calls(QStringLiteral("pull ")).size(), 2);
        QVERIFY(!calls(QStringLiteral("pull ") + m_profile.backendImageRef(sha)).isEmpty());
        const QStringList up = calls(composeUp() + QStringLiteral(" -d --no-build --remove-orphans"));
        QCOMPARE(up.size(), 1);
        QVERIFY(up.first().contains(QStringLiteral("BACKEND_IMAGE=") + m_profile.backendImageRef(sha)));
        QVERIFY(up.first().contains(QStringLiteral("WORKER_IMAGE=") + m_profile.backendImageRef(sha)));
        QVERIFY(up.first().contains(QStringLiteral("FRONTEND_IMAGE=") + m_profile.frontendImageRef(sha)));
        QVERIFY(up.first().contains(QStringLiteral("PWD=") + m_world.droplet().appDir()));
        QCOMPARE(calls(QStringLiteral("manifest inspect ")).size(), 2);
        QVERIFY(!m_world.lockIsHeld());

        // The droplet's checkout moved to the new main.
        QCOMPARE(m_world.dropletHead(), sha);
        const auto entry = releaseLog().latest(sha);
        QVERIFY(entry.has_value());
        QCOMPARE(entry->method, QStringLiteral("ssh"));
        QCOMPARE(entry->result, QStringLiteral("success"));
        QCOMPARE(entry->backendDigest, backendDigest);
        // Every step reports its command, status and duration.
        QVERIFY(run.steps.size() >= 12);
        for (const StepReport &step : run.steps)
            QVERIFY2(step.ok, qPrintable(step.name));
    }

    void shortShaIsResolvedOnTheDroplet()
    {
        const QString sha = m_world.droplet().commitAndPush(QStringLiteral("app.txt"), QStringLiteral("v3"), QStringLiteral("v3"));
        m_world.pushImages(sha);
        m_world.setRunningImages(sha);
        const Run run = change(ChangeKind::DeployOverSsh, sha.left(9));
        QVERIFY2(run.result.succeeded(), qPrintable(run.result.message));
        QCOMPARE(run.result.sha, sha);
        QVERIFY(!calls(QStringLiteral("pull ") + m_profile.frontendImageRef(sha)).isEmpty());
    }

    void unknownShaFailsBeforeAnyContainerChanges()
    {
        m_override = {true, QStringLiteral("test: an unknown SHA still fails on the droplet")};
        const Run run = change(ChangeKind::DeployOverSsh, QStringLiteral("deadbeefdeadbeef"));
        QVERIFY2(run.plan.ready(), qPrintable(run.plan.message));
        QVERIFY(run.plan.gatesOverridden());
        QCOMPARE(run.result.outcome, ChangeResult::Outcome::Failed);
        QCOMPARE(run.result.failedStep, QStringLiteral("resolve the SHA"));
        QVERIFY(run.result.message.contains(QLatin1String("not a commit")));
        QVERIFY(calls(QStringLiteral("pull ")).isEmpty());
        QVERIFY(!m_world.lockIsHeld());
    }

    void shellCharactersNeverBecomeAPlan()
    {
        for (const QString &bad : {QStringLiteral("abc1234;reboot"), QStringLiteral("$(id)"), QStringLiteral("abc1234 && rm -rf /")}) {
            QVERIFY(!Sha::parse(bad).has_value());
            const Run run = change(ChangeKind::DeployOverSsh, bad); // the intent carries no SHA then
            QCOMPARE(run.plan.verdict, ChangePlan::Verdict::BadInput);
            QVERIFY(!run.ran);
        }
        QVERIFY(m_world.sshd().dockerCalls().isEmpty());
    }

    void aPlanTheLaneDidNotMakeIsRefused()
    {
        const QString sha = m_world.droplet().commits().last();
        const int loginsBefore = m_world.sshLogins();
        ChangePlan forged;
        forged.id = 987654;
        forged.verdict = ChangePlan::Verdict::Ready;
        forged.intent.kind = ChangeKind::DeployOverSsh;
        forged.intent.sha = *Sha::parse(sha);
        forged.targetSha = *Sha::parseFull(sha);
        Run run;
        run.result.outcome = ChangeResult::Outcome(-1);
        start(m_app->lane, forged, &run);
        QTRY_VERIFY_WITH_TIMEOUT(int(run.result.outcome) != -1, 10000);
        QCOMPARE(run.result.outcome, ChangeResult::Outcome::Refused);
        QVERIFY(run.result.message.contains(QLatin1String("not planned by the core")));

        // A plan the lane made runs once, and the lane's own copy of it: a caller's edits do not count.
        ChangePlan refused = planOf(m_app->lane, ChangeKind::Rollback, QStringLiteral("0123456789abcdef0123456789abcdef01234567"));
        QVERIFY(!refused.ready());
        refused.verdict = ChangePlan::Verdict::Ready;
        Run second;
        second.result.outcome = ChangeResult::Outcome(-1);
        start(m_app->lane, refused, &second);
        QTRY_VERIFY_WITH_TIMEOUT(int(second.result.outcome) != -1, 10000);
        QCOMPARE(second.result.outcome, ChangeResult::Outcome::Refused);
        QVERIFY(m_world.sshd().dockerCalls().isEmpty());
        QCOMPARE(m_world.sshLogins(), loginsBefore); // proven from the droplet's side
    }

    // The front end let go of the run while its registry credentials were still being read from
    // the keychain (a window closed, the CLI interrupted): nothing runs afterwards, nothing crashes.
    void aRunDeletedBeforeItStartsChangesNothing()
    {
        const QString sha = m_world.droplet().commitAndPush(QStringLiteral("app.txt"), QStringLiteral("v-gone"), QStringLiteral("v-gone"));
        m_world.pushImages(sha);
        const ChangePlan plan = planOf(m_app->lane, ChangeKind::DeployOverSsh, sha);
        QVERIFY2(plan.ready(), qPrintable(plan.message));
        m_world.clearDockerCalls();
        const int loginsBefore = m_world.sshLogins();
        delete m_app->lane.run(plan, this);
        QTest::qWait(2000);
        QVERIFY(m_world.sshd().dockerCalls().isEmpty());
        QVERIFY(!m_world.lockIsHeld());
        QCOMPARE(m_world.sshLogins(), loginsBefore);
    }

    void imageThatAppearsLateIsWaitedFor()
    {
        const QString sha = m_world.droplet().commitAndPush(QStringLiteral("app.txt"), QStringLiteral("v4"), QStringLiteral("v4"));
        m_world.registry().pushImage(DeployWorld::backendRepo(), sha);
        m_world.setRunningImages(sha);
        const Run run = change(ChangeKind::DeployOverSsh, sha, [this, sha](ChangeRun *) {
            QTimer::singleShot(1500, this, [this, sha]() { m_world.registry().pushImage(DeployWorld::frontendRepo(), sha); });
        });
        QVERIFY2(run.result.succeeded(), qPrintable(run.result.message));
        QVERIFY(run.output.contains(QLatin1String("waiting for the images")));
    }

    // A registry outage (HTTP 503) while waiting for the images is waited out with backoff, not the end of the deploy.
    void registryOutageWhileWaitingForImagesIsRetried()
    {
        const QString sha = m_world.droplet().commitAndPush(QStringLiteral("app.txt"), QStringLiteral("outage"), QStringLiteral("outage"));
        m_world.pushImages(sha);
        m_world.setRunningImages(sha);
        m_world.tokenGate().setDown(true);
        const int before = m_world.tokenGate().unavailableAnswers();
        const Run run = change(ChangeKind::DeployOverSsh, sha, [this](ChangeRun *running) {
            connect(running, &ChangeRun::stepStarted, this, [this](int, const QString &name, const QString &) {
                if (name == QLatin1String("wait for both images in the registry"))
                    QTimer::singleShot(1500, this, [this]() { m_world.tokenGate().setDown(false); });
            });
        });
        m_world.tokenGate().setDown(false);
        QVERIFY2(run.result.succeeded(), qPrintable(run.result.message + run.output.right(1500)));
        QVERIFY(m_world.tokenGate().unavailableAnswers() > before);
        QVERIFY2(run.output.contains(QLatin1String("the registry did not answer properly")), qPrintable(run.output.right(1500)));
    }

    void imageThatNeverAppearsTimesOutAndChangesNoContainer()
    {
        const QString sha = m_world.droplet().commitAndPush(QStringLiteral("app.txt"), QStringLiteral("v5"), QStringLiteral("v5"));
        m_world.registry().pushImage(DeployWorld::backendRepo(), sha);
        const Run run = change(ChangeKind::DeployOverSsh, sha);
        QCOMPARE(run.result.outcome, ChangeResult::Outcome::Failed);
        QCOMPARE(run.result.failedStep, QStringLiteral("wait for both images in the registry"));
        QVERIFY(run.result.message.contains(QLatin1String("did not appear within 3 s")));
        QVERIFY(calls(QStringLiteral("pull ")).isEmpty());
        QVERIFY(calls(QStringLiteral("compose -f")).size() == calls(QStringLiteral("compose -f docker-compose.prod.yml --env-file .env.production ps")).size());
        QVERIFY(!m_world.lockIsHeld());
    }

    void cancelWhileWaitingStops()
    {
        const QString sha = m_world.droplet().commitAndPush(QStringLiteral("app.txt"), QStringLiteral("v6"), QStringLiteral("v6"));
        const Run run = change(ChangeKind::DeployOverSsh, sha, [](ChangeRun *running) {
            QTimer::singleShot(1200, running, &ChangeRun::cancel);
        });
        QCOMPARE(run.result.outcome, ChangeResult::Outcome::Cancelled);
        QVERIFY(calls(QStringLiteral("pull ")).isEmpty());
        QVERIFY(!m_world.lockIsHeld());
    }

    void failures_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("failedStep");
        QTest::addColumn<bool>("composeRan");
        QTest::addRow("pull fails") << "fail:pull" << "pull the backend image" << false;
        QTest::addRow("droplet cannot see image") << "fail:manifest" << "droplet sees the backend image" << false;
        QTest::addRow("compose fails") << "fail:compose-up" << "compose up" << true;
    }

    void failures()
    {
        QFETCH(QString, mode);
        QFETCH(QString, failedStep);
        QFETCH(bool, composeRan);
        const QString sha = m_world.droplet().commits().last();
        m_world.pushImages(sha);
        m_world.sshd().setDockerMode(mode);
        const Run run = change(ChangeKind::DeployOverSsh, sha);
        QCOMPARE(run.result.outcome, ChangeResult::Outcome::Failed);
        QCOMPARE(run.result.failedStep, failedStep);
        QCOMPARE(!calls(composeUp()).isEmpty(), composeRan);
        QVERIFY(!m_world.lockIsHeld());
        QCOMPARE(run.steps.last().ok, false);
        QCOMPARE(run.steps.last().exitStatus, 1);
        const auto entry = releaseLog().latest(sha);
        QCOMPARE(entry->result, QStringLiteral("failed"));
        QCOMPARE(entry->failedStep, failedStep);
    }

    // compose up runs detached on the droplet: a dropped connection does not stop it; the
    // change reconnects, follows it to its end and records what really happened.
    void droppedConnectionDuringComposeUpIsFollowedToItsEnd()
    {
        const QString sha = m_world.droplet().commits().last();
        m_world.pushImages(sha);
        m_world.setRunningImages(sha);
        m_world.sshd().setDockerMode(QStringLiteral("slow:compose-up:3"));
        const Run run = change(ChangeKind::DeployOverSsh, sha, [this](ChangeRun *running) {
            connect(running, &ChangeRun::stepStarted, this, [this](int, const QString &name, const QString &) {
                if (name == QLatin1String("compose up"))
                    QTimer::singleShot(1000, this, [this]() { m_world.sshd().dropConnections(); });
            });
        });
        QVERIFY2(run.result.succeeded(), qPrintable(run.result.message + run.output.right(2000)));
        QVERIFY2(run.output.contains(QLatin1String("the connection to the droplet dropped during \"compose up\"")),
                 qPrintable(run.output.right(2000)));
        QVERIFY(run.output.contains(QLatin1String("reconnected after")));
        QCOMPARE(calls(composeUp()).size(), 1); // it ran once, and to its end
        QVERIFY(!m_world.lockIsHeld());
        QCOMPARE(releaseLog().latest(sha)->result, QStringLiteral("success"));
    }

    void droppedLongerThanTheWindowKeepsTheLockUntilTheStepHasEnded()
    {
        Profile shortWindow = m_profile;
        shortWindow.timing.reattachSeconds = 3;
        AppSide app(shortWindow, m_vault.get(), &m_redactor);
        Run run;
        const QString sha = startDeployOfANewCommit(app, QStringLiteral("away"), QStringLiteral("slow:compose-up:6"), &run);
        ChangeRun *running = run.running;
        QVERIFY(running);
        connect(running, &ChangeRun::stepStarted, this, [this](int, const QString &name, const QString &) {
            if (name == QLatin1String("compose up"))
                QTimer::singleShot(1000, this, [this]() { // the droplet goes away
                    m_world.sshd().dropConnections();
                    m_world.sshd().stop();
                });
        });
        QTRY_VERIFY_WITH_TIMEOUT(int(run.result.outcome) != -1, 60000);
        QCOMPARE(run.result.outcome, ChangeResult::Outcome::Interrupted);
        QVERIFY2(run.result.message.contains(QLatin1String("may still be running on the droplet")), qPrintable(run.result.message));
        QVERIFY2(m_world.lockIsHeld(), "the lock stays with the change while its step may still run");
        QCOMPARE(releaseLog().latest(sha)->result, QStringLiteral("interrupted"));

        // compose up ends on the droplet without the app; the droplet comes back.
        const QString status = QDir(m_world.droplet().lockDir()).absoluteFilePath(QStringLiteral("changes"));
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(status).entryList({QStringLiteral("*")}, QDir::Dirs | QDir::NoDotAndDotDot).isEmpty(), 5000);
        QString stepStatus;
        QTRY_VERIFY_WITH_TIMEOUT(!(stepStatus = m_world.newestStepStatus(QStringLiteral("compose up"))).isEmpty(), 20000);
        QCOMPARE(stepStatus, QStringLiteral("0"));
        QVERIFY(m_world.sshd().restart());
        m_world.backdateAttached(); // as if its app stopped long ago

        // The next plan, from anywhere, records the true result and frees the lock.
        const ChangePlan next = planOf(m_app->lane, ChangeKind::EnvRestart, QString());
        QVERIFY2(next.ready(), qPrintable(next.message));
        QVERIFY2(next.warnings.join(QLatin1Char(' ')).contains(QLatin1String("it succeeded")), qPrintable(next.warnings.join(QLatin1Char('|'))));
        QVERIFY(!m_world.lockIsHeld());
        const ReleaseEntry recorded = *releaseLog().latest(sha);
        QCOMPARE(recorded.result, QStringLiteral("success"));
        QVERIFY(recorded.note.contains(QLatin1String("after its app stopped")));
        QCOMPARE(AuditLog::read().last().value(QStringLiteral("event")).toString(), QStringLiteral("change-recovered"));
    }

    void cancelStopsTheDetachedStepOnTheDroplet()
    {
        const QString sha = m_world.droplet().commits().last();
        m_world.pushImages(sha);
        m_world.setRunningImages(sha);
        m_world.sshd().setDockerMode(QStringLiteral("slow:compose-up:30"));
        QElapsedTimer clock;
        clock.start();
        const Run run = change(ChangeKind::DeployOverSsh, sha, [this](ChangeRun *running) {
            connect(running, &ChangeRun::stepStarted, this, [running](int, const QString &name, const QString &) {
                if (name == QLatin1String("compose up"))
                    QTimer::singleShot(1000, running, &ChangeRun::cancel);
            });
        });
        QCOMPARE(run.result.outcome, ChangeResult::Outcome::Cancelled);
        QVERIFY2(run.result.message.contains(QLatin1String("stopped on the droplet")), qPrintable(run.result.message));
        QVERIFY(run.output.contains(QLatin1String("stopping \"compose up\" on the droplet")));
        QVERIFY2(clock.elapsed() < 25000, "the 30 s step was stopped, not waited out");
        QVERIFY(!m_world.lockIsHeld());
        QVERIFY2(!shimSleeping(QStringLiteral("30")), "no part of the step is left running on the droplet");
    }

    // A step longer than its time limit is stopped on the droplet, not only given up here.
    void aStepOverItsTimeLimitIsStoppedOnTheDroplet()
    {
        Profile shortSteps = m_profile;
        shortSteps.timing.stepSeconds = 4;
        AppSide app(shortSteps, m_vault.get(), &m_redactor);
        Run run;
        startDeployOfANewCommit(app, QStringLiteral("slow"), QStringLiteral("slow:compose-up:31"), &run);
        QVERIFY(run.running);
        QTRY_VERIFY_WITH_TIMEOUT(int(run.result.outcome) != -1, 60000);
        m_world.sshd().setDockerMode(QStringLiteral("ok"));
        QCOMPARE(run.result.outcome, ChangeResult::Outcome::Failed);
        QVERIFY2(run.result.message.contains(QLatin1String("stopped it on the droplet")), qPrintable(run.result.message));
        QTRY_VERIFY2_WITH_TIMEOUT(!shimSleeping(QStringLiteral("31")), "the step's process is gone on the droplet", 10000);
        QVERIFY(!m_world.lockIsHeld());
    }

    void secondConcurrentDeployIsRefused()
    {
        const QString sha = m_world.droplet().commits().last();
        m_world.pushImages(sha);
        m_world.sshd().setDockerMode(SshdFixture::DockerMode::Slow, 1);
        AppSide other(m_profile, m_vault.get(), &m_redactor); // a second machine
        const ChangePlan planA = planOf(m_app->lane, ChangeKind::DeployOverSsh, sha);
        const ChangePlan planB = planOf(other.lane, ChangeKind::DeployOverSsh, sha);
        QVERIFY2(planA.ready() && planB.ready(), qPrintable(planA.message + QLatin1Char('\n') + planB.message));
        Run first, second;
        first.result.outcome = second.result.outcome = ChangeResult::Outcome(-1);
        start(m_app->lane, planA, &first);
        start(other.lane, planB, &second);
        QTRY_VERIFY_WITH_TIMEOUT(int(first.result.outcome) != -1 && int(second.result.outcome) != -1, 90000);
        QCOMPARE(int(first.result.succeeded()) + int(second.result.succeeded()), 1); // exactly one deploy ran
        const Run &loser = first.result.succeeded() ? second : first;
        QCOMPARE(loser.result.outcome, ChangeResult::Outcome::Refused);
        QVERIFY(!loser.result.dropletChanged);
        QVERIFY(loser.result.message.contains(operatorName()));
        QVERIFY(loser.result.message.contains(QLatin1String("since")));
        QVERIFY(!m_world.lockIsHeld());
    }

    // The operator's terminal and the app (another process, the same keychain) deploy at the
    // same moment: the droplet's lock lets exactly one through and the other names the holder.
    void cliAndAppRaceForTheLock()
    {
        const QString sha = m_world.droplet().commits().last();
        m_world.pushImages(sha);
        const ChangePlan plan = planOf(m_app->lane, ChangeKind::DeployOverSsh, sha);
        QVERIFY2(plan.ready(), qPrintable(plan.message));
        // Slow only once planned: the two changes overlap on the droplet, the plan's pre-flight is not in the race.
        m_world.sshd().setDockerMode(SshdFixture::DockerMode::Slow, 1);
        const QString profilePath = m_world.writeProfile(QStringLiteral("race-profile.json"));
        QProcess cli;
        cli.start(qEnvironmentVariable("STRATUMCTL"), {QStringLiteral("--profile"), profilePath, QStringLiteral("deploy"),
                                                       QStringLiteral("--via"), QStringLiteral("ssh"), QStringLiteral("--sha"), sha,
                                                       QStringLiteral("--host"), QStringLiteral("droplet"), QStringLiteral("--yes")});
        Run app;
        app.result.outcome = ChangeResult::Outcome(-1);
        start(m_app->lane, plan, &app);
        QTRY_VERIFY_WITH_TIMEOUT(int(app.result.outcome) != -1 && cli.state() == QProcess::NotRunning, 120000);
        const QString cliSaid = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
        const bool cliWon = cli.exitCode() == 0;
        QVERIFY2(cliWon != app.result.succeeded(), qPrintable(QStringLiteral("exactly one deploys; the CLI said: ") + cliSaid));
        const QString loserSaid = cliWon ? app.result.message : cliSaid;
        QVERIFY2(loserSaid.contains(QLatin1String("since")), qPrintable(loserSaid)); // who holds it, since when
        if (!cliWon)
            QCOMPARE(cli.exitCode(), 3);
        QVERIFY(!m_world.lockIsHeld());
    }

    void rollbackPreflightFailuresChangeNothing_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("check");
        QTest::addRow("not known-good") << "not-known-good" << "is known-good";
        QTest::addRow("image missing") << "image-missing" << "both images in the registry";
        QTest::addRow("lock held") << "lock-held" << "deploy lock is free";
    }

    void rollbackPreflightFailuresChangeNothing()
    {
        QFETCH(QString, problem);
        QFETCH(QString, check);
        const QString sha = m_world.droplet().commits().first(); // no images were pushed for the first commit
        ReleaseLog log = releaseLog();
        if (problem != QLatin1String("not-known-good"))
            log.markKnownGood(sha, QStringLiteral("me"), {}, QStringLiteral("test"));
        else
            log.forget(sha);
        saveReleaseLog(log);
        if (problem == QLatin1String("lock-held")) {
            m_world.pushImages(sha);
            m_world.holdLock(R"({"holder":"alice@laptop","machine":"laptop","since":"2026-11-27T10:00:00Z","reason":"hotfix"})");
        }
        m_world.setRunningImages(m_world.droplet().commits().last());
        const QString headBefore = m_world.dropletHead();
        const QByteArray logBefore = releaseLog().toKeychainJson(m_profile.id);
        m_world.clearDockerCalls();

        Run run = change(ChangeKind::Rollback, sha);
        QVERIFY(run.plan.verdict == ChangePlan::Verdict::Failed || run.plan.verdict == ChangePlan::Verdict::Refused);
        QVERIFY(!run.ran);
        const auto failed = std::find_if(run.plan.preflight.cbegin(), run.plan.preflight.cend(),
                                         [](const PreflightCheck &c) { return !c.passed; });
        QVERIFY(failed != run.plan.preflight.cend());
        QVERIFY2(failed->name.startsWith(QLatin1String("pre-flight")) && failed->name.contains(check), qPrintable(failed->name));
        // Running the refused plan anyway is refused by the lane.
        Run forced;
        forced.result.outcome = ChangeResult::Outcome(-1);
        start(m_app->lane, run.plan, &forced);
        QTRY_VERIFY_WITH_TIMEOUT(int(forced.result.outcome) != -1, 10000);
        QCOMPARE(forced.result.outcome, ChangeResult::Outcome::Refused);

        // Nothing changed, as the droplet and the keychain tell it.
        QVERIFY(calls(QStringLiteral("pull ")).isEmpty());
        QVERIFY(calls(composeUp()).isEmpty());
        QCOMPARE(m_world.dropletHead(), headBefore);
        QCOMPARE(releaseLog().toKeychainJson(m_profile.id), logBefore);
        if (problem == QLatin1String("lock-held")) {
            QVERIFY(run.plan.message.contains(QLatin1String("alice@laptop")));
            QVERIFY2(m_world.lockIsHeld(), "someone else's lock is left alone");
            m_world.freeLock();
        } else {
            QVERIFY(!m_world.lockIsHeld());
        }
    }

    void rollbackToKnownGood()
    {
        const QString good = m_world.droplet().commits().at(1);
        const QString current = m_world.droplet().commits().last();
        m_world.pushImages(good);
        markKnownGood(good);
        m_world.setRunningImages(current);
        m_world.clearDockerCalls();
        const Run run = change(ChangeKind::Rollback, good.left(10));
        QVERIFY2(run.plan.ready(), qPrintable(run.plan.message));
        QCOMPARE(run.plan.targetSha.text(), good);
        QCOMPARE(run.plan.currentText(), current);
        QVERIFY2(run.result.succeeded(), qPrintable(run.result.message + run.output));
        QVERIFY(!calls(QStringLiteral("pull ") + m_profile.backendImageRef(good)).isEmpty());
        const QStringList up = calls(composeUp());
        QCOMPARE(up.size(), 1);
        QVERIFY(up.first().contains(QStringLiteral("FRONTEND_IMAGE=") + m_profile.frontendImageRef(good)));
        QCOMPARE(releaseLog().entries().first().method, QStringLiteral("rollback"));
        QVERIFY(!releaseLog().entries().first().backendDigest.isEmpty());
        // No git command touched the checkout in a rollback.
        QVERIFY(calls(QStringLiteral("git")).isEmpty());
        QCOMPARE(m_world.dropletHead(), current);
    }

    void whatRunsChangedSinceThePlanIsRefused()
    {
        const QString good = m_world.droplet().commits().at(1);
        m_world.pushImages(good);
        markKnownGood(good);
        m_world.setRunningImages(m_world.droplet().commits().last());
        const ChangePlan plan = planOf(m_app->lane, ChangeKind::Rollback, good);
        QVERIFY2(plan.ready(), qPrintable(plan.message));
        m_world.setRunningImages(m_world.droplet().commits().at(2)); // someone deployed meanwhile
        m_world.clearDockerCalls();
        Run run;
        run.result.outcome = ChangeResult::Outcome(-1);
        start(m_app->lane, plan, &run);
        QTRY_VERIFY_WITH_TIMEOUT(int(run.result.outcome) != -1, 30000);
        QCOMPARE(run.result.outcome, ChangeResult::Outcome::Refused);
        QVERIFY(run.result.message.contains(QLatin1String("plan the change again")));
        QVERIFY(calls(QStringLiteral("pull ")).isEmpty());
        QVERIFY(!m_world.lockIsHeld());
    }

    // ------------------------------------------------------------- gates

    void gatesRefuseBeforeAnyRemoteCommand_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("expected");
        QTest::addRow("checklists open") << "checklists" << "Stripe sandbox";
        QTest::addRow("ci red") << "ci-red" << "CI is not green";
        QTest::addRow("ci unverifiable: no token") << "no-token" << "CI cannot be verified";
        QTest::addRow("ci unverifiable: GitHub down") << "github-down" << "CI cannot be verified";
        QTest::addRow("override without reason") << "empty-override" << "needs a reason";
    }

    void gatesRefuseBeforeAnyRemoteCommand()
    {
        QFETCH(QString, problem);
        QFETCH(QString, expected);
        m_passGates = false;
        const QString sha = m_world.droplet().commitAndPush(QStringLiteral("gated.txt"), problem, QStringLiteral("gated ") + problem);
        m_world.pushImages(sha);
        if (problem == QLatin1String("checklists"))
            m_world.gates().serveGreenCi(sha);
        else
            QVERIFY(GatesFixture::completeChecklists(m_vault.get(), m_profile, sha));
        if (problem == QLatin1String("ci-red"))
            m_world.gates().serveRedCi(sha);
        if (problem == QLatin1String("github-down")) {
            m_world.gates().github().on("GET", GatesFixture::repoPath() + QStringLiteral("/commits/%1/check-runs").arg(sha),
                                        [](const FakeGitHub::Seen &) { return FakeGitHub::Reply{503, "{\"message\":\"Service Unavailable\"}", {}}; });
        }
        if (problem == QLatin1String("no-token")) {
            QVERIFY(awaitKeychain([&](QObject *context, auto done) { m_vault->removeSecret(SecretNames::githubToken(), context, done); }));
            m_app->github.forget();
        }
        if (problem == QLatin1String("empty-override")) {
            m_world.gates().serveRedCi(sha);
            m_override = {true, QStringLiteral("   ")};
        }
        const QString headBefore = m_world.dropletHead();
        const int loginsBefore = m_world.sshLogins();
        const Run run = change(ChangeKind::DeployOverSsh, sha);
        QCOMPARE(run.plan.verdict, ChangePlan::Verdict::Refused);
        QVERIFY(run.plan.refusedByGates());
        QVERIFY2(run.plan.message.contains(expected), qPrintable(run.plan.message));
        QVERIFY(!run.ran);
        QVERIFY(m_world.sshd().dockerCalls().isEmpty());
        QCOMPARE(m_world.sshLogins(), loginsBefore); // not even a login on the droplet
        QVERIFY(!m_world.lockIsHeld());
        QCOMPARE(m_world.dropletHead(), headBefore);
        QVERIFY(!releaseLog().latest(sha).has_value());
        const QList<QJsonObject> audit = AuditLog::read();
        QVERIFY(!audit.isEmpty());
        QCOMPARE(audit.last().value(QStringLiteral("event")).toString(), QStringLiteral("gate-refused"));
        QCOMPARE(audit.last().value(QStringLiteral("sha")).toString(), sha);
        if (problem == QLatin1String("no-token")) {
            QVERIFY(awaitKeychain([&](QObject *context, auto done) {
                m_vault->writeSecret(SecretNames::githubToken(), m_world.githubToken(), context, done);
            }));
            m_app->github.forget();
        }
    }

    // Known-good is the rollback's gate: open checklists, red CI or a GitHub that never
    // answers are shown for information and hold nothing up.
    void rollbackIsAllowedByTheKnownGoodPolicy_data()
    {
        QTest::addColumn<QString>("github");
        QTest::addRow("checklists open, CI red") << "red";
        QTest::addRow("GitHub accepts and never answers") << "silent";
    }

    void rollbackIsAllowedByTheKnownGoodPolicy()
    {
        QFETCH(QString, github);
        m_passGates = false;
        const QString current = m_world.droplet().commits().last();
        const QString sha = m_world.droplet().commitAndPush(QStringLiteral("gated.txt"), QStringLiteral("rb") + github,
                                                            QStringLiteral("rollback target"));
        m_world.pushImages(sha);
        markKnownGood(sha);
        m_world.setRunningImages(current);
        QTcpServer silent; // accepts GitHub's connections and never says a word
        const QUrl apiBefore = m_profile.github.apiBaseUrl;
        if (github == QLatin1String("silent")) {
            QVERIFY(silent.listen(QHostAddress::LocalHost));
            m_profile.github.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
            m_app->github.forget();
        } else {
            m_world.gates().serveRedCi(sha);
        }
        m_override = {true, QStringLiteral("habit")};
        const Run run = change(ChangeKind::Rollback, sha);
        m_profile.github.apiBaseUrl = apiBefore;
        m_app->github.forget();
        QVERIFY2(run.plan.ready(), qPrintable(run.plan.message));
        QVERIFY(!run.plan.gatesOverridden());
        const QString confirmation = run.plan.confirmationText();
        QVERIFY2(confirmation.contains(QLatin1String("Allowed as a known-good rollback")), qPrintable(confirmation));
        QVERIFY(confirmation.contains(QLatin1String("smoke passed")));
        QVERIFY(confirmation.contains(QLatin1String("--override-gates is not needed")));
        if (github == QLatin1String("silent")) {
            QVERIFY2(!run.plan.gatesCheckedAt.isValid(), "the plan did not wait for GitHub");
            QVERIFY(confirmation.contains(QLatin1String("a rollback does not wait for them")));
        } else {
            QVERIFY2(confirmation.contains(QLatin1String("CI is not green")), qPrintable(confirmation));
        }
        QVERIFY2(run.result.succeeded(), qPrintable(run.result.message + run.output));
        const auto entry = releaseLog().latest(sha);
        QVERIFY(entry.has_value());
        QCOMPARE(entry->policy, QStringLiteral("known-good rollback"));
        QVERIFY(entry->gateOverride.isEmpty());
        const QJsonObject approved = lastAudit(QStringLiteral("change-approved"));
        QCOMPARE(approved.value(QStringLiteral("action")).toString(), QStringLiteral("rollback"));
        QCOMPARE(approved.value(QStringLiteral("sha")).toString(), sha);
        QCOMPARE(approved.value(QStringLiteral("policy")).toString(), QStringLiteral("known-good rollback"));
    }

    void rollbackAcrossAMigrationNeedsConsent()
    {
        const QString good = m_world.droplet().commitAndPush(QStringLiteral("app.txt"), QStringLiteral("before"), QStringLiteral("before"));
        const QString newer = m_world.droplet().commitAndPush(QStringLiteral("backend/alembic/versions/0042_add_plans.py"),
                                                              QStringLiteral("revision = '0042'\n"), QStringLiteral("add plans"));
        QVERIFY(m_world.droplet().fetchOnDroplet());
        m_world.pushImages(good);
        markKnownGood(good);
        m_world.setRunningImages(newer);
        m_world.clearDockerCalls();
        const ChangePlan plan = planOf(m_app->lane, ChangeKind::Rollback, good);
        QVERIFY2(plan.ready(), qPrintable(plan.message));
        QCOMPARE(plan.migrations, QStringList{QStringLiteral("0042_add_plans.py")});
        QVERIFY(plan.confirmationText().contains(QLatin1String("CROSSES 1 DATABASE MIGRATION")));

        Run refused;
        refused.result.outcome = ChangeResult::Outcome(-1);
        start(m_app->lane, plan, &refused);
        QTRY_VERIFY_WITH_TIMEOUT(int(refused.result.outcome) != -1, 30000);
        QCOMPARE(refused.result.outcome, ChangeResult::Outcome::Refused);
        QVERIFY2(refused.result.message.contains(QLatin1String("0042_add_plans.py")), qPrintable(refused.result.message));
        QVERIFY(calls(QStringLiteral("pull ")).isEmpty());
        QVERIFY(!m_world.lockIsHeld());

        Run consented; // the same plan, now with the tick
        consented.result.outcome = ChangeResult::Outcome(-1);
        ChangeRun *running = m_app->lane.run(plan, this, ChangeConsent{true});
        connect(running, &ChangeRun::finished, this, [&consented](const ChangeResult &result) { consented.result = result; });
        QTRY_VERIFY_WITH_TIMEOUT(int(consented.result.outcome) != -1, 60000);
        QVERIFY2(consented.result.succeeded(), qPrintable(consented.result.message));
        const QJsonObject approved = lastAudit(QStringLiteral("change-approved"));
        QCOMPARE(approved.value(QStringLiteral("migrationsAccepted")).toArray().first().toString(), QStringLiteral("0042_add_plans.py"));
    }

    void pinRefusesForwardDeploysUntilReleased()
    {
        const QString running = m_world.droplet().commits().at(1);
        m_world.setRunningImages(running);
        std::optional<DeployLane::PinResult> pinned;
        m_app->lane.pin({}, QStringLiteral("rolled back: checkout broken in 5f3e"), this,
                        [&pinned](const DeployLane::PinResult &result) { pinned = result; });
        QTRY_VERIFY_WITH_TIMEOUT(pinned.has_value(), 30000);
        QVERIFY2(pinned->ok, qPrintable(pinned->message));
        QCOMPARE(pinned->pin.sha, running);
        QCOMPARE(lastAudit(QStringLiteral("pin-set")).value(QStringLiteral("sha")).toString(), running);

        const QString next = m_world.droplet().commitAndPush(QStringLiteral("app.txt"), QStringLiteral("fwd"), QStringLiteral("forward"));
        m_world.pushImages(next);
        m_world.clearDockerCalls();
        const Run refused = change(ChangeKind::DeployOverSsh, next);
        QCOMPARE(refused.plan.verdict, ChangePlan::Verdict::Refused);
        QVERIFY2(refused.plan.message.contains(QLatin1String("pinned to ") + running.left(7)), qPrintable(refused.plan.message));
        QVERIFY(refused.plan.message.contains(QLatin1String("checkout broken")));
        QVERIFY(calls(QStringLiteral("pull ")).isEmpty());

        // Whoever slips past the planner (an app of another version) meets the droplet's own refusal.
        LockInfo intruder;
        intruder.holder = QStringLiteral("x");
        intruder.machine = QStringLiteral("m");
        intruder.sha = next;
        intruder.token = QStringLiteral("t");
        intruder.method = QStringLiteral("ssh");
        const QString takeLock = RemoteCommands(m_profile).takeLock(intruder);
        const RemoteResult direct = runOnDroplet(takeLock);
        QCOMPARE(direct.exit.exitStatus, RemoteCommands::pinnedExitCode);
        QVERIFY(!m_world.lockIsHeld());

        std::optional<DeployLane::PinResult> released;
        m_app->lane.releasePin({}, QStringLiteral("fixed forward in 7a1c"), this,
                               [&released](const DeployLane::PinResult &result) { released = result; });
        QTRY_VERIFY_WITH_TIMEOUT(released.has_value(), 30000);
        QVERIFY2(released->ok, qPrintable(released->message));
        QCOMPARE(lastAudit(QStringLiteral("pin-released")).value(QStringLiteral("reason")).toString(), QStringLiteral("fixed forward in 7a1c"));
        const Run forward = change(ChangeKind::DeployOverSsh, next);
        QVERIFY2(forward.plan.ready(), qPrintable(forward.plan.message));
        QVERIFY2(forward.result.succeeded(), qPrintable(forward.result.message));
    }

    void overrideIsRecordedInTheReleaseLogAndAudit()
    {
        m_passGates = false;
        const QString sha = m_world.droplet().commitAndPush(QStringLiteral("gated.txt"), QStringLiteral("ov"), QStringLiteral("override"));
        m_world.pushImages(sha);
        m_world.setRunningImages(sha);
        m_world.gates().serveRedCi(sha);
        const QString reason = QStringLiteral("prod is down, CI runner outage; token ") + QString::fromLatin1(ghcrToken);
        m_override = {true, reason};
        const Run run = change(ChangeKind::DeployOverSsh, sha);
        QVERIFY(run.plan.gatesOverridden());
        QVERIFY(run.plan.confirmationText().contains(QLatin1String("GATES OVERRIDDEN")));
        QVERIFY2(run.result.succeeded(), qPrintable(run.result.message));
        const auto entry = releaseLog().latest(sha);
        QVERIFY(entry.has_value());
        QVERIFY(entry->gateOverride.startsWith(QLatin1String("prod is down, CI runner outage")));
        QVERIFY2(!entry->gateOverride.contains(QString::fromLatin1(ghcrToken)), "the reason is redacted");
        QCOMPARE(entry->policy, QStringLiteral("gates overridden"));
        const QJsonObject audit = lastAudit(QStringLiteral("gate-override"));
        QCOMPARE(audit.value(QStringLiteral("event")).toString(), QStringLiteral("gate-override"));
        QCOMPARE(audit.value(QStringLiteral("sha")).toString(), sha);
        QVERIFY(audit.value(QStringLiteral("reason")).toString().startsWith(QLatin1String("prod is down")));
        QFile auditFile(AuditLog::path());
        QVERIFY(auditFile.open(QIODevice::ReadOnly));
        QVERIFY(!auditFile.readAll().contains(ghcrToken));
    }

    void gatesAreEvaluatedOncePerConfirmedChange()
    {
        const QString sha = m_world.droplet().commitAndPush(QStringLiteral("app.txt"), QStringLiteral("once"), QStringLiteral("once"));
        m_world.pushImages(sha);
        m_world.setRunningImages(sha);
        QVERIFY(m_world.passGates(m_vault.get(), sha));
        m_passGates = false; // recorded above; the lane is what is measured
        AppSide fresh(m_profile, m_vault.get(), &m_redactor);
        const int evaluationsBefore = fresh.lane.gateKeeper()->evaluations();
        m_world.gates().github().clearRequests();
        const int readsBefore = m_store->reads(QStringLiteral("checks/") + m_profile.id);
        const int hostReadsBefore = m_store->reads(QStringLiteral("hosts"));

        // What a front end does: show the gates while the SHA is typed, plan, confirm, run.
        std::optional<GateReport> preview;
        fresh.lane.previewGates(*Sha::parse(sha), {}, this, [&preview](const GateReport &report) { preview = report; });
        QTRY_VERIFY_WITH_TIMEOUT(preview.has_value(), 15000);
        const ChangePlan plan = planOf(fresh.lane, ChangeKind::DeployOverSsh, sha);
        QVERIFY2(plan.ready(), qPrintable(plan.message));
        Run run;
        run.result.outcome = ChangeResult::Outcome(-1);
        start(fresh.lane, plan, &run);
        QTRY_VERIFY_WITH_TIMEOUT(int(run.result.outcome) != -1, 60000);
        QVERIFY2(run.result.succeeded(), qPrintable(run.result.message));

        QCOMPARE(fresh.lane.gateKeeper()->evaluations() - evaluationsBefore, 1);
        QCOMPARE(m_store->reads(QStringLiteral("checks/") + m_profile.id) - readsBefore, 1);
        // The host list is read once for the plan: the host, its session and the passphrases to mask come from it.
        QCOMPARE(m_store->reads(QStringLiteral("hosts")) - hostReadsBefore, 1);
        int ciRequests = 0;
        for (const FakeGitHub::Seen &seen : m_world.gates().github().requests())
            ciRequests += seen.path.contains(sha) || seen.path.contains(QLatin1String("/rules/branches/"));
        // One evaluation: the branch rules, every check-run page, the combined status, the comparison.
        QCOMPARE(ciRequests, 4);
    }

    void envRestartKeepsTheRunningTags()
    {
        const QString current = m_world.droplet().commits().at(1);
        m_world.setRunningImages(current);
        const Run run = change(ChangeKind::EnvRestart, QString());
        QVERIFY2(run.result.succeeded(), qPrintable(run.plan.message + run.result.message));
        QVERIFY(!run.plan.gated());
        const QStringList up = calls(composeUp() + QStringLiteral(" -d --no-build --remove-orphans"));
        QCOMPARE(up.size(), 1);
        QVERIFY(up.first().contains(QStringLiteral("BACKEND_IMAGE=") + m_profile.backendImageRef(current)));
        QVERIFY(up.first().contains(QStringLiteral("FRONTEND_IMAGE=") + m_profile.frontendImageRef(current)));

        m_world.clearDockerCalls();
        const Run frontend = change(ChangeKind::FrontendRecreate, QString());
        QVERIFY2(frontend.result.succeeded(), qPrintable(frontend.result.message));
        QCOMPARE(calls(composeUp() + QStringLiteral(" -d --no-build --force-recreate frontend")).size(), 1);
        QVERIFY(!m_world.lockIsHeld());
    }

    void secretsNeverShow()
    {
        const QStringList planted{QStringLiteral("planted-jwt-secret-9c1e"), QStringLiteral("planted-ops-token-77ab"),
                                  QStringLiteral("planted-pg-pass-31"), QStringLiteral("sk_live_plantedLiveKey123"),
                                  QString::fromLatin1(ghcrToken)};
        const QString everything = m_allOutput.join(QLatin1Char('\n'));
        QVERIFY2(everything.contains(QLatin1String("JWT_SECRET=")), "the echoed env lines were shown (redacted)");
        for (const QString &secret : planted)
            QVERIFY2(!everything.contains(secret), qPrintable(secret));
        const QByteArray log = releaseLog().toExportJson(m_profile.id);
        for (const QString &secret : planted)
            QVERIFY(!log.contains(secret.toUtf8()));
        QList<QByteArray> plantedBytes;
        for (const QString &secret : planted)
            plantedBytes << secret.toUtf8();
        for (const WrittenFile &file : scanForSecrets(worldDir() + QStringLiteral("/home"), plantedBytes, false))
            QVERIFY2(file.leaked.isEmpty(), qPrintable(file.path));
    }
};

QTEST_GUILESS_MAIN(TestDeployLane)
#include "tst_deploylane.moc"
