#include "core/diagnostics/CommonCauses.h"

#include <QTest>

using namespace Stratum;

class TestCommonCauses : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recognisesTheRunbooksCauses_data()
    {
        QTest::addColumn<QString>("log");
        QTest::addColumn<QString>("cause");
        QTest::addRow("db auth") << "asyncpg.exceptions.InvalidPasswordError: password authentication failed for user \"stratum\"" << "db-auth";
        QTest::addRow("jwt placeholder") << "RuntimeError: JWT_SECRET is a placeholder; refusing to start in production" << "placeholder-jwt";
        QTest::addRow("ops placeholder") << "ValueError: OPS_INTERNAL_TOKEN must be changed from the default" << "placeholder-ops";
        QTest::addRow("ssh") << "root@1.2.3.4: Permission denied (publickey)." << "ssh-auth";
        QTest::addRow("ghcr") << "Error response from daemon: denied: denied (ghcr.io)" << "ghcr-auth";
    }

    void recognisesTheRunbooksCauses()
    {
        QFETCH(QString, log);
        QFETCH(QString, cause);
        const QList<CommonCause> causes = detectCommonCauses(QStringLiteral("INFO starting\n") + log + QStringLiteral("\nINFO done"));
        QVERIFY(!causes.isEmpty());
        QCOMPARE(causes.first().id, cause);
        QVERIFY(!causes.first().fix.isEmpty());
        QCOMPARE(causes.first().evidence, log.trimmed());
    }

    void databasePasswordIsNotAnSshProblem()
    {
        const QList<CommonCause> causes = detectCommonCauses(QStringLiteral("password authentication failed for user \"x\""));
        QCOMPARE(causes.size(), 1);
        QCOMPARE(causes.first().id, QStringLiteral("db-auth"));
    }

    void quietLogHasNoCauses()
    {
        QVERIFY(detectCommonCauses(QStringLiteral("INFO ingestion cycle finished in 2.1s\nINFO GET /api/v1/health/ready 200")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommonCauses)
#include "tst_commoncauses.moc"
