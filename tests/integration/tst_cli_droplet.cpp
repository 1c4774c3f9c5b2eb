// stratumctl against the droplet: exec, host trust, deploy, rollback, restart,
// lock, diag and env-lint, with the real binary in the deploy lane's test world
// (DeployWorld: sshd + docker shim, a git droplet, the registry, the fake GitHub).
#include "DeployWorld.h"
#include "TestWorld.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>

#include <csignal>

using namespace StratumTest;

namespace {
const QByteArray ghcrToken = "ghp_CliRemoteTestToken0123456789abcdefgh";
}

class TestCliDroplet : public QObject
{
    Q_OBJECT
private:
    DeployWorld m_world{ghcrToken, "github_pat_CLIREMOTE_gates"};
    SshdFixture &m_sshd = m_world.sshd();
    RegistryFixture &m_registry = m_world.registry();
    DropletFixture &m_droplet = m_world.droplet();
    QString m_profile;

    bool composeUpStarted() const
    {
        const QStringList calls = m_world.dockerCalls();
        return std::any_of(calls.cbegin(), calls.cend(), [](const QString &call) { return call.contains(QLatin1String(" up ")); });
    }

    CtlRun ctl(QStringList arguments, const QByteArray &input = {})
    {
        return runStratumctl(QStringList{QStringLiteral("--profile"), m_profile} + arguments, input);
    }

    // Lines of the app's log (debug lines go to the file only).
    QStringList logLines(const QString &containing) const
    {
        QFile log(worldDir() + QStringLiteral("/home/.local/share/Stratum/stratum-deploy/logs/stratum-deploy.log"));
        if (!log.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(log.readAll()).split(QLatin1Char('\n')).filter(containing);
    }



    QStringList calls(const QString &prefix) const
    {
        QStringList matching;
        for (const QString &call : m_sshd.dockerCalls())
            if (call.startsWith(prefix))
                matching << call;
        return matching;
    }

    Stratum::KeychainStore m_store{std::chrono::seconds(10)};
    Stratum::Vault m_vault{&m_store};

    void passGates(const QString &sha)
    {
        QVERIFY(m_world.passGates(&m_vault, sha));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_world.start(), qPrintable(m_world.errorString()));
        // A profile for this droplet: the built-in one pointed at the world, then edited.
        m_profile = m_world.writeProfile(QStringLiteral("test-profile.json"), [](QJsonObject &root) {
            setProfileField(root, QStringLiteral("droplet"), QStringLiteral("minFreeDiskMb"), 2048);
            setProfileField(root, QStringLiteral("health"), QStringLiteral("watchWindowSeconds"), 3);
            setProfileField(root, QStringLiteral("health"), QStringLiteral("pollIntervalSeconds"), 1);
            setProfileField(root, QStringLiteral("health"), QStringLiteral("frontendPort"), int(freeLoopbackPort())); // nothing answers
        });
        QVERIFY(!m_profile.isEmpty());

        QCOMPARE(ctl({QStringLiteral("host"), QStringLiteral("add"), QStringLiteral("droplet"), QStringLiteral("--address"),
                      QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(m_sshd.port()),
                      QStringLiteral("--user"), m_sshd.user(), QStringLiteral("--key"), m_sshd.userKeyPath()}).code, 0);
        QCOMPARE(ctl({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("ghcr-username")}, "qualitymaterial").code, 0);
        QCOMPARE(ctl({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("ghcr-token")}, ghcrToken).code, 0);
        QCOMPARE(ctl({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("github-token")}, "github_pat_CLIREMOTE_gates").code, 0);
        m_sshd.setDockerOutput(QStringLiteral("compose-logs"),
                               QByteArray(DropletFixture::plantedEnv()) + "InvalidPasswordError: password authentication failed\n");
    }

