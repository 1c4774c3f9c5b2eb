// RegistryClient against Debian's docker-registry behind the GHCR-like token
// gate: a pushed image is present with its digest, a missing tag is missing,
// and wrong or no credentials are refused in words a person can act on.
#include "RegistryFixture.h"
#include "TestWorld.h"
#include "TokenGateFixture.h"

#include "registry/RegistryClient.h"

#include <QTest>

using namespace Stratum;
using namespace StratumTest;
using namespace std::chrono_literals;

namespace {
const QString user = QStringLiteral("qualitymaterial");
const QString token = QStringLiteral("ghp_RegistryClientTest0123456789abcdef");
const QString repo = QStringLiteral("qualitymaterial/stratum-sports-backend");
}

class TestRegistryClient : public QObject
{
    Q_OBJECT
private:
    RegistryFixture m_registry;
    std::unique_ptr<TokenGateFixture> m_gate;

    ManifestCheck check(const QString &tag, const QString &withUser, const QString &withToken)
    {
        RegistryClient client(m_gate->baseUrl(), 10s);
        client.setCredentials(withUser, withToken);
        std::optional<ManifestCheck> result;
        client.checkManifest(QStringLiteral("ghcr.io/") + repo + QLatin1Char(':') + tag, this,
                             [&result](const ManifestCheck &c) { result = c; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
        return result.value_or(ManifestCheck());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_registry.start(), qPrintable(m_registry.errorString()));
        m_gate = std::make_unique<TokenGateFixture>(m_registry.baseUrl(), user, token);
        QVERIFY(m_gate->start());
    }

    void pushedImageIsPresentWithItsDigest()
    {
        const QString digest = m_registry.pushImage(repo, QStringLiteral("v1"));
        QVERIFY(digest.startsWith(QLatin1String("sha256:")));
        const ManifestCheck present = check(QStringLiteral("v1"), user, token);
        QCOMPARE(present.outcome, ManifestCheck::Outcome::Present);
        QCOMPARE(present.digest, digest);
        QVERIFY(m_gate->tokensIssued() > 0); // the Bearer challenge was answered
    }

    void missingTagIsMissing()
    {
        const ManifestCheck missing = check(QStringLiteral("never-pushed"), user, token);
        QCOMPARE(missing.outcome, ManifestCheck::Outcome::Missing);
        QVERIFY(missing.message.contains(QLatin1String("not in the registry")));
    }

    void wrongOrNoCredentialsAreRefused_data()
    {
        QTest::addColumn<QString>("withUser");
        QTest::addColumn<QString>("withToken");
        QTest::addRow("wrong token") << user << QStringLiteral("ghp_wrong");
        QTest::addRow("no credentials") << QString() << QString();
    }

    void wrongOrNoCredentialsAreRefused()
    {
        QFETCH(QString, withUser);
        QFETCH(QString, withToken);
        const ManifestCheck refused = check(QStringLiteral("v1"), withUser, withToken);
        QCOMPARE(refused.outcome, ManifestCheck::Outcome::Denied);
        QVERIFY2(refused.message.contains(QLatin1String("GHCR user name and token")), qPrintable(refused.message));
        QVERIFY(!refused.message.contains(withToken.isEmpty() ? QStringLiteral("\x01") : withToken));
    }

    void referencesAreTakenApart()
    {
        QCOMPARE(RegistryClient::repositoryOf(QStringLiteral("ghcr.io/owner/image:abc")), QStringLiteral("owner/image"));
        QCOMPARE(RegistryClient::tagOf(QStringLiteral("ghcr.io/owner/image:abc")), QStringLiteral("abc"));
        QCOMPARE(RegistryClient::tagOf(QStringLiteral("127.0.0.1:5000/owner/image")), QStringLiteral("latest")); // as docker reads it
    }
};

QTEST_GUILESS_MAIN(TestRegistryClient)
#include "tst_registryclient.moc"
