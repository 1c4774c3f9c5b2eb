// The Overview's live health, the watch after a deploy, and the Checklists
// page, in a real window under Xvfb against real peers: sshd with the docker
// shim, an HTTP peer for the frontend, a local checkout with docker/stripe
// shims where a Mac keeps its tools, and the test world's keychain.
#include "GatesFixture.h"
#include "HttpPeer.h"
#include "Screenshot.h"
#include "SshdFixture.h"
#include "TestWorld.h"

#include "core/releases/ReleaseTableModel.h"
#include "gui/console/ConsoleView.h"
#include "gui/health/HealthCenter.h"
#include "gui/mainwindow/MainWindow.h"
#include "gui/releases/ReleasesPage.h"
#include "gui/status/StatusCenter.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Stratum;
using namespace StratumTest;

class TestHealthPages : public QObject
{
    Q_OBJECT
private:
    SshdFixture m_sshd;
    HttpPeer m_frontend;
    HttpPeer m_localBackend;
    std::unique_ptr<CoreContext> m_core;
    std::unique_ptr<MainWindow> m_window;
    QString m_project;
    QString m_tools;
    QString m_sha;
    const QString m_lastGood = QStringLiteral("1a2b3c4d5e6f1a2b3c4d5e6f1a2b3c4d5e6f1a2b");

    QWidget *page(const QString &name) { return m_window->showPage(name); }
    void screenshot(const QString &name) { saveScreenshot(m_window.get(), name); }