    void unknownHostKeyIsRefusedUntilTrusted()
    {
        const CtlRun refused = ctl({QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(refused.code, 255);
        QVERIFY2(refused.err.contains(m_sshd.hostKeyFingerprint()), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QLatin1String("host trust")));

        const CtlRun wrong = ctl({QStringLiteral("host"), QStringLiteral("trust"), QStringLiteral("droplet"), QStringLiteral("--fingerprint"),
                               QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")});
        QCOMPARE(wrong.code, 3);
        QCOMPARE(ctl({QStringLiteral("host"), QStringLiteral("trust"), QStringLiteral("droplet"), QStringLiteral("--fingerprint"),
                      QStringLiteral("not-a-fingerprint")}).code, 2);
        const CtlRun trusted = ctl({QStringLiteral("host"), QStringLiteral("trust"), QStringLiteral("droplet"),
                                 QStringLiteral("--fingerprint"), m_sshd.hostKeyFingerprint()});
        QCOMPARE(trusted.code, 0);
        const QJsonArray hosts = QJsonDocument::fromJson(ctl({QStringLiteral("--json"), QStringLiteral("host"), QStringLiteral("list")}).out.toUtf8()).array();
        QCOMPARE(hosts.first()[QStringLiteral("trustedHostKeys")].toArray().size(), 1);
    }

    void execStreamsAndReturnsTheRemoteStatus()
    {
        const int hostReadsBefore = logLines(QStringLiteral("stratum.keychain: read hosts")).size();
        const int relayedBefore = logLines(QStringLiteral("stratum.relay: runs a relayed stratumctl command")).size();
        const CtlRun run = ctl({QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("echo hello; echo oops >&2; exit 3")});
        QVERIFY2(run.code == 3, qPrintable(run.err));
        // Run again with STRATUM_TEST_CLI_THROUGH=keep (tst_cli_droplet_through_keep): it went through the kept session.
        const bool throughKeep = qEnvironmentVariable("STRATUM_TEST_CLI_THROUGH") == QLatin1String("keep");
        QCOMPARE(logLines(QStringLiteral("stratum.relay: runs a relayed stratumctl command")).size() - relayedBefore, throughKeep ? 1 : 0);
        // One read names the host and the passphrases to mask (it was four, each a keychain round trip).
        QCOMPARE(logLines(QStringLiteral("stratum.keychain: read hosts")).size() - hostReadsBefore, 1);
        QCOMPARE(run.out, QStringLiteral("hello\n"));
        QVERIFY(run.err.contains(QLatin1String("oops")));
        const CtlRun secret = ctl({QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("echo token=") + QString::fromLatin1(ghcrToken)
                                                                                  + QStringLiteral("; cat .env.production 2>/dev/null; true")});
        QCOMPARE(secret.code, 0);
        QVERIFY2(!secret.out.contains(QString::fromLatin1(ghcrToken)), qPrintable(secret.out));
    }

    // --read-only, for watching production on a shared screen: what reads runs, what would
    // change the droplet is refused (exit 3) and nothing reaches it.
    // Profile schema 2: staging on this droplet, production on a host not set up yet. --env sends
    // a command to the environment's first host; `environments` lists them and says what is missing.
    void environmentsOfASchemaTwoProfile()
    {
        const QString twoEnvironments = m_world.writeProfile(QStringLiteral("environments-profile.json"), [](QJsonObject &root) {
            root[QStringLiteral("schema")] = 2;
            root[QStringLiteral("environments")] = QJsonArray{
                QJsonObject{{QStringLiteral("name"), QStringLiteral("staging")}, {QStringLiteral("role"), QStringLiteral("staging")},
                            {QStringLiteral("hosts"), QJsonArray{QStringLiteral("droplet")}}},
                QJsonObject{{QStringLiteral("name"), QStringLiteral("production")}, {QStringLiteral("role"), QStringLiteral("production")},
                            {QStringLiteral("hosts"), QJsonArray{QStringLiteral("prod-1")}}}};
        });
        auto withProfile = [&](const QStringList &arguments) {
            return runStratumctl(QStringList{QStringLiteral("--profile"), twoEnvironments} + arguments);
        };
        const CtlRun listed = withProfile({QStringLiteral("--json"), QStringLiteral("environments")});
        QCOMPARE(listed.code, 1); // prod-1 is not set up
        const QJsonObject environments = QJsonDocument::fromJson(listed.out.toUtf8()).object();
        QVERIFY(environments.value(QStringLiteral("promotionRequiresStaging")).toBool());
        const QJsonArray list = environments.value(QStringLiteral("environments")).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0)[QStringLiteral("hosts")].toArray().first().toString(), QStringLiteral("droplet"));
        QCOMPARE(list.at(1)[QStringLiteral("missingHosts")].toArray().first().toString(), QStringLiteral("prod-1"));
        QVERIFY(withProfile({QStringLiteral("environments")}).out.contains(QLatin1String("prod-1 (not set up")));

        const CtlRun onStaging = withProfile({QStringLiteral("--env"), QStringLiteral("staging"), QStringLiteral("exec"), QStringLiteral("--"),
                                              QStringLiteral("echo"), QStringLiteral("on-staging")});
        QVERIFY2(onStaging.code == 0 && onStaging.out.contains(QLatin1String("on-staging")), qPrintable(onStaging.out + onStaging.err));
        const CtlRun onProduction = withProfile({QStringLiteral("--env"), QStringLiteral("production"), QStringLiteral("exec"),
                                                 QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(onProduction.code, 2);
        QVERIFY2(onProduction.err.contains(QLatin1String("prod-1")), qPrintable(onProduction.err));
        const CtlRun unknown = withProfile({QStringLiteral("--env"), QStringLiteral("qa"), QStringLiteral("status")});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains(QLatin1String("no environment \"qa\" in the profile (it has: staging, production)")), qPrintable(unknown.err));
        QCOMPARE(withProfile({QStringLiteral("--env"), QStringLiteral("staging"), QStringLiteral("environments")}).code, 2);
        // The schema-1 profile is one production environment on the first host: --env production is that host.
        const CtlRun schemaOne = ctl({QStringLiteral("--env"), QStringLiteral("production"), QStringLiteral("exec"), QStringLiteral("--"),
                                      QStringLiteral("echo"), QStringLiteral("schema-one")});
        QVERIFY2(schemaOne.code == 0 && schemaOne.out.contains(QLatin1String("schema-one")), qPrintable(schemaOne.out + schemaOne.err));
    }

    void readOnlyRefusesWhatChangesTheDroplet()
    {
        const QString readOnly = QStringLiteral("--read-only");
        const CtlRun read = ctl({readOnly, QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("echo still reading")});
        QCOMPARE(read.code, 0);
        QCOMPARE(read.out, QStringLiteral("still reading\n"));

        const QString changed = m_sshd.dir() + QStringLiteral("/changed-in-read-only.txt");
        const CtlRun change = ctl({readOnly, QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("touch ") + changed});
        QCOMPARE(change.code, 3);
        QVERIFY2(change.err.contains(QLatin1String("read-only mode")), qPrintable(change.err));
        QVERIFY(!QFile::exists(changed));

        const CtlRun pin = ctl({readOnly, QStringLiteral("pin"), QStringLiteral("set"), QStringLiteral("--reason"), QStringLiteral("watching")});
        QCOMPARE(pin.code, 3);
        QVERIFY2(pin.err.contains(QLatin1String("read-only mode")), qPrintable(pin.err));

        const CtlRun deploy = ctl({readOnly, QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("ssh"), QStringLiteral("--sha"),
                                   QStringLiteral("0123456789abcdef0123456789abcdef01234567"), QStringLiteral("--yes")});
        QCOMPARE(deploy.code, 3);
        QVERIFY2(deploy.err.contains(QLatin1String("read-only mode")), qPrintable(deploy.err));
        QCOMPARE(ctl({QStringLiteral("lock"), QStringLiteral("status")}).out.trimmed(), QStringLiteral("free"));
    }

    // A command that changes the droplet runs under the deploy lock and is audited; one that
    // only reads runs as it is, also while another change holds the lock.
    void execThatChangesTheDropletTakesTheLock()
    {
        const auto commandAudits = [this]() {
            int count = 0;
            for (const QJsonObject &entry : binariesAuditLog())
                count += entry.value(QStringLiteral("event")).toString() == QLatin1String("droplet-command");
            return count;
        };
        const int before = commandAudits();
        QCOMPARE(ctl({QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("cat /etc/hostname >/dev/null; echo read")}).code, 0);
        QCOMPARE(commandAudits(), before); // read-only: no lock, no audit line
        const QString changed = m_sshd.dir() + QStringLiteral("/changed-by-exec.txt");
        const CtlRun change = ctl({QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("touch ") + changed});
        QVERIFY2(change.code == 0, qPrintable(change.err));
        QVERIFY(QFile::exists(changed));
        QCOMPARE(commandAudits(), before + 1);
        const QJsonObject audit = binariesAuditLog().last();
        QCOMPARE(audit.value(QStringLiteral("command")).toString(), QStringLiteral("touch ") + changed);
        QCOMPARE(audit.value(QStringLiteral("exit")).toInt(), 0);
        QCOMPARE(ctl({QStringLiteral("lock"), QStringLiteral("status")}).out.trimmed(), QStringLiteral("free")); // given back

        QDir().mkpath(m_droplet.lockDir() + QStringLiteral("/deploy.lock"));
        QFile info(m_droplet.lockDir() + QStringLiteral("/deploy.lock/info"));
        QVERIFY(info.open(QIODevice::WriteOnly));
        info.write(R"({"holder":"carol@mac","machine":"mac","since":"2026-11-27T09:00:00Z","sha":"abc","reason":"deploying"})");
        info.close();
        const QString refusedFile = m_sshd.dir() + QStringLiteral("/refused-by-exec.txt");
        const CtlRun refused = ctl({QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("touch ") + refusedFile});
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains(QLatin1String("carol@mac")) && refused.err.contains(QLatin1String("nothing was run")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(refusedFile));
        QCOMPARE(ctl({QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("echo reading still works")}).code, 0);
        QVERIFY(QDir(m_droplet.lockDir() + QStringLiteral("/deploy.lock")).removeRecursively());
    }

    void envCreateNeverOverwrites()
    {
        const CtlRun there = ctl({QStringLiteral("env-create")});
        QCOMPARE(there.code, 3);
        QVERIFY2(there.err.contains(QLatin1String("left as it is")), qPrintable(there.err));
        const QString env = m_droplet.appDir() + QStringLiteral("/.env.production");
        QFile original(env);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray kept = original.readAll();
        original.close();
        QVERIFY(QFile::rename(env, env + QStringLiteral(".kept")));
        QFile example(m_droplet.appDir() + QStringLiteral("/.env.production.example"));
        QVERIFY(example.open(QIODevice::WriteOnly));
        example.write("DATABASE_URL=\nSTRIPE_SECRET_KEY=\n");
        example.close();
        const CtlRun created = ctl({QStringLiteral("env-create")});
        QVERIFY2(created.code == 0, qPrintable(created.out + created.err));
        QFile made(env);
        QVERIFY(made.open(QIODevice::ReadOnly));
        QCOMPARE(made.readAll(), QByteArray("DATABASE_URL=\nSTRIPE_SECRET_KEY=\n"));
        QCOMPARE(made.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        made.close();
        QCOMPARE(binariesAuditLog().last().value(QStringLiteral("event")).toString(), QStringLiteral("droplet-command"));
        QVERIFY(QFile::remove(env) && QFile::remove(example.fileName()) && QFile::rename(env + QStringLiteral(".kept"), env));
        QFile back(env);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), kept);
    }

    // docker service rollback is Swarm's: on a compose droplet it is refused with the way back
    // there, and nothing reaches the droplet, not even a connection.
    void swarmUndoIsRefusedOnAComposeDroplet()
    {
        m_world.clearDockerCalls();
        const int connectionsBefore = m_sshd.connectionsSeen();
        const CtlRun refused = ctl({QStringLiteral("swarm"), QStringLiteral("undo-update"), QStringLiteral("--reason"), QStringLiteral("try")});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains(QLatin1String("runs the product with docker compose: docker service rollback is Swarm's")),
                 qPrintable(refused.err));
        QVERIFY(m_world.dockerCalls().isEmpty());
        QCOMPARE(m_sshd.connectionsSeen(), connectionsBefore);
    }

