// The deploy lane, stratumctl and the health monitor against a real Docker
// Compose droplet (DeployWorld with the real engine: a private dockerd with
// Compose v2 reached over sshd, a TLS registry it pulls from, real images built
// from busybox-static). Each scenario asserts what really runs (`docker ps` on
// the droplet's daemon), the release log, the lock and the audit log. The
// scenarios build on each other: they run in the order they are written.
#include "DeployWorld.h"
#include "PermissionsFixture.h"
#include "TestWorld.h"

#include "core/audit/AuditLog.h"
#include "core/deploy/DeployLane.h"
#include "core/droplet/RemoteCommands.h"
#include "core/github/GitHubAccess.h"
#include "core/health/HealthMonitor.h"
#include "core/redaction/Redactor.h"
#include "core/ssh/RemoteHost.h"
#include "core/ssh/RemoteHosts.h"
#include "core/standin/LoopbackHttp.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Stratum;
using namespace StratumTest;
using namespace std::chrono_literals;

namespace {
const QByteArray ghcrToken = "ghp_RealStackGhcrToken0123456789abcdefgh";
}

class TestRealStack : public QObject
{
    Q_OBJECT
private:
    DeployWorld m_world{ghcrToken, "github_pat_11REALSTACK_0123456789abcdef", DeployWorld::Engine::RealDocker};
    Profile m_profile;
    QString m_profilePath;
    std::unique_ptr<KeychainStore> m_store;
    std::unique_ptr<Vault> m_vault;
    Redactor m_redactor;
    std::unique_ptr<RemoteHosts> m_hosts;
    std::unique_ptr<GitHubAccess> m_github;
    std::unique_ptr<DeployLane> m_lane;
    QString m_good;   // a release that ran and passed
    QString m_first;  // the first good release, known-good from rollbackToTheLastGood on
    QString m_output; // everything the last change showed

    CtlRun ctl(const QStringList &arguments)
    {
        return runStratumctl(QStringList{QStringLiteral("--profile"), m_profilePath} + arguments, {}, 180000);
    }