    static void writeFile(const QString &path, const QByteArray &content, bool executable = false)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return;
        file.write(content);
        file.close();
        if (executable)
            file.setPermissions(file.permissions() | QFile::ExeOwner);
    }

    static bool run(const QString &dir, const QStringList &arguments, QByteArray *out = nullptr)
    {
        QProcess process;
        process.setWorkingDirectory(dir);
        process.start(QStringLiteral("git"), QStringList{QStringLiteral("-c"), QStringLiteral("user.email=t@t"),
                                                         QStringLiteral("-c"), QStringLiteral("user.name=t")} + arguments);
        if (!process.waitForFinished())
            return false;
        if (out)
            *out = process.readAllStandardOutput();
        return process.exitCode() == 0;
    }

    void setDropletHealthy(bool workerOk = true)
    {
        QByteArray ps;
        for (const QString &service : {QStringLiteral("backend"), QStringLiteral("worker"), QStringLiteral("frontend"),
                                       QStringLiteral("postgres"), QStringLiteral("redis")})
            ps += QStringLiteral("{\"Service\":\"%1\",\"Name\":\"stratum-%1-1\",\"Image\":\"ghcr.io/qualitymaterial/stratum-sports-backend:%2\",\"State\":\"running\",\"Status\":\"Up 12 minutes\"}\n")
                      .arg(service, m_sha).toUtf8();
        m_sshd.setDockerOutput(QStringLiteral("compose-ps"), ps);
        m_sshd.setDockerOutput(QStringLiteral("compose-exec-live"), "{\"status\":\"alive\"}");
        m_sshd.setDockerOutput(QStringLiteral("compose-exec-ready"), "{\"status\":\"ready\",\"db\":\"ok\",\"redis\":\"ok\"}");
        m_sshd.setDockerOutput(QStringLiteral("inspect"), workerOk ? "0 running\n" : "4 restarting\n");
        m_sshd.setDockerOutput(QStringLiteral("compose-logs-worker"), "worker-1  | 10:41:07 INFO ingestion cycle finished: 214 odds, 3 sources\n");
    }

    // A successful deploy of `sha` in the release log, newest first (known-good at once when asked).
    bool recordDeploy(const QString &sha, bool knownGood = false)
    {
        std::optional<KeychainError> saved;
        m_core->vault()->updateReleaseLog(m_core->profile().id, [&](ReleaseLog &log) {
            ReleaseEntry entry;
            entry.sha = sha;
            entry.time = QDateTime::currentDateTimeUtc();
            entry.method = QStringLiteral("ssh");
            entry.result = QStringLiteral("success");
            entry.who = QStringLiteral("ana@mac");
            log.record(entry);
            if (knownGood)
                log.markKnownGood(sha, QStringLiteral("ana@mac"), {}, QStringLiteral("post-deploy smoke passed"));
        }, this, [&saved](const KeychainError &e) { saved = e; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 15000); }();
        return saved && saved->ok();
    }

    static int rowOf(ReleasesPage *releases, const QString &sha)
    {
        const ReleaseTableModel *model = releases->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(ReleaseTableModel::ShaRole).toString() == sha)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
        QVERIFY(m_frontend.start());
        QVERIFY(m_localBackend.start());

        m_project = worldDir() + QStringLiteral("/Stratum Sports");
        QVERIFY(QDir().mkpath(m_project));
        QVERIFY(run(m_project, {QStringLiteral("init"), QStringLiteral("-q")}));
        writeFile(m_project + QStringLiteral("/docker-compose.yml"), "services: {}\n");
        QVERIFY(run(m_project, {QStringLiteral("add"), QStringLiteral(".")}));
        QVERIFY(run(m_project, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("Fix odds ingestion retry (#142)")}));
        QByteArray head;
        QVERIFY(run(m_project, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, &head));
        m_sha = QString::fromUtf8(head).trimmed();

        m_tools = worldDir() + QStringLiteral("/homebrew-bin");
        QVERIFY(QDir().mkpath(m_tools + QStringLiteral("/answers")));
        writeFile(m_tools + QStringLiteral("/docker"),
                  "#!/bin/sh\nhere=$(dirname \"$0\")\nfor a in \"$@\"; do case \"$a\" in ps|logs) cat \"$here/answers/$a\"; exit 0;; esac; done\n"
                  "echo \"docker $*\"\nexit 0\n", true);
        writeFile(m_tools + QStringLiteral("/answers/ps"),
                  "{\"Service\":\"backend\",\"State\":\"running\"}\n{\"Service\":\"frontend\",\"State\":\"running\"}\n");
        writeFile(m_tools + QStringLiteral("/answers/logs"), "backend-1  | INFO Stripe webhook processed: invoice.paid evt_9\n");
        qputenv("STRATUM_TOOL_DIRS", m_tools.toUtf8());

        Profile profile = *defaultProfile().profile;
        profile.droplet.appDir = worldDir() + QStringLiteral("/droplet/stratum-sports");
        QVERIFY(QDir().mkpath(profile.droplet.appDir));
        profile.health.frontendPort = m_frontend.port();
        profile.health.pollIntervalSeconds = 1;
        profile.health.watchWindowSeconds = 6;
        profile.timing.httpSeconds = 3;
        profile.local.projectDir = m_project;
        profile.local.backendUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_localBackend.port()));
        const QString path = worldDir() + QStringLiteral("/health-profile.json");
        writeFile(path, profileToJson(profile));

        m_core = std::make_unique<CoreContext>();
        QVERIFY(m_core->loadProfile(path));
        bool saved = false;
        m_core->vault()->saveHosts({m_sshd.hostEntry(QStringLiteral("production"), true)}, this, [&](const KeychainError &) { saved = true; });
        QTRY_VERIFY_WITH_TIMEOUT(saved, 15000);
        ReleaseLog log;
        log.markKnownGood(m_lastGood, QStringLiteral("ana@mac"), {}, QStringLiteral("post-deploy smoke passed"));
        saved = false;
        m_core->vault()->saveReleaseLog(profile.id, log, this, [&](const KeychainError &) { saved = true; });
        QTRY_VERIFY_WITH_TIMEOUT(saved, 15000);
        setDropletHealthy();

        m_window = std::make_unique<MainWindow>(*m_core);
        m_window->resize(1180, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void noTrayIsSaidOnceAndTheAppKeepsWorking()
    {
        if (m_window->hasTray())
            QSKIP("this display has a system tray");
        QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("No system tray")));
    }

    void overviewShowsLiveHealth()
    {
        QWidget *overview = page(QStringLiteral("OverviewPage"));
        auto *tree = overview->findChild<QTreeWidget *>(QStringLiteral("healthTree"));
        auto *summary = overview->findChild<QLabel *>(QStringLiteral("healthSummaryLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("healthy")) && summary->text().contains(QLatin1String("production")), 20000);
        QVERIFY(overview->findChild<QPushButton *>(QStringLiteral("watchButton"))->isChecked());
        auto row = [tree](const QString &label) -> QTreeWidgetItem * {
            const auto found = tree->findItems(label, Qt::MatchStartsWith);
            return found.isEmpty() ? nullptr : found.first();
        };
        QTRY_VERIFY_WITH_TIMEOUT(row(QStringLiteral("Backend ready")) && row(QStringLiteral("Backend ready"))->text(1) == QLatin1String("healthy"), 15000);
        QVERIFY(row(QStringLiteral("Backend ready"))->text(2).endsWith(QLatin1String(" ms")));
        QVERIFY(row(QStringLiteral("Worker"))->text(5).contains(QLatin1String("ingestion cycle finished")));
        QVERIFY(row(QStringLiteral("postgres")));

        // The frontend goes down: its row turns, with its history.
        m_frontend.setMode(HttpPeer::Mode::Unhealthy);
        QTRY_VERIFY_WITH_TIMEOUT(row(QStringLiteral("Frontend"))->text(1) == QLatin1String("FAILING"), 10000);
        QVERIFY(row(QStringLiteral("Frontend"))->text(4).contains(QLatin1String("+x")));
        QVERIFY(m_window->windowTitle().contains(QLatin1String("failing")));
        m_frontend.setMode(HttpPeer::Mode::Healthy);
        QTRY_VERIFY_WITH_TIMEOUT(row(QStringLiteral("Frontend"))->text(1) == QLatin1String("healthy"), 10000);
    }

    void watchAfterDeployOffersRollback()
    {
        QWidget *overview = page(QStringLiteral("OverviewPage"));
        auto *group = overview->findChild<QGroupBox *>(QStringLiteral("watchGroup"));
        auto *progress = overview->findChild<QProgressBar *>(QStringLiteral("watchProgress"));
        auto *rollback = overview->findChild<QPushButton *>(QStringLiteral("rollbackButton"));
        QVERIFY(!group->isVisible());
        m_window->health()->watchDeploy(m_sha);
        QTRY_VERIFY_WITH_TIMEOUT(group->isVisible(), 10000);
        QCOMPARE(progress->maximum(), 6);
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 1, 5000);
        QVERIFY(progress->format().contains(QLatin1String("left")));
        screenshot(QStringLiteral("overview"));
        setDropletHealthy(false); // the worker starts crash-looping during the watch
        QTRY_VERIFY_WITH_TIMEOUT(rollback->isVisible(), 10000);
        QVERIFY(rollback->text().contains(m_lastGood.left(12)));
        QVERIFY(overview->findChild<QLabel *>(QStringLiteral("watchLabel"))->text().contains(QLatin1String("rolling back")));
        QTRY_VERIFY_WITH_TIMEOUT(progress->format() == QLatin1String("failed"), 15000);
        setDropletHealthy(true);
    }

    // A release the operator marks known-good on the Releases page is the way back at once:
    // the Overview's one click and the watch's offer name it, without a refresh by hand.
    void aReleaseMarkedKnownGoodIsTheWayBackAtOnce()
    {
        QWidget *overview = page(QStringLiteral("OverviewPage"));
        auto *oneClick = overview->findChild<QPushButton *>(QStringLiteral("rollbackLastGoodButton"));
        // Settled: healthy again after the last test, nothing being read (no refresh is pending).
        QTRY_VERIFY_WITH_TIMEOUT(m_window->health()->monitor()->worst() == HealthState::Healthy && !m_window->status()->isReading()
                                     && oneClick->text().startsWith(u"Roll back to " + m_lastGood.left(7)),
                                 20000);
        const QString verified = QStringLiteral("2b3c4d5e6f").repeated(4);
        QVERIFY(recordDeploy(verified));

        auto *releases = qobject_cast<ReleasesPage *>(page(QStringLiteral("ReleasesPage")));
        releases->reload();
        auto *view = releases->findChild<QTableView *>(QStringLiteral("releasesView"));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(releases, verified) >= 0, 15000);
        view->selectRow(rowOf(releases, verified));
        QTest::mouseClick(releases->findChild<QPushButton *>(QStringLiteral("markGoodButton")), Qt::LeftButton);
        QInputDialog *why = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((why = releases->findChild<QInputDialog *>(QStringLiteral("markGoodDialog"))) && why->isVisible(), 15000);
        why->setTextValue(QStringLiteral("verified by hand on production for a week"));
        why->accept();
        page(QStringLiteral("OverviewPage"));
        QTRY_VERIFY_WITH_TIMEOUT(oneClick->text().startsWith(u"Roll back to " + verified.left(7)), 20000);

        // During a watch, a release marked known-good becomes what the watch's failure offers.
        auto *watchRollback = overview->findChild<QPushButton *>(QStringLiteral("rollbackButton"));
        auto *progress = overview->findChild<QProgressBar *>(QStringLiteral("watchProgress"));
        m_window->health()->watchDeploy(m_sha);
        QTRY_VERIFY_WITH_TIMEOUT(progress->format().contains(QLatin1String("left")) && !watchRollback->isVisible(), 10000);
        const QString newest = QStringLiteral("3c4d5e6f7a").repeated(4);
        QVERIFY(recordDeploy(newest, true));
        m_window->status()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(oneClick->text().startsWith(u"Roll back to " + newest.left(7)), 20000);
        setDropletHealthy(false);
        QTRY_VERIFY_WITH_TIMEOUT(watchRollback->isVisible(), 10000);
        QVERIFY2(watchRollback->text().contains(newest.left(12)), qPrintable(watchRollback->text()));
        QVERIFY(overview->findChild<QLabel *>(QStringLiteral("watchLabel"))->text().contains(newest.left(12)));
        QTRY_VERIFY_WITH_TIMEOUT(progress->format() == QLatin1String("failed"), 15000);
        setDropletHealthy(true);
    }

    void checklistIsWorkedThroughAndKeptPerSha()
    {
        QWidget *checklists = page(QStringLiteral("ChecklistsPage"));
        auto *list = checklists->findChild<QComboBox *>(QStringLiteral("checklistCombo"));
        list->setCurrentIndex(list->findData(QStringLiteral("stripe-sandbox")));
        auto *sha = checklists->findChild<QComboBox *>(QStringLiteral("shaCombo"));
        auto *tree = checklists->findChild<QTreeWidget *>(QStringLiteral("itemsTree"));
        auto *confirm = checklists->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        auto *runChecks = checklists->findChild<QPushButton *>(QStringLiteral("runChecksButton"));
        sha->setCurrentText(m_sha);
        QTRY_VERIFY(runChecks->isEnabled());

        // An automatic item cannot be ticked by hand.
        tree->setCurrentItem(tree->findItems(QStringLiteral("Webhook is processed"), Qt::MatchStartsWith).first());
        QVERIFY(!confirm->isEnabled());
        // A manual one can, with a note.
        QTreeWidgetItem *checkout = tree->findItems(QStringLiteral("Checkout opens"), Qt::MatchStartsWith).first();
        tree->setCurrentItem(checkout);
        QVERIFY(confirm->isEnabled());
        QTest::keyClicks(checklists->findChild<QLineEdit *>(QStringLiteral("noteEdit")), QStringLiteral("4242 card, EUR"));
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(tree->findItems(QStringLiteral("Checkout opens"), Qt::MatchStartsWith).first()->text(3).contains(QLatin1String("passed")), 15000);
        checkout = tree->findItems(QStringLiteral("Checkout opens"), Qt::MatchStartsWith).first();
        QCOMPARE(checkout->text(5), QStringLiteral("4242 card, EUR"));
        QVERIFY(checkout->text(4).contains(QLatin1Char('@')));

        // The probes run against the local stack (stripe listen is not running here).
        QTest::mouseClick(runChecks, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(tree->findItems(QStringLiteral("Webhook is processed"), Qt::MatchStartsWith).first()->text(3).contains(QLatin1String("passed")), 20000);
        QVERIFY(tree->findItems(QStringLiteral("Local checkout is at the target SHA"), Qt::MatchStartsWith).first()->text(3).contains(QLatin1String("passed")));
        QVERIFY(tree->findItems(QStringLiteral("stripe listen forwards"), Qt::MatchStartsWith).first()->text(3).contains(QLatin1String("failed")));
        QVERIFY(tree->findItems(QStringLiteral("Webhook is processed"), Qt::MatchStartsWith).first()->text(5).contains(QLatin1String("invoice.paid")));
        QVERIFY(checklists->findChild<QLabel *>(QStringLiteral("checklistInfo"))->text().contains(QLatin1String("Lane started")));
        screenshot(QStringLiteral("checklists"));

        // The Deploy page's gates read the same state.
        QWidget *deploy = page(QStringLiteral("DeployPage"));
        auto *shaEdit = deploy->findChild<QLineEdit *>(QStringLiteral("shaEdit"));
        shaEdit->setText(m_sha);
        auto *gates = deploy->findChild<QLabel *>(QStringLiteral("gateLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(gates->text().contains(QLatin1String("Stripe sandbox test lane (local first): 5/9")), 15000);
        QVERIFY(!deploy->findChild<QPushButton *>(QStringLiteral("deployButton"))->isEnabled());
    }

    void laneActionsRunInTheirContext()
    {
        QWidget *checklists = page(QStringLiteral("ChecklistsPage"));
        auto *console = checklists->findChild<ConsoleView *>(QStringLiteral("checklistConsole"));
        auto transcript = [console]() {
            console->flush();
            return console->transcript();
        };
        // [Mac]: the local docker, found in the Mac tool directory, in the project directory.
        QTest::mouseClick(checklists->findChild<QPushButton *>(QStringLiteral("startStackButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(transcript().contains(QLatin1String("docker compose -f docker-compose.yml up -d --build")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(transcript().contains(QLatin1String("docker ended with exit status 0")), 10000);

        // [Droplet]: .env.production from its example, never over an existing one.
        const QString appDir = m_core->profile().droplet.appDir;
        writeFile(appDir + QStringLiteral("/.env.production.example"), "JWT_SECRET=change-me\n");
        auto *create = checklists->findChild<QPushButton *>(QStringLiteral("createEnvButton"));
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(appDir + QStringLiteral("/.env.production")), 15000);
        // The creation has ended (its lock given back) before the second click; a click while it runs is refused for the lock.
        QTRY_VERIFY_WITH_TIMEOUT(transcript().contains(QLatin1String("now fill in the values on the droplet")), 15000);
        QCOMPARE(QFile::permissions(appDir + QStringLiteral("/.env.production")) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        writeFile(appDir + QStringLiteral("/.env.production"), "JWT_SECRET=filled-in-by-the-operator\n");
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(transcript().contains(QLatin1String("exists: left as it is")), 15000);
        QFile env(appDir + QStringLiteral("/.env.production"));
        QVERIFY(env.open(QIODevice::ReadOnly));
        QCOMPARE(env.readAll(), QByteArray("JWT_SECRET=filled-in-by-the-operator\n"));
    }

    // A profile of staging and production (schema 2): the window watches production and, on the
    // strip's second line, every other host of every environment with what it runs.
    void everyEnvironmentOnTheStrip()
    {
        setDropletHealthy();
        QJsonObject root = QJsonDocument::fromJson(profileToJson(m_core->profile())).object();
        root[QStringLiteral("environments")] = QJsonArray{
            QJsonObject{{QStringLiteral("name"), QStringLiteral("production")}, {QStringLiteral("role"), QStringLiteral("production")},
                        {QStringLiteral("hosts"), QJsonArray{QStringLiteral("production")}}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("staging")}, {QStringLiteral("role"), QStringLiteral("staging")},
                        {QStringLiteral("hosts"), QJsonArray{QStringLiteral("staging-1")}}}};
        const QString path = worldDir() + QStringLiteral("/environments-profile.json");
        writeFile(path, QJsonDocument(root).toJson());
        CoreContext core;
        QVERIFY(core.loadProfile(path));
        HostEntry staging = m_sshd.hostEntry(QStringLiteral("staging-1"), true); // the same droplet, for the picture
        staging.role = HostRole::Staging;
        bool saved = false;
        core.vault()->saveHosts({m_sshd.hostEntry(QStringLiteral("production"), true), staging}, this,
                                [&saved](const KeychainError &) { saved = true; });
        QTRY_VERIFY_WITH_TIMEOUT(saved, 15000);
        MainWindow window(core);
        window.resize(m_window->size());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *headline = window.findChild<QLabel *>(QStringLiteral("headlineLabel"));
        const QString both = QStringLiteral("production: <b>production</b> %1 healthy · staging: <a href=\"switch:staging-1\">staging-1</a> %1 healthy")
                                 .arg(m_sha.left(12));
        QTRY_VERIFY2_WITH_TIMEOUT(headline->text().contains(both) && headline->text().contains(QLatin1String("<b>production</b> runs")),
                                  qPrintable(headline->text()), 30000);
        saveScreenshot(&window, QStringLiteral("environments-strip"));

        // Another host on the fleet line is a link: a click watches it.
        Q_EMIT headline->linkActivated(QStringLiteral("switch:staging-1"));
        QTRY_VERIFY2_WITH_TIMEOUT(headline->text().contains(QLatin1String("<b>staging-1</b> runs"))
                                      && headline->text().contains(QLatin1String("<a href=\"switch:production\">production</a>")),
                                  qPrintable(headline->text()), 30000);
        window.close();
    }
};

QTEST_MAIN(TestHealthPages)
#include "tst_healthpages.moc"
