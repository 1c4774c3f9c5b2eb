// The checklists and what decides them — LocalLane (the Stripe sandbox lane),
// SetupProbes (the one-time setup), SmokeRun and the gates — through stratumctl
// gates, check, smoke, health and releases mark-good, against real peers: the
// local Stripe lane (a real git checkout, local docker and stripe
// shims found through the Mac tool directories, a local backend), the droplet
// (sshd + docker shim), the frontend (HTTP peer) and GitHub (fake).
#include "GatesFixture.h"
#include "GitHubShapes.h"
#include "HttpPeer.h"
#include "SshdFixture.h"
#include "TestWorld.h"

#include "core/keychain/Vault.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Stratum;
using namespace StratumTest;

namespace {
const QByteArray githubToken = "github_pat_11GATESCLI_0123456789abcdef";
const QByteArray ghcrToken = "ghp_GatesCliGhcrToken0123456789abcdefgh";

const char localDocker[] = "#!/bin/sh\n"
                           "# local docker shim: records the call, answers from ./answers/SUB\n"
                           "here=$(dirname \"$0\")\n"
                           "printf '%s\\n' \"$*\" >> \"$here/calls.log\"\n"
                           "for a in \"$@\"; do case \"$a\" in ps|logs) cat \"$here/answers/$a\" 2>/dev/null; exit 0;; esac; done\n"
                           "exit 0\n";
const char localStripe[] = "#!/bin/sh\n"
                           "# stripe shim: `stripe listen …` keeps running, like the real one\n"
                           "while :; do sleep 1; done\n";
} // namespace

class TestChecklists : public QObject
{
    Q_OBJECT
private:
    GatesFixture m_gates;
    SshdFixture m_sshd;
    HttpPeer m_frontend;
    HttpPeer m_localBackend;
    KeychainStore m_store{std::chrono::seconds(10)};
    Vault m_vault{&m_store};
    QString m_profile;
    QString m_project;
    QString m_tools;
    QString m_sha;
    QProcess m_stripe;

    CtlRun ctl(const QStringList &arguments, const QByteArray &input = {})
    {
        return runStratumctl(QStringList{QStringLiteral("--profile"), m_profile} + arguments, input);
    }

