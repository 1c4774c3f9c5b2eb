// Announcements to the team's webhook against real local HTTP peers: one that takes them, one
// that fails, one that never answers, one that answers garbage, one that recovers. A webhook
// never blocks the caller, is tried a bounded number of times, and a failure is reported once.
#include "core/announce/Announcer.h"
#include "core/audit/AuditLog.h"
#include "core/redaction/Redactor.h"
#include "core/standin/LoopbackHttp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Stratum;
using namespace std::chrono_literals;

namespace {

const QString secretPath = QStringLiteral("/services/T0/B0/hookSECRETpath42");

Announcement rolledBack()
{
    return {AnnounceEvent::RolledBack, QStringLiteral("alice@mac"), QStringLiteral("rolled back production to 1a2b3c4d5e6f"),
            QStringLiteral("1a2b3c4d5e6f70819203a4b5c6d7e8f901234567"), QStringLiteral("production")};
}

} // namespace

class TestAnnouncer : public QObject
{
    Q_OBJECT

    struct Peer {
        LoopbackHttpServer server;
        QList<HttpRequest> requests;
        QList<LoopbackHttpServer::Respond> unanswered; // a slow peer keeps them
    };

    // A peer that answers the statuses in turn (the last one from then on); 0: never answers.
    std::unique_ptr<Peer> peer(QList<int> statuses)
    {
        auto made = std::make_unique<Peer>();
        Peer *p = made.get();
        p->server.setHandler([p, statuses](const HttpRequest &request, LoopbackHttpServer::Respond respond) {
            p->requests << request;
            const int status = statuses.value(p->requests.size() - 1, statuses.last());
            if (status == 0) {
                p->unanswered << respond;
                return;
            }
            respond({status, status < 300 ? QByteArrayLiteral("ok") : QByteArrayLiteral("no"), {}});
        });
        [&] { QVERIFY(p->server.listen()); }();
        return made;
    }

