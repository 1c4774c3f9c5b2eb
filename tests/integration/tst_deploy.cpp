// Emergency deploy by SHA, rollback and env restarts against real peers:
// sshd (with the docker shim), a real git droplet, docker-registry behind a
// GHCR-like token gate, and the real keychain.
#include "DropletFixture.h"
#include "GatesFixture.h"
#include "RegistryFixture.h"
#include "SshdFixture.h"
#include "TestWorld.h"
#include "TokenGateFixture.h"

#include "audit/AuditLog.h"
#include "deploy/DropletOperation.h"
#include "github/GitHubClient.h"
#include "deploy/RemoteCommands.h"
#include "registry/RegistryClient.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Stratum;
using namespace StratumTest;
using namespace std::chrono_literals;

namespace {
const QString ghcrUser = QStringLiteral("qualitymaterial");
const QString ghcrToken = QStringLiteral("ghp_DeployTestGhcrToken0123456789abcdef");
const QString backendRepo = QStringLiteral("qualitymaterial/stratum-sports-backend");
const QString frontendRepo = QStringLiteral("qualitymaterial/stratum-sports-frontend");
}

class TestDeploy : public QObject
{
    Q_OBJECT
private:
    SshdFixture m_sshd;
    RegistryFixture m_registry;
    DropletFixture m_droplet;
    std::unique_ptr<TokenGateFixture> m_gate;
    GatesFixture m_gates;
    std::unique_ptr<GitHubClient> m_github;
    std::unique_ptr<GateKeeper> m_keeper;
    GateOverride m_override;
    bool m_passGates = true; // tests of the gates themselves turn the fixture off
    Profile m_profile;
    std::unique_ptr<KeychainStore> m_store;
    std::unique_ptr<Vault> m_vault;
    Redactor m_redactor;
    QStringList m_allOutput; // everything the operations showed

    struct Run {
        OperationResult result;
        QList<StepReport> steps;
        QString output;
    };

    SshTarget target() const { return m_sshd.target(QStringLiteral("droplet"), true); }

    DropletOperation *makeOperation(DropletOperation::Kind kind, const QString &sha, RemoteHost *host,
                                    RegistryClient *registry, Run *run)
    {
        DropletOperation::Options options;
        options.kind = kind;
        options.sha = sha;
        options.reason = QStringLiteral("test");
        options.who = QStringLiteral("tester@ci");
        options.machine = QStringLiteral("ci");
        options.minFreeDiskKb = 1;
        auto *operation = new DropletOperation(options, m_profile, host, registry, m_vault.get(), &m_redactor, host);
        operation->setGates(m_keeper.get(), m_override);
        if (m_passGates) {
            for (const QString &commit : m_droplet.commits()) {
                if (isShaPrefix(sha) && commit.startsWith(sha))
                    m_gates.pass(m_vault.get(), m_profile, commit);
            }
        }
        connect(operation, &DropletOperation::output, this, [this, run](int, bool, const QString &text) {
            run->output += text;
            m_allOutput << text;
        });
        connect(operation, &DropletOperation::stepStarted, this, [this, run](int, const QString &name, const QString &command) {
            run->output += QStringLiteral("$ ") + name + QStringLiteral(": ") + command + QLatin1Char('\n');
            m_allOutput << command;
        });
        connect(operation, &DropletOperation::stepFinished, this, [run](const StepReport &report) { run->steps << report; });
        connect(operation, &DropletOperation::finished, this, [run](const OperationResult &result) { run->result = result; });
        return operation;
    }

