// stratumctl's GitHub lane (ci-status, protection, actions-secrets) against a fake GitHub.
#include "FakeGitHub.h"
#include "GitHubShapes.h"
#include "TestWorld.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace StratumTest;

namespace {
const QByteArray token = "github_pat_11CLIGITHUBTEST_0123456789abcdefABCDEF";
const QString green = QStringLiteral("1111111111111111111111111111111111111111");
const QString red = QStringLiteral("2222222222222222222222222222222222222222");
const QString offMain = QStringLiteral("3333333333333333333333333333333333333333");
const QString forbidden = QStringLiteral("4444444444444444444444444444444444444444");
const QString huge = QStringLiteral("5555555555555555555555555555555555555555");
}

class TestCliGitHub : public QObject
{
    Q_OBJECT
private:
    FakeGitHub m_github;
    QString m_profile;

    CtlRun ctl(const QStringList &arguments, const QByteArray &input = {})
    {
        return runStratumctl(QStringList{QStringLiteral("--profile"), m_profile} + arguments, input);
    }

    static QJsonArray checkRuns(const char *conclusion)
    {
        using namespace GitHubShapes;
        return QJsonArray{checkRun(1, QStringLiteral("CI"), QStringLiteral("completed"), QLatin1String(conclusion)),
                          checkRun(2, QStringLiteral("lint"), QStringLiteral("completed"), QStringLiteral("success"))};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_github.start());
        m_profile = editedProfile(QStringLiteral("github-profile.json"), [this](QJsonObject &root) {
            setProfileField(root, QStringLiteral("github"), QStringLiteral("apiBaseUrl"), m_github.baseUrl().toString());
        });
        QVERIFY(!m_profile.isEmpty());

