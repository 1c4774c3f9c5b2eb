// The release lane's promotion (runbook §5): a SHA goes to production only after its smoke
// passed on staging. stratumctl promote, deploy --host and smoke --env with a schema-2
// profile of two environments, each with its own host entry, in the deploy lane's test
// world (sshd + docker shim: both host entries reach the same sshd, which is enough for
// the gate; tst_realstack runs real Compose droplets).
#include "DeployWorld.h"
#include "HttpPeer.h"
#include "TestWorld.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace StratumTest;

namespace {
const QByteArray ghcrToken = "ghp_PromotionTestToken0123456789abcdefgh";
}

class TestPromotion : public QObject
{
    Q_OBJECT
private:
    DeployWorld m_world{ghcrToken, "github_pat_PROMOTION_gates"};
    SshdFixture &m_sshd = m_world.sshd();
    HttpPeer m_frontend;
    Stratum::KeychainStore m_store{std::chrono::seconds(10)};
    Stratum::Vault m_vault{&m_store};
    QString m_profile;

    CtlRun ctl(const QStringList &arguments)
    {
        return runStratumctl(QStringList{QStringLiteral("--profile"), m_profile} + arguments);
    }

    QString release(const QString &name)
    {
        const QString sha = m_world.droplet().commitAndPush(QStringLiteral("app.txt"), name, name);
        m_world.pushImages(sha);
        [&] { QVERIFY(m_world.passGates(&m_vault, sha)); }();
        return sha;
    }

    // The droplet runs `sha` and answers healthy (or its backend never gets ready).
    void runs(const QString &sha, bool ready = true)
    {
        QByteArray ps;
        for (const QString &service : {QStringLiteral("backend"), QStringLiteral("worker"), QStringLiteral("frontend")})
            ps += QStringLiteral("{\"Service\":\"%1\",\"Name\":\"stratum-%1-1\",\"Image\":\"ghcr.io/qualitymaterial/stratum-sports-%2:%3\","
                                 "\"State\":\"running\",\"Status\":\"Up 2 minutes\"}\n")
                      .arg(service, service == QLatin1String("frontend") ? QStringLiteral("frontend") : QStringLiteral("backend"), sha)
                      .toUtf8();
        m_sshd.setDockerOutput(QStringLiteral("compose-ps"), ps);
        m_sshd.setDockerOutput(QStringLiteral("compose-exec-live"), "{\"status\":\"alive\"}");
        m_sshd.setDockerOutput(QStringLiteral("compose-exec-ready"), ready ? "{\"status\":\"ready\"}" : "curl: (22) error: 503");
        m_sshd.setDockerExit(QStringLiteral("compose-exec-ready"), ready ? 0 : 22);
        m_sshd.setDockerOutput(QStringLiteral("inspect"), "0 running\n");
        m_sshd.setDockerOutput(QStringLiteral("compose-logs-worker"), "worker-1  | ingestion cycle done\n");
    }

    QStringList composeUps() const
    {
        return m_world.dockerCalls().filter(QStringLiteral(" up "));
    }

    QJsonArray releases()
    {
        return QJsonDocument::fromJson(ctl({QStringLiteral("--json"), QStringLiteral("releases"), QStringLiteral("list")}).out.toUtf8()).array();
    }