    Run runOperation(DropletOperation::Kind kind, const QString &sha, std::function<void(DropletOperation *)> during = {})
    {
        Run run;
        run.result.outcome = OperationResult::Outcome(-1);
        RemoteHost host(target());
        RegistryClient registry(m_profile.images.apiBaseUrl, 10s);
        registry.setCredentials(ghcrUser, ghcrToken);
        DropletOperation *operation = makeOperation(kind, sha, &host, &registry, &run);
        operation->start();
        if (during)
            during(operation);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(int(run.result.outcome) != -1, 60000); }();
        return run;
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
        std::optional<KeychainError> saved;
        m_vault->saveReleaseLog(m_profile.id, log, this, [&](const KeychainError &e) { saved = e; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 15000); }();
    }

    QStringList callsMatching(const QString &prefix) const
    {
        QStringList matches;
        for (const QString &call : m_sshd.dockerCalls()) {
            if (call.startsWith(prefix))
                matches << call;
        }
        return matches;
    }

    void clearCalls() { QFile::remove(m_sshd.shimDir() + QStringLiteral("/calls.log")); }

    bool lockIsHeld() const { return QDir(m_droplet.lockDir() + QStringLiteral("/deploy.lock")).exists(); }

    void setRunningImages(const QString &sha)
    {
        QByteArray lines;
        for (const QString &service : {QStringLiteral("backend"), QStringLiteral("worker"), QStringLiteral("frontend")}) {
            const QString image = service == QLatin1String("frontend") ? m_profile.frontendImageRef(sha)
                                                                       : m_profile.backendImageRef(sha);
            lines += QStringLiteral(R"({"Service":"%1","Name":"stratum-%1-1","Image":"%2","State":"running","Health":"","Status":"Up 1 minute","ExitCode":0})")
                         .arg(service, image).toUtf8() + '\n';
        }
        m_sshd.setDockerOutput(QStringLiteral("compose-ps"), lines);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<StepReport>();
        qRegisterMetaType<OperationResult>();
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
        QVERIFY2(m_registry.start(), qPrintable(m_registry.errorString()));
        m_gate = std::make_unique<TokenGateFixture>(m_registry.baseUrl(), ghcrUser, ghcrToken);
        QVERIFY(m_gate->start());
        QVERIFY2(m_droplet.create(worldDir() + QStringLiteral("/repos")), qPrintable(m_droplet.errorString()));

        m_profile = *defaultProfile().profile;
        m_profile.droplet.appDir = m_droplet.appDir();
        m_profile.droplet.lockDir = m_droplet.lockDir();
        m_profile.images.apiBaseUrl = m_gate->baseUrl();
        m_profile.timing.imagePollSeconds = 1;
        m_profile.timing.imageWaitSeconds = 3;
        m_profile.timing.stepSeconds = 20;
        QVERIFY(m_gates.start());
        m_profile.github.apiBaseUrl = m_gates.baseUrl();

        m_store = std::make_unique<KeychainStore>(10s);
        m_vault = std::make_unique<Vault>(m_store.get());
        m_redactor.addSecret(ghcrToken);
        m_github = std::make_unique<GitHubClient>(m_gates.baseUrl(), 10s);
        m_github->setToken("gates-test-token");
        m_keeper = std::make_unique<GateKeeper>(m_profile, m_vault.get(), &m_redactor);
        m_keeper->setGitHub(m_github.get());

        // The droplet "echoes" secrets: compose up prints env values and the GHCR token.
        m_sshd.setDockerOutput(QStringLiteral("compose-up"),
                               QByteArray(DropletFixture::plantedEnv()) + "login with " + ghcrToken.toUtf8() + "\n");
        m_sshd.setDockerOutput(QStringLiteral("compose-logs"), QByteArray(DropletFixture::plantedEnv()));
    }

    void init()
    {
        m_override = {};
        m_passGates = true;
        m_keeper->setGitHub(m_github.get());
        m_sshd.setDockerMode(SshdFixture::DockerMode::Ok);
        clearCalls();
    }

    void fullEmergencyDeploy()
    {
        const QString sha = m_droplet.commitAndPush(QStringLiteral("app.txt"), QStringLiteral("v2"), QStringLiteral("v2"));
        const QString backendDigest = m_registry.pushImage(backendRepo, sha);
        QVERIFY(!m_registry.pushImage(frontendRepo, sha).isEmpty());
        setRunningImages(sha);

        const Run run = runOperation(DropletOperation::Kind::DeployBySha, sha);
        QVERIFY2(run.result.outcome == OperationResult::Outcome::Success, qPrintable(run.result.message + run.output));
        QCOMPARE(run.result.backendDigest, backendDigest);
        QVERIFY(m_gate->tokensIssued() > 0);

        QCOMPARE(callsMatching(QStringLiteral("pull ")).size(), 2);
        QVERIFY(!callsMatching(QStringLiteral("pull ") + m_profile.backendImageRef(sha)).isEmpty());
        const QStringList up = callsMatching(QStringLiteral("compose -f docker-compose.prod.yml --env-file .env.production up -d --no-build --remove-orphans"));
        QCOMPARE(up.size(), 1);
        QVERIFY(up.first().contains(QStringLiteral("BACKEND_IMAGE=") + m_profile.backendImageRef(sha)));
        QVERIFY(up.first().contains(QStringLiteral("WORKER_IMAGE=") + m_profile.backendImageRef(sha)));
        QVERIFY(up.first().contains(QStringLiteral("FRONTEND_IMAGE=") + m_profile.frontendImageRef(sha)));
        QVERIFY(up.first().contains(QStringLiteral("PWD=") + m_droplet.appDir()));
        QCOMPARE(callsMatching(QStringLiteral("manifest inspect ")).size(), 2);
        QVERIFY(!lockIsHeld());

        // The droplet's checkout moved to the new main.
        QFile app(m_droplet.appDir() + QStringLiteral("/app.txt"));
        QVERIFY(app.open(QIODevice::ReadOnly));
        QCOMPARE(app.readAll(), QByteArray("v2"));

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
        const QString sha = m_droplet.commitAndPush(QStringLiteral("app.txt"), QStringLiteral("v3"), QStringLiteral("v3"));
        m_registry.pushImage(backendRepo, sha);
        m_registry.pushImage(frontendRepo, sha);
        setRunningImages(sha);
        const Run run = runOperation(DropletOperation::Kind::DeployBySha, sha.left(9));
        QVERIFY2(run.result.outcome == OperationResult::Outcome::Success, qPrintable(run.result.message));
        QCOMPARE(run.result.sha, sha);
        QVERIFY(!callsMatching(QStringLiteral("pull ") + m_profile.frontendImageRef(sha)).isEmpty());
    }

    void unknownShaFailsBeforeAnyContainerChanges()
    {
        m_override = {true, QStringLiteral("test: an unknown SHA still fails on the droplet")};
        const Run run = runOperation(DropletOperation::Kind::DeployBySha, QStringLiteral("deadbeefdeadbeef"));
        QCOMPARE(run.result.outcome, OperationResult::Outcome::Failed);
        QCOMPARE(run.result.failedStep, QStringLiteral("resolve the SHA"));
        QVERIFY(run.result.message.contains(QLatin1String("not a commit")));
        QVERIFY(callsMatching(QStringLiteral("pull ")).isEmpty());
        QVERIFY(!lockIsHeld());
    }

    void shellCharactersAreRefusedBeforeAnything()
    {
        for (const QString &bad : {QStringLiteral("abc1234;reboot"), QStringLiteral("$(id)"), QStringLiteral("abc1234 && rm -rf /")}) {
            const Run run = runOperation(DropletOperation::Kind::DeployBySha, bad);
            QCOMPARE(run.result.outcome, OperationResult::Outcome::Refused);
            QVERIFY(run.steps.isEmpty());
        }
        QVERIFY(m_sshd.dockerCalls().isEmpty());
    }

    void imageThatAppearsLateIsWaitedFor()
    {
        const QString sha = m_droplet.commitAndPush(QStringLiteral("app.txt"), QStringLiteral("v4"), QStringLiteral("v4"));
        m_registry.pushImage(backendRepo, sha);
        setRunningImages(sha);
        const Run run = runOperation(DropletOperation::Kind::DeployBySha, sha, [this, sha](DropletOperation *) {
            QTimer::singleShot(1500, this, [this, sha]() { m_registry.pushImage(frontendRepo, sha); });
        });
        QVERIFY2(run.result.outcome == OperationResult::Outcome::Success, qPrintable(run.result.message));
        QVERIFY(run.output.contains(QLatin1String("waiting for the images")));
    }

    void imageThatNeverAppearsTimesOutAndChangesNoContainer()
    {
        const QString sha = m_droplet.commitAndPush(QStringLiteral("app.txt"), QStringLiteral("v5"), QStringLiteral("v5"));
        m_registry.pushImage(backendRepo, sha);
        const Run run = runOperation(DropletOperation::Kind::DeployBySha, sha);
        QCOMPARE(run.result.outcome, OperationResult::Outcome::Failed);
        QCOMPARE(run.result.failedStep, QStringLiteral("wait for both images in the registry"));
        QVERIFY(run.result.message.contains(QLatin1String("did not appear within 3 s")));
        QVERIFY(callsMatching(QStringLiteral("pull ")).isEmpty());
        QVERIFY(callsMatching(QStringLiteral("compose")).isEmpty());
        QVERIFY(!lockIsHeld());
    }

    void cancelWhileWaitingStops()
    {
        const QString sha = m_droplet.commitAndPush(QStringLiteral("app.txt"), QStringLiteral("v6"), QStringLiteral("v6"));
        const Run run = runOperation(DropletOperation::Kind::DeployBySha, sha, [this](DropletOperation *operation) {
            QTimer::singleShot(1200, operation, &DropletOperation::cancel);
        });
        QCOMPARE(run.result.outcome, OperationResult::Outcome::Cancelled);
        QVERIFY(callsMatching(QStringLiteral("pull ")).isEmpty());
        QVERIFY(!lockIsHeld());
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
        const QString sha = m_droplet.commits().last();
        m_registry.pushImage(backendRepo, sha);
        m_registry.pushImage(frontendRepo, sha);
        m_sshd.setDockerMode(mode);
        const Run run = runOperation(DropletOperation::Kind::DeployBySha, sha);
        QCOMPARE(run.result.outcome, OperationResult::Outcome::Failed);
        QCOMPARE(run.result.failedStep, failedStep);
        QCOMPARE(!callsMatching(QStringLiteral("compose -f docker-compose.prod.yml --env-file .env.production up")).isEmpty(), composeRan);
        QVERIFY(!lockIsHeld());
        QCOMPARE(run.steps.last().ok, false);
        QCOMPARE(run.steps.last().exitStatus, 1);
        const auto entry = releaseLog().latest(sha);
        QCOMPARE(entry->result, QStringLiteral("failed"));
        QCOMPARE(entry->failedStep, failedStep);
    }

    void droppedConnectionMidStepIsInterrupted()
    {
        const QString sha = m_droplet.commits().last();
        m_sshd.setDockerMode(QStringLiteral("hang:compose-up"));
        const Run run = runOperation(DropletOperation::Kind::DeployBySha, sha, [this](DropletOperation *operation) {
            connect(operation, &DropletOperation::stepStarted, this, [this](int, const QString &name, const QString &) {
                if (name == QLatin1String("compose up"))
                    QTimer::singleShot(500, this, [this]() {
                        m_sshd.setDockerMode(SshdFixture::DockerMode::Ok);
                        m_sshd.dropConnections();
                    });
            });
        });
        QCOMPARE(run.result.outcome, OperationResult::Outcome::Interrupted);
        QCOMPARE(run.result.failedStep, QStringLiteral("compose up"));
        QVERIFY2(run.output.contains(QLatin1String("after reconnecting, the droplet runs")), qPrintable(run.output.right(1500)));
        QVERIFY2(!lockIsHeld(), "the app reconnected and released its own lock");
        const auto entry = releaseLog().latest(sha);
        QCOMPARE(entry->result, QStringLiteral("interrupted"));
        QCOMPARE(entry->failedStep, QStringLiteral("interrupted at step compose up"));
    }

    void secondConcurrentDeployIsRefused()
    {
        const QString sha = m_droplet.commits().last();
        m_sshd.setDockerMode(SshdFixture::DockerMode::Slow, 1);
        Run first, second;
        first.result.outcome = second.result.outcome = OperationResult::Outcome(-1);
        RemoteHost hostA(target()), hostB(target());
        RegistryClient registryA(m_profile.images.apiBaseUrl, 10s), registryB(m_profile.images.apiBaseUrl, 10s);
        registryA.setCredentials(ghcrUser, ghcrToken);
        registryB.setCredentials(ghcrUser, ghcrToken);
        DropletOperation *a = makeOperation(DropletOperation::Kind::DeployBySha, sha, &hostA, &registryA, &first);
        DropletOperation *b = makeOperation(DropletOperation::Kind::DeployBySha, sha, &hostB, &registryB, &second);
        a->start();
        b->start();
        QTRY_VERIFY_WITH_TIMEOUT(int(first.result.outcome) != -1 && int(second.result.outcome) != -1, 90000);
        const int succeeded = int(first.result.outcome == OperationResult::Outcome::Success)
                              + int(second.result.outcome == OperationResult::Outcome::Success);
        QCOMPARE(succeeded, 1); // exactly one deploy ran
        const Run &loser = first.result.outcome == OperationResult::Outcome::Success ? second : first;
        QCOMPARE(loser.result.outcome, OperationResult::Outcome::Refused);
        QVERIFY(!loser.result.dropletChanged);
        QVERIFY(loser.result.message.contains(QLatin1String("tester@ci")));
        QVERIFY(loser.result.message.contains(QLatin1String("since")));
        QVERIFY(!lockIsHeld());
    }

    void rollbackPreflightFailuresChangeNothing_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addRow("not known-good") << "not-known-good";
        QTest::addRow("image missing") << "image-missing";
        QTest::addRow("lock held") << "lock-held";
    }

    void rollbackPreflightFailuresChangeNothing()
    {
        QFETCH(QString, problem);
        const QString sha = m_droplet.commits().first(); // no images were pushed for the first commit
        ReleaseLog log = releaseLog();
        if (problem != QLatin1String("not-known-good"))
            log.markKnownGood(sha, QStringLiteral("me"), {}, QStringLiteral("test"));
        else
            log.forget(sha);
        saveReleaseLog(log);
        if (problem == QLatin1String("lock-held")) {
            m_registry.pushImage(backendRepo, sha);
            m_registry.pushImage(frontendRepo, sha);
            QDir().mkpath(m_droplet.lockDir() + QStringLiteral("/deploy.lock"));
            QFile info(m_droplet.lockDir() + QStringLiteral("/deploy.lock/info"));
            QVERIFY(info.open(QIODevice::WriteOnly));
            info.write(R"({"holder":"alice@laptop","machine":"laptop","since":"2026-11-27T10:00:00Z","reason":"hotfix"})");
        }
        clearCalls();
        const Run run = runOperation(DropletOperation::Kind::Rollback, sha);
        QVERIFY(run.result.outcome == OperationResult::Outcome::Failed || run.result.outcome == OperationResult::Outcome::Refused);
        QVERIFY(!run.result.dropletChanged);
        QVERIFY(run.result.failedStep.startsWith(QLatin1String("pre-flight")));
        QVERIFY(callsMatching(QStringLiteral("pull ")).isEmpty());
        QVERIFY(callsMatching(QStringLiteral("compose -f docker-compose.prod.yml --env-file .env.production up")).isEmpty());
        if (problem == QLatin1String("lock-held")) {
            QVERIFY(run.result.message.contains(QLatin1String("alice@laptop")));
            QVERIFY2(lockIsHeld(), "someone else's lock is left alone");
            QDir(m_droplet.lockDir() + QStringLiteral("/deploy.lock")).removeRecursively();
        }
    }

    void rollbackToKnownGood()
    {
        const QString good = m_droplet.commits().at(1);
        const QString current = m_droplet.commits().last();
        m_registry.pushImage(backendRepo, good);
        m_registry.pushImage(frontendRepo, good);
        ReleaseLog log = releaseLog();
        log.markKnownGood(good, QStringLiteral("me"), {}, QStringLiteral("smoke passed"));
        saveReleaseLog(log);
        setRunningImages(current);
        clearCalls();
        const Run run = runOperation(DropletOperation::Kind::Rollback, good);
        QVERIFY2(run.result.outcome == OperationResult::Outcome::Success, qPrintable(run.result.message + run.output));
        QVERIFY(!callsMatching(QStringLiteral("pull ") + m_profile.backendImageRef(good)).isEmpty());
        const QStringList up = callsMatching(QStringLiteral("compose -f docker-compose.prod.yml --env-file .env.production up"));
        QCOMPARE(up.size(), 1);
        QVERIFY(up.first().contains(QStringLiteral("FRONTEND_IMAGE=") + m_profile.frontendImageRef(good)));
        QCOMPARE(releaseLog().entries().first().method, QStringLiteral("rollback"));
        // No git command touched the checkout in a rollback.
        QFile app(m_droplet.appDir() + QStringLiteral("/app.txt"));
        QVERIFY(app.open(QIODevice::ReadOnly));
    }

    // ------------------------------------------------------------- gates

    QString headOfDroplet() const
    {
        QProcess git;
        git.start(QStringLiteral("git"), {QStringLiteral("-C"), m_droplet.appDir(), QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        git.waitForFinished();
        return QString::fromUtf8(git.readAllStandardOutput()).trimmed();
    }

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
        const QString sha = m_droplet.commitAndPush(QStringLiteral("gated.txt"), problem, QStringLiteral("gated ") + problem);
        m_registry.pushImage(backendRepo, sha);
        m_registry.pushImage(frontendRepo, sha);
        if (problem == QLatin1String("checklists"))
            m_gates.serveGreenCi(sha);
        else
            QVERIFY(GatesFixture::completeChecklists(m_vault.get(), m_profile, sha));
        if (problem == QLatin1String("ci-red"))
            m_gates.serveRedCi(sha);
        if (problem == QLatin1String("github-down")) {
            m_gates.github().on("GET", GatesFixture::repoPath() + QStringLiteral("/commits/%1/check-runs").arg(sha),
                                [](const FakeGitHub::Seen &) { return FakeGitHub::Reply{503, "{\"message\":\"Service Unavailable\"}", {}}; });
        }
        if (problem == QLatin1String("no-token"))
            m_keeper->setGitHub(nullptr); // and the keychain holds no GitHub token
        if (problem == QLatin1String("empty-override")) {
            m_gates.serveRedCi(sha);
            m_override = {true, QStringLiteral("   ")};
        }
        const QString headBefore = headOfDroplet();
        clearCalls();
        const Run run = runOperation(DropletOperation::Kind::DeployBySha, sha);
        QCOMPARE(run.result.outcome, OperationResult::Outcome::Refused);
        QVERIFY2(run.result.message.contains(expected), qPrintable(run.result.message));
        QVERIFY(run.result.failedStep.startsWith(QLatin1String("gates")));
        QVERIFY(!run.result.dropletChanged);
        QVERIFY(m_sshd.dockerCalls().isEmpty());
        QVERIFY(!lockIsHeld());
        QCOMPARE(headOfDroplet(), headBefore); // not even git fetch ran
        QVERIFY(!releaseLog().latest(sha).has_value());
        const QList<QJsonObject> audit = AuditLog::read();
        QVERIFY(!audit.isEmpty());
        QCOMPARE(audit.last().value(QStringLiteral("event")).toString(), QStringLiteral("gate-refused"));
        QCOMPARE(audit.last().value(QStringLiteral("sha")).toString(), sha);
    }

    void rollbackIsGatedToo()
    {
        m_passGates = false;
        const QString sha = m_droplet.commitAndPush(QStringLiteral("gated.txt"), QStringLiteral("rb"), QStringLiteral("rollback target"));
        ReleaseLog log = releaseLog();
        log.markKnownGood(sha, QStringLiteral("me"), {}, QStringLiteral("test"));
        saveReleaseLog(log);
        m_gates.serveGreenCi(sha);
        clearCalls();
        const Run run = runOperation(DropletOperation::Kind::Rollback, sha);
        QCOMPARE(run.result.outcome, OperationResult::Outcome::Refused);
        QVERIFY(run.result.failedStep.startsWith(QLatin1String("gates")));
        QVERIFY(m_sshd.dockerCalls().isEmpty());
    }

    void overrideIsRecordedInTheReleaseLogAndAudit()
    {
        m_passGates = false;
        const QString sha = m_droplet.commitAndPush(QStringLiteral("gated.txt"), QStringLiteral("ov"), QStringLiteral("override"));
        m_registry.pushImage(backendRepo, sha);
        m_registry.pushImage(frontendRepo, sha);
        setRunningImages(sha);
        m_gates.serveRedCi(sha);
        const QString reason = QStringLiteral("prod is down, CI runner outage; token ") + ghcrToken;
        m_override = {true, reason};
        const Run run = runOperation(DropletOperation::Kind::DeployBySha, sha);
        QVERIFY2(run.result.outcome == OperationResult::Outcome::Success, qPrintable(run.result.message));
        QVERIFY(run.output.contains(QLatin1String("GATES OVERRIDDEN")));
        const auto entry = releaseLog().latest(sha);
        QVERIFY(entry.has_value());
        QVERIFY(entry->gateOverride.startsWith(QLatin1String("prod is down, CI runner outage")));
        QVERIFY2(!entry->gateOverride.contains(ghcrToken), "the reason is redacted");
        const QJsonObject audit = AuditLog::read().last();
        QCOMPARE(audit.value(QStringLiteral("event")).toString(), QStringLiteral("gate-override"));
        QCOMPARE(audit.value(QStringLiteral("sha")).toString(), sha);
        QVERIFY(audit.value(QStringLiteral("reason")).toString().startsWith(QLatin1String("prod is down")));
        QFile auditFile(AuditLog::path());
        QVERIFY(auditFile.open(QIODevice::ReadOnly));
        QVERIFY(!auditFile.readAll().contains(ghcrToken.toUtf8()));
    }

    void envRestartKeepsTheRunningTags()
    {
        const QString current = m_droplet.commits().at(1);
        setRunningImages(current);
        const Run run = runOperation(DropletOperation::Kind::EnvRestart, QString());
        QVERIFY2(run.result.outcome == OperationResult::Outcome::Success, qPrintable(run.result.message));
        const QStringList up = callsMatching(QStringLiteral("compose -f docker-compose.prod.yml --env-file .env.production up -d --no-build --remove-orphans"));
        QCOMPARE(up.size(), 1);
        QVERIFY(up.first().contains(QStringLiteral("BACKEND_IMAGE=") + m_profile.backendImageRef(current)));
        QVERIFY(up.first().contains(QStringLiteral("FRONTEND_IMAGE=") + m_profile.frontendImageRef(current)));

        clearCalls();
        const Run frontend = runOperation(DropletOperation::Kind::FrontendRecreate, QString());
        QVERIFY2(frontend.result.outcome == OperationResult::Outcome::Success, qPrintable(frontend.result.message));
        QCOMPARE(callsMatching(QStringLiteral("compose -f docker-compose.prod.yml --env-file .env.production up -d --no-build --force-recreate frontend")).size(), 1);
        QVERIFY(!lockIsHeld());
    }

    void secretsNeverShow()
    {
        const QStringList planted{QStringLiteral("planted-jwt-secret-9c1e"), QStringLiteral("planted-ops-token-77ab"),
                                  QStringLiteral("planted-pg-pass-31"), QStringLiteral("sk_live_plantedLiveKey123"), ghcrToken};
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

QTEST_GUILESS_MAIN(TestDeploy)
#include "tst_deploy.moc"
