// Two operators and a bad network: a change is never stolen, lost or recorded wrongly.
// Each test is one sequence that can happen on a real night, against the real sshd with
// the docker shim as the droplet, a TCP proxy the test turns into a bad network (it can
// blackhole without closing, or close), the real keychain and a second process.
#include "AppSide.h"
#include "DeployWorld.h"
#include "Keyring.h"
#include "TcpProxy.h"
#include "TestWorld.h"

#include "core/audit/AuditLog.h"
#include "core/deploy/DeployLane.h"
#include "core/deploy/Recovery.h"
#include "core/droplet/RemoteCommands.h"
#include "core/github/GitHubAccess.h"
#include "core/platform/AppPaths.h"
#include "core/redaction/Redactor.h"
#include "core/ssh/RemoteHost.h"
#include "core/ssh/RemoteHosts.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Stratum;
using namespace StratumTest;
using namespace std::chrono_literals;

namespace {
const QByteArray ghcrToken = "ghp_TwoOperatorsGhcrToken0123456789abcd";
const QString viaProxy = QStringLiteral("via-proxy");
const QString direct = QStringLiteral("droplet");

// Who runs the next change (the lock and the release log say so).
struct Operator {
    explicit Operator(const char *user) : m_saved(qgetenv("USER")) { qputenv("USER", user); }
    ~Operator() { qputenv("USER", m_saved); }
    QByteArray m_saved;
};
} // namespace

class TestTwoOperators : public QObject
{
    Q_OBJECT
private:
    DeployWorld m_world{ghcrToken};
    TcpProxy m_proxy;
    Profile m_profile;      // operator B: straight to the droplet
    Profile m_cutOff;       // operator A: through the proxy, quick to notice a silent network
    std::unique_ptr<KeychainStore> m_store;
    std::unique_ptr<Vault> m_vault;
    Redactor m_redactor;

    struct Run {
        ChangePlan plan;
        ChangeResult result;
        QString output;
        ChangeRun *running = nullptr;
        bool done() const { return int(result.outcome) != -1; }
    };

