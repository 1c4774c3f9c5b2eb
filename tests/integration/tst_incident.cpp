// `stratumctl incident` against the test peers (DeployWorld: sshd with the
// docker shim, a git droplet whose .env.production holds planted secrets): the
// archive holds every part the runbook's evidence needs, reads well in its
// summary, links the running release's log entry, and — with secrets planted in
// the env file and quoted in the services' log lines — holds none of them.
#include "DeployWorld.h"
#include "TestWorld.h"

#include "core/releases/Sha.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Stratum;
using namespace StratumTest;
using namespace std::chrono_literals;

namespace {
const QByteArray ghcrToken = "ghp_IncidentGhcrToken0123456789abcdefghi";
const QByteArray githubToken = "github_pat_11INCIDENT_0123456789abcdefgh";
// The values DropletFixture::plantedEnv() writes into the droplet's .env.production.
const QList<QByteArray> plantedEnvSecrets{"planted-jwt-secret-9c1e", "planted-ops-token-77ab", "planted-pg-pass-31",
                                          "sk_live_plantedLiveKey123"};
}

class TestIncident : public QObject
{
    Q_OBJECT
private:
    DeployWorld m_world{ghcrToken, githubToken};
    QString m_profilePath;
    std::unique_ptr<KeychainStore> m_store;
    std::unique_ptr<Vault> m_vault;
    QString m_running;