    QString urlOf(const Peer &p) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(p.server.port()).arg(secretPath); }

    std::unique_ptr<Announcer> announcer(WebhookKind kind, const QString &url)
    {
        auto made = std::make_unique<Announcer>(nullptr, &m_redactor);
        made->setPolicy({300ms, 3, 50ms});
        made->useWebhook(kind, url);
        return made;
    }

    static std::optional<Delivery> deliver(Announcer &announcer, const Announcement &announcement, QObject *context)
    {
        std::optional<Delivery> delivery;
        announcer.announce(announcement, context, [&delivery](const Delivery &d) { delivery = d; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(delivery.has_value(), 15000); }();
        return delivery;
    }

    Redactor m_redactor;

private Q_SLOTS:
    void initTestCase()
    {
        m_redactor.addSecret(QStringLiteral("http://127.0.0.1")); // stands for the keychain's URL: never shown
    }

    void aTakingPeerGetsOnePostInItsKindsBody()
    {
        auto p = peer({200});
        auto a = announcer(WebhookKind::Json, urlOf(*p));
        QSignalSpy failed(a.get(), &Announcer::deliveryFailed);
        const std::optional<Delivery> delivery = deliver(*a, rolledBack(), this);
        QVERIFY(delivery->ok);
        QCOMPARE(delivery->attempts, 1);
        QCOMPARE(delivery->httpStatus, 200);
        QCOMPARE(p->requests.size(), 1);
        const HttpRequest &request = p->requests.first();
        QCOMPARE(request.method, QByteArrayLiteral("POST"));
        QCOMPARE(request.path, secretPath);
        QCOMPARE(request.headers.value("content-type"), QByteArrayLiteral("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(QStringLiteral("event")).toString(), QStringLiteral("rolled-back"));
        QCOMPARE(body.value(QStringLiteral("text")).toString(), QStringLiteral("[alice@mac] rolled back production to 1a2b3c4d5e6f"));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(a->pending(), 0);
    }

    void theLineIsRedactedBeforeItLeaves()
    {
        auto p = peer({204});
        auto a = announcer(WebhookKind::Slack, urlOf(*p));
        m_redactor.addSecret(QStringLiteral("sk_live_plantedSecret123"));
        Announcement leaky = rolledBack();
        leaky.text += QStringLiteral(" — sk_live_plantedSecret123 in the log");
        QVERIFY(deliver(*a, leaky, this)->ok);
        QVERIFY(!p->requests.first().body.contains("plantedSecret"));
        QVERIFY(p->requests.first().body.contains("\"text\""));
    }

    void aFailingPeerIsTriedThreeTimesAndReportedOnce()
    {
        auto p = peer({500});
        auto a = announcer(WebhookKind::Discord, urlOf(*p));
        QSignalSpy failed(a.get(), &Announcer::deliveryFailed);
        QSignalSpy idle(a.get(), &Announcer::idle);
        const std::optional<Delivery> delivery = deliver(*a, rolledBack(), this);
        QVERIFY(!delivery->ok);
        QCOMPARE(delivery->attempts, 3);
        QCOMPARE(p->requests.size(), 3);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(idle.size(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("the discord webhook answered HTTP 500")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("SECRET")) && !message.contains(QLatin1String("127.0.0.1")), qPrintable(message));
        const QJsonObject audited = AuditLog::read().last();
        QCOMPARE(audited.value(QStringLiteral("event")).toString(), QStringLiteral("announce-failed"));
        QCOMPARE(audited.value(QStringLiteral("attempts")).toInt(), 3);
        QVERIFY(!QJsonDocument(audited).toJson().contains("SECRET"));
    }

    void aGoneHookIsNotTriedAgain()
    {
        auto p = peer({404});
        auto a = announcer(WebhookKind::Slack, urlOf(*p));
        const std::optional<Delivery> delivery = deliver(*a, rolledBack(), this);
        QVERIFY(!delivery->ok);
        QCOMPARE(delivery->httpStatus, 404);
        QCOMPARE(p->requests.size(), 1);
    }

    void aRecoveringPeerGetsItOnALaterAttempt()
    {
        auto p = peer({503, 429, 200});
        auto a = announcer(WebhookKind::Teams, urlOf(*p));
        QSignalSpy failed(a.get(), &Announcer::deliveryFailed);
        const std::optional<Delivery> delivery = deliver(*a, rolledBack(), this);
        QVERIFY(delivery->ok);
        QCOMPARE(delivery->attempts, 3);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(QJsonDocument::fromJson(p->requests.last().body).object().value(QStringLiteral("type")).toString(),
                 QStringLiteral("message"));
    }

    void aSilentPeerNeverHoldsTheCallerUp()
    {
        auto p = peer({0});
        auto a = announcer(WebhookKind::Json, urlOf(*p));
        a->setPolicy({300ms, 2, 50ms});
        QSignalSpy failed(a.get(), &Announcer::deliveryFailed);
        a->announce(rolledBack()); // returns before anything is sent
        QCOMPARE(a->pending(), 1);
        QCOMPARE(p->requests.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
        QCOMPARE(p->requests.size(), 2);
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("did not answer within 0.3 s")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(a->pending(), 0);
    }

    void aPeerAnsweringGarbageIsAFailureNotACrash()
    {
        QTcpServer garbage;
        QVERIFY(garbage.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&garbage, &QTcpServer::newConnection, this, [&garbage, &connections] {
            while (QTcpSocket *socket = garbage.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("\x16\x03\x01 this is not HTTP at all \xff\xfe\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
        auto a = announcer(WebhookKind::Json, QStringLiteral("http://127.0.0.1:%1/hook").arg(garbage.serverPort()));
        QSignalSpy failed(a.get(), &Announcer::deliveryFailed);
        const std::optional<Delivery> delivery = deliver(*a, rolledBack(), this);
        QVERIFY(!delivery->ok);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(connections >= 1 && connections <= 6, qPrintable(QString::number(connections))); // Qt itself may resend once on a closed connection
        QCOMPARE(delivery->attempts, 3);
        QVERIFY2(delivery->message.contains(QLatin1String("not HTTP")) || delivery->message.contains(QLatin1String("closed")), qPrintable(delivery->message));
        QVERIFY2(!failed.first().first().toString().contains(QLatin1String("127.0.0.1")), qPrintable(failed.first().first().toString()));
    }

    void withoutAWebhookNothingIsSent()
    {
        Announcer a(nullptr, &m_redactor);
        QSignalSpy failed(&a, &Announcer::deliveryFailed);
        const std::optional<Delivery> delivery = deliver(a, rolledBack(), this);
        QVERIFY(!delivery->ok);
        QVERIFY(!delivery->configured);
        QCOMPARE(delivery->attempts, 0);
        QCOMPARE(failed.size(), 0);
    }

    void aBadUrlIsNeverTried()
    {
        Announcer a(nullptr, &m_redactor);
        a.useWebhook(WebhookKind::Slack, QStringLiteral("http://hooks.example.com/plain"));
        const std::optional<Delivery> delivery = deliver(a, rolledBack(), this);
        QVERIFY(!delivery->ok);
        QCOMPARE(delivery->attempts, 0);
        QVERIFY2(delivery->message.contains(QLatin1String("https://")), qPrintable(delivery->message));
    }
};

QTEST_GUILESS_MAIN(TestAnnouncer)
#include "tst_announcer.moc"
