// What the team's channel is told and in which body each webhook takes it (core/announce/Announcement,
// core/deploy/ChangeAnnouncements), and which failed attempts are tried again (core/announce/Announcer).
#include "core/announce/Announcement.h"
#include "core/announce/Announcer.h"
#include "core/deploy/ChangeAnnouncements.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Stratum;

namespace {

const QString good = QStringLiteral("1a2b3c4d5e6f70819203a4b5c6d7e8f901234567");
const QString bad = QStringLiteral("9f8e7d6c5b4a39281706f5e4d3c2b1a098765432");

ChangePlan planOf(ChangeKind kind, const QString &target)
{
    ChangePlan plan;
    plan.intent.kind = kind;
    plan.hostName = QStringLiteral("production");
    plan.targetSha = Sha::parse(target).value_or(Sha());
    ContainerState backend;
    backend.service = QStringLiteral("backend");
    backend.image = QStringLiteral("ghcr.io/acme/backend:") + bad;
    plan.current.containers << backend;
    plan.current.read = true;
    return plan;
}

QJsonObject parsed(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << body;
    return document.object();
}

} // namespace

class TestAnnouncement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachWebhookGetsTheLineInItsOwnBody()
    {
        const Announcement announcement{AnnounceEvent::RolledBack, QStringLiteral("alice@mac"), QStringLiteral("rolled back"), good,
                                        QStringLiteral("production")};
        const QString line = announcement.line();
        QCOMPARE(line, QStringLiteral("[alice@mac] rolled back"));
        QCOMPARE(parsed(webhookPayload(WebhookKind::Slack, announcement, line)).value(QStringLiteral("text")).toString(), line);
        QCOMPARE(parsed(webhookPayload(WebhookKind::Discord, announcement, line)).value(QStringLiteral("content")).toString(), line);
        const QJsonObject teams = parsed(webhookPayload(WebhookKind::Teams, announcement, line));
        QCOMPARE(teams.value(QStringLiteral("type")).toString(), QStringLiteral("message"));
        const QJsonObject card = teams.value(QStringLiteral("attachments")).toArray().at(0).toObject().value(QStringLiteral("content")).toObject();
        QCOMPARE(card.value(QStringLiteral("type")).toString(), QStringLiteral("AdaptiveCard"));
        QCOMPARE(card.value(QStringLiteral("body")).toArray().at(0).toObject().value(QStringLiteral("text")).toString(), line);
        const QJsonObject json = parsed(webhookPayload(WebhookKind::Json, announcement, line));
        QCOMPARE(json.value(QStringLiteral("event")).toString(), QStringLiteral("rolled-back"));
        QCOMPARE(json.value(QStringLiteral("text")).toString(), line);
        QCOMPARE(json.value(QStringLiteral("sha")).toString(), good);
        QCOMPARE(json.value(QStringLiteral("target")).toString(), QStringLiteral("production"));
    }

    void kindsParseBothWays()
    {
        for (const QString &id : webhookKindIds())
            QCOMPARE(webhookKindId(*parseWebhookKind(id)), id);
        QVERIFY(!parseWebhookKind(QStringLiteral("irc")));
        QVERIFY(!parseWebhookKind(QStringLiteral("Slack")));
    }

    void webhookUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("usable");
        QTest::newRow("slack") << QStringLiteral("https://hooks.slack.com/services/T000/B000/XXXX") << true;
        QTest::newRow("loopback http") << QStringLiteral("http://127.0.0.1:8080/hook") << true;
        QTest::newRow("localhost http") << QStringLiteral("http://localhost:8080/hook") << true;
        QTest::newRow("plain http elsewhere") << QStringLiteral("http://hooks.example.com/x") << false;
        QTest::newRow("no scheme") << QStringLiteral("hooks.slack.com/services/x") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com/x") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("spaces") << QStringLiteral("https://exa mple.com/x") << false;
    }
    void webhookUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, usable);
        QCOMPARE(validateWebhookUrl(url).isEmpty(), usable);
    }

    void aShownUrlNeverHasItsPath()
    {
        const QString shown = webhookUrlShown(QStringLiteral("https://hooks.slack.com/services/T000/B000/SECRETPART"));
        QCOMPARE(shown, QStringLiteral("https://hooks.slack.com/…"));
        QVERIFY(!webhookUrlShown(QStringLiteral("http://127.0.0.1:9/x/SECRETPART")).contains(QLatin1String("SECRETPART")));
    }

    void retriesOnlyWhatMayPassNextTime_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("answered");
        QTest::addColumn<bool>("retry");
        QTest::newRow("no answer") << 0 << false << true;
        QTest::newRow("500") << 500 << true << true;
        QTest::newRow("503") << 503 << true << true;
        QTest::newRow("429") << 429 << true << true;
        QTest::newRow("404: the hook is gone") << 404 << true << false;
        QTest::newRow("403") << 403 << true << false;
        QTest::newRow("400") << 400 << true << false;
    }
    void retriesOnlyWhatMayPassNextTime()
    {
        QFETCH(int, status);
        QFETCH(bool, answered);
        QFETCH(bool, retry);
        QCOMPARE(deliveryRetryable(status, answered), retry);
    }

    void aFailureNamesTheKindNeverTheUrl()
    {
        QCOMPARE(deliveryFailure(WebhookKind::Slack, 500, 0, QString()), QStringLiteral("the slack webhook answered HTTP 500"));
        QCOMPARE(deliveryFailure(WebhookKind::Discord, 0, 5, QString()), QStringLiteral("the discord webhook did not answer within 5 s"));
        QVERIFY(deliveryFailure(WebhookKind::Json, 0, 0, QStringLiteral("the connection was refused")).endsWith(QLatin1String("refused")));
    }

    void changesAreToldInOneLine()
    {
        ChangePlan rollback = planOf(ChangeKind::Rollback, good);
        rollback.intent.reason = QStringLiteral("backend not ready");
        rollback.knownGoodAt = QDateTime(QDate(2026, 12, 3), QTime(9, 0), QTimeZone::UTC);
        ChangeResult success;
        success.outcome = ChangeResult::Outcome::Success;
        success.dropletChanged = true;
        const Announcement rolledBack = changeEndedAnnouncement(rollback, success, QStringLiteral("alice@mac"));
        QCOMPARE(rolledBack.event, AnnounceEvent::RolledBack);
        QCOMPARE(rolledBack.line(),
                 QStringLiteral("[alice@mac] rolled back production to 1a2b3c4d5e6f (known-good since 3 Dec) — backend not ready"));

        const ChangePlan deploy = planOf(ChangeKind::DeployOverSsh, good);
        QCOMPARE(changeStartedAnnouncement(deploy, QStringLiteral("bob@mac")).line(),
                 QStringLiteral("[bob@mac] deploying 1a2b3c4d5e6f to production over SSH (running 9f8e7d6c5b4a)"));
        QCOMPARE(changeEndedAnnouncement(deploy, success, QStringLiteral("bob@mac")).line(),
                 QStringLiteral("[bob@mac] deployed 1a2b3c4d5e6f to production"));

        ChangeResult failed;
        failed.outcome = ChangeResult::Outcome::Failed;
        failed.failedStep = QStringLiteral("compose up");
        failed.message = QStringLiteral("backend not ready after 60 s");
        failed.dropletChanged = true;
        const Announcement failure = changeEndedAnnouncement(deploy, failed, QStringLiteral("bob@mac"));
        QCOMPARE(failure.event, AnnounceEvent::ChangeFailed);
        QVERIFY2(failure.line().contains(QLatin1String("FAILED at step \"compose up\": backend not ready after 60 s")),
                 qPrintable(failure.line()));

        ChangePlan overridden = planOf(ChangeKind::DeployOverSsh, good);
        overridden.intent.override = {true, QStringLiteral("hotfix for the outage")};
        QVERIFY(overridden.gatesOverridden()); // the default CI gate is not green
        const QString started = changeStartedAnnouncement(overridden, QStringLiteral("bob@mac")).line();
        QVERIFY2(started.endsWith(QStringLiteral(" — GATES OVERRIDDEN: hotfix for the outage")), qPrintable(started));

        QCOMPARE(pinAnnouncement(true, QStringLiteral("production"), good, QStringLiteral("bad release"), QStringLiteral("a@m")).line(),
                 QStringLiteral("[a@m] pinned production to 1a2b3c4d5e6f: forward deploys are held — bad release"));
    }
};

QTEST_GUILESS_MAIN(TestAnnouncement)
#include "tst_announcement.moc"