    QString extract(const QString &archive)
    {
        const QString dir = worldDir() + QStringLiteral("/extracted");
        QDir(dir).removeRecursively();
        QDir().mkpath(dir);
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("-xzf"), archive, QStringLiteral("-C"), dir});
        [&] {
            QVERIFY(tar.waitForFinished(20000));
            QVERIFY2(tar.exitCode() == 0, tar.readAllStandardError().constData());
        }();
        const QStringList folders = QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        return folders.size() == 1 ? dir + QLatin1Char('/') + folders.first() : QString();
    }

    static QString read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_world.start(), qPrintable(m_world.errorString()));
        m_profilePath = m_world.writeProfile(QStringLiteral("incident-profile.json"), [](QJsonObject &root) {
            setProfileField(root, QStringLiteral("timing"), QStringLiteral("httpSeconds"), 2);
        });
        m_store = std::make_unique<KeychainStore>(10s);
        m_vault = std::make_unique<Vault>(m_store.get());
        QVERIFY(m_world.storeCredentials(m_vault.get(), QStringLiteral("production")));
        m_running = m_world.droplet().commits().last();
        m_world.setRunningImages(m_running);
        ReleaseEntry entry;
        entry.sha = m_running;
        entry.time = QDateTime::currentDateTimeUtc().addSecs(-600);
        entry.method = QStringLiteral("ssh");
        entry.result = QStringLiteral("success");
        entry.who = QStringLiteral("ops@mac");
        QVERIFY(awaitKeychain([&](QObject *context, auto done) {
            m_vault->updateReleaseLog(QStringLiteral("stratum-sports"), [entry](ReleaseLog &log) { log.record(entry); }, context, done);
        }));
        // The services quote the env file's secrets in ways no pattern knows, and the GHCR token.
        SshdFixture &sshd = m_world.sshd();
        sshd.setDockerOutput(QStringLiteral("compose-logs-backend"),
                             "backend-1  | INFO starting\n"
                             "backend-1  | ERROR asyncpg.exceptions.InvalidPasswordError: password authentication failed "
                             "for user \"stratum\" (dsn postgresql://stratum:planted-pg-pass-31@db:5432/stratum)\n"
                             "backend-1  | DEBUG jwt signing with planted-jwt-secret-9c1e\n");
        sshd.setDockerOutput(QStringLiteral("compose-logs-worker"),
                             "worker-1  | ingestion cycle finished: 3 events\n"
                             "worker-1  | ops call with header X-Ops planted-ops-token-77ab\n"
                             "worker-1  | pulled with " + ghcrToken + "\n");
        sshd.setDockerOutput(QStringLiteral("compose-logs-frontend"), "frontend-1  | ready on :3000\n");
    }

    void bundleHoldsTheEvidenceAndNoSecret()
    {
        const QString archive = worldDir() + QStringLiteral("/out/incident.tar.gz");
        const CtlRun run = runStratumctl({QStringLiteral("--profile"), m_profilePath, QStringLiteral("incident"),
                                          QStringLiteral("--out"), archive}, {}, 120000);
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QLatin1String("linked from the release log entry of ") + m_running.left(Sha::shortLength)), qPrintable(run.out));
        QCOMPARE(QFile::permissions(archive) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

        const QString bundle = extract(archive);
        QVERIFY(!bundle.isEmpty());
        QVERIFY(QFileInfo(bundle).fileName().startsWith(QLatin1String("stratum-incident-production-")));
        for (const char *name : {"summary.md", "compose-ps.txt", "logs/backend.log", "logs/worker.log", "logs/frontend.log",
                                 "health.json", "running.json", "system.txt", "env-lint.txt", "releases.json", "audit.jsonl"})
            QVERIFY2(QFile::exists(bundle + QLatin1Char('/') + QLatin1String(name)), name);

        const QString summary = read(bundle + QStringLiteral("/summary.md"));
        QVERIFY2(summary.startsWith(QLatin1String("# Incident on production")), qPrintable(summary.left(200)));
        QVERIFY2(summary.contains(QLatin1String("**Runs:** ") + m_running.left(Sha::shortLength) + QLatin1String(", not known-good")), qPrintable(summary));
        QVERIFY(summary.contains(QLatin1String("## Health answers")));
        QVERIFY2(summary.contains(QLatin1String("InvalidPasswordError")), qPrintable(summary)); // the runbook's common cause, with its fix
        QVERIFY(summary.contains(QLatin1String("POSTGRES_PASSWORD")));
        QVERIFY(summary.contains(QLatin1String("Disk of the app: ")));
        QVERIFY(summary.contains(QLatin1String("Memory: ")));
        QVERIFY(summary.contains(m_running.left(Sha::shortLength)));
        QVERIFY(read(bundle + QStringLiteral("/logs/backend.log")).contains(QLatin1String("password authentication failed")));
        QVERIFY(read(bundle + QStringLiteral("/logs/worker.log")).contains(QLatin1String("ingestion cycle finished")));
        QVERIFY(read(bundle + QStringLiteral("/env-lint.txt")).contains(QLatin1String("JWT_SECRET")));
        QVERIFY(read(bundle + QStringLiteral("/system.txt")).contains(QLatin1String("$ df -h")));
        QVERIFY(read(bundle + QStringLiteral("/compose-ps.txt")).contains(QLatin1String("stratum-backend-1")));

        // Nothing secret survived: not the env file's values, not the tokens, not their Base64 forms.
        QList<QByteArray> secrets = plantedEnvSecrets;
        secrets << ghcrToken << githubToken;
        for (const WrittenFile &file : scanForSecrets(bundle, secrets))
            QVERIFY2(file.leaked.isEmpty(), qPrintable(file.path + QStringLiteral(": ") + QString::fromLatin1(file.leaked.value(0))));
        QVERIFY(read(bundle + QStringLiteral("/logs/backend.log")).contains(QLatin1String("postgresql://stratum:***@db")));

        // The release log entry of what runs points at the bundle.
        const CtlRun log = runStratumctl({QStringLiteral("--profile"), m_profilePath, QStringLiteral("--json"), QStringLiteral("releases"),
                                          QStringLiteral("list")});
        QVERIFY2(log.out.contains(QLatin1String("\"incidentBundle\": \"") + archive), qPrintable(log.out));
        // And the audit log records that it was made.
        const CtlRun audit = runStratumctl({QStringLiteral("--profile"), m_profilePath, QStringLiteral("audit")});
        QVERIFY(audit.out.contains(QLatin1String("\"event\":\"incident-bundle\"")));
    }

    void unwritablePathChangesNothing()
    {
        const int connectionsBefore = m_world.sshd().connectionsSeen();
        const CtlRun run = runStratumctl({QStringLiteral("--profile"), m_profilePath, QStringLiteral("incident"), QStringLiteral("--out"),
                                          QStringLiteral("/proc/no-such-dir/incident.tar.gz")}, {}, 120000);
        QCOMPARE(run.code, 1);
        QCOMPARE(run.err, QStringLiteral("stratumctl: cannot write into /proc/no-such-dir: choose another place for the bundle\n"));
        QCOMPARE(m_world.sshd().connectionsSeen(), connectionsBefore); // nothing was asked of the droplet
    }

    void everythingTheAppWroteIsClean()
    {
        QList<QByteArray> secrets = plantedEnvSecrets;
        secrets << ghcrToken << githubToken;
        const QString droplet = m_world.droplet().appDir();
        for (const WrittenFile &file : scanForSecrets(worldDir(), secrets)) {
            if (file.path.startsWith(droplet) || file.path.contains(QLatin1String("/shim/")) || file.path.contains(QLatin1String("/repos/")))
                continue; // the planted env file and the shim's answers hold them on purpose
            QVERIFY2(file.leaked.isEmpty(), qPrintable(file.path));
        }
    }
};

QTEST_GUILESS_MAIN(TestIncident)
#include "tst_incident.moc"
