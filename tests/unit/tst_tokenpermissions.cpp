// The GitHub token check (connection/TokenPermissions): what each answer to a
// permission's harmless request means, GitHub's permission names in words,
// and the one fix that lists every missing permission.
#include "core/connection/ConnectionChecks.h"
#include "core/connection/TokenPermissions.h"

#include <QTest>

using namespace Stratum;

class TestTokenPermissions : public QObject
{
    Q_OBJECT
private:
    Profile m_profile = *defaultProfile().profile;

    PermissionProbe probe(const QString &permission) const
    {
        for (const PermissionProbe &p : permissionProbes(m_profile)) {
            if (p.permission == permission)
                return p;
        }
        return {};
    }

private Q_SLOTS:
    void everyPermissionTheAppNeedsIsAsked()
    {
        QStringList asked;
        for (const PermissionProbe &p : permissionProbes(m_profile)) {
            asked << p.permission;
            QVERIFY2(p.method == "GET" || p.path.endsWith(QLatin1String("/actions/runs/0/cancel")), qPrintable(p.path));
            QVERIFY(!p.path.contains(QLatin1String("dispatches")));
        }
        QCOMPARE(asked, (QStringList{QStringLiteral("metadata:read"), QStringLiteral("contents:read"), QStringLiteral("actions:read"),
                                     QStringLiteral("actions:write"), QStringLiteral("checks:read"), QStringLiteral("statuses:read"),
                                     QStringLiteral("secrets:read"), QStringLiteral("administration:read")}));
    }

    void answers_data()
    {
        QTest::addColumn<QString>("permission");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("accepted");
        QTest::addColumn<int>("state");

        QTest::newRow("read ok") << "checks:read" << 200 << "" << "" << int(PermissionState::Granted);
        QTest::newRow("read refused") << "checks:read" << 403 << "Resource not accessible by personal access token" << "checks=read"
                                      << int(PermissionState::Missing);
        QTest::newRow("write: no run 0") << "actions:write" << 404 << "Not Found" << "" << int(PermissionState::Granted);
        QTest::newRow("write refused") << "actions:write" << 403 << "Resource not accessible" << "actions=write"
                                       << int(PermissionState::Missing);
        QTest::newRow("unprotected branch") << "administration:read" << 404 << "Branch not protected" << ""
                                            << int(PermissionState::Granted);
        QTest::newRow("protection hidden") << "administration:read" << 404 << "Not Found" << "" << int(PermissionState::Missing);
        QTest::newRow("protection refused") << "administration:read" << 403 << "Resource not accessible" << "administration=read"
                                            << int(PermissionState::Missing);
        QTest::newRow("repo hidden") << "metadata:read" << 404 << "Not Found" << "" << int(PermissionState::Missing);
        QTest::newRow("github down") << "contents:read" << 502 << "" << "" << int(PermissionState::Unknown);
        QTest::newRow("unreachable") << "contents:read" << 0 << "" << "" << int(PermissionState::Unknown);
    }

    void answers()
    {
        QFETCH(QString, permission);
        QFETCH(int, status);
        QFETCH(QString, message);
        QFETCH(QString, accepted);
        QFETCH(int, state);
        const PermissionAnswer answer = assessPermissionAnswer(probe(permission), status, message, accepted, {});
        QCOMPARE(int(answer.state), state);
        if (answer.state == PermissionState::Missing && !accepted.isEmpty())
            QVERIFY2(answer.detail.contains(permissionLabels(accepted)), qPrintable(answer.detail));
    }

    void labels_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("label");
        QTest::newRow("write") << "actions=write" << "Actions: Read and write";
        QTest::newRow("read") << "statuses=read" << "Commit statuses: Read-only";
        QTest::newRow("several") << "contents=read; metadata=read" << "Contents: Read-only, Metadata: Read-only";
        QTest::newRow("comma") << "secrets=read,administration=read" << "Secrets: Read-only, Administration: Read-only";
    }

    void labels()
    {
        QFETCH(QString, header);
        QFETCH(QString, label);
        QCOMPARE(permissionLabels(header), label);
    }

    void everyMissingPermissionIsInOneFix()
    {
        TokenPermissionsCheck check;
        for (const PermissionProbe &p : permissionProbes(m_profile)) {
            const bool missing = p.permission == QLatin1String("actions:write") || p.permission == QLatin1String("secrets:read");
            check.answers.append({p, {missing ? PermissionState::Missing : PermissionState::Granted, {}}});
        }
        const CheckStep step = assessTokenPermissions(check, m_profile);
        QCOMPARE(step.state, CheckStep::State::Failed);
        QCOMPARE(step.fixes.size(), 1);
        QVERIFY2(step.fixes.first().contains(QLatin1String("Actions: Read and write; Secrets: Read-only")), qPrintable(step.fixes.first()));
        QVERIFY(step.fixes.first().contains(QLatin1String("Fine-grained tokens")));
    }

    void aTokenThatCannotSeeTheRepositoryIsToldSo()
    {
        TokenPermissionsCheck check;
        for (const PermissionProbe &p : permissionProbes(m_profile))
            check.answers.append({p, {PermissionState::Missing, QStringLiteral("HTTP 404 Not Found")}});
        const CheckStep step = assessTokenPermissions(check, m_profile);
        QCOMPARE(step.state, CheckStep::State::Failed);
        QVERIFY2(step.fixes.first().contains(QLatin1String("cannot see qualitymaterial/stratum-sports")), qPrintable(step.fixes.first()));
    }

    void aRefusedTokenEndsTheCheck()
    {
        TokenPermissionsCheck check;
        check.tokenRefused = true;
        check.error = QStringLiteral("GitHub refused the token (401 Bad credentials)");
        const CheckStep step = assessTokenPermissions(check, m_profile);
        QCOMPARE(step.state, CheckStep::State::Failed);
        QVERIFY(step.fixes.first().contains(QLatin1String("make a new fine-grained token")));
    }
};

QTEST_GUILESS_MAIN(TestTokenPermissions)
#include "tst_tokenpermissions.moc"
