#include "core/envlint/EnvLint.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Stratum;

class TestEnvLint : public QObject
{
    Q_OBJECT
private:
    static QByteArray read(const QString &name)
    {
        QFile file(QFINDTESTDATA(QStringLiteral("data/env/") + name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QStringList problemKeys(const QList<EnvFinding> &findings)
    {
        QStringList keys;
        for (const EnvFinding &f : findings) {
            if (f.severity == EnvFinding::Severity::Problem)
                keys << (f.key.isEmpty() ? QStringLiteral("<line>") : f.key);
        }
        keys.sort();
        return keys;
    }

private Q_SLOTS:
    void files_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("problems");
        const int prod = int(EnvKind::Production), local = int(EnvKind::Local);
        QTest::addRow("good") << "good-production.env" << prod << QStringList();
        QTest::addRow("CRLF") << "crlf-production.env" << prod << QStringList();
        QTest::addRow("quoting and comments") << "quoting-comments.env" << prod << QStringList();
        QTest::addRow("missing keys") << "missing-keys.env" << prod << QStringList{QStringLiteral("JWT_SECRET"), QStringLiteral("REDIS_URL")};
        QTest::addRow("placeholder JWT_SECRET") << "placeholder-jwt.env" << prod << QStringList{QStringLiteral("JWT_SECRET")};
        QTest::addRow("test key in production") << "test-key-in-production.env" << prod << QStringList{QStringLiteral("STRIPE_SECRET_KEY")};
        QTest::addRow("DATABASE_URL disagrees") << "db-mismatch.env" << prod << QStringList{QStringLiteral("DATABASE_URL")};
        QTest::addRow("broken line") << "bad-line.env" << prod << QStringList{QStringLiteral("<line>")};
        QTest::addRow("live key locally") << "local.env" << local << QStringList{QStringLiteral("STRIPE_SECRET_KEY")};
    }

    void files()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        QFETCH(QStringList, problems);
        const QByteArray content = read(file);
        QVERIFY(!content.isEmpty());
        const Profile profile = *defaultProfile().profile;
        const EnvFile env = parseEnvFile(content);
        const QList<EnvFinding> findings = lintEnv(env, EnvKind(kind), profile);
        QCOMPARE(problemKeys(findings), problems);
        // Findings name keys and verdicts, never a secret's value.
        static const QRegularExpression secretKey(QStringLiteral("(SECRET|TOKEN|PASSWORD|KEY|DATABASE_URL)$"));
        for (auto it = env.values.cbegin(); it != env.values.cend(); ++it) {
            if (!secretKey.match(it.key()).hasMatch() || it.value().size() < 6)
                continue;
            for (const EnvFinding &f : findings)
                QVERIFY2(!f.message.contains(it.value()), qPrintable(it.key()));
        }
    }

    void parsesTheEdgeCases()
    {
        const EnvFile env = parseEnvFile(read(QStringLiteral("quoting-comments.env")));
        QCOMPARE(env.values.value(QStringLiteral("APP_ENV")), QStringLiteral("production"));
        QVERIFY(env.values.value(QStringLiteral("JWT_SECRET")).contains(QLatin1String("# not a comment")));
        QCOMPARE(env.values.value(QStringLiteral("POSTGRES_PASSWORD")), QStringLiteral("Kx9wQ2mV7pR4tY8z"));
        QCOMPARE(env.values.value(QStringLiteral("POSTGRES_USER")), QStringLiteral("stratum"));
    }

    void hugeFileStaysQuick()
    {
        QByteArray big = read(QStringLiteral("good-production.env"));
        for (int i = 0; i < 100000; ++i)
            big += "EXTRA_" + QByteArray::number(i) + "=value\n";
        const EnvFile env = parseEnvFile(big);
        QCOMPARE(env.values.size(), 15 + 100000);
        QVERIFY(!hasProblems(lintEnv(env, EnvKind::Production, *defaultProfile().profile)));
    }
    // The documented rule for the droplet's own env values (docs/security.md), row by row.
    void theDropletsEnvValuesToMask_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("masked");
        QTest::newRow("a secret by its name, short") << QStringLiteral("JWT_SECRET=abcd") << true;
        QTest::newRow("a long value with a plain name") << QStringLiteral("SENTRY_DSN_X=https://k3y@o1.ingest") << true;
        QTest::newRow("a long opaque value") << QStringLiteral("STRIPE_PRICE_PRO=price_1NsecretLooking") << true;
        QTest::newRow("a URL's password") << QStringLiteral("DATABASE_URL=postgresql://stratum:pg-pass-31x@db/stratum") << true;
        QTest::newRow("shorter than 8") << QStringLiteral("FEATURE=abcdefg") << false;
        QTest::newRow("APP_ENV") << QStringLiteral("APP_ENV=production") << false;
        QTest::newRow("a port") << QStringLiteral("FRONTEND_PORT=30000000") << false;
        QTest::newRow("a host") << QStringLiteral("POSTGRES_HOST=db.internal.example") << false;
        QTest::newRow("a user") << QStringLiteral("POSTGRES_USER=stratum_admin") << false;
        QTest::newRow("a number") << QStringLiteral("MAX_UPLOAD=104857600") << false;
        QTest::newRow("a boolean") << QStringLiteral("ENABLE_SIGNUPS=false") << false;
        QTest::newRow("a URL without a password") << QStringLiteral("PUBLIC_API=https://api.stratum.example/v1") << false;
        QTest::newRow("a URL with a query") << QStringLiteral("HOOK=https://hooks.example/x?sig=abcdef12") << true;
    }

    void theDropletsEnvValuesToMask()
    {
        QFETCH(QString, line);
        QFETCH(bool, masked);
        const QString value = line.section(QLatin1Char('='), 1);
        const QStringList values = dropletEnvSecretValues(parseEnvFile(line.toUtf8() + '\n'));
        const bool found = std::any_of(values.cbegin(), values.cend(),
                                       [&value](const QString &v) { return value.contains(v); });
        QCOMPARE(found, masked);
    }
};

QTEST_GUILESS_MAIN(TestEnvLint)
#include "tst_envlint.moc"
