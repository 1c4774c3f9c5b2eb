#include "redaction/Redactor.h"

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