        const QString repo = QStringLiteral("/repos/qualitymaterial/stratum-sports");
        m_github.onPaged(repo + QStringLiteral("/commits/%1/check-runs").arg(green), QStringLiteral("check_runs"), checkRuns("success"), 1);
        m_github.onPaged(repo + QStringLiteral("/commits/%1/check-runs").arg(red), QStringLiteral("check_runs"), checkRuns("failure"), 100);
        m_github.onPaged(repo + QStringLiteral("/commits/%1/check-runs").arg(offMain), QStringLiteral("check_runs"), checkRuns("success"), 100);
        for (const QString &sha : {green, red, offMain})
            m_github.onJson("GET", repo + QStringLiteral("/commits/%1/status").arg(sha),
                            QJsonDocument(GitHubShapes::combinedStatus(sha, QStringLiteral("pending"))));
        m_github.onJson("GET", repo + QStringLiteral("/compare/%1...main").arg(green), QJsonDocument(GitHubShapes::comparison(QStringLiteral("ahead"))));
        m_github.onJson("GET", repo + QStringLiteral("/compare/%1...main").arg(red), QJsonDocument(GitHubShapes::comparison(QStringLiteral("identical"))));
        m_github.onJson("GET", repo + QStringLiteral("/compare/%1...main").arg(offMain), QJsonDocument(GitHubShapes::comparison(QStringLiteral("diverged"))));
        // A repository on rulesets: the classic endpoint says 404.
        m_github.onJson("GET", repo + QStringLiteral("/branches/main/protection"), QJsonDocument(QJsonObject{{QStringLiteral("message"), QStringLiteral("Branch not protected")}}), 404);
        m_github.onJson("GET", repo + QStringLiteral("/rules/branches/main"), QJsonDocument(QJsonArray{
            GitHubShapes::pullRequestRule(1), GitHubShapes::statusChecksRule({QStringLiteral("CI")})}));
        m_github.on("GET", repo + QStringLiteral("/commits/%1/check-runs").arg(forbidden), [](const FakeGitHub::Seen &) {
            return FakeGitHub::Reply{403, "{\"message\":\"Resource not accessible by personal access token\"}",
                                     {{"X-Accepted-GitHub-Permissions", "checks=read"}}};
        });
        m_github.on("GET", repo + QStringLiteral("/commits/%1/check-runs").arg(huge), [](const FakeGitHub::Seen &) {
            static const QByteArray body = "{\"total_count\":1,\"check_runs\":[{\"name\":\"" + QByteArray(50 * 1024 * 1024, 'x') + "\"}]}";
            return FakeGitHub::Reply{200, body, {}};
        });
        QJsonArray secrets;
        for (const char *name : {"DROPLET_HOST", "DROPLET_USER", "DROPLET_SSH_KEY", "GHCR_USERNAME"})
            secrets.append(GitHubShapes::secret(QLatin1String(name)));
        m_github.onPaged(repo + QStringLiteral("/actions/secrets"), QStringLiteral("secrets"), secrets, 100);
    }

    void withoutATokenItSaysHowToSetOne()
    {
        const CtlRun run = ctl({QStringLiteral("ci-status"), green});
        QCOMPARE(run.code, 4);
        QVERIFY(run.err.contains(QLatin1String("secrets set github-token")));
        QCOMPARE(ctl({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("github-token")}, token).code, 0);
    }

    void ciStatus_data()
    {
        QTest::addColumn<QString>("sha");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::addRow("green and on main") << green << 0 << "CI green";
        QTest::addRow("red") << red << 1 << "CI failed: CI (failure)";
        QTest::addRow("green but not on main") << offMain << 1 << "NOT on main";
        QTest::addRow("shell characters") << QStringLiteral("abc;reboot") << 2 << "not a commit SHA";
        QTest::addRow("token lacks a permission") << forbidden << 4 << "it needs checks=read";
    }

    void ciStatus()
    {
        QFETCH(QString, sha);
        QFETCH(int, code);
        QFETCH(QString, says);
        const CtlRun run = ctl({QStringLiteral("ci-status"), sha});
        QCOMPARE(run.code, code);
        const QString all = run.out + run.err;
        QVERIFY2(all.contains(says), qPrintable(all));
    }

    // A 50 MB answer from GitHub: one sentence, and stratumctl's memory stays near what a
    // normal check needs (reading it whole would take the body and its parsed copy, >100 MB more).
    void hugeAnswerKeepsMemoryBounded()
    {
        const CtlRun normal = ctl({QStringLiteral("ci-status"), green});
        m_github.setCheckedAgainstOpenApi(false); // a deliberately absurd answer
        const CtlRun flooded = ctl({QStringLiteral("ci-status"), huge});
        m_github.setCheckedAgainstOpenApi(true);
        QCOMPARE(normal.code, 0);
        QCOMPARE(flooded.code, 1);
        QVERIFY2(flooded.err.contains(QLatin1String("larger than")), qPrintable(flooded.err));
        QVERIFY(normal.peakMemoryKb > 0);
        qInfo("peak memory: normal check %lld KiB, 50 MB answer %lld KiB", normal.peakMemoryKb, flooded.peakMemoryKb);
        QVERIFY2(flooded.peakMemoryKb < normal.peakMemoryKb + 40 * 1024,
                 qPrintable(QStringLiteral("%1 KiB against %2 KiB").arg(flooded.peakMemoryKb).arg(normal.peakMemoryKb)));
    }

    void ciStatusJson()
    {
        const CtlRun run = ctl({QStringLiteral("--json"), QStringLiteral("ci-status"), green});
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("green")).toBool(), true);
        QCOMPARE(object.value(QStringLiteral("checks")).toArray().size(), 2); // two pages of one
    }

    void protectionFromRulesets()
    {
        const CtlRun run = ctl({QStringLiteral("protection")});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out.count(QLatin1String("met ")), 4);
        QVERIFY(run.out.contains(QLatin1String("required checks: CI")));
    }

    void missingActionsSecretIsNamed()
    {
        const CtlRun run = ctl({QStringLiteral("actions-secrets")});
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.contains(QLatin1String("MISSING   GHCR_TOKEN")));
        QVERIFY(run.out.contains(QLatin1String("present   DROPLET_SSH_KEY")));
    }

    void tokenNeverWritten()
    {
        QDirIterator it(worldDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/keyrings/")))
                continue;
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(token), qPrintable(path));
        }
        for (const FakeGitHub::Seen &seen : m_github.requests())
            QCOMPARE(seen.authorization, QByteArray("Bearer ") + token);
    }
};

QTEST_GUILESS_MAIN(TestCliGitHub)
#include "tst_cli_github.moc"