    void deployNeedsValidInputAndConfirmation()
    {
        QCOMPARE(ctl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("ssh"), QStringLiteral("--sha"),
                      QStringLiteral("abc;reboot"), QStringLiteral("--yes")}).code, 2);
        const QString sha = m_droplet.commits().last();
        passGates(sha);
        const CtlRun unconfirmed = ctl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("ssh"), QStringLiteral("--sha"), sha});
        QCOMPARE(unconfirmed.code, 2);
        QVERIFY(unconfirmed.err.contains(QLatin1String("--yes")));
        QVERIFY(calls(QStringLiteral("pull")).isEmpty());
    }

    void deployOverSsh()
    {
        const QString sha = m_droplet.commitAndPush(QStringLiteral("app.txt"), QStringLiteral("cli"), QStringLiteral("cli"));
        m_registry.pushImage(QStringLiteral("qualitymaterial/stratum-sports-backend"), sha);
        m_registry.pushImage(QStringLiteral("qualitymaterial/stratum-sports-frontend"), sha);
        QByteArray ps;
        for (const char *service : {"backend", "worker", "frontend"})
            ps += QStringLiteral(R"({"Service":"%1","Image":"ghcr.io/qualitymaterial/stratum-sports-%2:%3","State":"running"})")
                      .arg(QLatin1String(service), QLatin1String(qstrcmp(service, "frontend") ? "backend" : "frontend"), sha).toUtf8() + '\n';
        m_sshd.setDockerOutput(QStringLiteral("compose-ps"), ps);
        passGates(sha);
        const int checklistReadsBefore = logLines(QStringLiteral("stratum.keychain: read checks/")).size();
        m_world.gates().github().clearRequests();
        const CtlRun run = ctl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("ssh"), QStringLiteral("--sha"),
                             sha.left(10), QStringLiteral("--yes"), QStringLiteral("--reason"), QStringLiteral("hotfix")});
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        // The gates were evaluated once: one read of the checklist state, one round of CI requests.
        QCOMPARE(logLines(QStringLiteral("stratum.keychain: read checks/")).size() - checklistReadsBefore, 1);
        int ciRequests = 0;
        for (const FakeGitHub::Seen &seen : m_world.gates().github().requests())
            ciRequests += seen.path.contains(sha) || seen.path.endsWith(QLatin1String("/rules/branches/main"));
        QCOMPARE(ciRequests, 4);
        QVERIFY(run.out.contains(QStringLiteral("current %1 → target %2").arg(sha, sha.left(10))));
        QVERIFY2(run.out.contains(QLatin1String("gates passed for ") + sha.left(12)), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("[1] take the deploy lock")));
        QVERIFY(run.out.contains(QLatin1String("compose up")));
        QCOMPARE(calls(QStringLiteral("pull ghcr.io/qualitymaterial/stratum-sports-backend:") + sha).size(), 1);
        const QJsonArray releases = QJsonDocument::fromJson(ctl({QStringLiteral("--json"), QStringLiteral("releases"), QStringLiteral("list")}).out.toUtf8()).array();
        QCOMPARE(releases.first()[QStringLiteral("sha")].toString(), sha);
        QCOMPARE(releases.first()[QStringLiteral("method")].toString(), QStringLiteral("ssh"));
        QCOMPARE(releases.first()[QStringLiteral("note")].toString(), QStringLiteral("hotfix"));
    }

    // Gates overridden on a production droplet: --yes is not enough, the target's short SHA is
    // given as --confirm (or typed on a terminal); a wrong one changes nothing. On staging the
    // override and --yes go through as before.
    void overriddenGatesOnProductionNeedTheTypedSha()
    {
        const QString sha = m_droplet.commitAndPush(QStringLiteral("app.txt"), QStringLiteral("typed"), QStringLiteral("typed"));
        m_registry.pushImage(QStringLiteral("qualitymaterial/stratum-sports-backend"), sha);
        m_registry.pushImage(QStringLiteral("qualitymaterial/stratum-sports-frontend"), sha);
        const QStringList overridden{QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("ssh"), QStringLiteral("--sha"), sha,
                                     QStringLiteral("--yes"), QStringLiteral("--override-gates"), QStringLiteral("--reason"), QStringLiteral("outage")};
        const QString pull = QStringLiteral("pull ghcr.io/qualitymaterial/stratum-sports-backend:") + sha;
        const CtlRun yesOnly = ctl(overridden);
        QCOMPARE(yesOnly.code, 2);
        QVERIFY2(yesOnly.err.contains(QLatin1String("confirm with --confirm ") + sha.left(12)), qPrintable(yesOnly.err));
        QVERIFY2(yesOnly.err.contains(QLatin1String("PRODUCTION")), qPrintable(yesOnly.err));
        const CtlRun wrong = ctl(overridden + QStringList{QStringLiteral("--confirm"), QStringLiteral("0123456789ab")});
        QCOMPARE(wrong.code, 2);
        QVERIFY2(wrong.err.contains(QLatin1String("does not match")), qPrintable(wrong.err));
        QVERIFY(calls(pull).isEmpty());
        QVERIFY(!m_world.lockIsHeld());

        const CtlRun typed = ctl(overridden + QStringList{QStringLiteral("--confirm"), sha.left(12)});
        QVERIFY2(typed.code == 0, qPrintable(typed.out + typed.err));
        QVERIFY(typed.err.contains(QLatin1String("GATES OVERRIDDEN (outage)")));
        QCOMPARE(calls(pull).size(), 1);

        QCOMPARE(ctl({QStringLiteral("host"), QStringLiteral("role"), QStringLiteral("droplet"), QStringLiteral("staging")}).code, 0);
        const auto backToProduction = qScopeGuard([this] {
            ctl({QStringLiteral("host"), QStringLiteral("role"), QStringLiteral("droplet"), QStringLiteral("production")});
        });
        const CtlRun staging = ctl(overridden);
        QVERIFY2(staging.code == 0, qPrintable(staging.out + staging.err));
        QCOMPARE(calls(pull).size(), 2);
    }

    // The droplet runs what was checked: a hand-edited compose file or an untracked file in the
    // clone refuses the change (exit 3, every file listed) unless allowed with a reason, which
    // is audited; a clone from another origin is refused outright.
    void aDirtyOrForeignCloneIsRefusedUntilAllowed()
    {
        auto inClone = [this](const QStringList &arguments) {
            return QProcess::execute(QStringLiteral("git"), QStringList{QStringLiteral("-C"), m_droplet.appDir()} + arguments) == 0;
        };
        // The clone as it was for the tests after this one, also when a check fails.
        const auto restore = qScopeGuard([this, inClone]() {
            inClone({QStringLiteral("checkout"), QStringLiteral("--"), QStringLiteral("docker-compose.prod.yml")});
            QFile::remove(m_droplet.appDir() + QStringLiteral("/override.yml"));
            inClone({QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"), m_droplet.originDir()});
        });
        const QString sha = m_droplet.commits().last();
        passGates(sha);
        const QString compose = m_droplet.appDir() + QStringLiteral("/docker-compose.prod.yml");
        QFile edited(compose);
        QVERIFY(edited.open(QIODevice::Append));
        edited.write("# edited by hand on the droplet\n");
        edited.close();
        QFile untracked(m_droplet.appDir() + QStringLiteral("/override.yml"));
        QVERIFY(untracked.open(QIODevice::WriteOnly));
        untracked.close();
        m_world.clearDockerCalls();
        const QStringList deploy{QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("ssh"), QStringLiteral("--sha"), sha,
                                 QStringLiteral("--yes")};
        const CtlRun refused = ctl(deploy);
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains(QLatin1String(" M docker-compose.prod.yml")) && refused.err.contains(QLatin1String("?? override.yml")),
                 qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("--allow-dirty-clone --reason TEXT")), qPrintable(refused.err));
        QVERIFY(!refused.err.contains(QLatin1String(".env.production"))); // the env file never counts
        QVERIFY(calls(QStringLiteral("pull")).isEmpty());
        QCOMPARE(ctl(deploy + QStringList{QStringLiteral("--allow-dirty-clone")}).code, 2); // a reason is needed

        const CtlRun allowed = ctl(deploy + QStringList{QStringLiteral("--allow-dirty-clone"), QStringLiteral("--reason"),
                                                        QStringLiteral("hotfix edited on the droplet")});
        QVERIFY2(allowed.code == 0, qPrintable(allowed.out + allowed.err));
        QVERIFY2(allowed.err.contains(QLatin1String("used as they are (allowed: hotfix edited on the droplet)")), qPrintable(allowed.err));
        QJsonObject approved;
        for (const QJsonObject &event : binariesAuditLog()) {
            if (event.value(QStringLiteral("event")).toString() == QLatin1String("change-approved"))
                approved = event;
        }
        QCOMPARE(approved.value(QStringLiteral("dirtyCloneAllowed")).toArray().size(), 2);
        QCOMPARE(approved.value(QStringLiteral("reason")).toString(), QStringLiteral("hotfix edited on the droplet"));
        const QJsonArray releases = QJsonDocument::fromJson(ctl({QStringLiteral("--json"), QStringLiteral("releases"), QStringLiteral("list")}).out.toUtf8()).array();
        QVERIFY2(releases.first()[QStringLiteral("policy")].toString().contains(QLatin1String("dirty clone allowed")),
                 qPrintable(releases.first()[QStringLiteral("policy")].toString()));

        QVERIFY(inClone({QStringLiteral("checkout"), QStringLiteral("--"), QStringLiteral("docker-compose.prod.yml")}));
        QVERIFY(QFile::remove(m_droplet.appDir() + QStringLiteral("/override.yml")));
        QVERIFY(inClone({QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"),
                         QStringLiteral("https://github.com/someone-else/stratum-sports.git")}));
        const CtlRun foreign = ctl(deploy);
        QCOMPARE(foreign.code, 3);
        QVERIFY2(foreign.err.contains(QLatin1String("its origin is https://github.com/someone-else/stratum-sports.git")), qPrintable(foreign.err));
    }

    void watchAfterDeploySuggestsRollback()
    {
        const QString good = m_droplet.commitAndPush(QStringLiteral("app.txt"), QStringLiteral("good"), QStringLiteral("good"));
        QCOMPARE(ctl({QStringLiteral("releases"), QStringLiteral("mark-good"), good, QStringLiteral("--without-smoke"),
                      QStringLiteral("--reason"), QStringLiteral("ran for weeks")}).code, 0);
        const QString sha = m_droplet.commitAndPush(QStringLiteral("app.txt"), QStringLiteral("watched"), QStringLiteral("watched"));
        m_registry.pushImage(QStringLiteral("qualitymaterial/stratum-sports-backend"), sha);
        m_registry.pushImage(QStringLiteral("qualitymaterial/stratum-sports-frontend"), sha);
        passGates(sha);
        const CtlRun run = ctl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("ssh"), QStringLiteral("--sha"), sha,
                                QStringLiteral("--yes"), QStringLiteral("--watch")});
        QCOMPARE(run.code, 1); // deployed, but the frontend never answered during the watch
        QVERIFY2(run.out.contains(QLatin1String("success:")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("watching ") + sha.left(12)));
        QVERIFY2(run.err.contains(QLatin1String("consider rolling back to the last known-good ") + good.left(12)), qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("the watch FAILED")));
    }

    void ctrlCStopsAtASafePointAndReleasesTheLock()
    {
        // Images that never appear: the deploy waits for them, and the operator gives up.
        const QString patient = editedProfile(QStringLiteral("patient-profile.json"), [this](QJsonObject &root) {
            QFile base(m_profile);
            QVERIFY(base.open(QIODevice::ReadOnly));
            root = QJsonDocument::fromJson(base.readAll()).object();
            setProfileField(root, QStringLiteral("timing"), QStringLiteral("imageWaitSeconds"), 120);
        });
        const QString sha = m_droplet.commitAndPush(QStringLiteral("app.txt"), QStringLiteral("never built"), QStringLiteral("never built"));
        passGates(sha);
        QProcess ctl;
        ctl.start(qEnvironmentVariable("STRATUMCTL"), {QStringLiteral("--profile"), patient, QStringLiteral("deploy"), QStringLiteral("--via"),
                                                     QStringLiteral("ssh"), QStringLiteral("--sha"), sha, QStringLiteral("--yes")});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += ctl.readAllStandardOutput()).contains("wait for both images"), 30000);
        QVERIFY(QDir(m_droplet.lockDir() + QStringLiteral("/deploy.lock")).exists());
        ::kill(pid_t(ctl.processId()), SIGINT);
        QTRY_VERIFY_WITH_TIMEOUT(ctl.state() == QProcess::NotRunning, 30000);
        out += ctl.readAllStandardOutput();
        const QByteArray err = ctl.readAllStandardError();
        QCOMPARE(ctl.exitStatus(), QProcess::NormalExit);
        QCOMPARE(ctl.exitCode(), 1);
        QVERIFY2(err.contains("interrupted: stopping at the next safe point"), err.constData());
        QVERIFY2(err.contains("cancelled"), err.constData());
        QVERIFY2(!QDir(m_droplet.lockDir() + QStringLiteral("/deploy.lock")).exists(), "the lock was released");
        QVERIFY(calls(QStringLiteral("pull")).filter(sha).isEmpty());
    }

    // Ctrl-C during compose up: the step runs detached on the droplet, and Ctrl-C stops it there.
    void ctrlCStopsTheDetachedStepOnTheDroplet()
    {
        const QString sha = m_droplet.commitAndPush(QStringLiteral("app.txt"), QStringLiteral("slow up"), QStringLiteral("slow up"));
        m_world.pushImages(sha);
        passGates(sha);
        m_sshd.setDockerMode(QStringLiteral("slow:compose-up:30"));
        m_world.clearDockerCalls();
        QProcess ctl;
        ctl.start(qEnvironmentVariable("STRATUMCTL"), {QStringLiteral("--profile"), m_profile, QStringLiteral("deploy"), QStringLiteral("--via"),
                                                     QStringLiteral("ssh"), QStringLiteral("--sha"), sha, QStringLiteral("--yes")});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += ctl.readAllStandardOutput()).contains("] compose up"), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(composeUpStarted(), 20000); // the droplet's docker has been called
        ::kill(pid_t(ctl.processId()), SIGINT);
        QTRY_VERIFY_WITH_TIMEOUT(ctl.state() == QProcess::NotRunning, 30000);
        const QByteArray err = ctl.readAllStandardError();
        QCOMPARE(ctl.exitCode(), 1);
        QVERIFY2(err.contains("stopping \"compose up\" on the droplet"), err.constData());
        QVERIFY2(err.contains("stopped on the droplet"), err.constData());
        QVERIFY(!m_world.lockIsHeld());
        m_sshd.setDockerMode(SshdFixture::DockerMode::Ok);
    }

    // The app dies (SIGKILL) while compose up runs on the droplet: the next look (`status`, as the
    // app's start does) records the step's true result from the droplet and frees the lock.
    void aKilledAppsChangeIsRecordedByTheNextCommand()
    {
        const QString sha = m_droplet.commitAndPush(QStringLiteral("app.txt"), QStringLiteral("orphan"), QStringLiteral("orphan"));
        m_world.pushImages(sha);
        passGates(sha);
        const QString abandoned = m_world.abandonDeployDuringComposeUp(m_profile, sha);
        QVERIFY2(abandoned.isEmpty(), qPrintable(abandoned));
        const CtlRun look = ctl({QStringLiteral("--json"), QStringLiteral("status")});
        QVERIFY2(look.err.contains(QLatin1String("recorded an earlier ssh of ") + sha.left(12)), qPrintable(look.out + look.err));
        const QJsonObject status = QJsonDocument::fromJson(look.out.toUtf8()).object();
        QCOMPARE(status.value(QStringLiteral("recorded")).toArray().size(), 1);
        QVERIFY2(status.value(QStringLiteral("lock")).toObject().isEmpty(), qPrintable(look.out)); // freed before this reading
        QVERIFY(!m_world.lockIsHeld());
        const CtlRun again = ctl({QStringLiteral("status")});
        QVERIFY2(!again.err.contains(QLatin1String("recorded an earlier")), "recorded once");
        const QJsonArray releases = QJsonDocument::fromJson(ctl({QStringLiteral("--json"), QStringLiteral("releases"), QStringLiteral("list")}).out.toUtf8()).array();
        bool recorded = false;
        for (const QJsonValue &entry : releases)
            recorded |= entry[QStringLiteral("sha")].toString() == sha && entry[QStringLiteral("result")].toString() == QLatin1String("success");
        QVERIFY(recorded);
        QVERIFY(!m_world.lockIsHeld());
    }

    void rollbackOnlyToKnownGood()
    {
        const CtlRun refused = ctl({QStringLiteral("rollback"), QStringLiteral("--to"), m_droplet.commits().first(), QStringLiteral("--yes")});
        QCOMPARE(refused.code, 3);
        QVERIFY(refused.err.contains(QLatin1String("not a known-good")));
    }

    // The way back from a terminal: status says what runs and where back is (exit 1 while a
    // service is down), rollback --last-good stops at a migration until --accept-migrations,
    // then a pin holds production there and refuses a forward deploy (exit 3) until released.
    void wayBackFromTheCommandLine()
    {
        const QString good = m_droplet.commitAndPush(QStringLiteral("app.txt"), QStringLiteral("good2"), QStringLiteral("good"));
        const QString bad = m_droplet.commitAndPush(QStringLiteral("backend/alembic/versions/0007_tiers.py"), QStringLiteral("x = 1\n"),
                                                    QStringLiteral("tiers"));
        QVERIFY(m_droplet.fetchOnDroplet());
        for (const QString &sha : {good, bad}) {
            m_registry.pushImage(QStringLiteral("qualitymaterial/stratum-sports-backend"), sha);
            m_registry.pushImage(QStringLiteral("qualitymaterial/stratum-sports-frontend"), sha);
        }
        QCOMPARE(ctl({QStringLiteral("releases"), QStringLiteral("mark-good"), good, QStringLiteral("--without-smoke"),
                      QStringLiteral("--reason"), QStringLiteral("ran a week")}).code, 0);
        QByteArray ps;
        for (const char *service : {"backend", "worker", "frontend"})
            ps += QStringLiteral(R"({"Service":"%1","Name":"s-%1-1","Image":"ghcr.io/qualitymaterial/stratum-sports-%2:%3","State":"%4","ExitCode":%5})")
                      .arg(QLatin1String(service), QLatin1String(qstrcmp(service, "frontend") ? "backend" : "frontend"), bad,
                           QLatin1String(qstrcmp(service, "worker") ? "running" : "exited"),
                           QLatin1String(qstrcmp(service, "worker") ? "0" : "1")).toUtf8() + '\n';
        m_sshd.setDockerOutput(QStringLiteral("compose-ps"), ps);

        const CtlRun status = ctl({QStringLiteral("--json"), QStringLiteral("status")});
        QCOMPARE(status.code, 1);
        const QJsonObject json = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("runningSha")).toString(), bad);
        QCOMPARE(json.value(QStringLiteral("health")).toString(), QStringLiteral("down"));
        QCOMPARE(json.value(QStringLiteral("healthDetail")).toString(), QStringLiteral("worker: exited (1)"));
        QCOMPARE(json.value(QStringLiteral("rollbackSha")).toString(), good);

        // (The shim answers compose ps the same before and after compose up: the worker is up again for the rollback's checks.)
        m_sshd.setDockerOutput(QStringLiteral("compose-ps"), QByteArray(ps).replace("exited", "running"));
        m_world.clearDockerCalls();
        const CtlRun stopped = ctl({QStringLiteral("rollback"), QStringLiteral("--last-good"), QStringLiteral("--yes")});
        QCOMPARE(stopped.code, 3);
        QVERIFY2(stopped.err.contains(QLatin1String("0007_tiers.py")), qPrintable(stopped.err));
        QVERIFY(stopped.err.contains(QLatin1String("--accept-migrations")));
        QVERIFY(calls(QStringLiteral("pull")).isEmpty());
        const CtlRun rolled = ctl({QStringLiteral("rollback"), QStringLiteral("--last-good"), QStringLiteral("--accept-migrations"),
                                   QStringLiteral("--yes")});
        QVERIFY2(rolled.code == 0, qPrintable(rolled.out + rolled.err));
        QVERIFY2(rolled.err.contains(QLatin1String("Allowed as a known-good rollback")), qPrintable(rolled.err));
        QCOMPARE(calls(QStringLiteral("pull ghcr.io/qualitymaterial/stratum-sports-backend:") + good).size(), 1);

        QCOMPARE(ctl({QStringLiteral("pin"), QStringLiteral("set")}).code, 2); // a pin needs its reason
        m_sshd.setDockerOutput(QStringLiteral("compose-ps"), QByteArray(ps).replace(bad.toLatin1(), good.toLatin1()).replace("exited", "running"));
        const CtlRun pinned = ctl({QStringLiteral("pin"), QStringLiteral("set"), QStringLiteral("--reason"), QStringLiteral("tiers break billing")});
        QVERIFY2(pinned.code == 0, qPrintable(pinned.out + pinned.err));
        QCOMPARE(ctl({QStringLiteral("status")}).code, 3);
        const CtlRun pinStatus = ctl({QStringLiteral("--json"), QStringLiteral("pin"), QStringLiteral("status")});
        QCOMPARE(pinStatus.code, 0);
        const QJsonObject pinJson = QJsonDocument::fromJson(pinStatus.out.toUtf8()).object();
        QCOMPARE(pinJson.value(QStringLiteral("sha")).toString(), good);
        QCOMPARE(pinJson.value(QStringLiteral("reason")).toString(), QStringLiteral("tiers break billing"));
        passGates(bad);
        const CtlRun forward = ctl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("ssh"), QStringLiteral("--sha"), bad,
                                    QStringLiteral("--yes")});
        QCOMPARE(forward.code, 3);
        QVERIFY2(forward.err.contains(QLatin1String("pinned to ") + good.left(12)) && forward.err.contains(QLatin1String("tiers break billing")),
                 qPrintable(forward.err));
        const CtlRun released = ctl({QStringLiteral("pin"), QStringLiteral("release"), QStringLiteral("--reason"), QStringLiteral("fixed")});
        QVERIFY2(released.code == 0 && released.out.contains(QLatin1String("released the pin")), qPrintable(released.out + released.err));
        QCOMPARE(ctl({QStringLiteral("status")}).code, 0);
        QCOMPARE(ctl({QStringLiteral("pin"), QStringLiteral("status")}).out.trimmed(), QStringLiteral("not pinned"));
    }

    void lockStatusAndRelease()
    {
        CtlRun status = ctl({QStringLiteral("lock"), QStringLiteral("status")});
        QVERIFY2(status.code == 0, qPrintable(status.err));
        QCOMPARE(status.out.trimmed(), QStringLiteral("free"));
        QDir().mkpath(m_droplet.lockDir() + QStringLiteral("/deploy.lock"));
        QFile info(m_droplet.lockDir() + QStringLiteral("/deploy.lock/info"));
        QVERIFY(info.open(QIODevice::WriteOnly));
        info.write(R"({"holder":"bob@mac","machine":"mac","since":"2026-11-27T09:00:00Z","sha":"abc","reason":"stuck"})");
        info.close();
        status = ctl({QStringLiteral("lock"), QStringLiteral("status")});
        QVERIFY(status.out.contains(QLatin1String("bob@mac")));
        const QString sha = m_droplet.commits().last();
        passGates(sha);
        const CtlRun blocked = ctl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("ssh"), QStringLiteral("--sha"), sha, QStringLiteral("--yes")});
        QCOMPARE(blocked.code, 3);
        QVERIFY(blocked.err.contains(QLatin1String("bob@mac")));
        QCOMPARE(ctl({QStringLiteral("lock"), QStringLiteral("release")}).code, 3);
        QVERIFY(QFile::exists(info.fileName()));
        const CtlRun noReason = ctl({QStringLiteral("lock"), QStringLiteral("release"), QStringLiteral("--force")});
        QCOMPARE(noReason.code, 2);
        QVERIFY2(noReason.err.contains(QLatin1String("needs a reason")), qPrintable(noReason.err));
        const CtlRun unconfirmed = ctl({QStringLiteral("lock"), QStringLiteral("release"), QStringLiteral("--force"),
                                        QStringLiteral("--reason"), QStringLiteral("bob's laptop died")});
        QCOMPARE(unconfirmed.code, 2); // not a terminal: --yes is the confirmation
        QVERIFY(QFile::exists(info.fileName()));
        const CtlRun broken = ctl({QStringLiteral("lock"), QStringLiteral("release"), QStringLiteral("--force"),
                                   QStringLiteral("--reason"), QStringLiteral("bob's laptop died"), QStringLiteral("--yes")});
        QCOMPARE(broken.code, 0);
        QVERIFY(broken.out.contains(QLatin1String("bob@mac")));
        QVERIFY(!QFile::exists(info.fileName()));
        const QList<QJsonObject> auditLog = binariesAuditLog();
        QVERIFY(!auditLog.isEmpty());
        const QJsonObject audit = auditLog.last();
        QCOMPARE(audit.value(QStringLiteral("event")).toString(), QStringLiteral("lock-broken"));
        QCOMPARE(audit.value(QStringLiteral("holder")).toString(), QStringLiteral("bob@mac"));
        QCOMPARE(audit.value(QStringLiteral("reason")).toString(), QStringLiteral("bob's laptop died"));
    }

    void diagnostics()
    {
        const CtlRun ps = ctl({QStringLiteral("--json"), QStringLiteral("diag"), QStringLiteral("ps")});
        QCOMPARE(ps.code, 0);
        QCOMPARE(QJsonDocument::fromJson(ps.out.toUtf8()).array().size(), 3);
        const CtlRun logs = ctl({QStringLiteral("diag"), QStringLiteral("logs"), QStringLiteral("backend"), QStringLiteral("--tail"), QStringLiteral("50")});
        QCOMPARE(logs.code, 0);
        QVERIFY(logs.out.contains(QLatin1String("InvalidPasswordError")));
        QVERIFY2(!logs.out.contains(QLatin1String("planted-jwt-secret")), qPrintable(logs.out));
        QVERIFY(!logs.out.contains(QLatin1String("sk_live_plantedLiveKey123")));
        QVERIFY(!calls(QStringLiteral("compose -f docker-compose.prod.yml --env-file .env.production logs --no-color --tail=50 backend")).isEmpty());
        QCOMPARE(ctl({QStringLiteral("diag"), QStringLiteral("logs"), QStringLiteral("postgres;reboot")}).code, 2);
    }

    void envLintShowsKeysNeverValues()
    {
        QFile dotEnv(m_droplet.appDir() + QStringLiteral("/.env"));
        QVERIFY(dotEnv.open(QIODevice::WriteOnly));
        dotEnv.write("STRIPE_SECRET_KEY=sk_test_copiedByMistake\n");
        dotEnv.close();
        const CtlRun production = ctl({QStringLiteral("env-lint"), QStringLiteral("--production")});
        QCOMPARE(production.code, 1);
        QVERIFY2(production.out.contains(QLatin1String("a .env file exists on the droplet")), qPrintable(production.out));
        QVERIFY(production.out.contains(QLatin1String("JWT_SECRET looks like a placeholder or is weak")));
        QVERIFY(production.out.contains(QLatin1String("REDIS_URL is missing")));
        for (const char *planted : {"planted-jwt-secret-9c1e", "planted-ops-token-77ab", "planted-pg-pass-31", "sk_live_plantedLiveKey123"})
            QVERIFY2(!production.out.contains(QLatin1String(planted)) && !production.err.contains(QLatin1String(planted)), planted);
        QFile::remove(dotEnv.fileName());

        const CtlRun local = ctl({QStringLiteral("env-lint"), QStringLiteral("--local"), QStringLiteral("--file"),
                               qEnvironmentVariable("STRATUM_TEST_DATA") + QStringLiteral("/env/local.env")});
        QCOMPARE(local.code, 1);
        QVERIFY(local.out.contains(QLatin1String("must be a test key")));
        QVERIFY(!local.out.contains(QLatin1String("oopsLiveKeyLocally")));
        QCOMPARE(ctl({QStringLiteral("env-lint")}).code, 2);
    }

    // Runbook §8.4: env-lint --local also searches the checkout's tracked files for live keys,
    // naming the file and line, never the value.
    void envLintLocalScansTheCheckoutsTrackedFiles()
    {
        const QString checkout = worldDir() + QStringLiteral("/local-checkout");
        QDir().mkpath(checkout + QStringLiteral("/backend"));
        auto git = [&checkout](const QStringList &arguments) {
            QProcess process;
            process.setWorkingDirectory(checkout);
            process.start(QStringLiteral("git"), QStringList{QStringLiteral("-c"), QStringLiteral("user.name=T"), QStringLiteral("-c"),
                                                             QStringLiteral("user.email=t@example.com")} + arguments);
            return process.waitForFinished(20000) && process.exitCode() == 0;
        };
        auto write = [&checkout](const QString &name, const QByteArray &content) {
            QFile file(checkout + QLatin1Char('/') + name);
            return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
        };
        QVERIFY(git({QStringLiteral("init"), QStringLiteral("-q")}));
        QFile good(qEnvironmentVariable("STRATUM_TEST_DATA") + QStringLiteral("/env/good-production.env"));
        QVERIFY(good.open(QIODevice::ReadOnly));
        QByteArray env = good.readAll().replace("APP_ENV=production", "APP_ENV=development")
                             .replace("sk_live_51HxyzGoodLiveKey", "sk_test_51HxyzLocalTestKey");
        QVERIFY(write(QStringLiteral(".env"), env)); // untracked, as it should be
        QVERIFY(write(QStringLiteral("README.md"), "# Stratum\n"));
        QVERIFY(write(QStringLiteral("backend/settings.py"), "import os\nSTRIPE_KEY = 'sk_live_51CommittedByMistake0123'\n"));
        QVERIFY(git({QStringLiteral("add"), QStringLiteral("README.md"), QStringLiteral("backend/settings.py")}));
        QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("settings")}));

        const QStringList lint{QStringLiteral("env-lint"), QStringLiteral("--local"), QStringLiteral("--file"), checkout + QStringLiteral("/.env")};
        const CtlRun dirty = ctl(lint);
        QCOMPARE(dirty.code, 1);
        QVERIFY2(dirty.out.contains(QLatin1String("backend/settings.py:2: a Stripe live secret key in a tracked file")), qPrintable(dirty.out));
        QVERIFY(!dirty.out.contains(QLatin1String("CommittedByMistake")) && !dirty.err.contains(QLatin1String("CommittedByMistake")));
        QVERIFY(!dirty.out.contains(QLatin1String("sk_test_51HxyzLocalTestKey")));

        QVERIFY(git({QStringLiteral("rm"), QStringLiteral("-q"), QStringLiteral("backend/settings.py")}));
        QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("no key")}));
        const CtlRun clean = ctl(lint);
        QVERIFY2(clean.code == 0, qPrintable(clean.out + clean.err));
        QVERIFY2(clean.out.contains(QLatin1String("no live keys or other secrets in the 1 tracked file")), qPrintable(clean.out));
    }

    void noSecretInAnythingWritten()
    {
        const QList<QByteArray> secrets{ghcrToken, "planted-jwt-secret-9c1e", "sk_live_plantedLiveKey123", "planted-pg-pass-31"};
        const QList<WrittenFile> files = scanForSecrets(worldDir() + QStringLiteral("/home"), secrets);
        for (const WrittenFile &file : files)
            QVERIFY2(file.leaked.isEmpty(), qPrintable(file.path));
        QVERIFY(!files.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliDroplet)
#include "tst_cli_droplet.moc"
