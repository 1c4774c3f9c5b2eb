// RegistryClient against Debian's docker-registry behind the GHCR-like token
// gate: a pushed image is present with its digest, a missing tag is missing,
// and wrong or no credentials are refused in words a person can act on.
#include "FakeGitHub.h"
#include "RegistryFixture.h"
#include "TestWorld.h"
#include "TokenGateFixture.h"

#include "core/registry/RegistryClient.h"

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

    // A registry that answers oddly: one sentence, never a hang or a guess.
    void oddRegistriesEndInOneSentence_data()
    {
        QTest::addColumn<QByteArray>("challenge");
        QTest::addColumn<int>("tokenStatus");
        QTest::addColumn<QByteArray>("tokenBody");
        QTest::addColumn<QString>("expected");
        QTest::addRow("401 without a challenge") << QByteArray() << 200 << QByteArray() << "no Bearer challenge";
        QTest::addRow("Basic instead of Bearer") << QByteArray("Basic realm=\"registry\"") << 200 << QByteArray() << "no Bearer challenge";
        QTest::addRow("Bearer without a realm") << QByteArray("Bearer service=\"ghcr.io\",scope=") << 200 << QByteArray() << "no valid realm";
        QTest::addRow("realm that is not HTTP") << QByteArray("Bearer realm=\"file:///etc/passwd\"") << 200 << QByteArray() << "no valid realm";
        QTest::addRow("unterminated quotes") << QByteArray("Bearer realm=\"http://127.0.0.1:1/token,service=\"x") << 200 << QByteArray() << "";
        QTest::addRow("token service failing") << QByteArray("Bearer realm=\"REALM\",service=\"ghcr.io\"") << 500
                                               << QByteArray("oops") << "token service is failing (HTTP 500)";
        QTest::addRow("token refused") << QByteArray("Bearer realm=\"REALM\"") << 403 << QByteArray("{}") << "GHCR user name and token";
        QTest::addRow("token answer without a token") << QByteArray("Bearer realm=\"REALM\"") << 200
                                                      << QByteArray("<html>ok</html>") << "holds no token";
    }

    void oddRegistriesEndInOneSentence()
    {
        QFETCH(QByteArray, challenge);
        QFETCH(int, tokenStatus);
        QFETCH(QByteArray, tokenBody);
        QFETCH(QString, expected);
        FakeGitHub registry; // a programmable HTTP peer; here it plays an odd registry
        registry.setCheckedAgainstOpenApi(false);
        QVERIFY(registry.start());
        const QByteArray realm = registry.baseUrl().toString().toUtf8() + "/token";
        registry.on("HEAD", QStringLiteral("/v2/") + repo + QStringLiteral("/manifests/v1"), [&](const FakeGitHub::Seen &) {
            FakeGitHub::Reply reply{401, {}, {}};
            if (!challenge.isEmpty())
                reply.headers.append({"WWW-Authenticate", QByteArray(challenge).replace("REALM", realm)});
            return reply;
        });
        registry.on("GET", QStringLiteral("/token"), [&](const FakeGitHub::Seen &) {
            return FakeGitHub::Reply{tokenStatus, tokenBody, {{"Content-Type", "application/json"}}};
        });
        RegistryClient client(registry.baseUrl(), 5s);
        client.setCredentials(user, token);
        std::optional<ManifestCheck> result;
        client.checkManifest(QStringLiteral("ghcr.io/") + repo + QStringLiteral(":v1"), this, [&result](const ManifestCheck &c) { result = c; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
        QVERIFY(result->outcome != ManifestCheck::Outcome::Present);
        QVERIFY2(!result->message.isEmpty() && !result->message.contains(QLatin1Char('\n')), qPrintable(result->message));
        QVERIFY2(result->message.contains(expected), qPrintable(result->message));
        QVERIFY2(!result->message.contains(token), "the token is never in a message");
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
