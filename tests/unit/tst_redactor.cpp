#include "core/redaction/Redactor.h"

#include <QTest>

using namespace Stratum;

class TestRedactor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void storedSecretsAndTheirBase64AreMasked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("plain") << "token is s3cr3t-Value-42 here";
        QTest::addRow("base64") << QStringLiteral("auth: ") + QString::fromLatin1(QByteArray("s3cr3t-Value-42").toBase64());
        QTest::addRow("base64 url unpadded") << QStringLiteral("x=")
                                                    + QString::fromLatin1(QByteArray("s3cr3t-Value-42").toBase64(
                                                        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QTest::addRow("twice") << "s3cr3t-Value-42/s3cr3t-Value-42";
    }

    void storedSecretsAndTheirBase64AreMasked()
    {
        QFETCH(QString, text);
        Redactor redactor;
        redactor.addSecret(QStringLiteral("s3cr3t-Value-42"));
        const QString clean = redactor.redact(text);
        QVERIFY2(!clean.contains(QLatin1String("s3cr3t")), qPrintable(clean));
        QVERIFY2(!clean.contains(QString::fromLatin1(QByteArray("s3cr3t-Value-42").toBase64().left(12))), qPrintable(clean));
        QVERIFY(clean.contains(Redactor::mask()));
    }

    void secretShapedTextIsMasked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mustVanish");
        QTest::addColumn<QString>("mustStay");
        QTest::addRow("stripe live") << "key sk_live_51HxyzABC123 ok" << "51HxyzABC123" << "ok";
        QTest::addRow("stripe test") << "sk_test_4eC39HqLyjWDarjtT1zdp7dc" << "4eC39Hq" << "sk_test_";
        QTest::addRow("classic pat") << "ghp_abcdefghijklmnopqrstuvwxyz0123456789" << "abcdefghij" << "ghp_";
        QTest::addRow("fine-grained pat") << "github_pat_11ABCDEFG0123456789_abcdef" << "11ABCDEFG" << "github_pat_";
        QTest::addRow("env assignment") << "JWT_SECRET=hunter2hunter2\nAPP_ENV=production" << "hunter2"
                                        << "APP_ENV=production";
        QTest::addRow("quoted assignment") << "POSTGRES_PASSWORD=\"pa55word!\"" << "pa55word" << "POSTGRES_PASSWORD";
        QTest::addRow("json") << "{\"OPS_INTERNAL_TOKEN\": \"abc123def456\"}" << "abc123def456" << "OPS_INTERNAL_TOKEN";
        QTest::addRow("api key") << "ODDS_API_KEY: 9f8e7d6c5b4a" << "9f8e7d6c5b4a" << "ODDS_API_KEY";
        QTest::addRow("pem") << "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----"
                             << "b3BlbnNzaC1rZXktdjEAAAAA" << "PRIVATE KEY";
        QTest::addRow("not a secret") << "trustedHostKeys: [1] and monkeys" << "" << "trustedHostKeys: [1]";
    }

    void secretShapedTextIsMasked()
    {
        QFETCH(QString, text);
        QFETCH(QString, mustVanish);
        QFETCH(QString, mustStay);
        const QString clean = Redactor().redact(text);
        if (!mustVanish.isEmpty())
            QVERIFY2(!clean.contains(mustVanish), qPrintable(clean));
        QVERIFY2(clean.contains(mustStay), qPrintable(clean));
    }

    // Every form a secret travels in, one row each (issue 20's list); a non-ASCII secret too.
    void aSecretIsMaskedInEveryFormItTravelsIn_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mustVanish");
        const QString token = QStringLiteral("tok/en+v@lue \"42\"");
        QTest::addRow("as it is") << token << token << token;
        QTest::addRow("URL-encoded") << token << QStringLiteral("GET /x?t=") + QString::fromLatin1(token.toUtf8().toPercentEncoding())
                                     << QString::fromLatin1(token.toUtf8().toPercentEncoding());
        QTest::addRow("URL-encoded, lower-case hex") << token
                                                     << QString::fromLatin1(token.toUtf8().toPercentEncoding()).toLower()
                                                     << QStringLiteral("v%40lue");
        QTest::addRow("form-encoded") << token << QStringLiteral("t=tok%2Fen%2Bv%40lue+%2242%22") << QStringLiteral("v%40lue");
        QTest::addRow("JSON-escaped") << token << QStringLiteral("{\"t\": \"tok/en+v@lue \\\"42\\\"\"}") << QStringLiteral("v@lue");
        QTest::addRow("JSON-escaped slashes") << token << QStringLiteral("{\"t\": \"tok\\/en+v@lue \\\"42\\\"\"}")
                                              << QStringLiteral("v@lue");
        const QString umlaut = QStringLiteral("Pässwörd-für-prod");
        QTest::addRow("non-ASCII as it is") << umlaut << QStringLiteral("pw ") + umlaut << QStringLiteral("rd-f");
        QTest::addRow("non-ASCII JSON-escaped as Python writes it") << umlaut << QStringLiteral("{\"pw\": \"P\\u00e4ssw\\u00f6rd-f\\u00fcr-prod\"}")
                                                                    << QStringLiteral("rd-f");
        QTest::addRow("non-ASCII URL-encoded") << umlaut << QString::fromLatin1(umlaut.toUtf8().toPercentEncoding())
                                               << QStringLiteral("rd-f");
        QTest::addRow("non-ASCII Base64") << umlaut << QString::fromLatin1(umlaut.toUtf8().toBase64())
                                          << QString::fromLatin1(umlaut.toUtf8().toBase64().left(12));
    }

    void aSecretIsMaskedInEveryFormItTravelsIn()
    {
        QFETCH(QString, secret);
        QFETCH(QString, text);
        QFETCH(QString, mustVanish);
        Redactor redactor;
        redactor.addSecret(secret);
        const QString clean = redactor.redact(text);
        QVERIFY2(!clean.contains(mustVanish), qPrintable(clean));
        QVERIFY2(clean.contains(Redactor::mask()), qPrintable(clean));
    }

    // Authorization: Basic and Docker's config.json carry Base64 of user:token, which no
    // Base64 form of the token alone matches (the alignment differs).
    void userAndTokenInBase64AreMasked()
    {
        const QString user = QStringLiteral("qualitymaterial");
        const QString token = QStringLiteral("ghp_GhcrTokenForBasicAuth0123456789");
        const QString basic = QString::fromLatin1((user + QLatin1Char(':') + token).toUtf8().toBase64());
        const QString config = QStringLiteral("{\"auths\":{\"ghcr.io\":{\"auth\":\"%1\"}}}").arg(basic);
        Redactor withoutPair;
        withoutPair.addSecret(token);
        QVERIFY2(withoutPair.redact(config).contains(basic), "the token's own forms do not find it");
        Redactor redactor;
        redactor.addSecret(token);
        redactor.addCredentialPair(user, token);
        QVERIFY2(!redactor.redact(config).contains(basic.left(16)), qPrintable(redactor.redact(config)));
        QVERIFY(!redactor.redact(QStringLiteral("Authorization: Basic ") + basic).contains(basic));
    }

    // The droplet's values stay when the keychain's are read again (a new plan reloads them).
    void theDropletsValuesOutliveAKeychainReload()
    {
        Redactor redactor;
        redactor.addSecret(QStringLiteral("keychain-value-1"));
        redactor.addSecret(QStringLiteral("droplet-db-password"), Redactor::Origin::Droplet);
        redactor.clearSecrets();
        redactor.addSecret(QStringLiteral("keychain-value-2"));
        const QString clean = redactor.redact(QStringLiteral("keychain-value-1 droplet-db-password keychain-value-2"));
        QCOMPARE(clean, QStringLiteral("keychain-value-1 *** ***"));
    }

    void shortValuesAreNotMasked()
    {
        Redactor redactor;
        redactor.addSecret(QStringLiteral("ab"));
        QCOMPARE(redactor.secretCount(), 0);
        QCOMPARE(redactor.redact(QStringLiteral("abc")), QStringLiteral("abc"));
    }

    void clearingForgetsSecrets()
    {
        Redactor redactor;
        redactor.addSecret(QStringLiteral("zzzz-secret"));
        redactor.clearSecrets();
        QCOMPARE(redactor.redact(QStringLiteral("zzzz-secret")), QStringLiteral("zzzz-secret"));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
