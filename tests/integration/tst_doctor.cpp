// `stratumctl doctor` against the test peers (DeployWorld: sshd with the docker
// shim, a git droplet, the registry behind the GHCR-like token gate, the fake
// GitHub answering the token check): all good, then each way it is not —
// an untrusted host key, an env file others can read, a token missing two
// permissions (both listed at once), a GHCR token with more than read:packages,
// rotation due (back-dated dates in the keychain).
#include "DeployWorld.h"
#include "PermissionsFixture.h"
#include "TestWorld.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Stratum;
using namespace StratumTest;
using namespace std::chrono_literals;

namespace {
const QByteArray ghcrToken = "ghp_DoctorGhcrPullToken0123456789abcdefgh";
const QByteArray githubToken = "github_pat_11DOCTOR_0123456789abcdefghij";
}

class TestDoctor : public QObject
{
    Q_OBJECT
private:
    DeployWorld m_world{ghcrToken, githubToken};
    QString m_profilePath;
    std::unique_ptr<KeychainStore> m_store;
    std::unique_ptr<Vault> m_vault;

    CtlRun doctor(const QStringList &extra = {})
    {
        return runStratumctl(QStringList{QStringLiteral("--profile"), m_profilePath} + extra + QStringList{QStringLiteral("doctor")});
    }