    CtlRun promote(const QString &sha, const QStringList &more = {})
    {
        return ctl(QStringList{QStringLiteral("promote"), sha.left(12), QStringLiteral("--from"), QStringLiteral("staging"),
                               QStringLiteral("--to"), QStringLiteral("production"), QStringLiteral("--yes")} + more);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_world.start(), qPrintable(m_world.errorString()));
        QVERIFY(m_frontend.start());
        m_profile = m_world.writeProfile(QStringLiteral("promotion-profile.json"), [this](QJsonObject &root) {
            setProfileField(root, QStringLiteral("health"), QStringLiteral("frontendPort"), int(m_frontend.port()));
            root[QStringLiteral("schema")] = 2;
            root[QStringLiteral("environments")] = QJsonArray{
                QJsonObject{{QStringLiteral("name"), QStringLiteral("staging")}, {QStringLiteral("role"), QStringLiteral("staging")},
                            {QStringLiteral("hosts"), QJsonArray{QStringLiteral("staging-1")}}},
                QJsonObject{{QStringLiteral("name"), QStringLiteral("production")}, {QStringLiteral("role"), QStringLiteral("production")},
                            {QStringLiteral("hosts"), QJsonArray{QStringLiteral("prod-1")}}}};
        });
        QVERIFY(!m_profile.isEmpty());
        QCOMPARE(m_world.addHostByCtl(m_profile, QStringLiteral("staging-1"), m_sshd, QStringLiteral("staging")), QString());
        QCOMPARE(m_world.addHostByCtl(m_profile, QStringLiteral("prod-1"), m_sshd, QStringLiteral("production")), QString());
        QCOMPARE(m_world.storeSecretsByCtl(m_profile), QString());
    }

    void promotionIsRefusedUntilTheSmokePassedOnStaging()
    {
        const QString sha = release(QStringLiteral("promoted"));
        m_world.clearDockerCalls();
        const CtlRun early = promote(sha);
        QCOMPARE(early.code, 3);
        QVERIFY2(early.err.contains(QStringLiteral("%1 has not passed its smoke on staging yet").arg(sha.left(12))), qPrintable(early.err));
        QVERIFY2(early.err.contains(QLatin1String("nothing was run on the droplet")), qPrintable(early.err));
        QVERIFY(composeUps().isEmpty());
        // Deploying to production by host is the same gate: the rule is production's, not the command's.
        const CtlRun byHost = ctl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("ssh"), QStringLiteral("--sha"), sha,
                                   QStringLiteral("--host"), QStringLiteral("prod-1"), QStringLiteral("--yes")});
        QCOMPARE(byHost.code, 3);
        QVERIFY2(byHost.err.contains(QLatin1String("has not passed its smoke on staging")), qPrintable(byHost.err));

        // Staging takes it without the promotion gate, and its smoke passes there.
        runs(sha);
        const CtlRun onStaging = ctl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("ssh"), QStringLiteral("--sha"), sha,
                                      QStringLiteral("--env"), QStringLiteral("staging"), QStringLiteral("--yes")});
        QVERIFY2(onStaging.code == 0, qPrintable(onStaging.out + onStaging.err));
        QCOMPARE(composeUps().size(), 1);
        const CtlRun smoke = ctl({QStringLiteral("--json"), QStringLiteral("smoke"), QStringLiteral("--env"), QStringLiteral("staging"),
                                  QStringLiteral("--sha"), sha});
        QVERIFY2(smoke.code == 0, qPrintable(smoke.out + smoke.err));
        QCOMPARE(QJsonDocument::fromJson(smoke.out.toUtf8()).object().value(QStringLiteral("environment")).toString(), QStringLiteral("staging"));

        const CtlRun gates = ctl({QStringLiteral("gates"), QStringLiteral("--sha"), sha, QStringLiteral("--env"), QStringLiteral("production")});
        QVERIFY2(gates.code == 0 && gates.out.contains(QLatin1String("ran on staging first: yes")), qPrintable(gates.out + gates.err));

        const CtlRun promoted = promote(sha, {QStringLiteral("--reason"), QStringLiteral("release 42")});
        QVERIFY2(promoted.code == 0, qPrintable(promoted.out + promoted.err));
        QVERIFY2(promoted.out.contains(QLatin1String("Promote from staging to production: Deploy ")), qPrintable(promoted.out));
        QVERIFY2(promoted.out.contains(QStringLiteral("%1 passed its smoke on staging").arg(sha.left(12))), qPrintable(promoted.out));
        QCOMPARE(composeUps().size(), 2);
        const QJsonObject newest = releases().first().toObject();
        QCOMPARE(newest.value(QStringLiteral("sha")).toString(), sha);
        QCOMPARE(newest.value(QStringLiteral("policy")).toString(), QStringLiteral("forward gates passed"));
    }

    void aFailedStagingSmokeBlocksUntilAnOverrideIsTyped()
    {
        const QString sha = release(QStringLiteral("broken on staging"));
        runs(sha, false); // staging runs it, and its backend never gets ready
        QCOMPARE(ctl({QStringLiteral("smoke"), QStringLiteral("--env"), QStringLiteral("staging"), QStringLiteral("--sha"), sha}).code, 1);
        m_world.clearDockerCalls();
        const CtlRun refused = promote(sha);
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("the last smoke of %1 on staging failed").arg(sha.left(12))), qPrintable(refused.err));

        // An override is typed like the others on production: --yes alone is not enough.
        const QStringList override{QStringLiteral("--override-gates"), QStringLiteral("--reason"), QStringLiteral("staging's database is down")};
        const CtlRun untyped = promote(sha, override);
        QCOMPARE(untyped.code, 2);
        QVERIFY2(untyped.err.contains(QLatin1String("confirm with --confirm ") + sha.left(12)), qPrintable(untyped.err));
        QVERIFY(composeUps().isEmpty());
        runs(sha);
        const CtlRun typed = promote(sha, override + QStringList{QStringLiteral("--confirm"), sha.left(12)});
        QVERIFY2(typed.code == 0, qPrintable(typed.out + typed.err));
        QCOMPARE(releases().first().toObject().value(QStringLiteral("policy")).toString(), QStringLiteral("gates overridden"));
        const CtlRun audit = ctl({QStringLiteral("audit")});
        QVERIFY2(audit.out.contains(QLatin1String("staging's database is down")), qPrintable(audit.out));
    }

    void promoteNeedsTwoEnvironmentsOfTheProfile()
    {
        const QString sha = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        const CtlRun unknown = ctl({QStringLiteral("promote"), sha, QStringLiteral("--from"), QStringLiteral("qa"), QStringLiteral("--to"),
                                    QStringLiteral("production"), QStringLiteral("--yes")});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains(QLatin1String("no environment \"qa\"")), qPrintable(unknown.err));
        const CtlRun same = ctl({QStringLiteral("promote"), sha, QStringLiteral("--from"), QStringLiteral("production"), QStringLiteral("--to"),
                                 QStringLiteral("production"), QStringLiteral("--yes")});
        QCOMPARE(same.code, 2);
        QCOMPARE(ctl({QStringLiteral("promote"), QStringLiteral("not;a;sha"), QStringLiteral("--from"), QStringLiteral("staging"),
                      QStringLiteral("--to"), QStringLiteral("production"), QStringLiteral("--yes")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestPromotion)
#include "tst_promotion.moc"