    ChangePlan plan(ChangeKind kind, const QString &sha = {})
    {
        ChangeIntent intent;
        intent.kind = kind;
        intent.sha = Sha::parse(sha).value_or(Sha());
        intent.reason = QStringLiteral("realstack");
        std::optional<ChangePlan> planned;
        m_lane->plan(intent, this, [&planned](const ChangePlan &p) { planned = p; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(planned.has_value(), 60000); }();
        return planned.value_or(ChangePlan());
    }

    ChangeResult run(const ChangePlan &planned, std::function<void(ChangeRun *)> during = {})
    {
        m_output.clear();
        std::optional<ChangeResult> result;
        ChangeRun *change = m_lane->run(planned, this);
        connect(change, &ChangeRun::output, this, [this](int, bool, const QString &text) { m_output += text; });
        connect(change, &ChangeRun::stepStarted, this, [this](int, const QString &name, const QString &) {
            m_output += QStringLiteral("[step] ") + name + QLatin1Char('\n');
        });
        connect(change, &ChangeRun::finished, this, [&result](const ChangeResult &r) { result = r; });
        if (during)
            during(change);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 240000); }();
        return result.value_or(ChangeResult());
    }

    // A new release: a commit on main, its images built and pushed, its gates passed.
    QString release(const QString &name, DockerDroplet::Release kind = DockerDroplet::Release::Good, bool withFrontend = true,
                    const QByteArray &composeFile = {})
    {
        QString sha = composeFile.isEmpty()
            ? m_world.droplet().commitAndPush(QStringLiteral("app.txt"), name, name)
            : m_world.droplet().commitAndPush(QStringLiteral("docker-compose.prod.yml"), QString::fromUtf8(composeFile), name);
        [&] {
            QVERIFY(!sha.isEmpty());
            QVERIFY2(!m_world.pushImages(sha, kind, withFrontend).isEmpty() || !withFrontend, qPrintable(m_world.docker().errorString()));
            QVERIFY(m_world.passGates(m_vault.get(), sha));
        }();
        return sha;
    }

    // The image tag the service's running container has, as the droplet's daemon says.
    QString running(const QString &service) { return m_world.docker().imageOf(service).section(QLatin1Char(':'), -1); }

    ReleaseLog releaseLog()
    {
        std::optional<ReleaseLog> loaded;
        m_vault->loadReleaseLog(m_profile.id, this, [&](const Vault::Result<ReleaseLog> &r) { loaded = r.value; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 15000); }();
        return loaded.value_or(ReleaseLog());
    }

    // The indicators after `rounds` rounds of the health monitor, one second apart.
    QList<HealthIndicator> healthRound(int rounds = 1)
    {
        RemoteHost *host = nullptr;
        m_hosts->withHost(QStringLiteral("droplet"), this, [&host](RemoteHost *h, const QString &) { host = h; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(host, 15000); }();
        HealthMonitor monitor(m_profile, host, &m_redactor);
        QSignalSpy finished(&monitor, &HealthMonitor::roundFinished);
        monitor.setInterval(1s);
        monitor.start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= rounds, 60000); }();
        monitor.stop();
        return monitor.indicators();
    }

    static const HealthIndicator *find(const QList<HealthIndicator> &indicators, const QString &id)
    {
        for (const HealthIndicator &indicator : indicators) {
            if (indicator.id == id)
                return &indicator;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<StepReport>();
        qRegisterMetaType<ChangeResult>();
        QVERIFY2(m_world.startOrSkip(), qPrintable(m_world.errorString()));
        m_profile = m_world.profile();
        m_profilePath = m_world.writeProfile(QStringLiteral("realstack-profile.json"), [](QJsonObject &root) {
            setProfileField(root, QStringLiteral("health"), QStringLiteral("pollIntervalSeconds"), 1);
            setProfileField(root, QStringLiteral("health"), QStringLiteral("watchWindowSeconds"), 4);
        });
        m_store = std::make_unique<KeychainStore>(10s);
        m_vault = std::make_unique<Vault>(m_store.get());
        QVERIFY(m_world.storeCredentials(m_vault.get(), QStringLiteral("droplet")));
        m_hosts = std::make_unique<RemoteHosts>(m_profile, m_vault.get());
        m_hosts->maskDropletEnvValuesWith(&m_redactor);
        m_github = std::make_unique<GitHubAccess>(m_profile, m_vault.get(), &m_redactor);
        m_lane = std::make_unique<DeployLane>(m_profile, m_vault.get(), &m_redactor, m_hosts.get(), m_github.get());
    }

    void deployByShortSha()
    {
        m_good = release(QStringLiteral("first release"));
        m_first = m_good;
        const ChangePlan planned = plan(ChangeKind::DeployOverSsh, m_good.left(9));
        QVERIFY2(planned.ready(), qPrintable(planned.message));
        const ChangeResult result = run(planned);
        QVERIFY2(result.succeeded(), qPrintable(result.message + QLatin1Char('\n') + m_output.right(3000)));
        QCOMPARE(result.sha, m_good);
        for (const QString &service : {QStringLiteral("backend"), QStringLiteral("worker"), QStringLiteral("frontend")})
            QCOMPARE(running(service), m_good);
        QVERIFY(!m_world.lockIsHeld());
        const ReleaseEntry entry = *releaseLog().latest(m_good);
        QCOMPARE(entry.result, QStringLiteral("success"));
        QCOMPARE(entry.method, QStringLiteral("ssh"));
        QVERIFY(entry.backendDigest.startsWith(QLatin1String("sha256:")));
        for (const QJsonObject &event : AuditLog::read()) {
            if (event.value(QStringLiteral("sha")).toString() != m_good)
                continue;
            // No override, no refusal for it: approved because its gates passed.
            QCOMPARE(event.value(QStringLiteral("event")).toString(), QStringLiteral("change-approved"));
            QCOMPARE(event.value(QStringLiteral("policy")).toString(), QStringLiteral("forward gates passed"));
        }
    }

    void smokeAndHealthOnTheHealthyStack()
    {
        const CtlRun smoke = ctl({QStringLiteral("smoke")});
        QVERIFY2(smoke.code == 0, qPrintable(smoke.out + smoke.err));
        QVERIFY(smoke.out.contains(m_good));
        QVERIFY(!smoke.out.contains(QLatin1String("FAIL")));
        const CtlRun health = ctl({QStringLiteral("--json"), QStringLiteral("health")});
        QVERIFY2(health.code == 0, qPrintable(health.out + health.err));
        QCOMPARE(QJsonDocument::fromJson(health.out.toUtf8()).object().value(QStringLiteral("worst")).toString(), QStringLiteral("healthy"));
        // Compose writes ESC[2K before every log line: the worker's last cycle is shown without it.
        QVERIFY2(health.out.contains(QLatin1String("last cycle: worker-1")), qPrintable(health.out));
        QVERIFY2(!health.out.contains(QLatin1String("\\u001b")) && !health.out.contains(QChar(0x1b)), qPrintable(health.out));
    }

    void diagPsAndLogs()
    {
        const CtlRun ps = ctl({QStringLiteral("--json"), QStringLiteral("diag"), QStringLiteral("ps")});
        QCOMPARE(ps.code, 0);
        const QJsonArray containers = QJsonDocument::fromJson(ps.out.toUtf8()).array();
        QCOMPARE(containers.size(), 3);
        for (const QJsonValue &container : containers)
            QCOMPARE(container[QStringLiteral("state")].toString(), QStringLiteral("running"));
        const CtlRun logs = ctl({QStringLiteral("diag"), QStringLiteral("logs"), QStringLiteral("worker"), QStringLiteral("--tail"), QStringLiteral("20")});
        QCOMPARE(logs.code, 0);
        QVERIFY2(logs.out.contains(QLatin1String("ingestion cycle finished")), qPrintable(logs.out));
        QVERIFY2(!logs.out.contains(QChar(0x1b)), "Compose's terminal sequences are not passed on");
    }

    // The droplet's own env values reach no screen: the worker quotes the database password inside
    // a URL and the ops token bare (no KEY= a pattern could catch); a remote command prints them
    // bare and in the forms they travel in.
    void dropletSecretsAreMaskedInEveryOutput()
    {
        const QList<QByteArray> secrets{"planted-pg-pass-31", "planted-ops-token-77ab", "planted-jwt-secret-9c1e"};
        const CtlRun logs = ctl({QStringLiteral("diag"), QStringLiteral("logs"), QStringLiteral("worker"), QStringLiteral("--tail"),
                                 QStringLiteral("100000")});
        QCOMPARE(logs.code, 0);
        QVERIFY2(logs.out.contains(QLatin1String("postgresql://stratum:***@db/stratum, ops ***")), qPrintable(logs.out.left(600)));
        const QString token = QStringLiteral("planted-ops-token-77ab");
        const CtlRun exec = ctl({QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("printf"), QStringLiteral("%s\\n"), token,
                                 QStringLiteral("postgresql://stratum:planted-pg-pass-31@db/stratum"),
                                 QStringLiteral("{\"jwt\": \"planted-jwt-secret-9c1e\"}"),
                                 QString::fromLatin1(token.toUtf8().toBase64())});
        QCOMPARE(exec.code, 0);
        QCOMPARE(exec.out.count(QLatin1String("***")), 4);
        for (const QByteArray &secret : secrets) {
            QVERIFY2(!logs.out.contains(QString::fromLatin1(secret)), secret.constData());
            QVERIFY2(!exec.out.contains(QString::fromLatin1(secret)) && !exec.err.contains(QString::fromLatin1(secret)),
                     qPrintable(exec.out));
        }
        // The lane's own output (a deploy step's console) goes through the same redactor, which
        // learnt the droplet's values when its session opened (and keeps them over keychain reloads).
        RemoteHost *host = nullptr;
        m_hosts->withHost(QStringLiteral("droplet"), this, [&host](RemoteHost *h, const QString &) { host = h; });
        QTRY_VERIFY_WITH_TIMEOUT(host, 15000);
        std::optional<RemoteResult> done;
        host->run(QStringLiteral("true"), 20s, this, {{}, {}, [&done](const RemoteResult &r) { done = r; }});
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 20000);
        QCOMPARE(m_redactor.redact(token), Redactor::mask());
    }

    // The evidence of the running stack in one archive: real digests and real logs, and none of
    // the env file's secrets that the worker quotes in its log.
    void incidentBundleHoldsTheEvidenceAndNoSecret()
    {
        const QString archive = worldDir() + QStringLiteral("/incident.tar.gz");
        QElapsedTimer took;
        took.start();
        const CtlRun run = ctl({QStringLiteral("incident"), QStringLiteral("--out"), archive});
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        qInfo("incident bundle of the real stack: %lld ms with the CLI's start, %lld bytes", static_cast<long long>(took.elapsed()),
              static_cast<long long>(QFileInfo(archive).size()));
        const QString dir = worldDir() + QStringLiteral("/incident");
        QDir().mkpath(dir);
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("-xzf"), archive, QStringLiteral("-C"), dir});
        QVERIFY(tar.waitForFinished(20000) && tar.exitCode() == 0);
        const QString bundle = dir + QLatin1Char('/') + QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot).value(0);
        auto read = [&bundle](const QString &name) {
            QFile file(bundle + QLatin1Char('/') + name);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        };
        QVERIFY2(read(QStringLiteral("summary.md")).contains(QLatin1String("**Runs:** ") + m_good.left(Sha::shortLength)),
                 qPrintable(read(QStringLiteral("summary.md"))));
        QVERIFY(read(QStringLiteral("running.json")).contains(QLatin1String("@sha256:")));
        const QString worker = read(QStringLiteral("logs/worker.log"));
        QVERIFY2(worker.contains(QLatin1String("ingestion cycle finished")), qPrintable(worker.left(500)));
        QVERIFY2(!worker.contains(QChar(0x1b)), "the bundle's logs read as text, without Compose's ESC[2K");
        QVERIFY2(worker.contains(QLatin1String("postgresql://stratum:***@db/stratum, ops ***")), qPrintable(worker.left(500)));
        QVERIFY(read(QStringLiteral("health.json")).contains(QLatin1String("\"state\": \"healthy\"")));
        const QList<QByteArray> secrets{"planted-jwt-secret-9c1e", "planted-ops-token-77ab", "planted-pg-pass-31",
                                        "sk_live_plantedLiveKey123", ghcrToken};
        for (const WrittenFile &file : scanForSecrets(bundle, secrets))
            QVERIFY2(file.leaked.isEmpty(), qPrintable(file.path));
        QCOMPARE(releaseLog().latest(m_good)->incidentBundle, archive);
    }

    // The connection check against the real droplet: Compose v2 and the daemon as they answer.
    void doctorOnTheRealDroplet()
    {
        servePermissions(m_world.gates().github(), {}, ghcrToken);
        QVERIFY(QFile::setPermissions(m_world.droplet().appDir() + QStringLiteral("/.env.production"), QFile::ReadOwner | QFile::WriteOwner));
        QElapsedTimer took;
        took.start();
        const CtlRun run = ctl({QStringLiteral("--json"), QStringLiteral("doctor")});
        qInfo("doctor against the real droplet: %lld ms with the CLI's start", static_cast<long long>(took.elapsed()));
        const QJsonArray checks = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), 5);
        const QJsonObject droplet = checks.at(1).toObject();
        QCOMPARE(droplet.value(QStringLiteral("id")).toString(), QStringLiteral("droplet"));
        const QString found = droplet.value(QStringLiteral("found")).toVariant().toStringList().join(QLatin1Char('\n'));
        QVERIFY2(droplet.value(QStringLiteral("passed")).toBool(), qPrintable(run.out));
        QVERIFY2(found.contains(QLatin1String("docker compose 2.")) && found.contains(QLatin1String("docker daemon ")), qPrintable(found));
        QVERIFY2(run.code == 0, qPrintable(run.out));
    }

    void releaseWhoseBackendNeverGetsReadyFailsAtThatStep()
    {
        const QString broken = release(QStringLiteral("never ready"), DockerDroplet::Release::NeverReady);
        const CtlRun deploy = ctl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("ssh"), QStringLiteral("--sha"),
                                   broken, QStringLiteral("--yes")});
        QCOMPARE(deploy.code, 1);
        QVERIFY2(deploy.err.contains(QLatin1String("step \"backend ready\" failed")), qPrintable(deploy.err));
        QVERIFY(!m_world.lockIsHeld());
        QCOMPARE(running(QStringLiteral("backend")), broken); // the log says what really runs: the broken release
        const ReleaseEntry entry = *releaseLog().latest(broken);
        QCOMPARE(entry.result, QStringLiteral("failed"));
        QCOMPARE(entry.failedStep, QStringLiteral("backend ready"));
    }

    // The way back on real containers: status names what runs (digests from docker inspect)
    // and where a rollback goes; the rollback to the last good release runs through the lane
    // (timed: confirm → all services running, and the app's share beyond the remote commands),
    // then `stratumctl status` says healthy again.
    void rollbackToTheLastGood()
    {
        QCOMPARE(ctl({QStringLiteral("releases"), QStringLiteral("mark-good"), m_good, QStringLiteral("--without-smoke"),
                      QStringLiteral("--reason"), QStringLiteral("its automatic smoke passed on the real stack")}).code, 0);
        const CtlRun before = ctl({QStringLiteral("--json"), QStringLiteral("status")});
        const QJsonObject status = QJsonDocument::fromJson(before.out.toUtf8()).object();
        QVERIFY2(!status.isEmpty(), qPrintable(before.out + before.err));
        QCOMPARE(status.value(QStringLiteral("knownGood")).toBool(), false);
        QCOMPARE(status.value(QStringLiteral("rollbackSha")).toString(), m_good);
        for (const QJsonValue &container : status.value(QStringLiteral("containers")).toArray()) {
            QVERIFY2(container[QStringLiteral("imageId")].toString().startsWith(QLatin1String("sha256:")), qPrintable(before.out));
            QVERIFY2(container[QStringLiteral("digest")].toString().contains(QLatin1String("@sha256:")), qPrintable(before.out));
            QVERIFY(QDateTime::fromString(container[QStringLiteral("startedAt")].toString(), Qt::ISODate).isValid());
        }

        const ChangePlan planned = plan(ChangeKind::Rollback, m_good);
        QVERIFY2(planned.ready(), qPrintable(planned.message));
        QElapsedTimer confirmed;
        confirmed.start();
        qint64 remoteMs = 0;
        int steps = 0;
        ChangeResult result = run(planned, [&](ChangeRun *change) {
            connect(change, &ChangeRun::stepFinished, this, [&](const StepReport &report) {
                remoteMs += report.durationMs;
                ++steps;
            });
        });
        const qint64 runMs = confirmed.elapsed();
        QVERIFY2(result.succeeded(), qPrintable(result.message + QLatin1Char('\n') + m_output.right(3000)));
        for (const QString &service : {QStringLiteral("backend"), QStringLiteral("worker"), QStringLiteral("frontend")})
            QCOMPARE(running(service), m_good);
        qInfo("rollback on the real stack: confirm to done %lld ms; %d steps, their remote commands %lld ms; the app's own "
              "share %lld ms",
              runMs, steps, remoteMs, runMs - remoteMs);
        QCOMPARE(releaseLog().entries().first().method, QStringLiteral("rollback"));
        QCOMPARE(releaseLog().entries().first().result, QStringLiteral("success"));
        // Its images were still on the droplet (it ran before): nothing pulled, no registry asked.
        QCOMPARE(releaseLog().entries().first().policy,
                 QStringLiteral("known-good rollback; images on the droplet (digests match the release log), registry not needed"));
        QVERIFY2(!m_output.contains(QLatin1String("[step] pull the")), qPrintable(m_output.left(2000)));
        QVERIFY(!m_world.lockIsHeld());
        const CtlRun after = ctl({QStringLiteral("status")});
        QVERIFY2(after.code == 0, qPrintable(after.out + after.err));
        QVERIFY2(after.out.contains(m_good.left(Sha::shortLength) + QStringLiteral(" known-good")), qPrintable(after.out));
    }

    // What a Compose run cut off halfway leaves — a new backend container created and never
    // started beside the running one — reads as mixed, with both ways out named.
    void halfFinishedChangeReadsAsMixed()
    {
        const QString next = release(QStringLiteral("cut off"));
        // Compose's own labels, copied from the running backend: the container Compose made before it was cut off.
        const DockerDroplet::Result labels = m_world.docker().docker(
            {QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("{{json .Config.Labels}}"),
             QStringLiteral("stratum-sports-backend-1")});
        const QJsonObject labelObject = QJsonDocument::fromJson(labels.out).object();
        QVERIFY2(!labelObject.isEmpty(), qPrintable(QString::fromUtf8(labels.err)));
        QStringList create{QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("cutoff_stratum-sports-backend-1")};
        for (auto it = labelObject.constBegin(); it != labelObject.constEnd(); ++it) {
            const QString value = it.key() == QLatin1String("com.docker.compose.container-number") ? QStringLiteral("2") : it.value().toString();
            create << QStringLiteral("--label") << it.key() + QLatin1Char('=') + value;
        }
        create << m_profile.backendImageRef(next) << QStringLiteral("/bin/sh") << QStringLiteral("/backend.sh");
        const DockerDroplet::Result created = m_world.docker().docker(create);
        QVERIFY2(created.code == 0, qPrintable(QString::fromUtf8(created.err)));
        const CtlRun mixed = ctl({QStringLiteral("--json"), QStringLiteral("status")});
        const QJsonObject status = QJsonDocument::fromJson(mixed.out.toUtf8()).object();
        QVERIFY2(mixed.code == 1 && status.value(QStringLiteral("mixed")).toBool(), qPrintable(mixed.out + mixed.err));
        QCOMPARE(status.value(QStringLiteral("finishSha")).toString(), next);
        QCOMPARE(status.value(QStringLiteral("rollbackSha")).toString(), m_good);
        const CtlRun text = ctl({QStringLiteral("status")});
        QVERIFY2(text.out.contains(QLatin1String("finish the deploy: stratumctl deploy --via ssh --sha ") + next), qPrintable(text.out));
        QVERIFY(text.out.contains(QLatin1String("roll back: stratumctl rollback --to ") + m_good));
        QCOMPARE(m_world.docker().docker({QStringLiteral("rm"), QStringLiteral("cutoff_stratum-sports-backend-1")}).code, 0);
        QCOMPARE(ctl({QStringLiteral("status")}).code, 0);
    }

    void envRestartAndFrontendRecreateKeepTheTags()
    {
        auto ids = [this]() {
            QHash<QString, QString> byService;
            const DockerDroplet::Result inspect = m_world.docker().docker(
                {QStringLiteral("ps"), QStringLiteral("--format"), QStringLiteral("{{.Label \"com.docker.compose.service\"}} {{.ID}}")});
            for (const QString &line : QString::fromUtf8(inspect.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                byService.insert(line.section(QLatin1Char(' '), 0, 0), line.section(QLatin1Char(' '), 1, 1));
            return byService;
        };
        const QHash<QString, QString> before = ids();
        // The operator edited .env.production: the services that read it come back with it.
        QFile env(m_world.droplet().appDir() + QStringLiteral("/.env.production"));
        QVERIFY(env.open(QIODevice::Append));
        env.write("FEATURE_FLAG=on\n");
        env.close();
        const ChangeResult restarted = run(plan(ChangeKind::EnvRestart));
        QVERIFY2(restarted.succeeded(), qPrintable(restarted.message + m_output.right(2000)));
        const QHash<QString, QString> afterEnv = ids();
        QVERIFY(afterEnv.value(QStringLiteral("backend")) != before.value(QStringLiteral("backend")));
        QVERIFY(afterEnv.value(QStringLiteral("worker")) != before.value(QStringLiteral("worker")));
        QCOMPARE(afterEnv.value(QStringLiteral("frontend")), before.value(QStringLiteral("frontend")));
        const ChangeResult recreated = run(plan(ChangeKind::FrontendRecreate));
        QVERIFY2(recreated.succeeded(), qPrintable(recreated.message));
        const QHash<QString, QString> afterFrontend = ids();
        QVERIFY(afterFrontend.value(QStringLiteral("frontend")) != afterEnv.value(QStringLiteral("frontend")));
        QCOMPARE(afterFrontend.value(QStringLiteral("backend")), afterEnv.value(QStringLiteral("backend")));
        for (const QString &service : {QStringLiteral("backend"), QStringLiteral("worker"), QStringLiteral("frontend")})
            QCOMPARE(running(service), m_good);
        QCOMPARE(releaseLog().entries().first().method, QStringLiteral("env-restart"));
    }

    void crashLoopingWorkerIsReportedWithinTwoPolls()
    {
        const QString crashing = release(QStringLiteral("crashing worker"), DockerDroplet::Release::CrashingWorker);
        const ChangePlan planned = plan(ChangeKind::DeployOverSsh, crashing);
        QVERIFY2(planned.ready(), qPrintable(planned.message));
        run(planned); // right after compose up the worker may still look like it runs: the watch is what catches it
        QCOMPARE(running(QStringLiteral("backend")), crashing);
        const QList<HealthIndicator> indicators = healthRound(2);
        const HealthIndicator *worker = find(indicators, QStringLiteral("worker"));
        QVERIFY(worker);
        QCOMPARE(worker->state, HealthState::Failing);
        QVERIFY2(worker->detail.contains(QLatin1String("crash loop")) || worker->detail.contains(QLatin1String("restart")),
                 qPrintable(worker->detail));
        QCOMPARE(ctl({QStringLiteral("smoke")}).code, 1);
        // Back to the good release for what follows.
        QVERIFY(run(plan(ChangeKind::Rollback, m_good)).succeeded());
        QCOMPARE(running(QStringLiteral("worker")), m_good);
    }

    void missingImageIsRefusedInPreflight()
    {
        const QString half = release(QStringLiteral("no frontend image"), DockerDroplet::Release::Good, false);
        QCOMPARE(ctl({QStringLiteral("releases"), QStringLiteral("mark-good"), half, QStringLiteral("--without-smoke"),
                      QStringLiteral("--reason"), QStringLiteral("test")}).code, 0);
        const QByteArray logBefore = releaseLog().toKeychainJson(m_profile.id);
        const QString headBefore = m_world.dropletHead();
        const ChangePlan planned = plan(ChangeKind::Rollback, half);
        QVERIFY(!planned.ready());
        QVERIFY2(planned.message.contains(QLatin1String("both images in the registry")), qPrintable(planned.message));
        for (const QString &service : {QStringLiteral("backend"), QStringLiteral("worker"), QStringLiteral("frontend")})
            QCOMPARE(running(service), m_good);
        QCOMPARE(releaseLog().toKeychainJson(m_profile.id), logBefore);
        QCOMPARE(m_world.dropletHead(), headBefore);
        QVERIFY(!m_world.lockIsHeld());
    }

    void composeFileThatDiffersIsWarned()
    {
        // A release that changed the compose file went out; rolling back from it crosses that change.
        const QString labelled = release(QStringLiteral("compose with a label"), DockerDroplet::Release::Good, true,
                                         DockerDroplet::composeFile(true));
        QVERIFY(run(plan(ChangeKind::DeployOverSsh, labelled)).succeeded());
        const ChangePlan planned = plan(ChangeKind::Rollback, m_good);
        QVERIFY2(planned.ready(), qPrintable(planned.message));
        QVERIFY2(planned.warnings.join(QLatin1Char(' ')).contains(QLatin1String("docker-compose.prod.yml differs")),
                 qPrintable(planned.warnings.join(QLatin1Char('|'))));
    }

    void connectionKilledDuringComposeUpIsFollowedToItsEnd()
    {
        const QString next = release(QStringLiteral("deployed through a dropped connection"));
        const ChangePlan planned = plan(ChangeKind::DeployOverSsh, next);
        QVERIFY2(planned.ready(), qPrintable(planned.message));
        const ChangeResult result = run(planned, [this](ChangeRun *change) {
            connect(change, &ChangeRun::stepStarted, this, [this](int, const QString &name, const QString &) {
                if (name == QLatin1String("compose up"))
                    QTimer::singleShot(300, this, [this]() { m_world.sshd().dropConnections(); });
            });
        });
        QVERIFY2(result.succeeded(), qPrintable(result.message + QLatin1Char('\n') + m_output.right(3000)));
        QVERIFY2(m_output.contains(QLatin1String("reconnected after")), qPrintable(m_output.right(3000)));
        for (const QString &service : {QStringLiteral("backend"), QStringLiteral("worker"), QStringLiteral("frontend")})
            QCOMPARE(running(service), next);
        QCOMPARE(releaseLog().latest(next)->result, QStringLiteral("success"));
        QVERIFY(!m_world.lockIsHeld());
        m_good = next;
    }

    // A registry outage (or an expired GHCR token) does not block the way back when the droplet
    // still has the known-good release's images: nothing is pulled, the registry is not asked.
    void rollbackWithTheRegistryDownUsesTheDropletsImages()
    {
        QVERIFY(m_world.passGates(m_vault.get(), m_good));
        QCOMPARE(ctl({QStringLiteral("releases"), QStringLiteral("mark-good"), m_good, QStringLiteral("--without-smoke"),
                      QStringLiteral("--reason"), QStringLiteral("it ran through a dropped connection and came up healthy")}).code, 0);
        m_world.registry().stop();
        m_world.docker().registry().stop();
        QElapsedTimer took;
        took.start();
        const CtlRun rollback = ctl({QStringLiteral("rollback"), QStringLiteral("--to"), m_first, QStringLiteral("--yes")});
        const qint64 ms = took.elapsed();
        QVERIFY2(rollback.code == 0, qPrintable(rollback.out + rollback.err));
        qInfo("rollback with the registry down, from the CLI's start to healthy on the known-good release: %lld ms",
              static_cast<long long>(ms));
        QVERIFY2(rollback.err.contains(QLatin1String("registry is not needed")), qPrintable(rollback.err));
        QVERIFY2(!rollback.err.contains(QLatin1String("pull the")), qPrintable(rollback.err)); // no pull step
        for (const QString &service : {QStringLiteral("backend"), QStringLiteral("worker"), QStringLiteral("frontend")})
            QCOMPARE(running(service), m_first);
        const ReleaseEntry entry = releaseLog().entries().first();
        QCOMPARE(entry.sha, m_first);
        QCOMPARE(entry.result, QStringLiteral("success"));
        QVERIFY2(entry.policy.contains(QLatin1String("images on the droplet (digests match the release log)")), qPrintable(entry.policy));
        QVERIFY(entry.backendDigest.startsWith(QLatin1String("sha256:")));
        const QList<QJsonObject> audit = binariesAuditLog();
        QVERIFY(!audit.isEmpty());
        QCOMPARE(audit.last().value(QStringLiteral("imagesFrom")).toString(), QStringLiteral("droplet"));
        QCOMPARE(ctl({QStringLiteral("status")}).code, 0); // healthy
    }

    // With the registry still down: a release whose image is gone from the droplet is refused
    // before anything changes, naming the image; a tag that now names another image too, with
    // both digests.
    void rollbackWhoseImagesAreGoneIsRefusedBeforeAnythingChanges()
    {
        const QByteArray logBefore = releaseLog().toKeychainJson(m_profile.id);
        const QString backend = m_profile.backendImageRef(m_good);
        QCOMPARE(m_world.docker().docker({QStringLiteral("image"), QStringLiteral("rm"), backend}).code, 0);
        CtlRun refused = ctl({QStringLiteral("rollback"), QStringLiteral("--to"), m_good, QStringLiteral("--yes")});
        QVERIFY2(refused.code != 0, qPrintable(refused.err));
        qInfo("a rollback whose backend image is gone, with the registry down, says:\n%s", qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("the backend image in the registry")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("(asked because the backend image is not on the droplet)")), qPrintable(refused.err));
        // The frontend is still there: it is neither asked of the registry nor pulled.
        QVERIFY2(!refused.err.contains(QLatin1String("droplet sees the frontend image")), qPrintable(refused.err));

        // The tag back, on another image (the running release's backend): not what the log recorded.
        QCOMPARE(m_world.docker().docker({QStringLiteral("tag"), m_profile.backendImageRef(m_first), backend}).code, 0);
        refused = ctl({QStringLiteral("rollback"), QStringLiteral("--to"), m_good, QStringLiteral("--yes")});
        QCOMPARE(refused.code, 3);
        qInfo("a rollback whose backend tag names another image says:\n%s", qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("the tag was moved")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(releaseLog().latest(m_good)->backendDigest), qPrintable(refused.err));
        for (const QString &service : {QStringLiteral("backend"), QStringLiteral("worker"), QStringLiteral("frontend")})
            QCOMPARE(running(service), m_first);
        QCOMPARE(releaseLog().toKeychainJson(m_profile.id), logBefore);
        QVERIFY(!m_world.lockIsHeld());
        QCOMPARE(m_world.docker().docker({QStringLiteral("image"), QStringLiteral("rm"), backend}).code, 0);

        QVERIFY(m_world.registry().restart());
        QVERIFY(m_world.docker().registry().restart());
        m_good = m_first;
    }

    // The pin lives on disk, not on tmpfs: it is still there after the droplet's daemon and
    // sshd went down and came back; doctor names the lock directory's filesystem.
    void aPinSurvivesTheDropletsRestart()
    {
        QCOMPARE(ctl({QStringLiteral("pin"), QStringLiteral("set"), QStringLiteral("--reason"), QStringLiteral("held over a restart")}).code, 0);
        QProcess stat;
        stat.start(QStringLiteral("stat"), {QStringLiteral("-f"), QStringLiteral("-c"), QStringLiteral("%T"), m_profile.droplet.lockDir});
        QVERIFY(stat.waitForFinished(5000));
        const QString filesystem = QString::fromUtf8(stat.readAllStandardOutput()).trimmed();
        QVERIFY(m_world.docker().stopDaemon());
        m_world.sshd().stop();
        QVERIFY(m_world.sshd().restart());
        QVERIFY(m_world.docker().startDaemon());
        const CtlRun pin = ctl({QStringLiteral("pin"), QStringLiteral("status")});
        QVERIFY2(pin.out.contains(QLatin1String("held over a restart")), qPrintable(pin.out + pin.err));
        const CtlRun doctor = ctl({QStringLiteral("--json"), QStringLiteral("doctor")});
        // The test world lives in /tmp: doctor names it as a place a reboot may empty, with its filesystem.
        QVERIFY2(doctor.out.contains(QStringLiteral("the lock directory %1 is ").arg(m_profile.droplet.lockDir))
                     && doctor.out.contains(filesystem),
                 qPrintable(doctor.out));
        QCOMPARE(ctl({QStringLiteral("pin"), QStringLiteral("release"), QStringLiteral("--reason"), QStringLiteral("test done")}).code, 0);
        QTRY_VERIFY_WITH_TIMEOUT(running(QStringLiteral("backend")) == m_good, 60000);
    }

    // ⌘Z's twin on the command line: the last deploy undone on the real Compose droplet, and the
    // team told of each step through a JSON webhook; a webhook that fails never fails the change.
    void undoTheLastDeployAndTellTheTeam()
    {
        const QString undoProfile = m_world.writeProfile(QStringLiteral("realstack-undo-profile.json"), [](QJsonObject &root) {
            setProfileField(root, QStringLiteral("health"), QStringLiteral("watchWindowSeconds"), 600);
            setProfileField(root, QStringLiteral("timing"), QStringLiteral("announceSeconds"), 2);
        });
        auto undoCtl = [&undoProfile](const QStringList &arguments, const QByteArray &input = {}) {
            return runStratumctl(QStringList{QStringLiteral("--profile"), undoProfile} + arguments, input, 180000);
        };
        QList<QByteArray> told;
        int answer = 500;
        LoopbackHttpServer team;
        team.setHandler([&told, &answer](const HttpRequest &request, LoopbackHttpServer::Respond respond) {
            told << request.body;
            respond({answer, {}, {}});
        });
        QVERIFY(team.listen());
        const QByteArray hook = QStringLiteral("http://127.0.0.1:%1/hooks/teamSECRETpath77").arg(team.port()).toUtf8();
        QCOMPARE(undoCtl({QStringLiteral("notify"), QStringLiteral("set"), QStringLiteral("json")}, hook).code, 0);
        const auto forgetHook = qScopeGuard([&] { undoCtl({QStringLiteral("notify"), QStringLiteral("remove")}); });

        const QString before = running(QStringLiteral("backend"));
        QCOMPARE(undoCtl({QStringLiteral("releases"), QStringLiteral("mark-good"), before, QStringLiteral("--without-smoke"),
                          QStringLiteral("--reason"), QStringLiteral("ran before the undone release")}).code, 0);
        const QString undone = release(QStringLiteral("a release to undo"));
        QElapsedTimer clock;
        clock.start();
        const CtlRun deploy = undoCtl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("ssh"), QStringLiteral("--sha"),
                                       undone, QStringLiteral("--yes")});
        QVERIFY2(deploy.code == 0, qPrintable(deploy.out + deploy.err)); // the failing webhook never fails the change
        QVERIFY2(deploy.err.contains(QLatin1String("The team was not told")), qPrintable(deploy.err));
        QVERIFY2(deploy.err.contains(QLatin1String("answered HTTP 500")), qPrintable(deploy.err));
        QCOMPARE(running(QStringLiteral("backend")), undone);
        qInfo("deploy with a failing webhook: %lld ms", clock.elapsed());

        answer = 200;
        told.clear();
        clock.restart();
        const CtlRun undo = undoCtl({QStringLiteral("undo"), QStringLiteral("--yes")});
        QVERIFY2(undo.code == 0, qPrintable(undo.out + undo.err));
        qInfo("stratumctl undo on the real Compose droplet: %lld ms", clock.elapsed());
        QVERIFY2(undo.out.contains(QLatin1String("undo of the deploy of ") + undone.left(Sha::shortLength)), qPrintable(undo.out));
        for (const QString &service : {QStringLiteral("backend"), QStringLiteral("worker"), QStringLiteral("frontend")})
            QCOMPARE(running(service), before);
        const ReleaseEntry entry = releaseLog().entries().first();
        QCOMPARE(entry.method, QStringLiteral("rollback"));
        QCOMPARE(entry.sha, before);
        QVERIFY2(entry.note.contains(QLatin1String("undo of the deploy of ") + undone.left(Sha::shortLength)), qPrintable(entry.note));

        QCOMPARE(told.size(), 2); // started, and rolled back
        const QJsonObject started = QJsonDocument::fromJson(told.first()).object();
        const QJsonObject ended = QJsonDocument::fromJson(told.last()).object();
        QCOMPARE(started.value(QStringLiteral("event")).toString(), QStringLiteral("change-started"));
        QCOMPARE(ended.value(QStringLiteral("event")).toString(), QStringLiteral("rolled-back"));
        QVERIFY2(ended.value(QStringLiteral("text")).toString().contains(QLatin1String("rolled back droplet to ") + before.left(Sha::shortLength)
                                                                          + QLatin1String(" (known-good since ")),
                 qPrintable(ended.value(QStringLiteral("text")).toString()));

        const CtlRun again = undoCtl({QStringLiteral("undo"), QStringLiteral("--yes")});
        QCOMPARE(again.code, 3);
        QVERIFY2(again.err.contains(QLatin1String("the last change was a rollback")), qPrintable(again.err));
        for (const CtlRun &run : {deploy, undo, again})
            QVERIFY(!run.out.contains(QLatin1String("teamSECRETpath77")) && !run.err.contains(QLatin1String("teamSECRETpath77")));
        bool failureAudited = false;
        for (const QJsonObject &event : binariesAuditLog()) {
            QVERIFY(!QJsonDocument(event).toJson().contains("teamSECRETpath77"));
            failureAudited |= event.value(QStringLiteral("event")).toString() == QLatin1String("announce-failed");
        }
        QVERIFY(failureAudited);
    }

    void stoppedDockerDaemonIsSaidInOneSentence()
    {
        QVERIFY(m_world.docker().stopDaemon());
        const ChangePlan planned = plan(ChangeKind::EnvRestart);
        QCOMPARE(planned.verdict, ChangePlan::Verdict::Failed);
        QVERIFY2(planned.message.contains(QLatin1String("docker daemon")), qPrintable(planned.message));
        QVERIFY2(!planned.message.contains(QLatin1Char('\n')), qPrintable(planned.message));
        const QList<HealthIndicator> indicators = healthRound(1);
        const HealthIndicator *ready = find(indicators, QStringLiteral("backend-ready"));
        QVERIFY(ready && ready->state != HealthState::Healthy);
        QVERIFY2(ready->detail.contains(QLatin1String("docker daemon")), qPrintable(ready->detail));
        QVERIFY(m_world.docker().startDaemon());
        QTRY_VERIFY_WITH_TIMEOUT(running(QStringLiteral("backend")) == m_good, 60000); // restart: unless-stopped
    }
};

QTEST_GUILESS_MAIN(TestRealStack)
#include "tst_realstack.moc"
