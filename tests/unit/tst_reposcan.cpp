// Runbook §8.4 as a scan of the checkout's tracked files (hygiene/RepoScan):
// the kinds of secret-shaped text, git grep's answer read as file, line and
// kind only, and a real git repository with planted keys.
#include "core/hygiene/RepoScan.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Stratum;

namespace {

bool git(const QString &dir, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"), QStringList{QStringLiteral("-c"), QStringLiteral("user.name=T"), QStringLiteral("-c"),
                                                     QStringLiteral("user.email=t@example.com")} + arguments);
    return process.waitForFinished(20000) && process.exitCode() == 0;
}

bool write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

const QByteArray liveKey = "sk_live_51PlantedRepoScanKey0123456789";

} // namespace

class TestRepoScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kinds_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("kind");
        QTest::newRow("stripe live") << QString::fromLatin1("STRIPE_SECRET_KEY=" + liveKey) << "Stripe live secret key";
        QTest::newRow("stripe test") << "STRIPE_SECRET_KEY=sk_test_51abcdefghijklmnopqrstuv" << "";
        QTest::newRow("restricted") << "key: rk_live_abcdefghijklmnop" << "Stripe live restricted key";
        QTest::newRow("webhook") << "whsec_abcdefghijklmnopqrstuvwx" << "Stripe webhook signing secret";
        QTest::newRow("github classic") << "token = \"ghp_abcdefghijklmnopqrstuvwxyz0123456789\"" << "GitHub token";
        QTest::newRow("github fine") << "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz" << "GitHub fine-grained token";
        QTest::newRow("pem") << "-----BEGIN OPENSSH PRIVATE KEY-----" << "private key";
        QTest::newRow("pem rsa") << "-----BEGIN RSA PRIVATE KEY-----" << "private key";
        QTest::newRow("public key") << "-----BEGIN PUBLIC KEY-----" << "";
        QTest::newRow("aws") << "AKIAIOSFODNN7EXAMPLE" << "AWS access key";
        QTest::newRow("digitalocean") << QString(QStringLiteral("dop_v1_") + QString(64, QLatin1Char('a'))) << "DigitalOcean token";
        QTest::newRow("placeholder") << "STRIPE_SECRET_KEY=sk_live_" << "";
        QTest::newRow("prose") << "rotate the GHCR token every 90 days" << "";
    }

    void kinds()
    {
        QFETCH(QString, line);
        QFETCH(QString, kind);
        QCOMPARE(secretKindIn(line), kind);
    }

    void gitGrepAnswerKeepsNoText()
    {
        auto record = [](const QByteArray &path, const QByteArray &line, const QByteArray &text) {
            return path + '\0' + line + '\0' + text + '\n';
        };
        const QByteArray answer = record("backend/.env.example", "12", "STRIPE_SECRET_KEY=" + liveKey)
                                  + record("docs/setup.md", "3", "use sk_test_abcdefghijklmnop locally")
                                  + record("deploy/key.pem", "1", "-----BEGIN OPENSSH PRIVATE KEY-----");
        const QList<SecretSighting> sightings = parseSecretSightings(answer);
        QCOMPARE(sightings.size(), 2); // a test key is not a live one
        QCOMPARE(sightings.at(0).path, QStringLiteral("backend/.env.example"));
        QCOMPARE(sightings.at(0).line, 12);
        QCOMPARE(sightings.at(0).kind, QStringLiteral("Stripe live secret key"));
        QCOMPARE(sightings.at(1).path, QStringLiteral("deploy/key.pem"));
        QCOMPARE(parseSecretSightings("no-nul-here\n").size(), 0);
    }

    void trackedFilesOfARealCheckout()
    {
        QTemporaryDir repo;
        QVERIFY(git(repo.path(), {QStringLiteral("init"), QStringLiteral("-q")}));
        QVERIFY(write(repo.path() + QStringLiteral("/backend/settings.py"), "STRIPE_KEY = \"" + liveKey + "\"\n"));
        QVERIFY(write(repo.path() + QStringLiteral("/README.md"), "# Stratum\nno secrets here\n"));
        QVERIFY(write(repo.path() + QStringLiteral("/logo.bin"), QByteArray("\0\1\2", 3) + liveKey));
        QVERIFY(git(repo.path(), {QStringLiteral("add"), QStringLiteral(".")}));
        QVERIFY(git(repo.path(), {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("init")}));
        QVERIFY(write(repo.path() + QStringLiteral("/.env"), "STRIPE_SECRET_KEY=" + liveKey + "\n")); // untracked: git's job, not ours
        std::optional<RepoScanResult> result;
        QObject context;
        // From a subfolder too: the whole checkout is searched.
        scanRepository(repo.path() + QStringLiteral("/backend"), &context, [&result](const RepoScanResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY2(result->error.isEmpty(), qPrintable(result->error));
        QCOMPARE(result->filesSearched, 3);
        QCOMPARE(result->sightings.size(), 1);
        QCOMPARE(result->sightings.first().path, QStringLiteral("backend/settings.py"));
        QCOMPARE(result->sightings.first().line, 1);
    }

    void notACheckoutIsSaidInOneSentence()
    {
        QTemporaryDir plain;
        std::optional<RepoScanResult> result;
        QObject context;
        scanRepository(plain.path(), &context, [&result](const RepoScanResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY2(result->error.contains(QLatin1String("is not a git checkout")), qPrintable(result->error));
        QVERIFY(result->sightings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRepoScan)
#include "tst_reposcan.moc"
