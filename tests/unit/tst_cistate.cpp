#include "core/github/CiState.h"
#include "core/github/Protection.h"

#include <QJsonDocument>
#include <QTest>

using namespace Stratum;

namespace {

QJsonArray runs(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).array();
}

QJsonObject statuses(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestCiState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verdict_data()
    {
        QTest::addColumn<QByteArray>("checkRuns");
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<QStringList>("required");
        QTest::addColumn<int>("outcome");
        const QByteArray none = R"j({"state":"pending","statuses":[]})j";
        QTest::addRow("no checks at all") << QByteArray("[]") << none << QStringList() << int(CiVerdict::Outcome::NoChecks);
        QTest::addRow("all green") << QByteArray(R"j([{"name":"test","status":"completed","conclusion":"success"},{"name":"lint","status":"completed","conclusion":"neutral"},{"name":"e2e","status":"completed","conclusion":"skipped"}])j")
                                   << none << QStringList() << int(CiVerdict::Outcome::Green);
        QTest::addRow("one still running") << QByteArray(R"j([{"name":"test","status":"in_progress","conclusion":null}])j")
                                           << none << QStringList() << int(CiVerdict::Outcome::Pending);
        QTest::addRow("queued") << QByteArray(R"j([{"name":"test","status":"queued","conclusion":null}])j") << none << QStringList()
                                << int(CiVerdict::Outcome::Pending);
        for (const char *bad : {"failure", "cancelled", "timed_out", "action_required", "startup_failure", "stale"}) {
            QTest::addRow("%s", bad) << (QByteArray("[{\"name\":\"ok\",\"status\":\"completed\",\"conclusion\":\"success\"},"
                                                 "{\"name\":\"test\",\"status\":\"completed\",\"conclusion\":\"") + bad + "\"}]")
                                     << none << QStringList() << int(CiVerdict::Outcome::Red);
        }
        QTest::addRow("failed status") << QByteArray("[]") << QByteArray(R"j({"state":"failure","statuses":[{"context":"ci/legacy","state":"failure"}]})j")
                                       << QStringList() << int(CiVerdict::Outcome::Red);
        QTest::addRow("pending status") << QByteArray(R"j([{"name":"test","status":"completed","conclusion":"success"}])j")
                                        << QByteArray(R"j({"state":"pending","statuses":[{"context":"ci/legacy","state":"pending"}]})j")
                                        << QStringList() << int(CiVerdict::Outcome::Pending);
        QTest::addRow("required check missing") << QByteArray(R"j([{"name":"test","status":"completed","conclusion":"success"}])j")
                                                << none << QStringList{QStringLiteral("build")} << int(CiVerdict::Outcome::Red);
        QTest::addRow("required check present") << QByteArray(R"j([{"name":"build","status":"completed","conclusion":"success"}])j")
                                                << none << QStringList{QStringLiteral("build")} << int(CiVerdict::Outcome::Green);
    }

    void verdict()
    {
        QFETCH(QByteArray, checkRuns);
        QFETCH(QByteArray, status);
        QFETCH(QStringList, required);
        QFETCH(int, outcome);
        const CiVerdict verdict = evaluateCi(runs(checkRuns), statuses(status), required);
        QCOMPARE(int(verdict.outcome), outcome);
        QVERIFY(!verdict.summary.isEmpty());
    }

    void protection_data()
    {
        QTest::addColumn<int>("classicStatus");
        QTest::addColumn<QByteArray>("classic");
        QTest::addColumn<int>("rulesStatus");
        QTest::addColumn<QByteArray>("rules");
        QTest::addColumn<QList<int>>("expected"); // PR, approval, checks, pushes
        const int met = int(RuleState::Met), missing = int(RuleState::Missing), unknown = int(RuleState::CannotRead);
        QTest::addRow("classic, complete")
            << 200 << QByteArray(R"j({"required_pull_request_reviews":{"required_approving_review_count":1},"required_status_checks":{"strict":true,"contexts":["CI"],"checks":[{"context":"CI","app_id":15368}]},"restrictions":{"users":[],"teams":[],"apps":[]}})j")
            << 200 << QByteArray("[]") << QList<int>{met, met, met, met};
        QTest::addRow("classic, no approvals, no checks")
            << 200 << QByteArray(R"j({"required_pull_request_reviews":{"required_approving_review_count":0}})j")
            << 200 << QByteArray("[]") << QList<int>{met, missing, missing, met};
        QTest::addRow("rulesets only: classic 404 is not unprotected")
            << 404 << QByteArray(R"j({"message":"Branch not protected"})j")
            << 200 << QByteArray(R"j([{"type":"pull_request","parameters":{"required_approving_review_count":1}},{"type":"required_status_checks","parameters":{"required_status_checks":[{"context":"CI"}]}}])j")
            << QList<int>{met, met, met, met};
        QTest::addRow("nothing anywhere") << 404 << QByteArray("{}") << 200 << QByteArray("[]") << QList<int>{missing, missing, missing, missing};
        QTest::addRow("no admin read, no rulesets readable") << 403 << QByteArray("{}") << 403 << QByteArray("[]")
                                                             << QList<int>{unknown, unknown, unknown, unknown};
        QTest::addRow("no admin read, rulesets readable") << 403 << QByteArray("{}") << 200
                                                          << QByteArray(R"j([{"type":"update"}])j")
                                                          << QList<int>{missing, missing, missing, met};
    }

    void protection()
    {
        QFETCH(int, classicStatus);
        QFETCH(QByteArray, classic);
        QFETCH(int, rulesStatus);
        QFETCH(QByteArray, rules);
        QFETCH(QList<int>, expected);
        const ProtectionReport report = evaluateProtection(classicStatus, QJsonDocument::fromJson(classic).object(),
                                                           rulesStatus, QJsonDocument::fromJson(rules).array());
        QCOMPARE(int(report.pullRequestRequired), expected.at(0));
        QCOMPARE(int(report.approvalRequired), expected.at(1));
        QCOMPARE(int(report.statusChecksRequired), expected.at(2));
        QCOMPARE(int(report.directPushesRestricted), expected.at(3));
    }
};

QTEST_GUILESS_MAIN(TestCiState)
#include "tst_cistate.moc"