    bool git(const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_project);
        process.start(QStringLiteral("git"), arguments);
        return process.waitForFinished() && process.exitCode() == 0;
    }

    void writeFile(const QString &path, const QByteArray &content, bool executable = false)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        if (executable)
            file.setPermissions(file.permissions() | QFile::ExeOwner | QFile::ExeUser);
    }

    void setLocalAnswers(bool running, bool webhook)
    {
        QDir().mkpath(m_tools + QStringLiteral("/answers"));
        writeFile(m_tools + QStringLiteral("/answers/ps"),
                  running ? "{\"Service\":\"backend\",\"Name\":\"local-backend-1\",\"Image\":\"stratum-backend\",\"State\":\"running\"}\n"
                            "{\"Service\":\"frontend\",\"Name\":\"local-frontend-1\",\"Image\":\"stratum-frontend\",\"State\":\"running\"}\n"
                          : "{\"Service\":\"backend\",\"Name\":\"local-backend-1\",\"Image\":\"stratum-backend\",\"State\":\"exited\"}\n");
        writeFile(m_tools + QStringLiteral("/answers/logs"),
                  webhook ? "backend-1  | 2026-11-27T10:00:03Z INFO Stripe webhook processed: checkout.session.completed evt_123\n"
                          : "backend-1  | 2026-11-27T10:00:03Z INFO started\n");
    }

    void setDroplet(bool readyOk)
    {
        QByteArray ps;
        for (const QString &service : {QStringLiteral("backend"), QStringLiteral("worker"), QStringLiteral("frontend")})
            ps += QStringLiteral("{\"Service\":\"%1\",\"Name\":\"stratum-%1-1\",\"Image\":\"ghcr.io/qualitymaterial/stratum-sports-%2:%3\",\"State\":\"running\",\"Status\":\"Up 2 minutes\"}\n")
                      .arg(service, service == QLatin1String("frontend") ? QStringLiteral("frontend") : QStringLiteral("backend"), m_sha).toUtf8();
        m_sshd.setDockerOutput(QStringLiteral("compose-ps"), ps);
        m_sshd.setDockerOutput(QStringLiteral("compose-exec-live"), "{\"status\":\"alive\"}");
        m_sshd.setDockerOutput(QStringLiteral("compose-exec-ready"), readyOk ? "{\"status\":\"ready\"}" : "curl: (22) error: 503");
        m_sshd.setDockerExit(QStringLiteral("compose-exec-ready"), readyOk ? 0 : 22);
        m_sshd.setDockerOutput(QStringLiteral("inspect"), "0 running\n");
        // The worker's log line carries a stored secret: it must never come out unredacted.
        m_sshd.setDockerOutput(QStringLiteral("compose-logs-worker"), "worker-1  | ingestion cycle done (registry login " + ghcrToken + ")\n");
    }

    QJsonObject json(const CtlRun &run) { return QJsonDocument::fromJson(run.out.toUtf8()).object(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_gates.start());
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
        QVERIFY(m_frontend.start());
        QVERIFY(m_localBackend.start());

        // The operator's local checkout at the target SHA.
        m_project = worldDir() + QStringLiteral("/Stratum Sports");
        QVERIFY(QDir().mkpath(m_project));
        QVERIFY(git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")}));
        writeFile(m_project + QStringLiteral("/docker-compose.yml"), "services: {}\n");
        QVERIFY(git({QStringLiteral("-c"), QStringLiteral("user.email=t@t"), QStringLiteral("-c"), QStringLiteral("user.name=t"),
                     QStringLiteral("add"), QStringLiteral(".")}));
        QVERIFY(git({QStringLiteral("-c"), QStringLiteral("user.email=t@t"), QStringLiteral("-c"), QStringLiteral("user.name=t"),
                     QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("release candidate")}));
        QProcess head;
        head.setWorkingDirectory(m_project);
        head.start(QStringLiteral("git"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        QVERIFY(head.waitForFinished());
        m_sha = QString::fromUtf8(head.readAllStandardOutput()).trimmed();
        QVERIFY(Sha::isFullText(m_sha));

        // Local tools live where a Mac keeps them, not on the bare PATH the app gets from Finder.
        m_tools = worldDir() + QStringLiteral("/homebrew-bin");
        QVERIFY(QDir().mkpath(m_tools));
        writeFile(m_tools + QStringLiteral("/docker"), localDocker, true);
        writeFile(m_tools + QStringLiteral("/stripe"), localStripe, true);
        qputenv("STRATUM_TOOL_DIRS", m_tools.toUtf8());
        qputenv("PATH", "/usr/bin:/bin");

        const QString appDir = worldDir() + QStringLiteral("/droplet/stratum-sports");
        QVERIFY(QDir().mkpath(appDir));
        m_profile = editedProfile(QStringLiteral("gates-profile.json"), [&](QJsonObject &root) {
            setProfileField(root, QStringLiteral("github"), QStringLiteral("apiBaseUrl"), m_gates.baseUrl().toString());
            setProfileField(root, QStringLiteral("local"), QStringLiteral("projectDir"), m_project);
            setProfileField(root, QStringLiteral("local"), QStringLiteral("backendUrl"), QStringLiteral("http://127.0.0.1:%1").arg(m_localBackend.port()));
            setProfileField(root, QStringLiteral("health"), QStringLiteral("frontendPort"), m_frontend.port());
            setProfileField(root, QStringLiteral("droplet"), QStringLiteral("appDir"), appDir);
            setProfileField(root, QStringLiteral("timing"), QStringLiteral("httpSeconds"), 3);
        });
        QVERIFY(!m_profile.isEmpty());
        QCOMPARE(ctl({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("github-token")}, githubToken).code, 0);
        QCOMPARE(ctl({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("ghcr-token")}, ghcrToken).code, 0);
        std::optional<KeychainError> saved;
        m_vault.saveHosts({m_sshd.hostEntry(QStringLiteral("droplet"), true)}, this, [&](const KeychainError &e) { saved = e; });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value() && saved->ok(), 15000);
    }

    void cleanupTestCase()
    {
        m_stripe.kill();
        m_stripe.waitForFinished();
    }

    void localLaneKeepsTheGatesClosedUntilEveryLaneIsDone()
    {
        CtlRun gates = ctl({QStringLiteral("gates"), QStringLiteral("--sha"), m_sha});
        QCOMPARE(gates.code, 3);
        QVERIFY(gates.out.contains(QLatin1String("NOT MET")));

        // Nothing runs locally yet: every probe says what is missing.
        setLocalAnswers(false, false);
        m_localBackend.setMode(HttpPeer::Mode::Unhealthy);
        writeFile(m_project + QStringLiteral("/scratch.txt"), "wip");
        CtlRun run = ctl({QStringLiteral("check"), QStringLiteral("run"), QStringLiteral("stripe-sandbox"), QStringLiteral("--sha"), m_sha});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(QLatin1String("tree is not clean")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("the local stack is not running")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("HTTP 503")));
        QVERIFY(run.out.contains(QLatin1String("no stripe listen")));
        QVERIFY(run.out.contains(QLatin1String("no \"Stripe webhook processed\" line")));

        // The lane's stack is up, stripe listen forwards, the webhook came through.
        QFile::remove(m_project + QStringLiteral("/scratch.txt"));
        setLocalAnswers(true, true);
        m_localBackend.setMode(HttpPeer::Mode::Healthy);
        // Another checkout's stack forwards elsewhere: that does not count for this one.
        QProcess otherStack;
        otherStack.start(m_tools + QStringLiteral("/stripe"), {QStringLiteral("listen"), QStringLiteral("--forward-to"),
                                                                QStringLiteral("localhost:1/api/v1/billing/webhook")});
        QVERIFY(otherStack.waitForStarted());
        run = ctl({QStringLiteral("check"), QStringLiteral("run"), QStringLiteral("stripe-sandbox"), QStringLiteral("--sha"), m_sha});
        QVERIFY2(run.out.contains(QLatin1String("no stripe listen")), qPrintable(run.out));
        otherStack.kill();
        otherStack.waitForFinished();
        m_stripe.start(m_tools + QStringLiteral("/stripe"), {QStringLiteral("listen"), QStringLiteral("--forward-to"),
                                                              QStringLiteral("localhost:%1/api/v1/billing/webhook").arg(m_localBackend.port())});
        QVERIFY(m_stripe.waitForStarted());
        run = ctl({QStringLiteral("check"), QStringLiteral("run"), QStringLiteral("stripe-sandbox"), QStringLiteral("--sha"), m_sha});
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QLatin1String("Stripe webhook processed: checkout.session.completed")));
        // Only webhooks after the lane started count: the logs were asked --since that time.
        QFile calls(m_tools + QStringLiteral("/calls.log"));
        QVERIFY(calls.open(QIODevice::ReadOnly));
        const QString callLog = QString::fromUtf8(calls.readAll());
        QVERIFY2(callLog.contains(QLatin1String("compose -f docker-compose.yml logs --no-color --timestamps --since 20")), qPrintable(callLog));

        // Automatic items are not ticked by hand.
        const CtlRun byHand = ctl({QStringLiteral("check"), QStringLiteral("confirm"), QStringLiteral("stripe-sandbox/webhook-processed"),
                                   QStringLiteral("--sha"), m_sha});
        QCOMPARE(byHand.code, 3);
        for (const QString &item : {QStringLiteral("checkout-opens"), QStringLiteral("tier-free-to-pro"), QStringLiteral("billing-portal"),
                                    QStringLiteral("cancel-pro-to-free"), QStringLiteral("feature-branch"), QStringLiteral("pr-to-main")}) {
            const CtlRun confirm = ctl({QStringLiteral("check"), QStringLiteral("confirm"), item, QStringLiteral("--sha"), m_sha,
                                        QStringLiteral("--note"), QStringLiteral("done in the sandbox")});
            QVERIFY2(confirm.code == 0, qPrintable(confirm.err));
        }
        // CI cannot be read yet (GitHub knows nothing of the SHA): only an override would pass.
        gates = ctl({QStringLiteral("--json"), QStringLiteral("gates"), QStringLiteral("--sha"), m_sha});
        QCOMPARE(gates.code, 3);
        QCOMPARE(json(gates).value(QStringLiteral("ci")).toString(), QStringLiteral("unverifiable"));
        m_gates.serveGreenCi(m_sha);
        gates = ctl({QStringLiteral("--json"), QStringLiteral("gates"), QStringLiteral("--sha"), m_sha});
        QVERIFY2(gates.code == 0, qPrintable(gates.out + gates.err));
        QCOMPARE(json(gates).value(QStringLiteral("passed")).toBool(), true);

        // The state is kept per SHA with who and when, and shown again.
        const CtlRun list = ctl({QStringLiteral("--json"), QStringLiteral("check"), QStringLiteral("list"), QStringLiteral("--sha"), m_sha});
        QCOMPARE(list.code, 0);
        const QJsonArray lists = json(list).value(QStringLiteral("checklists")).toArray();
        bool sawNote = false;
        for (const QJsonValue &l : lists) {
            for (const QJsonValue &item : l[QStringLiteral("items")].toArray()) {
                if (item[QStringLiteral("id")].toString() == QLatin1String("checkout-opens")) {
                    sawNote = item[QStringLiteral("note")].toString() == QLatin1String("done in the sandbox")
                              && item[QStringLiteral("who")].toString().contains(QLatin1Char('@'));
                }
            }
        }
        QVERIFY(sawNote);
        const CtlRun audit = ctl({QStringLiteral("audit")});
        QCOMPARE(audit.out.count(QLatin1String("check-confirmed")), 6); // one line per item, written once it was stored
        QVERIFY2(!audit.out.contains(QLatin1String("webhook-processed")), qPrintable(audit.out)); // the refused one left none
    }

    void deployOfAnUngatedShaIsRefusedBeforeTheDroplet()
    {
        const QString other = QStringLiteral("f").repeated(40);
        QFile::remove(m_sshd.shimDir() + QStringLiteral("/calls.log"));
        const int loginsBefore = m_sshd.acceptedLogins();
        const CtlRun refused = ctl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("ssh"), QStringLiteral("--sha"), other,
                                    QStringLiteral("--yes")});
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains(QLatin1String("nothing was run on the droplet")), qPrintable(refused.err));
        QVERIFY(m_sshd.dockerCalls().isEmpty());
        const CtlRun noReason = ctl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("ssh"), QStringLiteral("--sha"), other,
                                     QStringLiteral("--yes"), QStringLiteral("--override-gates")});
        QCOMPARE(noReason.code, 2);
        QVERIFY(m_sshd.dockerCalls().isEmpty());
        QCOMPARE(m_sshd.acceptedLogins(), loginsBefore); // sshd's own log: no session was even opened
    }

    void smokeRunDecidesKnownGood()
    {
        setDroplet(false);
        m_frontend.setMode(HttpPeer::Mode::Healthy);
        CtlRun smoke = ctl({QStringLiteral("smoke")});
        QCOMPARE(smoke.code, 1);
        QVERIFY(smoke.out.contains(QLatin1String("FAIL")));

        setDroplet(true);
        smoke = ctl({QStringLiteral("--json"), QStringLiteral("smoke")});
        QVERIFY2(smoke.code == 0, qPrintable(smoke.out + smoke.err));
        QCOMPARE(json(smoke).value(QStringLiteral("sha")).toString(), m_sha);
        QCOMPARE(json(smoke).value(QStringLiteral("items")).toArray().size(), 3);
        QVERIFY2(!smoke.out.contains(QString::fromLatin1(ghcrToken)), "a stored secret in the worker's log is masked");

        // The automatic part passed; the manual part is still open.
        CtlRun mark = ctl({QStringLiteral("releases"), QStringLiteral("mark-good"), m_sha});
        QCOMPARE(mark.code, 3);
        QVERIFY(mark.err.contains(QLatin1String("Register/login works")));
        for (const QString &item : {QStringLiteral("register-login"), QStringLiteral("dashboard-loads"), QStringLiteral("billing-button")})
            QCOMPARE(ctl({QStringLiteral("check"), QStringLiteral("confirm"), item, QStringLiteral("--sha"), m_sha}).code, 0);
        mark = ctl({QStringLiteral("releases"), QStringLiteral("mark-good"), m_sha});
        QVERIFY2(mark.code == 0, qPrintable(mark.err));
        const QJsonArray releases = QJsonDocument::fromJson(ctl({QStringLiteral("--json"), QStringLiteral("releases"), QStringLiteral("list")}).out.toUtf8()).array();
        QCOMPARE(releases.first()[QStringLiteral("knownGood")].toBool(), true);
        QCOMPARE(releases.first()[QStringLiteral("knownGoodReason")].toString(), QStringLiteral("post-deploy smoke passed"));

        // A later smoke that fails marks the record failed again.
        setDroplet(false);
        QCOMPARE(ctl({QStringLiteral("smoke")}).code, 1);
        QCOMPARE(ctl({QStringLiteral("releases"), QStringLiteral("mark-good"), m_sha}).code, 3);
        setDroplet(true);
    }

    void healthOnceAndWatching()
    {
        setDroplet(true);
        m_frontend.setMode(HttpPeer::Mode::Healthy);
        CtlRun health = ctl({QStringLiteral("--json"), QStringLiteral("health")});
        QVERIFY2(health.code == 0, qPrintable(health.out + health.err));
        QCOMPARE(json(health).value(QStringLiteral("worst")).toString(), QStringLiteral("healthy"));
        m_frontend.setMode(HttpPeer::Mode::Unhealthy);
        health = ctl({QStringLiteral("health")});
        QCOMPARE(health.code, 1);
        QVERIFY(health.out.contains(QLatin1String("HTTP 503")));

        m_frontend.setMode(HttpPeer::Mode::Flapping);
        const QString fast = editedProfile(QStringLiteral("fast-profile.json"), [&](QJsonObject &root) {
            const QJsonObject base = QJsonDocument::fromJson([&] { QFile f(m_profile); f.open(QIODevice::ReadOnly); return f.readAll(); }()).object();
            root = base;
            setProfileField(root, QStringLiteral("health"), QStringLiteral("pollIntervalSeconds"), 1);
        });
        const CtlRun watch = runStratumctl({QStringLiteral("--profile"), fast, QStringLiteral("health"), QStringLiteral("--watch"),
                                            QStringLiteral("--for"), QStringLiteral("4")});
        QVERIFY2(watch.out.count(QStringLiteral("→")) >= 2, qPrintable(watch.out));
        QVERIFY2(watch.out.contains(QStringLiteral("failing → healthy")) || watch.out.contains(QStringLiteral("healthy → failing")),
                 qPrintable(watch.out));
    }

    void setupProbesCheckTheOneTimeSetup()
    {
        using namespace GitHubShapes;
        const QString repo = GatesFixture::repoPath();
        QJsonArray secrets;
        for (const char *name : {"DROPLET_HOST", "DROPLET_USER", "DROPLET_SSH_KEY", "GHCR_USERNAME"}) // GHCR_TOKEN missing
            secrets.append(secret(QLatin1String(name)));
        m_gates.github().onPaged(repo + QStringLiteral("/actions/secrets"), QStringLiteral("secrets"), secrets, 100);
        m_gates.github().onJson("GET", repo + QStringLiteral("/branches/main/protection"),
                                QJsonDocument(QJsonObject{{QStringLiteral("message"), QStringLiteral("Branch not protected")}}), 404);
        m_gates.github().onJson("GET", repo + QStringLiteral("/rules/branches/main"),
                                QJsonDocument(QJsonArray{pullRequestRule(1), statusChecksRule({QStringLiteral("CI")}), updateRule()}));
        // The droplet's env file: good values the check must never print.
        const QString appDir = worldDir() + QStringLiteral("/droplet/stratum-sports");
        QFile good(qEnvironmentVariable("STRATUM_TEST_DATA") + QStringLiteral("/env/good-production.env"));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray envContent = good.readAll();
        writeFile(appDir + QStringLiteral("/.env.production"), envContent);

        const CtlRun run = ctl({QStringLiteral("check"), QStringLiteral("run"), QStringLiteral("one-time-setup"), QStringLiteral("--sha"), m_sha});
        QCOMPARE(run.code, 1); // one secret is missing
        QVERIFY2(run.out.contains(QLatin1String("[!] GitHub Actions secrets")) && run.out.contains(QLatin1String("missing: GHCR_TOKEN")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("[x] main is protected")));
        QVERIFY2(run.out.contains(QLatin1String("no problem found")), qPrintable(run.out));
        for (const QByteArray &line : envContent.split('\n')) {
            const QByteArray value = line.mid(line.indexOf('=') + 1).trimmed();
            if (value.size() >= 12) // the secrets and URLs, not words like "production"
                QVERIFY2(!run.out.toUtf8().contains(value), value.constData());
        }
    }

    void nothingTheAppWroteHoldsASecret()
    {
        QStringList written;
        for (const QString &root : {QString(QDir::homePath() + QStringLiteral("/.config")), QString(QDir::homePath() + QStringLiteral("/.local/share"))}) {
            for (const WrittenFile &file : scanForSecrets(root, {githubToken, ghcrToken}, false)) {
                written << file.path;
                QVERIFY2(file.leaked.isEmpty(), qPrintable(file.path));
            }
        }
        QVERIFY2(written.join(QLatin1Char(' ')).contains(QLatin1String("audit.jsonl")), qPrintable(written.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestChecklists)
#include "tst_checklists.moc"
