// Runbook §8 hygiene as pure rules: when a credential is due for rotation
// (hygiene/CredentialAge, with back-dated dates), what the connection check
// makes of the reminders, and the GHCR pull token's scopes (hygiene/TokenScopes).
#include "core/connection/ConnectionChecks.h"
#include "core/hosts/HostEntry.h"
#include "core/hygiene/CredentialAge.h"
#include "core/hygiene/TokenScopes.h"

#include <QTest>

using namespace Stratum;

class TestCredentialAge : public QObject
{
    Q_OBJECT
private:
    const QDateTime m_now{QDate(2026, 12, 4), QTime(2, 0), QTimeZone::UTC};

private Q_SLOTS:
    void reminders_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("ageDays"); // -1: not recorded
        QTest::addColumn<bool>("due");
        QTest::addColumn<QString>("message");

        // Without the binaries' translations the plural stays "day(s)": the rows match either form.
        QTest::newRow("fresh") << int(Credential::Kind::GhcrToken) << 3 << false << "the GHCR token was set 3 day";
        QTest::newRow("one day before") << int(Credential::Kind::GhcrToken) << 89 << false << "set 89 day";
        QTest::newRow("on the day") << int(Credential::Kind::GitHubToken) << 90 << true << "the GitHub token was set 90 day";
        QTest::newRow("long overdue") << int(Credential::Kind::DeployKey) << 400 << true << "the deploy key of production was set 400 day";
        QTest::newRow("not recorded") << int(Credential::Kind::DeployKey) << -1 << false
                                      << "stratumctl host set-key production --key PATH (or --agent) records the date";
    }

    void reminders()
    {
        QFETCH(int, kind);
        QFETCH(int, ageDays);
        QFETCH(bool, due);
        QFETCH(QString, message);
        const Credential credential{Credential::Kind(kind), kind == int(Credential::Kind::DeployKey) ? QStringLiteral("production")
                                                                                                  : QStringLiteral("ghcr-token"),
                                    ageDays < 0 ? QDateTime() : m_now.addDays(-ageDays)};
        const RotationReminder reminder = rotationReminder(credential, 90, m_now);
        QCOMPARE(reminder.due, due);
        QCOMPARE(reminder.ageDays, ageDays);
        QVERIFY2(reminder.message.contains(message), qPrintable(reminder.message));
        QCOMPARE(reminder.message.contains(QLatin1String("rotation is due")), due);
        QVERIFY(!reminder.steps.isEmpty());
    }

    void credentialsAreTheTokensAndEveryDeployKey()
    {
        HostEntry production;
        production.name = QStringLiteral("production");
        production.keySetAt = m_now.addDays(-10);
        HostEntry staging;
        staging.name = QStringLiteral("staging");
        const QList<Credential> all = credentialsOf({production, staging}, true, false);
        QCOMPARE(all.size(), 3); // the GitHub token, two deploy keys; no GHCR token stored, none to rotate
        QCOMPARE(all.at(1).setAt, production.keySetAt);
        QVERIFY(!all.at(2).setAt.isValid());
    }

    void rotationStep()
    {
        const RotationReminder due = rotationReminder({Credential::Kind::GhcrToken, QStringLiteral("ghcr-token"), m_now.addDays(-120)}, 90, m_now);
        const RotationReminder fresh = rotationReminder({Credential::Kind::GitHubToken, QStringLiteral("github-token"), m_now}, 90, m_now);
        const RotationReminder unknown = rotationReminder({Credential::Kind::DeployKey, QStringLiteral("production"), {}}, 90, m_now);
        QCOMPARE(assessRotation({fresh}).state, CheckStep::State::Passed);
        QCOMPARE(assessRotation({fresh, unknown}).state, CheckStep::State::Warning);
        const CheckStep failed = assessRotation({fresh, unknown, due});
        QCOMPARE(failed.state, CheckStep::State::Failed);
        QCOMPARE(failed.fixes.size(), 1);
        QVERIFY(failed.fixes.first().startsWith(QLatin1String("the GHCR token: ")));
        QCOMPARE(dueCount({fresh, unknown, due}), 1);
    }

    void pullTokenScopes_data()
    {
        QTest::addColumn<bool>("present");
        QTest::addColumn<QString>("header");
        QTest::addColumn<bool>("problem");
        QTest::addColumn<QStringList>("beyond");
        QTest::newRow("minimal") << true << "read:packages" << false << QStringList();
        QTest::newRow("too much") << true << "read:packages, write:packages, repo" << true
                                  << QStringList{QStringLiteral("write:packages"), QStringLiteral("repo")};
        QTest::newRow("no read") << true << "gist" << true << QStringList{QStringLiteral("gist")};
        QTest::newRow("no scopes at all") << true << "" << true << QStringList();
        QTest::newRow("fine-grained") << false << "" << false << QStringList();
    }

    void pullTokenScopes()
    {
        QFETCH(bool, present);
        QFETCH(QString, header);
        QFETCH(bool, problem);
        QFETCH(QStringList, beyond);
        const ScopeVerdict verdict = assessPullTokenScopes(present, header);
        QCOMPARE(verdict.problem(), problem);
        QCOMPARE(verdict.beyond, beyond);
        QCOMPARE(verdict.classic, present);
        QVERIFY(!verdict.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCredentialAge)
#include "tst_credentialage.moc"