    QJsonObject check(const CtlRun &run, const QString &id)
    {
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("checks")).toArray()) {
            if (value[QStringLiteral("id")].toString() == id)
                return value.toObject();
        }
        return {};
    }

    void setEnvMode(QFile::Permissions permissions)
    {
        QVERIFY(QFile::setPermissions(m_world.droplet().appDir() + QStringLiteral("/.env.production"), permissions));
    }

    void backdate(const QString &secret, int days)
    {
        const QByteArray date = QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODate).toLatin1();
        QVERIFY(awaitKeychain([&](QObject *context, auto done) { m_store->write(Vault::secretDateKey(secret), date, context, done); }));
    }

    void backdateHostKey(int days)
    {
        std::optional<QList<HostEntry>> hosts;
        m_vault->loadHosts(this, [&hosts](const Vault::Result<QList<HostEntry>> &r) { hosts = r.value; });
        QTRY_VERIFY(hosts.has_value());
        (*hosts)[0].keySetAt = QDateTime::currentDateTimeUtc().addDays(-days);
        QVERIFY(awaitKeychain([&](QObject *context, auto done) { m_vault->saveHosts(*hosts, context, done); }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_world.start(), qPrintable(m_world.errorString()));
        m_profilePath = m_world.writeProfile(QStringLiteral("doctor-profile.json"));
        m_store = std::make_unique<KeychainStore>(10s);
        m_vault = std::make_unique<Vault>(m_store.get());
        QVERIFY(m_world.storeCredentials(m_vault.get(), QStringLiteral("production")));
        backdateHostKey(3);
        m_world.sshd().setDockerOutput(QStringLiteral("compose-version"), "Docker Compose version v2.26.1\n");
        m_world.sshd().setDockerOutput(QStringLiteral("info"), "26.1.5\n");
        setEnvMode(QFile::ReadOwner | QFile::WriteOwner);
        servePermissions(m_world.gates().github(), {}, ghcrToken);
    }

    void allGood()
    {
        m_world.gates().github().clearRequests();
        const CtlRun run = doctor();
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QLatin1String("all good")));
        for (const char *line : {"trusted (the app's trust store)", "docker compose 2.26.1", "docker daemon 26.1.5",
                                 ".env.production present, mode 600", "Actions: Read and write: granted",
                                 "Administration: Read-only: granted", "the registry issued a pull token for qualitymaterial",
                                 "the GHCR token has only read:packages", "the GHCR token was set 0 days ago"})
            QVERIFY2(run.out.contains(QLatin1String(line)), line);
        // Harmless by construction: one question per permission, nothing dispatched or cancelled.
        int posts = 0;
        for (const FakeGitHub::Seen &seen : m_world.gates().github().requests()) {
            if (seen.method == "POST") {
                ++posts;
                QCOMPARE(seen.path, QStringLiteral("/repos/qualitymaterial/stratum-sports/actions/runs/0/cancel"));
            }
        }
        QCOMPARE(posts, 1);
        QCOMPARE(m_world.gates().github().requests().size(), 9); // 8 permissions + the GHCR token's scopes
    }

    void jsonNamesEveryCheck()
    {
        const CtlRun run = doctor({QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("allGood")).toBool(), true);
        QStringList ids;
        for (const QJsonValue &value : root.value(QStringLiteral("checks")).toArray())
            ids << value[QStringLiteral("id")].toString();
        QCOMPARE(ids, (QStringList{QStringLiteral("host-key"), QStringLiteral("droplet"), QStringLiteral("github-token"),
                                   QStringLiteral("ghcr"), QStringLiteral("rotation")}));
    }

    void tokenMissingTwoPermissionsListsBoth()
    {
        servePermissions(m_world.gates().github(), {QStringLiteral("actions:write"), QStringLiteral("secrets:read")}, ghcrToken);
        const CtlRun run = doctor({QStringLiteral("--json")});
        servePermissions(m_world.gates().github(), {}, ghcrToken);
        QCOMPARE(run.code, 1);
        const QJsonObject token = check(run, QStringLiteral("github-token"));
        QCOMPARE(token.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        const QString fix = token.value(QStringLiteral("fixes")).toArray().first().toString();
        QVERIFY2(fix.contains(QLatin1String("Actions: Read and write")) && fix.contains(QLatin1String("Secrets: Read-only")), qPrintable(fix));
        QVERIFY(!fix.contains(QLatin1String("Checks")));
        const QString found = token.value(QStringLiteral("found")).toVariant().toStringList().join(QLatin1Char('\n'));
        QVERIFY2(found.contains(QLatin1String("Secrets: Read-only: MISSING")), qPrintable(found));
        QVERIFY(found.contains(QLatin1String("Checks: Read-only: granted")));
    }

    void ghcrTokenWithMoreThanReadPackagesIsFlagged()
    {
        servePermissions(m_world.gates().github(), {}, ghcrToken, QStringLiteral("read:packages, write:packages, repo"));
        const CtlRun run = doctor({QStringLiteral("--json")});
        servePermissions(m_world.gates().github(), {}, ghcrToken);
        QCOMPARE(run.code, 1);
        const QJsonObject ghcr = check(run, QStringLiteral("ghcr"));
        QCOMPARE(ghcr.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QVERIFY2(ghcr.value(QStringLiteral("found")).toArray().at(1).toString().contains(QLatin1String("write:packages, repo")),
                 qPrintable(run.out));
    }

    void wrongGhcrTokenIsRefusedByTheRegistry()
    {
        QVERIFY(awaitKeychain([&](QObject *context, auto done) {
            m_vault->writeSecret(SecretNames::ghcrToken(), "ghp_NotTheRightToken000000000000000000000", context, done);
        }));
        const CtlRun run = doctor({QStringLiteral("--json")});
        QVERIFY(awaitKeychain([&](QObject *context, auto done) { m_vault->writeSecret(SecretNames::ghcrToken(), ghcrToken, context, done); }));
        QCOMPARE(run.code, 1);
        const QJsonObject ghcr = check(run, QStringLiteral("ghcr"));
        QCOMPARE(ghcr.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QVERIFY2(ghcr.value(QStringLiteral("found")).toArray().first().toString().contains(QLatin1String("refused a token")),
                 qPrintable(run.out));
    }

    void envFileOthersCanReadIsAProblem()
    {
        setEnvMode(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        const CtlRun run = doctor();
        setEnvMode(QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(QLatin1String(".env.production has mode 644")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("chmod 600")));
    }

    void rotationDueIsListedWithItsSteps()
    {
        backdate(SecretNames::ghcrToken(), 120);
        backdateHostKey(200);
        const CtlRun run = doctor();
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(QLatin1String("the GHCR token was set 120 days ago: rotation is due")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("the deploy key of production was set 200 days ago: rotation is due")));
        QVERIFY(run.out.contains(QLatin1String("the GitHub token was set 0 days ago (rotate every 90 days)")));
        QVERIFY(run.out.contains(QLatin1String("docker login ghcr.io")));               // the GHCR token's steps
        QVERIFY(run.out.contains(QLatin1String("stratumctl host set-key production"))); // the deploy key's
        // Rotating records the date: the reminder is gone.
        QVERIFY(awaitKeychain([&](QObject *context, auto done) { m_vault->writeSecret(SecretNames::ghcrToken(), ghcrToken, context, done); }));
        const CtlRun setKey = runStratumctl({QStringLiteral("--profile"), m_profilePath, QStringLiteral("host"), QStringLiteral("set-key"),
                                             QStringLiteral("production"), QStringLiteral("--key"), m_world.sshd().userKeyPath()});
        QVERIFY2(setKey.code == 0, qPrintable(setKey.err));
        const CtlRun after = doctor();
        QVERIFY2(after.code == 0, qPrintable(after.out));
    }

    void unknownHostKeyShowsItsFingerprintAndTheCommand()
    {
        QVERIFY(m_world.storeCredentials(m_vault.get(), QStringLiteral("production"), false));
        const CtlRun run = doctor();
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(m_world.sshd().hostKeyFingerprint()), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub")));
        QVERIFY(run.out.contains(QLatin1String("not tested: the host key is not trusted")));
        QVERIFY(run.out.contains(QLatin1String("stratumctl host trust production --fingerprint ")));
    }

    void secretsNeverReachTheOutput()
    {
        const CtlRun run = doctor();
        for (const QByteArray &secret : {ghcrToken, githubToken})
            QVERIFY(!run.out.contains(QString::fromLatin1(secret)) && !run.err.contains(QString::fromLatin1(secret)));
        for (const WrittenFile &file : scanForSecrets(worldDir(), {ghcrToken, githubToken}))
            QVERIFY2(file.leaked.isEmpty(), qPrintable(file.path));
    }
};

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