    ChangePlan planOf(DeployLane &lane, ChangeKind kind, const QString &sha, const QString &host)
    {
        ChangeIntent intent;
        intent.kind = kind;
        intent.sha = Sha::parse(sha).value_or(Sha());
        intent.hostName = host;
        intent.reason = QStringLiteral("test");
        std::optional<ChangePlan> plan;
        lane.plan(intent, this, [&plan](const ChangePlan &p) { plan = p; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(plan.has_value(), 60000); }();
        return plan.value_or(ChangePlan());
    }

    void start(DeployLane &lane, Run *run)
    {
        run->result.outcome = ChangeResult::Outcome(-1);
        run->running = lane.run(run->plan, this);
        connect(run->running, &ChangeRun::output, this, [run](int, bool, const QString &text) { run->output += text; });
        connect(run->running, &ChangeRun::stepStarted, this, [run](int, const QString &name, const QString &) {
            run->output += QStringLiteral("$ ") + name + QLatin1Char('\n');
        });
        connect(run->running, &ChangeRun::finished, this, [run](const ChangeResult &result) { run->result = result; });
    }

    // A new commit with its images pushed and its gates passed; the droplet runs an older one.
    QString newCommit(const QString &name)
    {
        const QString sha = m_world.droplet().commitAndPush(QStringLiteral("app.txt"), name, name);
        m_world.pushImages(sha);
        m_world.setRunningImages(m_world.droplet().commits().at(1));
        [&] { QVERIFY(m_world.passGates(m_vault.get(), sha)); }();
        return sha;
    }

    // A's deploy through the proxy, whose network goes silent once the images are pulled:
    // between "pull the frontend image" and "compose up".
    void startCutOffBeforeComposeUp(AppSide &a, const QString &sha, Run *run)
    {
        run->plan = planOf(a.lane, ChangeKind::DeployOverSsh, sha, viaProxy);
        [&] { QVERIFY2(run->plan.ready(), qPrintable(run->plan.message)); }();
        if (!run->plan.ready())
            return;
        start(a.lane, run);
        connect(run->running, &ChangeRun::stepFinished, this, [this](const StepReport &report) {
            if (report.name == QLatin1String("pull the frontend image"))
                m_proxy.blackhole();
        });
    }

    DropletStatus look(DeployLane &lane)
    {
        std::optional<DropletStatus> status;
        lane.readStatus(direct, this, [&status](const DropletStatus &s) { status = s; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 30000); }();
        return status.value_or(DropletStatus());
    }

    ReleaseLog releaseLog()
    {
        std::optional<Vault::Result<ReleaseLog>> loaded;
        m_vault->loadReleaseLog(m_profile.id, this, [&](const Vault::Result<ReleaseLog> &r) { loaded = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 30000); }();
        [&] { QVERIFY2(loaded && loaded->error.ok(), qPrintable(loaded ? loaded->error.message : QString())); }();
        return loaded ? loaded->value : ReleaseLog();
    }

    QList<ReleaseEntry> entriesOf(const QString &sha)
    {
        QList<ReleaseEntry> found;
        const ReleaseLog log = releaseLog();
        for (const ReleaseEntry &entry : log.entries()) {
            if (entry.sha == sha)
                found << entry;
        }
        return found;
    }

    QString composeUp() const { return QStringLiteral("compose -f docker-compose.prod.yml --env-file .env.production up"); }
    int composeUps() const { return int(m_world.dockerCalls(composeUp()).size()); }

    QList<PendingChange> unrecordedChanges()
    {
        const SshdFixture::Result answer = m_world.sshd().sshRun(RemoteCommands(m_profile).pendingChanges());
        return parsePendingChanges(QString::fromUtf8(answer.out));
    }

    // As if the changes' apps had been gone for ten minutes (the test cannot wait out a lease).
    void timePassesOnTheDroplet()
    {
        QDir changes(m_world.droplet().lockDir() + QStringLiteral("/changes"));
        for (const QString &change : changes.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            for (const char *file : {"attached", "change.json"}) {
                QFile f(changes.absoluteFilePath(change + QLatin1Char('/') + QLatin1String(file)));
                if (f.open(QIODevice::ReadWrite))
                    f.setFileTime(QDateTime::currentDateTime().addSecs(-600), QFileDevice::FileModificationTime);
            }
        }
    }

    bool storeHosts()
    {
        HostEntry proxied = m_world.sshd().hostEntry(viaProxy, true);
        proxied.port = m_proxy.port();
        const QList<HostEntry> hosts{m_world.sshd().hostEntry(direct, true), proxied};
        return awaitKeychain([&](QObject *context, auto done) { m_vault->saveHosts(hosts, context, done); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<StepReport>();
        qRegisterMetaType<ChangeResult>();
        QVERIFY2(m_world.start(), qPrintable(m_world.errorString()));
        QVERIFY(m_proxy.start(m_world.sshd().port()));
        m_profile = m_world.profile();
        m_cutOff = m_profile;
        m_cutOff.timing.keepaliveSeconds = 1;
        m_cutOff.timing.sshConnectSeconds = 2;
        m_store = std::make_unique<KeychainStore>(10s);
        m_vault = std::make_unique<Vault>(m_store.get());
        QVERIFY(m_world.storeCredentials(m_vault.get(), direct));
        QVERIFY(storeHosts());
    }

    void init()
    {
        m_proxy.restore();
        m_world.sshd().setDockerMode(SshdFixture::DockerMode::Ok);
        m_world.clearDockerCalls();
        m_world.freeLock();
    }

    // Operator A is cut off (no FIN) between "pull" and "compose up". Before: 45 s later B's look
    // recorded A's change as a success, freed the lock, and A, back, ran compose up anyway. Now: B's
    // look leaves A's change alone (its lease), B breaks the lock with a reason and deploys, and A,
    // back, is refused by the droplet itself before compose up: exactly one compose up ran.
    void aChangeCutOffBeforeComposeUpCannotRunItAfterItsLockWasTaken()
    {
        const QString sha = newCommit(QStringLiteral("fenced"));
        m_cutOff.timing.reattachSeconds = 120;
        AppSide a(m_cutOff, m_vault.get(), &m_redactor);
        AppSide b(m_profile, m_vault.get(), &m_redactor);
        Run runA;
        {
            Operator alice("alice");
            startCutOffBeforeComposeUp(a, sha, &runA);
        }
        QVERIFY(runA.running);
        QTRY_VERIFY_WITH_TIMEOUT(runA.output.contains(QLatin1String("the connection to the droplet dropped")), 30000);
        QVERIFY2(!runA.done(), qPrintable(runA.result.message));

        // B looks: A's change is within its lease, so nothing is recorded and the lock stays A's.
        const DropletStatus seen = look(b.lane);
        QVERIFY(seen.guards.lock.held);
        QVERIFY(seen.guards.lock.holder.startsWith(QLatin1String("alice@")));
        QVERIFY2(seen.recorded.isEmpty(), qPrintable(seen.recorded.join(QLatin1Char('\n'))));
        QVERIFY(entriesOf(sha).isEmpty());

        // B breaks the lock of a change nothing of which runs, with a reason, and deploys.
        std::optional<DeployLane::LockReading> lock;
        b.lane.readLock(direct, this, [&lock](const DeployLane::LockReading &r) { lock = r; });
        QTRY_VERIFY_WITH_TIMEOUT(lock.has_value(), 30000);
        QVERIFY(lock->read && lock->lock.held && !lock->running);
        std::optional<DeployLane::LockBreak> broken;
        b.lane.breakLock(direct, lock->lock.token, QStringLiteral("alice's laptop went dark mid-deploy"), this,
                         [&broken](const DeployLane::LockBreak &r) { broken = r; });
        QTRY_VERIFY_WITH_TIMEOUT(broken.has_value(), 30000);
        QVERIFY2(broken->ok, qPrintable(broken->message));
        const QJsonObject audit = lastAudit(QStringLiteral("lock-broken"));
        QVERIFY(audit.value(QStringLiteral("holder")).toString().startsWith(QLatin1String("alice@")));
        QCOMPARE(audit.value(QStringLiteral("reason")).toString(), QStringLiteral("alice's laptop went dark mid-deploy"));

        m_world.sshd().setDockerMode(QStringLiteral("slow:compose-up:4"));
        Run runB;
        {
            Operator bob("bob");
            runB.plan = planOf(b.lane, ChangeKind::DeployOverSsh, sha, direct);
            QVERIFY2(runB.plan.ready(), qPrintable(runB.plan.message));
            start(b.lane, &runB);
        }
        // A's network comes back while B's compose up runs under B's lock.
        connect(runB.running, &ChangeRun::stepStarted, this, [this](int, const QString &name, const QString &) {
            if (name == QLatin1String("compose up"))
                m_proxy.restore();
        });
        QTRY_VERIFY_WITH_TIMEOUT(runA.done() && runB.done(), 120000);
        QVERIFY2(runB.result.succeeded(), qPrintable(runB.result.message + runB.output.right(2000)));
        QCOMPARE(runA.result.outcome, ChangeResult::Outcome::Interrupted);
        QVERIFY2(runA.result.message.contains(QLatin1String("the lock is no longer this change's")), qPrintable(runA.result.message));
        QVERIFY2(runA.result.message.contains(QLatin1String("bob@")), qPrintable(runA.result.message));
        QCOMPARE(composeUps(), 1);

        const QList<ReleaseEntry> entries = entriesOf(sha);
        QCOMPARE(entries.size(), 2);
        const auto aliceEntry = std::find_if(entries.cbegin(), entries.cend(), [](const ReleaseEntry &e) { return e.who.startsWith(QLatin1String("alice@")); });
        const auto bobEntry = std::find_if(entries.cbegin(), entries.cend(), [](const ReleaseEntry &e) { return e.who.startsWith(QLatin1String("bob@")); });
        QVERIFY(aliceEntry != entries.cend() && bobEntry != entries.cend());
        QCOMPARE(aliceEntry->result, QStringLiteral("interrupted"));
        QCOMPARE(aliceEntry->failedStep, QStringLiteral("interrupted before compose up"));
        QCOMPARE(bobEntry->result, QStringLiteral("success"));
        QVERIFY(!m_world.lockIsHeld());
        QVERIFY2(unrecordedChanges().isEmpty(), "both changes are recorded on the droplet too");
    }

    // A is cut off before compose up and never comes back. Its lease runs out: the next look
    // records it as interrupted before compose up — never "success" — and frees the lock.
    void aChangeWhoseAppNeverReturnsIsRecordedAsInterruptedAfterItsLease()
    {
        const QString sha = newCommit(QStringLiteral("gone"));
        m_cutOff.timing.reattachSeconds = 4;
        AppSide a(m_cutOff, m_vault.get(), &m_redactor);
        AppSide b(m_profile, m_vault.get(), &m_redactor);
        Run runA;
        startCutOffBeforeComposeUp(a, sha, &runA);
        QVERIFY(runA.running);
        QTRY_VERIFY_WITH_TIMEOUT(runA.done(), 60000);
        QCOMPARE(runA.result.outcome, ChangeResult::Outcome::Interrupted);
        QVERIFY(m_world.lockIsHeld());

        QVERIFY(look(b.lane).recorded.isEmpty()); // within the lease: left alone
        QVERIFY(m_world.lockIsHeld());

        timePassesOnTheDroplet();
        const DropletStatus later = look(b.lane);
        QCOMPARE(later.recorded.size(), 1);
        QVERIFY2(later.recorded.first().contains(QLatin1String("interrupted before compose up")), qPrintable(later.recorded.first()));
        QVERIFY(!m_world.lockIsHeld());
        QCOMPARE(composeUps(), 0);
        bool recovered = false;
        for (const ReleaseEntry &entry : entriesOf(sha)) {
            QVERIFY2(entry.result != QLatin1String("success"), "compose up never ran");
            recovered |= entry.failedStep == QLatin1String("interrupted before compose up");
        }
        QVERIFY(recovered);
        QVERIFY(unrecordedChanges().isEmpty());
    }

    // A droplet that stops answering without closing is noticed by the keepalives that ask for
    // a reply — within three intervals, not at the step's 600 s time limit. A quiet but living
    // droplet is not.
    void aSilentDropletIsNoticedWithinThreeKeepalives()
    {
        RemoteHosts hosts(m_cutOff, m_vault.get());
        RemoteHost *remote = nullptr;
        hosts.withHost(viaProxy, this, [&remote](RemoteHost *host, const QString &) { remote = host; });
        QTRY_VERIFY_WITH_TIMEOUT(remote, 30000);

        std::optional<RemoteResult> quiet;
        remote->run(QStringLiteral("sleep 5; echo alive"), 60s, this, {{}, {}, [&quiet](const RemoteResult &r) { quiet = r; }});
        QTRY_VERIFY_WITH_TIMEOUT(quiet.has_value(), 30000);
        QVERIFY2(quiet->ok() && quiet->out.contains("alive"), qPrintable(quiet->failure()));

        std::optional<RemoteResult> silent;
        QElapsedTimer clock;
        remote->run(QStringLiteral("echo started; sleep 30"), 600s, this,
                    {[this, &clock](const QByteArray &) {
                         if (!m_proxy.blackholed()) {
                             m_proxy.blackhole();
                             clock.start();
                         }
                     },
                     {}, [&silent](const RemoteResult &r) { silent = r; }});
        QTRY_VERIFY_WITH_TIMEOUT(silent.has_value(), 30000);
        const qint64 noticedAfter = clock.elapsed();
        QCOMPARE(silent->exit.error.kind, SshError::Kind::ConnectionLost);
        QVERIFY2(silent->exit.error.message.contains(QLatin1String("has not answered")), qPrintable(silent->exit.error.message));
        qInfo("a silent droplet was noticed after %lld ms (keepalive every 1 s)", noticedAfter);
        QVERIFY2(noticedAfter <= 3 * 1000 + 1000, qPrintable(QString::number(noticedAfter)));
    }

    // A cancel sent into a silent network says that it did not reach the droplet, and is sent
    // again once the connection is back: the step is stopped there, not just forgotten here.
    void aCancelThatCannotReachTheDropletSaysSoAndIsSentAgain()
    {
        const QString sha = newCommit(QStringLiteral("cancel"));
        m_cutOff.timing.reattachSeconds = 60;
        AppSide a(m_cutOff, m_vault.get(), &m_redactor);
        m_world.sshd().setDockerMode(QStringLiteral("slow:compose-up:25"));
        Run run;
        run.plan = planOf(a.lane, ChangeKind::DeployOverSsh, sha, viaProxy);
        QVERIFY2(run.plan.ready(), qPrintable(run.plan.message));
        start(a.lane, &run);
        connect(run.running, &ChangeRun::stepStarted, this, [this, &run](int, const QString &name, const QString &) {
            if (name != QLatin1String("compose up"))
                return;
            QTimer::singleShot(1000, this, [this, &run]() {
                m_proxy.blackhole();
                run.running->cancel();
            });
        });
        QTRY_VERIFY_WITH_TIMEOUT(run.output.contains(QLatin1String("could not reach the droplet to stop \"compose up\"")), 30000);
        m_proxy.restore();
        QTRY_VERIFY_WITH_TIMEOUT(run.done(), 60000);
        QCOMPARE(run.result.outcome, ChangeResult::Outcome::Cancelled);
        QCOMPARE(m_world.newestStepStatus(QStringLiteral("compose up")), QStringLiteral("143"));
        QVERIFY(!m_world.lockIsHeld());
    }

    // sshd comes back with another host key while compose up runs. Before: a drop, then
    // "failed" in the release log while compose up still ran, then a second entry. Now: the
    // change stops trying, keeps the lock, records nothing, and names both keys.
    void aHostKeyChangeDuringAStepStopsTheChangeAndKeepsItsLock()
    {
        const QString sha = newCommit(QStringLiteral("rekeyed"));
        AppSide a(m_profile, m_vault.get(), &m_redactor);
        m_world.sshd().setDockerMode(QStringLiteral("slow:compose-up:5"));
        const QString oldKey = m_world.sshd().hostKeyFingerprint();
        Run run;
        run.plan = planOf(a.lane, ChangeKind::DeployOverSsh, sha, direct);
        QVERIFY2(run.plan.ready(), qPrintable(run.plan.message));
        start(a.lane, &run);
        connect(run.running, &ChangeRun::stepStarted, this, [this](int, const QString &name, const QString &) {
            if (name == QLatin1String("compose up"))
                QTimer::singleShot(1000, this, [this]() {
                    m_world.sshd().dropConnections();
                    QVERIFY(m_world.sshd().restartWithNewHostKey());
                });
        });
        QTRY_VERIFY_WITH_TIMEOUT(run.done(), 60000);
        const QString newKey = m_world.sshd().hostKeyFingerprint();
        QCOMPARE(run.result.outcome, ChangeResult::Outcome::Interrupted);
        QVERIFY2(run.result.message.contains(QLatin1String("host key changed during \"compose up\"")), qPrintable(run.result.message));
        QVERIFY2(run.result.message.contains(oldKey) && run.result.message.contains(newKey), qPrintable(run.result.message));
        QVERIFY(m_world.lockIsHeld());
        QVERIFY2(entriesOf(sha).isEmpty(), "nothing is recorded as failed while compose up may still run");

        // compose up ends on its own; the operator checks and trusts the new key; the next look records the truth.
        QTRY_COMPARE_WITH_TIMEOUT(m_world.newestStepStatus(QStringLiteral("compose up")), QStringLiteral("0"), 20000);
        QVERIFY(storeHosts());
        timePassesOnTheDroplet();
        AppSide later(m_profile, m_vault.get(), &m_redactor);
        const DropletStatus status = look(later.lane);
        QCOMPARE(status.recorded.size(), 1);
        QVERIFY2(status.recorded.first().contains(QLatin1String("it succeeded")), qPrintable(status.recorded.first()));
        QCOMPARE(entriesOf(sha).size(), 1);
        QVERIFY(!m_world.lockIsHeld());
    }

    // The keychain locks (the screen saver, a "Lock" click) while compose up runs. Before: the
    // droplet's change was marked recorded before the local record was stored, and the entry was
    // lost for good. Now the droplet keeps the change's end until an app has stored it: the next
    // look after unlocking records it, once.
    void aChangeThatEndsWhileTheKeychainIsLockedIsRecordedAfterItUnlocks()
    {
        const QString sha = newCommit(QStringLiteral("locked"));
        Run run;
        {
            AppSide a(m_profile, m_vault.get(), &m_redactor);
            m_world.sshd().setDockerMode(QStringLiteral("slow:compose-up:3"));
            run.plan = planOf(a.lane, ChangeKind::DeployOverSsh, sha, direct);
            QVERIFY2(run.plan.ready(), qPrintable(run.plan.message));
            start(a.lane, &run);
            connect(run.running, &ChangeRun::stepStarted, this, [](int, const QString &name, const QString &) {
                if (name == QLatin1String("compose up"))
                    QVERIFY(lockLoginKeyring());
            });
            QTRY_VERIFY_WITH_TIMEOUT(run.done(), 90000);
        }
        QVERIFY2(run.result.succeeded(), qPrintable(run.result.message));
        QVERIFY2(run.result.message.contains(QLatin1String("not in the release log yet")), qPrintable(run.result.message));
        QVERIFY(!m_world.lockIsHeld());
        const QList<PendingChange> waiting = unrecordedChanges();
        QCOMPARE(waiting.size(), 1);
        QVERIFY(!waiting.first().ended.isEmpty());

        QVERIFY2(unlockLoginKeyring(), "the keychain is unlocked again");
        AppSide later(m_profile, m_vault.get(), &m_redactor);
        const DropletStatus status = look(later.lane);
        QVERIFY2(status.recorded.size() == 1, qPrintable(QStringLiteral("%1 pending, error: %2").arg(status.guards.pendingChanges).arg(status.error)));
        QVERIFY2(status.recorded.first().contains(QLatin1String("as its app ended it")), qPrintable(status.recorded.first()));
        const QList<ReleaseEntry> entries = entriesOf(sha);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().result, QStringLiteral("success"));
        QVERIFY(unrecordedChanges().isEmpty());
        QVERIFY(look(later.lane).recorded.isEmpty()); // once
    }

    // A lock whose change still runs a step is never broken: not by stratumctl --force, not by the lane.
    void breakingTheLockWhileAStepRunsIsRefused()
    {
        const QString sha = newCommit(QStringLiteral("busy"));
        AppSide a(m_profile, m_vault.get(), &m_redactor);
        // Long enough for three stratumctl calls and the lane's own check on a loaded machine.
        m_world.sshd().setDockerMode(QStringLiteral("slow:compose-up:15"));
        Run run;
        run.plan = planOf(a.lane, ChangeKind::DeployOverSsh, sha, direct);
        QVERIFY2(run.plan.ready(), qPrintable(run.plan.message));
        start(a.lane, &run);
        auto composing = std::make_shared<bool>(false); // outlives this function if it fails early
        connect(run.running, &ChangeRun::stepStarted, run.running, [composing](int, const QString &name, const QString &) {
            *composing |= name == QLatin1String("compose up");
        });
        QTRY_VERIFY_WITH_TIMEOUT(*composing, 30000);
        QTest::qWait(1000);

        const QString profilePath = m_world.writeProfile(QStringLiteral("force-profile.json"));
        const auto ctl = [&profilePath](const QStringList &arguments) {
            QProcess process;
            process.start(qEnvironmentVariable("STRATUMCTL"), QStringList{QStringLiteral("--profile"), profilePath} + arguments);
            process.waitForFinished(30000);
            return std::make_pair(process.exitCode(), QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()));
        };
        const auto [forced, forcedSaid] = ctl({QStringLiteral("lock"), QStringLiteral("release"), QStringLiteral("--force"),
                                               QStringLiteral("--reason"), QStringLiteral("looks stuck"), QStringLiteral("--yes"),
                                               QStringLiteral("--host"), direct});
        QCOMPARE(forced, 3);
        QVERIFY2(forcedSaid.contains(QLatin1String("\"compose up\" (pid ")) && forcedSaid.contains(QLatin1String("has run for")),
                 qPrintable(forcedSaid));
        QVERIFY2(!forcedSaid.contains(QLatin1String("--force")), qPrintable(forcedSaid)); // no advice to force it
        const auto [plain, plainSaid] = ctl({QStringLiteral("lock"), QStringLiteral("release"), QStringLiteral("--host"), direct});
        QCOMPARE(plain, 3);
        QVERIFY2(!plainSaid.contains(QLatin1String("--force")), qPrintable(plainSaid));
        const auto [status, statusSaid] = ctl({QStringLiteral("lock"), QStringLiteral("status"), QStringLiteral("--host"), direct});
        QCOMPARE(status, 0);
        QVERIFY2(statusSaid.contains(QLatin1String("still runs on the droplet")), qPrintable(statusSaid));

        // The lane refuses too, even for the token it was shown.
        std::optional<DeployLane::LockReading> lock;
        a.lane.readLock(direct, this, [&lock](const DeployLane::LockReading &r) { lock = r; });
        QTRY_VERIFY_WITH_TIMEOUT(lock.has_value(), 30000);
        QVERIFY(lock->running);
        std::optional<DeployLane::LockBreak> broken;
        a.lane.breakLock(direct, lock->lock.token, QStringLiteral("looks stuck"), this, [&broken](const DeployLane::LockBreak &r) { broken = r; });
        QTRY_VERIFY_WITH_TIMEOUT(broken.has_value(), 30000);
        QVERIFY(!broken->ok && broken->refused);

        QTRY_VERIFY_WITH_TIMEOUT(run.done(), 60000);
        QVERIFY2(run.result.succeeded(), qPrintable(run.result.message));
        QVERIFY(lastAudit(QStringLiteral("lock-broken")).value(QStringLiteral("reason")).toString() != QLatin1String("looks stuck"));
    }

    // The app and stratumctl (or two stratumctl) record at the same moment: every entry is kept and
    // the log stays readable. Before: 15 of 30 kept in one run; a damaged log blocked every rollback.
    // gnome-keyring here takes about 3.7 s for one read-modify-write of a 100-chunk log, so the suite
    // runs a few of those and many of a small log; STRATUM_LOG_CHUNKS and STRATUM_LOG_WRITES (e.g.
    // 100 and 50, about 6 minutes here, with QTEST_FUNCTION_TIMEOUT=1500000) run the whole figure.
    void twoProcessesWritingTheReleaseLogKeepEveryEntry_data()
    {
        QTest::addColumn<int>("chunks");
        QTest::addColumn<int>("writes");
        const int chunks = qEnvironmentVariableIntValue("STRATUM_LOG_CHUNKS");
        const int writes = qEnvironmentVariableIntValue("STRATUM_LOG_WRITES");
        if (chunks > 0 && writes > 0) {
            QTest::newRow("asked for") << chunks << writes;
            return;
        }
        QTest::newRow("100 chunks, 2 x 3 writes") << 100 << 3;
        QTest::newRow("1 chunk, 2 x 25 writes") << 1 << 25;
    }

    void twoProcessesWritingTheReleaseLogKeepEveryEntry()
    {
        QFETCH(int, chunks);
        QFETCH(int, writes);
        const QString sha = m_world.droplet().commits().first();
        ReleaseLog seeded;
        for (int i = 0; i < chunks; ++i) {
            ReleaseEntry filler;
            filler.sha = sha;
            filler.time = QDateTime::currentDateTimeUtc().addDays(-1).addSecs(i);
            filler.method = QStringLiteral("recorded");
            filler.result = QStringLiteral("success");
            filler.who = QStringLiteral("filler");
            filler.note = QString(chunks > 1 ? 1900 : 10, QLatin1Char('x'));
            seeded.record(filler);
        }
        QVERIFY(awaitKeychain([&](QObject *context, auto done) { m_vault->saveReleaseLog(m_profile.id, seeded, context, done); }, 120000));

        QProcess first, second;
        QElapsedTimer clock;
        clock.start();
        for (auto [process, label] : {std::pair{&first, "first"}, std::pair{&second, "second"}})
            process->start(qEnvironmentVariable("STRATUM_RELEASELOG_WRITER"),
                           {m_profile.id, QLatin1String(label), QString::number(writes), sha});
        QTRY_VERIFY_WITH_TIMEOUT(first.state() == QProcess::NotRunning && second.state() == QProcess::NotRunning, 3600 * 1000);
        qInfo("2 processes x %d writes of a %lld-byte log: %lld ms", writes, qint64(seeded.toKeychainJson(m_profile.id).size()),
              clock.elapsed());
        QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());

        int kept = 0;
        const ReleaseLog log = releaseLog();
        for (const ReleaseEntry &entry : log.entries())
            kept += entry.who == QLatin1String("first") || entry.who == QLatin1String("second");
        QCOMPARE(kept, 2 * writes);
    }
};

QTEST_GUILESS_MAIN(TestTwoOperators)
#include "tst_twooperators.moc"
