// The Deploy and Diagnostics pages against real peers, driven like a person
// would: pick the SHA, click Deploy, confirm current → target, watch the steps.
// With STRATUM_SCREENSHOT_DIR set, it also writes the README's screenshots.
#include "DeployWorld.h"
#include "GitHubShapes.h"
#include "Screenshot.h"
#include "TestWorld.h"

#include "core/app/AppServices.h"
#include "core/deploy/DeployLane.h"
#include "core/platform/Archive.h"
#include "gui/console/ConsoleView.h"
#include "gui/deploy/DeployPage.h"
#include "gui/mainwindow/MainWindow.h"
#include "gui/palette/CommandPalette.h"
#include "gui/releases/ReleasesPage.h"
#include "gui/status/StatusCenter.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QTextBrowser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QShortcut>
#include <QStatusBar>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Stratum;
using namespace StratumTest;

namespace {
const QString ghcrToken = QStringLiteral("ghp_GuiDeployTestToken0123456789abcdefgh");
}

class TestDeployPage : public QObject
{
    Q_OBJECT
private:
    DeployWorld m_world{ghcrToken.toUtf8(), "github_pat_11GUIWORKFLOW_0123456789"};
    SshdFixture &m_sshd = m_world.sshd();
    RegistryFixture &m_registry = m_world.registry();
    DropletFixture &m_droplet = m_world.droplet();
    FakeGitHub &m_github = m_world.gates().github();
    QElapsedTimer m_sinceDispatch;
    std::unique_ptr<CoreContext> m_core;
    std::unique_ptr<MainWindow> m_window;
    QString m_profilePath;

    template<typename Done>
    void await(Done &&start)
    {
        bool done = false;
        start([&done]() { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    }

    QWidget *page(const QString &name) { return m_window->showPage(name); }
    void screenshot(const QString &name) { saveScreenshot(m_window.get(), name); }

    // ⌘K as a person presses it: the window active, the key, the palette shown.
    CommandPalette *paletteByKeys()
    {
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return nullptr;
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        CommandPalette *palette = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] { return (palette = m_window->findChild<CommandPalette *>(QStringLiteral("commandPalette"))) && palette->isVisible(); }, 5000);
        return shown ? palette : nullptr;
    }

    QMessageBox *waitForDialog(const QString &objectName)
    {
        QMessageBox *box = nullptr;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT((box = m_window->findChild<QMessageBox *>(objectName)) && box->isVisible(), 20000);
        }();
        return box;
    }

private Q_SLOTS:
    static QByteArray composePs(const QString &sha)
    {
        QByteArray ps;
        for (const char *service : {"backend", "worker", "frontend"})
            ps += QStringLiteral(R"({"Service":"%1","Name":"stratum-%1-1","Image":"ghcr.io/qualitymaterial/stratum-sports-%2:%3","State":"running","Status":"Up 3 seconds"})")
                      .arg(QLatin1String(service), QLatin1String(qstrcmp(service, "frontend") ? "backend" : "frontend"), sha).toUtf8() + '\n';
        return ps;
    }

    // Tab until the accept button has the focus, then Enter: what an operator's keyboard does.
    static void acceptByKeys(QMessageBox *box)
    {
        QVERIFY(box);
        auto *go = box->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        QVERIFY(go && go->isEnabled());
        // A window manager gives a new dialog the keyboard; Xvfb has none, and under load the
        // main window may keep it for a while: then the dialog is activated as a WM would.
        auto focusInBox = [box] { return QApplication::focusWidget() && box->isAncestorOf(QApplication::focusWidget()); };
        if (!QTest::qWaitFor(focusInBox, 3000))
            box->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(box));
        QTRY_VERIFY_WITH_TIMEOUT(focusInBox(), 10000);
        for (int tabs = 0; tabs < 6 && QApplication::focusWidget() != go; ++tabs)
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : box, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(go));
        QTest::keyClick(go, Qt::Key_Return);
    }

    void initTestCase()
    {
        QVERIFY2(m_world.start(), qPrintable(m_world.errorString()));
        m_profilePath = m_world.writeProfile(QStringLiteral("gui-profile.json"), [](QJsonObject &root) {
            setProfileField(root, QStringLiteral("timing"), QStringLiteral("imageWaitSeconds"), 5);
        });
        m_core = std::make_unique<CoreContext>();
        QVERIFY(m_core->loadProfile(m_profilePath));
        QVERIFY(m_world.storeCredentials(m_core->vault(), QStringLiteral("production")));

        m_sshd.setDockerOutput(QStringLiteral("compose-up"), QByteArray(DropletFixture::plantedEnv()) + "using " + ghcrToken.toUtf8() + "\n");
        m_sshd.setDockerOutput(QStringLiteral("pull"), "Pulling from qualitymaterial/stratum-sports\nDigest: sha256:0f1e2d\nStatus: Downloaded newer image\n");
        m_sshd.setDockerOutput(QStringLiteral("compose-logs"),
                               "backend-1  | INFO ingestion cycle finished in 2.3s\n"
                               "backend-1  | ERROR asyncpg.exceptions.InvalidPasswordError: password authentication failed for user \"stratum\"\n"
                               "backend-1  | " + QByteArray(DropletFixture::plantedEnv()).split('\n').at(1) + "\n");
        m_window = std::make_unique<MainWindow>(*m_core);
        m_window->resize(1180, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void workflowDeployFollowedLive()
    {
        const QString repo = QStringLiteral("/repos/qualitymaterial/stratum-sports");
        const QString head = QStringLiteral("c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00");
        auto phase = [this]() {
            const qint64 t = m_sinceDispatch.isValid() ? m_sinceDispatch.elapsed() : 0;
            return t < 800 ? QStringLiteral("queued") : t < 3500 ? QStringLiteral("in_progress") : QStringLiteral("completed");
        };
        auto runJson = [phase, head]() {
            return GitHubShapes::workflowRun(777, phase(), phase() == QLatin1String("completed") ? QJsonValue(QStringLiteral("success")) : QJsonValue(),
                                             head, QDateTime(QDate(2026, 11, 27), QTime(10, 0), QTimeZone::UTC));
        };
        m_github.onJson("GET", repo + QStringLiteral("/branches/main"),
                        QJsonDocument(GitHubShapes::branch(QStringLiteral("main"), head, QStringLiteral("Fix odds ingestion retry (#142)\n\nbody"))));
        m_github.onJson("GET", repo + QStringLiteral("/branches/main/protection"), QJsonDocument(QJsonObject{{QStringLiteral("message"), QStringLiteral("Branch not protected")}}), 404);
        m_github.onJson("GET", repo + QStringLiteral("/rules/branches/main"), QJsonDocument(QJsonArray{
            GitHubShapes::pullRequestRule(1), GitHubShapes::statusChecksRule({QStringLiteral("CI")})}));
        m_github.onPaged(repo + QStringLiteral("/commits/%1/check-runs").arg(head), QStringLiteral("check_runs"),
                         QJsonArray{GitHubShapes::checkRun(5, QStringLiteral("CI"), QStringLiteral("completed"), QStringLiteral("success"))}, 100);
        m_github.onJson("GET", repo + QStringLiteral("/commits/%1/status").arg(head), QJsonDocument(GitHubShapes::combinedStatus(head, QStringLiteral("pending"))));
        m_github.onJson("GET", repo + QStringLiteral("/compare/%1...main").arg(head), QJsonDocument(GitHubShapes::comparison(QStringLiteral("identical"))));
        QVERIFY(GatesFixture::completeChecklists(m_core->vault(), m_core->profile(), head));
        m_github.onJson("GET", repo + QStringLiteral("/actions/workflows/deploy.yml/runs"), QJsonDocument(GitHubShapes::workflowRuns({})));
        m_github.on("POST", repo + QStringLiteral("/actions/workflows/deploy.yml/dispatches"), [this](const FakeGitHub::Seen &) {
            m_sinceDispatch.start();
            return FakeGitHub::Reply{200, QJsonDocument(GitHubShapes::dispatchResponse(777, m_github.baseUrl().toString())).toJson(QJsonDocument::Compact), {}};
        });
        m_github.on("GET", repo + QStringLiteral("/actions/runs/777"), [runJson](const FakeGitHub::Seen &) {
            return FakeGitHub::Reply{200, QJsonDocument(runJson()).toJson(QJsonDocument::Compact), {}};
        });
        m_github.on("GET", repo + QStringLiteral("/actions/runs/777/jobs"), [phase](const FakeGitHub::Seen &) {
            using namespace GitHubShapes;
            const QString status = phase();
            const bool done = status == QLatin1String("completed");
            QJsonArray steps;
            int number = 0;
            for (const char *name : {"Set up job", "Verify CI for the target SHA", "Build and push images", "SSH deploy", "Health checks"}) {
                ++number;
                const bool stepDone = done || (status == QLatin1String("in_progress") && number <= 3);
                const QString stepStatus = stepDone ? QStringLiteral("completed")
                                           : number == 4 && status == QLatin1String("in_progress") ? QStringLiteral("in_progress")
                                                                                                     : QStringLiteral("queued");
                steps.append(step(number, QLatin1String(name), stepStatus, stepDone ? QJsonValue(QStringLiteral("success")) : QJsonValue()));
            }
            const QJsonObject deployJob = job(88, QStringLiteral("deploy"), status, done ? QJsonValue(QStringLiteral("success")) : QJsonValue(), steps);
            return FakeGitHub::Reply{200, QJsonDocument(jobs(QJsonArray{deployJob})).toJson(QJsonDocument::Compact), {}};
        });

        QWidget *deploy = page(QStringLiteral("DeployPage"));
        auto *method = deploy->findChild<QComboBox *>(QStringLiteral("methodCombo"));
        method->setCurrentIndex(method->findData(QStringLiteral("workflow")));
        QTest::mouseClick(deploy->findChild<QPushButton *>(QStringLiteral("refreshGitHubButton")), Qt::LeftButton);
        auto *ci = deploy->findChild<QLabel *>(QStringLiteral("ciLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(ci->text().contains(QLatin1String("CI green")), 15000);
        QVERIFY(deploy->findChild<QLabel *>(QStringLiteral("githubHeadLabel"))->text().contains(QLatin1String("Fix odds ingestion")));
        QVERIFY(deploy->findChild<QLabel *>(QStringLiteral("protectionLabel"))->text().contains(QLatin1String("PR required: met")));
        auto *button = deploy->findChild<QPushButton *>(QStringLiteral("deployButton"));
        QTRY_VERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QMessageBox *confirm = waitForDialog(QStringLiteral("confirmDialog"));
        QVERIFY(confirm->text().contains(head.left(12)));
        QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);

        auto *result = deploy->findChild<QLabel *>(QStringLiteral("resultLabel"));
        auto *tree = deploy->findChild<QTreeWidget *>(QStringLiteral("stepsTree"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("in_progress")) && tree->topLevelItemCount() == 1
                                     && tree->topLevelItem(0)->child(3)->text(1) == QLatin1String("in_progress"), 15000);
        screenshot(QStringLiteral("workflow-run"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("succeeded")), 20000);
        QCOMPARE(tree->topLevelItem(0)->childCount(), 5);
        QCOMPARE(tree->topLevelItem(0)->child(4)->text(1), QStringLiteral("success"));
        QVERIFY(deploy->findChild<QPushButton *>(QStringLiteral("openRunButton"))->isEnabled());
        // One deploy at a time across both paths: the droplet's lock was held for the run.
        auto *console = deploy->findChild<ConsoleView *>(QStringLiteral("deployConsole"));
        console->flush();
        QVERIFY(console->transcript().contains(QLatin1String("took the droplet's deploy lock")));
        QVERIFY(result->text().contains(QLatin1String("backend live and ready on the droplet")));
        QVERIFY(console->transcript().contains(QLatin1String("released the droplet's deploy lock")));
        QVERIFY(!QDir(m_droplet.lockDir() + QStringLiteral("/deploy.lock")).exists());
        method->setCurrentIndex(method->findData(QStringLiteral("ssh")));
    }

    void deployFromTheGui()
    {
        const QString previous = m_droplet.commits().last();
        const QString sha = m_droplet.commitAndPush(QStringLiteral("app.txt"), QStringLiteral("gui"), QStringLiteral("gui"));
        m_registry.pushImage(QStringLiteral("qualitymaterial/stratum-sports-backend"), sha);
        m_registry.pushImage(QStringLiteral("qualitymaterial/stratum-sports-frontend"), sha);
        QByteArray ps;
        for (const char *service : {"backend", "worker", "frontend"})
            ps += QStringLiteral(R"({"Service":"%1","Image":"ghcr.io/qualitymaterial/stratum-sports-%2:%3","State":"running","Status":"Up 3 seconds"})")
                      .arg(QLatin1String(service), QLatin1String(qstrcmp(service, "frontend") ? "backend" : "frontend"), previous).toUtf8() + '\n';
        m_sshd.setDockerOutput(QStringLiteral("compose-ps"), ps);

        QWidget *deploy = page(QStringLiteral("DeployPage"));
        auto *method = deploy->findChild<QComboBox *>(QStringLiteral("methodCombo"));
        method->setCurrentIndex(method->findData(QStringLiteral("ssh")));
        auto *host = deploy->findChild<QComboBox *>(QStringLiteral("hostCombo"));
        QTRY_COMPARE_WITH_TIMEOUT(host->currentData().toString(), QStringLiteral("production"), 10000);
        auto *shaEdit = deploy->findChild<QLineEdit *>(QStringLiteral("shaEdit"));
        auto *button = deploy->findChild<QPushButton *>(QStringLiteral("deployButton"));
        auto *blocked = deploy->findChild<QLabel *>(QStringLiteral("blockedReasonLabel"));
        auto *gates = deploy->findChild<QLabel *>(QStringLiteral("gateLabel"));
        auto *overrideCheck = deploy->findChild<QCheckBox *>(QStringLiteral("overrideGatesCheck"));
        auto *overrideReason = deploy->findChild<QLineEdit *>(QStringLiteral("overrideReasonEdit"));

        // Nothing recorded for this SHA yet: the button stays disabled and says why.
        shaEdit->clear();
        QTest::keyClicks(shaEdit, sha.left(12));
        QTRY_VERIFY_WITH_TIMEOUT(blocked->text().startsWith(QLatin1String("Gates not met")), 15000);
        QVERIFY(!button->isEnabled());
        QVERIFY2(gates->text().contains(QLatin1String("NOT met")), qPrintable(gates->text()));
        QCOMPARE(button->toolTip(), blocked->text());
        // An override needs a typed reason, and then shows red.
        overrideCheck->setChecked(true);
        QVERIFY(!button->isEnabled());
        QVERIFY(blocked->text().contains(QLatin1String("why")));
        QTest::keyClicks(overrideReason, QStringLiteral("outage"));
        QVERIFY(button->isEnabled());
        QCOMPARE(button->text(), QStringLiteral("Deploy (gates overridden)"));
        overrideCheck->setChecked(false);
        QVERIFY(!button->isEnabled());

        // The lanes done and CI green: the gates open.
        GatesFixture::serveGreenCi(m_github, sha);
        QVERIFY(GatesFixture::completeChecklists(m_core->vault(), m_core->profile(), sha));
        // From here to the deploy's end the gates are evaluated once: one read of the
        // checklist state, one round of CI requests (rules, check runs, status, comparison).
        const QString checksKey = QStringLiteral("checks/") + m_core->profile().id;
        const int checklistReadsBefore = m_core->keychain()->reads(checksKey);
        m_github.clearRequests();
        shaEdit->clear();
        QTest::keyClicks(shaEdit, sha.left(12));
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 15000);
        QVERIFY2(gates->text().contains(QLatin1String("gates passed")), qPrintable(gates->text()));
        screenshot(QStringLiteral("deploy"));
        QTest::mouseClick(button, Qt::LeftButton);

        QMessageBox *confirm = waitForDialog(QStringLiteral("confirmDialog"));
        QVERIFY2(confirm->text().contains(QStringLiteral("current  ") + previous), qPrintable(confirm->text()));
        QVERIFY(confirm->text().contains(QStringLiteral("target   ") + sha.left(12)));
        QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);

        auto *result = deploy->findChild<QLabel *>(QStringLiteral("resultLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Done")) || result->text().contains(QLatin1String("failed")), 60000);
        QVERIFY2(result->text().startsWith(QLatin1String("Done")), qPrintable(result->text()));
        QCOMPARE(m_core->keychain()->reads(checksKey) - checklistReadsBefore, 1);
        int ciRequests = 0;
        for (const FakeGitHub::Seen &seen : m_github.requests())
            ciRequests += seen.path.contains(sha) || seen.path.endsWith(QLatin1String("/rules/branches/main"));
        QCOMPARE(ciRequests, 4);
        auto *steps = deploy->findChild<QTreeWidget *>(QStringLiteral("stepsTree"));
        QVERIFY(steps->topLevelItemCount() >= 14);
        for (int i = 0; i < steps->topLevelItemCount(); ++i)
            QCOMPARE(steps->topLevelItem(i)->text(1), QStringLiteral("ok"));

        auto *console = deploy->findChild<ConsoleView *>(QStringLiteral("deployConsole"));
        console->flush();
        const QString transcript = console->transcript();
        QVERIFY(transcript.contains(QLatin1String("$ docker pull 'ghcr.io/qualitymaterial/stratum-sports-backend:") + sha));
        QVERIFY(transcript.contains(QLatin1String("JWT_SECRET=")));
        for (const QString &secret : {ghcrToken, QStringLiteral("planted-jwt-secret-9c1e"), QStringLiteral("sk_live_plantedLiveKey123")})
            QVERIFY2(!transcript.contains(secret), qPrintable(secret));
        deploy->findChild<QTreeWidget *>(QStringLiteral("stepsTree"))->scrollToTop();
        // After the change the strip reads again what runs (the shim droplet keeps answering the previous SHA).
        auto *strip = m_window->findChild<QLabel *>(QStringLiteral("headlineLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(strip->text().contains(previous.left(12)), 20000);
        screenshot(QStringLiteral("deploy-console"));
    }

    // ⌘Z after a deploy: the window offers it while the watch runs, and the core decides. Here
    // the shim droplet still answers the previous release, so the undo is refused with why.
    void undoIsOneKeyAfterADeploy()
    {
        auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoDeployAction"));
        QVERIFY(undo->isEnabled());
        QVERIFY2(undo->text().startsWith(QLatin1String("Undo the Deploy of ")), qPrintable(undo->text()));
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier); // the Overview: ⌘Z works from any page
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        auto *result = page(QStringLiteral("DeployPage"))->findChild<QLabel *>(QStringLiteral("resultLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("nothing to undo")), 30000);
        QVERIFY2(result->text().contains(QLatin1String("not ")), qPrintable(result->text()));
        QVERIFY(!m_world.lockIsHeld());
    }

    // ⌘K: every action found by typing, one that cannot run now listed with its reason,
    // Enter runs the chosen one, Escape closes; the key sheet lists the shortcuts.
    void paletteAndKeySheetFromTheKeyboard()
    {
        // The droplets are read from the keychain after the window opens; the role badge says they were.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QLabel *>(QStringLiteral("roleBadge"))->isVisibleTo(m_window.get()), 15000);
        auto *palette = paletteByKeys();
        QVERIFY(palette);
        auto *query = palette->findChild<QLineEdit *>(QStringLiteral("queryEdit"));
        QTRY_VERIFY(query->hasFocus());
        const QStringList everything = palette->shownIds();
        for (const QString &id : {QStringLiteral("deploy-workflow"), QStringLiteral("deploy-ssh"), QStringLiteral("pin"),
                                  QStringLiteral("env-restart"), QStringLiteral("frontend-recreate"), QStringLiteral("smoke"),
                                  QStringLiteral("mark-good"), QStringLiteral("doctor"), QStringLiteral("logs:worker"), QStringLiteral("open-run"),
                                  QStringLiteral("switch:production"), QStringLiteral("readOnlyAction"), QStringLiteral("saveIncidentAction")})
            QVERIFY2(everything.contains(id), qPrintable(id + QStringLiteral(" not in ") + everything.join(QLatin1Char(','))));
        QTest::keyClicks(query, QStringLiteral("logs wrk"));
        QCOMPARE(palette->shownIds().value(0), QStringLiteral("logs:worker"));
        QTest::keyClick(query, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<CommandPalette *>(QStringLiteral("commandPalette")));

        // Not pinned: "Release the pin" is listed, greyed, with the reason, and Enter does nothing.
        palette = paletteByKeys();
        QVERIFY(palette);
        query = palette->findChild<QLineEdit *>(QStringLiteral("queryEdit"));
        QTest::keyClicks(query, QStringLiteral("release the pin"));
        QCOMPARE(palette->shownIds().value(0), QStringLiteral("pin-release"));
        auto *hint = palette->findChild<QLabel *>(QStringLiteral("hintLabel"));
        QCOMPARE(hint->text(), QStringLiteral("Not now: not pinned"));
        QTest::keyClick(query, Qt::Key_Return);
        QVERIFY(palette->isVisible());
        query->clear();
        QTest::keyClicks(query, QStringLiteral("ro"));
        saveScreenshot(palette, QStringLiteral("command-palette"));
        // A command-pack block is listed with the runbook section; one with a placeholder says why it cannot run.
        bool blockListed = false;
        for (const QString &id : everything)
            blockListed = blockListed || id.startsWith(QLatin1String("block:"));
        QVERIFY2(blockListed, qPrintable(everything.join(QLatin1Char(','))));
        // The window watches the only droplet: switching to it is listed, greyed.
        query->clear();
        QTest::keyClicks(query, QStringLiteral("switch to droplet production"));
        QCOMPARE(palette->shownIds().value(0), QStringLiteral("switch:production"));
        QVERIFY2(hint->text().contains(QLatin1String("watches production already")), qPrintable(hint->text()));
        query->clear();
        QTest::keyClicks(query, QStringLiteral("deploy over ssh"));
        QCOMPARE(palette->shownIds().value(0), QStringLiteral("deploy-ssh"));
        QTest::keyClick(query, Qt::Key_Return);
        QTRY_VERIFY(!m_window->findChild<CommandPalette *>(QStringLiteral("commandPalette")));
        auto *shaEdit = page(QStringLiteral("DeployPage"))->findChild<QLineEdit *>(QStringLiteral("shaEdit"));
        QTRY_VERIFY(shaEdit->isVisible() && shaEdit->hasFocus());
        QCOMPARE(page(QStringLiteral("DeployPage"))->findChild<QComboBox *>(QStringLiteral("methodCombo"))->currentData().toString(),
                 QStringLiteral("ssh"));

        // The next time, what ran last is listed first.
        palette = paletteByKeys();
        QVERIFY(palette);
        QCOMPARE(palette->shownIds().value(0), QStringLiteral("deploy-ssh"));

        // Doctor from the palette: the same checks as stratumctl doctor, in the Diagnostics console.
        query = palette->findChild<QLineEdit *>(QStringLiteral("queryEdit"));
        QTest::keyClicks(query, QStringLiteral("doctor"));
        QCOMPARE(palette->shownIds().value(0), QStringLiteral("doctor"));
        QTest::keyClick(query, Qt::Key_Return);
        auto *doctorConsole = page(QStringLiteral("DiagnosticsPage"))->findChild<ConsoleView *>(QStringLiteral("logsConsole"));
        QTRY_VERIFY_WITH_TIMEOUT((doctorConsole->flush(), doctorConsole->transcript().contains(QLatin1String("doctor: "))
                                                               && doctorConsole->transcript().contains(QLatin1String("all good"))),
                                 30000);
        QVERIFY2(doctorConsole->transcript().contains(QLatin1String("Host key")), qPrintable(doctorConsole->transcript()));

        QTRY_VERIFY(!m_window->findChild<CommandPalette *>(QStringLiteral("commandPalette")));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        QMessageBox *sheet = waitForDialog(QStringLiteral("keySheet"));
        for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(QKeySequence::Undo),
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), QKeySequence(Qt::CTRL | Qt::Key_1)})
            QVERIFY2(sheet->text().contains(key.toString(QKeySequence::NativeText).toHtmlEscaped()), qPrintable(key.toString()));
        QVERIFY(sheet->text().contains(QLatin1String("Releases: roll back to the selected release")));
        // Each page's main action answers ⌘↩ (only the page shown has it).
        for (const char *pageName : {"ChecklistsPage", "ReleasesPage", "DiagnosticsPage", "DeployPage"}) {
            auto *mainAction = page(QLatin1String(pageName))->findChild<QShortcut *>(QStringLiteral("mainActionShortcut"));
            QVERIFY2(mainAction && mainAction->key() == QKeySequence(Qt::CTRL | Qt::Key_Return), pageName);
        }
        saveScreenshot(sheet, QStringLiteral("key-sheet"));
        sheet->close();
    }

    // A file in the droplet's clone that nobody checked: the deploy is refused, and the page asks
    // for the reason that would allow it; with one typed, the plan is made again and the
    // confirmation says which files are used as they are.
    void aDirtyCloneNeedsATypedReason()
    {
        const QString sha = m_droplet.commits().last(); // its gates passed in deployFromTheGui
        QFile untracked(m_droplet.appDir() + QStringLiteral("/override.yml"));
        QVERIFY(untracked.open(QIODevice::WriteOnly));
        untracked.close();
        const auto removed = qScopeGuard([this]() { QFile::remove(m_droplet.appDir() + QStringLiteral("/override.yml")); });
        QWidget *deploy = page(QStringLiteral("DeployPage"));
        auto *shaEdit = deploy->findChild<QLineEdit *>(QStringLiteral("shaEdit"));
        auto *button = deploy->findChild<QPushButton *>(QStringLiteral("deployButton"));
        shaEdit->clear();
        QTest::keyClicks(shaEdit, sha.left(12));
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 15000);
        QTest::mouseClick(button, Qt::LeftButton);

        QInputDialog *ask = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((ask = m_window->findChild<QInputDialog *>(QStringLiteral("dirtyCloneDialog"))) && ask->isVisible(), 20000);
        QVERIFY2(ask->labelText().contains(QLatin1String("?? override.yml")), qPrintable(ask->labelText()));
        auto *result = deploy->findChild<QLabel *>(QStringLiteral("resultLabel"));
        QVERIFY2(result->text().contains(QLatin1String("nothing was changed")), qPrintable(result->text()));
        saveScreenshot(ask, QStringLiteral("dirty-clone-dialog"));
        QTest::keyClicks(ask->findChild<QLineEdit *>(), QStringLiteral("hotfix file, committed tomorrow"));
        QTest::keyClick(ask->findChild<QLineEdit *>(), Qt::Key_Return);

        QMessageBox *confirm = waitForDialog(QStringLiteral("confirmDialog"));
        QVERIFY2(confirm->text().contains(QLatin1String("used as they are (allowed: hotfix file, committed tomorrow)")),
                 qPrintable(confirm->text()));
        QVERIFY2(confirm->text().contains(QLatin1String("compose file: docker-compose.prod.yml of main after the pull")),
                 qPrintable(confirm->text()));
        QTest::keyClick(confirm, Qt::Key_Escape); // the safe answer: nothing runs
        QTRY_VERIFY_WITH_TIMEOUT(!confirm->isVisible(), 5000);
    }

    void overriddenDeployIsRecordedInRed()
    {
        const QString sha = m_droplet.commitAndPush(QStringLiteral("app.txt"), QStringLiteral("override"), QStringLiteral("override"));
        m_registry.pushImage(QStringLiteral("qualitymaterial/stratum-sports-backend"), sha);
        m_registry.pushImage(QStringLiteral("qualitymaterial/stratum-sports-frontend"), sha);
        GatesFixture::serveRedCi(m_github, sha); // and no checklist was worked through
        QWidget *deploy = page(QStringLiteral("DeployPage"));
        auto *shaEdit = deploy->findChild<QLineEdit *>(QStringLiteral("shaEdit"));
        auto *button = deploy->findChild<QPushButton *>(QStringLiteral("deployButton"));
        shaEdit->clear();
        QTest::keyClicks(shaEdit, sha);
        QTRY_VERIFY_WITH_TIMEOUT(deploy->findChild<QLabel *>(QStringLiteral("blockedReasonLabel"))->text().startsWith(QLatin1String("Gates not met")), 15000);
        deploy->findChild<QCheckBox *>(QStringLiteral("overrideGatesCheck"))->setChecked(true);
        QTest::keyClicks(deploy->findChild<QLineEdit *>(QStringLiteral("overrideReasonEdit")), QStringLiteral("CI runners down, hotfix for the login outage"));
        QVERIFY(button->isEnabled());
        QVERIFY(button->styleSheet().contains(QLatin1String("#c0392b")));
        QTest::mouseClick(button, Qt::LeftButton);
        QMessageBox *confirm = waitForDialog(QStringLiteral("confirmDialog"));
        QVERIFY2(confirm->text().contains(QLatin1String("GATES OVERRIDDEN (CI runners down")), qPrintable(confirm->text()));
        QCOMPARE(confirm->icon(), QMessageBox::Warning);
        // Production, unmistakable: the role in the title and, in red, above the question.
        QVERIFY2(confirm->windowTitle().startsWith(QStringLiteral("PRODUCTION — ")), qPrintable(confirm->windowTitle()));
        QVERIFY(confirm->informativeText().contains(QLatin1String("#c62828")));
        saveScreenshot(confirm, QStringLiteral("production-confirm-dialog"));
        QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
        // Overridden gates on production: the target's short SHA is typed before it runs.
        QInputDialog *typed = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((typed = m_window->findChild<QInputDialog *>(QStringLiteral("typedConfirmDialog"))) && typed->isVisible(), 10000);
        QVERIFY2(typed->labelText().contains(sha.left(12)), qPrintable(typed->labelText()));
        QPushButton *ok = nullptr;
        for (QPushButton *candidate : typed->findChildren<QPushButton *>())
            if (candidate->text() == typed->okButtonText())
                ok = candidate;
        QVERIFY(ok && !ok->isEnabled());
        auto *typedEdit = typed->findChild<QLineEdit *>();
        QTest::keyClicks(typedEdit, sha.left(11));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!m_world.lockIsHeld()); // nothing runs before it is typed
        QTest::keyClicks(typedEdit, sha.mid(11, 1));
        QVERIFY(ok->isEnabled());
        saveScreenshot(typed, QStringLiteral("typed-sha-confirm"));
        QTest::mouseClick(ok, Qt::LeftButton);
        auto *result = deploy->findChild<QLabel *>(QStringLiteral("resultLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Done")) || result->text().contains(QLatin1String("failed")), 60000);
        QVERIFY2(result->text().startsWith(QLatin1String("Done")), qPrintable(result->text()));
        auto *console = deploy->findChild<ConsoleView *>(QStringLiteral("deployConsole"));
        console->flush();
        QVERIFY(console->transcript().contains(QLatin1String("GATES OVERRIDDEN")));
        std::optional<ReleaseLog> log;
        m_core->vault()->loadReleaseLog(m_core->profile().id, this, [&](const Vault::Result<ReleaseLog> &r) { log = r.value; });
        QTRY_VERIFY_WITH_TIMEOUT(log.has_value(), 15000);
        QCOMPARE(log->latest(sha)->gateOverride, QStringLiteral("CI runners down, hotfix for the login outage"));
        deploy->findChild<QCheckBox *>(QStringLiteral("overrideGatesCheck"))->setChecked(false);
    }

    // The way back as the operator at 2 a.m. takes it: from the Overview, one click on
    // "Roll back to …" and one on the confirmation (plus the tick when the rollback crosses a
    // migration); then the pin is offered, and a forward deploy is refused while it holds.
    void rollbackInTwoClicksFromTheOverview()
    {
        const QString good = m_droplet.commitAndPush(QStringLiteral("app.txt"), QStringLiteral("good"), QStringLiteral("good release"));
        const QString broken = m_droplet.commitAndPush(QStringLiteral("backend/alembic/versions/0042_add_plans.py"),
                                                       QStringLiteral("revision = '0042'\n"), QStringLiteral("add plans (broken checkout)"));
        QVERIFY(m_droplet.fetchOnDroplet());
        for (const QString &sha : {good, broken}) {
            m_registry.pushImage(QStringLiteral("qualitymaterial/stratum-sports-backend"), sha);
            m_registry.pushImage(QStringLiteral("qualitymaterial/stratum-sports-frontend"), sha);
        }
        QByteArray ps;
        for (const char *service : {"backend", "worker", "frontend"})
            ps += QStringLiteral(R"({"Service":"%1","Name":"stratum-%1-1","Image":"ghcr.io/qualitymaterial/stratum-sports-%2:%3","State":"running","Status":"Up 3 minutes"})")
                      .arg(QLatin1String(service), QLatin1String(qstrcmp(service, "frontend") ? "backend" : "frontend"), broken).toUtf8() + '\n';
        m_sshd.setDockerOutput(QStringLiteral("compose-ps"), ps);
        std::optional<KeychainError> saved;
        m_core->vault()->updateReleaseLog(m_core->profile().id, [&](ReleaseLog &log) {
            log.markKnownGood(good, QStringLiteral("ana@mac"), {}, QStringLiteral("smoke passed"));
        }, this, [&](const KeychainError &e) { saved = e; });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value() && saved->ok(), 15000);
        GatesFixture::serveRedCi(m_github, good); // CI red and no checklist: the rollback does not care

        // The app has just come up: what runs is read without asking.
        m_window->status()->refresh();
        QWidget *overview = page(QStringLiteral("OverviewPage"));
        auto *rollback = overview->findChild<QPushButton *>(QStringLiteral("rollbackLastGoodButton"));
        QTRY_VERIFY_WITH_TIMEOUT(rollback->isEnabled() && rollback->text().startsWith(u"Roll back to " + good.left(7) + u" — known-good since"),
                                 20000);
        auto *strip = m_window->findChild<QLabel *>(QStringLiteral("headlineLabel"));
        QVERIFY2(strip->text().contains(broken.left(7)) && strip->text().contains(QLatin1String("not known-good")), qPrintable(strip->text()));
        // The shim droplet keeps no images: the way back would need the registry, and the button says so.
        QVERIFY2(rollback->toolTip().contains(QLatin1String("gone from the droplet: a rollback to it needs the registry")),
                 qPrintable(rollback->toolTip()));
        QVERIFY(!rollback->icon().isNull());
        QVERIFY(overview->findChild<QLabel *>(QStringLiteral("deployedLabel"))->text().contains(QLatin1String("a rollback to it needs the registry")));

        int clicks = 0;
        QElapsedTimer clickToConfirm;
        clickToConfirm.start();
        QTest::mouseClick(rollback, Qt::LeftButton);
        ++clicks;
        QMessageBox *confirm = waitForDialog(QStringLiteral("confirmDialog"));
        const QString text = confirm->text();
        QVERIFY2(text.contains(QLatin1String("Allowed as a known-good rollback")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("CI is not green"))); // for information
        QVERIFY(text.contains(QLatin1String("CROSSES 1 DATABASE MIGRATION")));
        QVERIFY(text.contains(QLatin1String("0042_add_plans.py")));
        auto *go = confirm->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        auto *tick = confirm->findChild<QCheckBox *>(QStringLiteral("requiredTick"));
        QVERIFY(tick);
        QVERIFY2(!go->isEnabled(), "a rollback across a migration is not confirmed without the tick");
        saveScreenshot(confirm, QStringLiteral("rollback-confirm-dialog"));
        tick->click();
        QVERIFY(go->isEnabled());
        QTest::mouseClick(go, Qt::LeftButton);
        ++clicks;
        QCOMPARE(clicks, 2);
        QElapsedTimer confirmedToDone;
        confirmedToDone.start();
        auto *result = page(QStringLiteral("DeployPage"))->findChild<QLabel *>(QStringLiteral("resultLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Done")) || result->text().contains(QLatin1String("failed")), 60000);
        QVERIFY2(result->text().startsWith(QLatin1String("Done")), qPrintable(result->text()));
        qInfo("clicks from the Overview to a confirmed rollback: %d (plus the migration tick); confirm to done: %lld ms (shim droplet)",
              clicks, confirmedToDone.elapsed());
        std::optional<ReleaseLog> log;
        m_core->vault()->loadReleaseLog(m_core->profile().id, this, [&](const Vault::Result<ReleaseLog> &r) { log = r.value; });
        QTRY_VERIFY_WITH_TIMEOUT(log.has_value(), 15000);
        QCOMPARE(log->entries().first().method, QStringLiteral("rollback"));
        QCOMPARE(log->entries().first().policy, QStringLiteral("known-good rollback"));

        // The pin is offered where the operator is, once what runs is the release rolled back to;
        // a forward deploy then meets it.
        ps.clear();
        for (const char *service : {"backend", "worker", "frontend"})
            ps += QStringLiteral(R"({"Service":"%1","Name":"stratum-%1-1","Image":"ghcr.io/qualitymaterial/stratum-sports-%2:%3","State":"running","Status":"Up 3 seconds"})")
                      .arg(QLatin1String(service), QLatin1String(qstrcmp(service, "frontend") ? "backend" : "frontend"), good).toUtf8() + '\n';
        m_sshd.setDockerOutput(QStringLiteral("compose-ps"), ps);
        m_window->status()->refresh();
        overview = page(QStringLiteral("OverviewPage"));
        auto *pin = overview->findChild<QPushButton *>(QStringLiteral("pinButton"));
        QTRY_VERIFY_WITH_TIMEOUT(pin->text().startsWith(QStringLiteral("Pin production at ") + good.left(7)), 20000);
        QTest::mouseClick(pin, Qt::LeftButton);
        QInputDialog *why = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((why = overview->findChild<QInputDialog *>(QStringLiteral("pinDialog"))) && why->isVisible(), 15000);
        why->setTextValue(QStringLiteral("0042 breaks checkout; fix forward first"));
        why->accept();
        QTRY_VERIFY_WITH_TIMEOUT(strip->text().contains(QLatin1String("pinned")), 20000);
        QVERIFY(strip->text().contains(QLatin1String("0042 breaks checkout")));
        QTRY_VERIFY_WITH_TIMEOUT(pin->text().startsWith(QLatin1String("Release the pin")), 20000);
        GatesFixture::serveGreenCi(m_github, broken); // its gates pass: only the pin stands in the way
        QVERIFY(GatesFixture::completeChecklists(m_core->vault(), m_core->profile(), broken));
        auto *deploy = qobject_cast<DeployPage *>(page(QStringLiteral("DeployPage")));
        deploy->startDeploy(broken);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("pinned to")), 30000);
        QVERIFY(result->text().contains(QLatin1String("0042 breaks checkout")));

        QTest::mouseClick(pin, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT((why = overview->findChild<QInputDialog *>(QStringLiteral("releasePinDialog"))) && why->isVisible(), 15000);
        why->setTextValue(QStringLiteral("fixed in the next release"));
        why->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!strip->text().contains(QLatin1String("pinned")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(pin->text().startsWith(QLatin1String("Pin production")), 20000);
        QVERIFY(!m_window->status()->status().guards.pin.pinned);
    }

    // The whole path without a mouse: ⌘K finds "Deploy over SSH", the SHA is typed, ⌘↩ deploys,
    // Tab reaches the confirmation's accept button (Enter alone would cancel: the safe default),
    // the watch offers ⌘Z, and ⌘Z rolls back to the known-good release that ran before.
    void deployWatchAndRollBackByKeysOnly()
    {
        const QString good = m_droplet.commitAndPush(QStringLiteral("app.txt"), QStringLiteral("keys good"), QStringLiteral("keys: good"));
        const QString next = m_droplet.commitAndPush(QStringLiteral("app.txt"), QStringLiteral("keys next"), QStringLiteral("keys: next"));
        QVERIFY(m_droplet.fetchOnDroplet());
        for (const QString &sha : {good, next}) {
            m_registry.pushImage(QStringLiteral("qualitymaterial/stratum-sports-backend"), sha);
            m_registry.pushImage(QStringLiteral("qualitymaterial/stratum-sports-frontend"), sha);
        }
        std::optional<KeychainError> saved;
        m_core->vault()->updateReleaseLog(m_core->profile().id, [&](ReleaseLog &log) {
            log.markKnownGood(good, QStringLiteral("ana@mac"), {}, QStringLiteral("smoke passed"));
        }, this, [&](const KeychainError &e) { saved = e; });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value() && saved->ok(), 15000);
        GatesFixture::serveGreenCi(m_github, next);
        QVERIFY(GatesFixture::completeChecklists(m_core->vault(), m_core->profile(), next));
        m_sshd.setDockerOutput(QStringLiteral("compose-ps"), composePs(good));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier); // read what runs now
        auto *strip = m_window->findChild<QLabel *>(QStringLiteral("headlineLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(strip->text().contains(good.left(12)), 20000);

        auto *palette = paletteByKeys();
        QVERIFY(palette);
        QTest::keyClicks(palette->findChild<QLineEdit *>(QStringLiteral("queryEdit")), QStringLiteral("deploy over ssh"));
        QTest::keyClick(palette->findChild<QLineEdit *>(QStringLiteral("queryEdit")), Qt::Key_Return);
        auto *deploy = page(QStringLiteral("DeployPage"));
        auto *shaEdit = deploy->findChild<QLineEdit *>(QStringLiteral("shaEdit"));
        QTRY_VERIFY(shaEdit->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), next.left(12));
        auto *button = deploy->findChild<QPushButton *>(QStringLiteral("deployButton"));
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 15000);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // ⌘↩ works from anywhere on the page
        QVERIFY(!shaEdit->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        auto *result = deploy->findChild<QLabel *>(QStringLiteral("resultLabel"));
        QMessageBox *confirmDeploy = waitForDialog(QStringLiteral("confirmDialog"));
        QVERIFY(confirmDeploy);
        acceptByKeys(confirmDeploy);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Done")) || result->text().contains(QLatin1String("failed")), 60000);
        QVERIFY2(result->text().startsWith(QLatin1String("Done")), qPrintable(result->text()));

        // The droplet runs it now; the watch is on and offers ⌘Z.
        m_sshd.setDockerOutput(QStringLiteral("compose-ps"), composePs(next));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(strip->text().contains(next.left(12)), 20000);
        auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoDeployAction"));
        QTRY_VERIFY(undo->isEnabled() && undo->text().contains(next.left(12)));
        QVERIFY(page(QStringLiteral("OverviewPage"))->findChild<QProgressBar *>(QStringLiteral("watchProgress"))->maximum() > 0);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QMessageBox *confirm = waitForDialog(QStringLiteral("confirmDialog"));
        QVERIFY2(confirm->text().contains(QStringLiteral("target   ") + good.left(12)), qPrintable(confirm->text()));
        acceptByKeys(confirm);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Done")) || result->text().contains(QLatin1String("failed")), 60000);
        QVERIFY2(result->text().startsWith(QLatin1String("Done")), qPrintable(result->text()));
        std::optional<ReleaseLog> log;
        m_core->vault()->loadReleaseLog(m_core->profile().id, this, [&](const Vault::Result<ReleaseLog> &r) { log = r.value; });
        QTRY_VERIFY_WITH_TIMEOUT(log.has_value(), 15000);
        QCOMPARE(log->entries().first().method, QStringLiteral("rollback"));
        QCOMPARE(log->entries().first().sha, good);
        QVERIFY2(log->entries().first().note.contains(QLatin1String("undo of the deploy of ") + next.left(12)),
                 qPrintable(log->entries().first().note));
        QTRY_VERIFY(!undo->isEnabled()); // a rollback ends what ⌘Z offers
    }

    // Read-only (the Droplet menu, or --read-only): the strip says so, and a deploy is planned
    // but refused on the page with the reason; turned off, the badge goes.
    void readOnlyRefusesADeployOnScreen()
    {
        auto *roleBadge = m_window->findChild<QLabel *>(QStringLiteral("roleBadge"));
        QTRY_VERIFY(roleBadge->isVisibleTo(m_window.get()));
        QCOMPARE(roleBadge->text(), QStringLiteral("PRODUCTION"));
        QVERIFY(roleBadge->styleSheet().contains(QLatin1String("#c62828")));
        QVERIFY2(m_window->windowTitle().contains(QLatin1String("PRODUCTION")), qPrintable(m_window->windowTitle()));
        auto *readOnly = m_window->findChild<QAction *>(QStringLiteral("readOnlyAction"));
        QVERIFY(readOnly && readOnly->isCheckable() && !readOnly->isChecked());
        auto *badge = m_window->findChild<QLabel *>(QStringLiteral("readOnlyBadge"));
        QVERIFY(!badge->isVisibleTo(m_window.get()));
        readOnly->trigger();
        QVERIFY(badge->isVisibleTo(m_window.get()));
        QVERIFY(m_window->services().lane()->readOnly());

        const QString sha = m_droplet.commitAndPush(QStringLiteral("app.txt"), QStringLiteral("watched"), QStringLiteral("watched only"));
        auto *deploy = qobject_cast<DeployPage *>(page(QStringLiteral("DeployPage")));
        // The buttons say it before anything is planned; the lane refuses all the same.
        auto *deployButton = deploy->findChild<QPushButton *>(QStringLiteral("deployButton"));
        QVERIFY(!deployButton->isEnabled());
        QVERIFY2(deployButton->toolTip().contains(QLatin1String("read-only mode")), qPrintable(deployButton->toolTip()));
        QVERIFY(!deploy->findChild<QPushButton *>(QStringLiteral("restartEnvButton"))->isEnabled());
        // The ways back are shown but greyed, with the reason: on the Overview, the Releases page and the menu.
        auto *wayBack = page(QStringLiteral("OverviewPage"))->findChild<QPushButton *>(QStringLiteral("rollbackLastGoodButton"));
        QVERIFY(!wayBack->isEnabled());
        QVERIFY2(wayBack->toolTip().contains(QLatin1String("read-only mode")), qPrintable(wayBack->toolTip()));
        QVERIFY(!page(QStringLiteral("OverviewPage"))->findChild<QPushButton *>(QStringLiteral("pinButton"))->isEnabled());
        QVERIFY(!page(QStringLiteral("ReleasesPage"))->findChild<QPushButton *>(QStringLiteral("rollbackButton"))->isEnabled());
        auto *rollBackAction = m_window->findChild<QAction *>(QStringLiteral("rollBackAction"));
        QVERIFY(!rollBackAction->isEnabled());
        QVERIFY2(rollBackAction->toolTip().contains(QLatin1String("read-only mode")), qPrintable(rollBackAction->toolTip()));
        deploy->startDeploy(sha);
        auto *result = deploy->findChild<QLabel *>(QStringLiteral("resultLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("read-only mode")), 30000);
        QVERIFY(!m_world.lockIsHeld());
        saveScreenshot(m_window.get(), QStringLiteral("read-only-strip"));

        readOnly->trigger();
        QVERIFY(!badge->isVisibleTo(m_window.get()));
        QVERIFY(!m_window->services().lane()->readOnly());
        QVERIFY(wayBack->isEnabled()); // the known-good release from the tests before is a way back again
        QVERIFY(rollBackAction->isEnabled());
    }

    // Another app (here stratumctl) dies while its compose up goes on on the droplet. The next
    // look at what runs, as the window's start makes it, records the step's true result, frees
    // the lock, says so in the status bar and shows the release on the Releases page; once.
    void aChangeWhoseAppDiedIsRecordedAtTheNextLook()
    {
        const QString sha = m_droplet.commitAndPush(QStringLiteral("app.txt"), QStringLiteral("orphan"), QStringLiteral("orphan"));
        m_world.pushImages(sha);
        QVERIFY(m_world.passGates(m_core->vault(), sha));
        const QString abandoned = m_world.abandonDeployDuringComposeUp(m_profilePath, sha);
        QVERIFY2(abandoned.isEmpty(), qPrintable(abandoned));

        m_window->status()->refresh();
        const QString said = QLatin1String("recorded an earlier ssh of ") + sha.left(12);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(said), 30000);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("it succeeded")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(!m_world.lockIsHeld());
        QVERIFY(!m_window->status()->status().guards.lock.held);
        auto *releases = qobject_cast<ReleasesPage *>(page(QStringLiteral("ReleasesPage")));
        QTRY_VERIFY_WITH_TIMEOUT(releases->model()->log().latest(sha).has_value(), 15000);
        QCOMPARE(releases->model()->log().latest(sha)->result, QStringLiteral("success"));

        QTRY_VERIFY_WITH_TIMEOUT(!m_window->status()->isReading(), 30000);
        QObject listener;
        std::optional<QStringList> recordedAgain;
        connect(m_window->status(), &StatusCenter::statusChanged, &listener,
                [&recordedAgain](const DropletStatus &status) { recordedAgain = status.recorded; });
        m_window->status()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(recordedAgain.has_value(), 30000);
        QVERIFY2(recordedAgain->isEmpty(), "recorded once");
    }

    void diagnosticsShowContainersLogsAndCauses()
    {
        QWidget *diagnostics = page(QStringLiteral("DiagnosticsPage"));
        auto *host = diagnostics->findChild<QComboBox *>(QStringLiteral("hostCombo"));
        QTRY_COMPARE_WITH_TIMEOUT(host->currentData().toString(), QStringLiteral("production"), 10000);
        QTest::mouseClick(diagnostics->findChild<QPushButton *>(QStringLiteral("refreshButton")), Qt::LeftButton);
        auto *table = diagnostics->findChild<QTableWidget *>(QStringLiteral("psTable"));
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 3, 15000);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("backend"));
        QTest::mouseClick(diagnostics->findChild<QPushButton *>(QStringLiteral("logsButton")), Qt::LeftButton);
        auto *causes = diagnostics->findChild<QLabel *>(QStringLiteral("causesLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(causes->text().contains(QLatin1String("InvalidPasswordError")), 15000);
        QVERIFY(causes->text().contains(QLatin1String("POSTGRES_PASSWORD")));
        auto *console = diagnostics->findChild<ConsoleView *>(QStringLiteral("logsConsole"));
        console->flush();
        QVERIFY(console->transcript().contains(QLatin1String("ingestion cycle")));
        QVERIFY(!console->transcript().contains(QLatin1String("planted-jwt-secret-9c1e")));
        screenshot(QStringLiteral("diagnostics"));
    }

    // When it breaks: one button keeps the evidence, the summary reads on its own, nothing secret is inside.
    void incidentBundleFromDiagnostics()
    {
        QWidget *diagnostics = page(QStringLiteral("DiagnosticsPage"));
        auto *button = diagnostics->findChild<QPushButton *>(QStringLiteral("incidentButton"));
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 10000);
        QTest::mouseClick(button, Qt::LeftButton);
        QFileDialog *where = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((where = diagnostics->findChild<QFileDialog *>(QStringLiteral("incidentSaveDialog"))) && where->isVisible(),
                                 15000);
        QVERIFY2(where->selectedFiles().value(0).contains(QLatin1String("stratum-incident-production-")),
                 qPrintable(where->selectedFiles().value(0)));
        const QString path = worldDir() + QStringLiteral("/incident-from-the-gui.tar.gz");
        where->selectFile(path);
        static_cast<QDialog *>(where)->accept(); // the same as Save
        QDialog *summary = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((summary = diagnostics->findChild<QDialog *>(QStringLiteral("incidentSummaryDialog"))) && summary->isVisible(),
                                 60000);
        const QString text = summary->findChild<QTextBrowser *>(QStringLiteral("summaryView"))->toPlainText();
        QVERIFY2(text.contains(QLatin1String("Incident on production")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Database authentication fails (InvalidPasswordError)")));
        QVERIFY(diagnostics->findChild<QLabel *>(QStringLiteral("incidentLabel"))->text().contains(QLatin1String("show the folder")));
        summary->resize(900, 700);
        saveScreenshot(summary, QStringLiteral("incident-summary"));
        QFile archive(path);
        QVERIFY(archive.open(QIODevice::ReadOnly));
        const QByteArray tar = gzipDecompress(archive.readAll());
        QVERIFY(tar.contains("summary.md") && tar.contains("logs/backend.log"));
        for (const QByteArray &secret : {ghcrToken.toUtf8(), QByteArray("planted-jwt-secret-9c1e"), QByteArray("planted-pg-pass-31"),
                                        QByteArray("sk_live_plantedLiveKey123")}) {
            QVERIFY2(!tar.contains(secret), secret.constData());
            QVERIFY(!tar.contains(secret.toBase64()));
        }
        summary->close();
    }

    void consoleStaysBoundedOnHugeOutput()
    {
        auto *console = m_window->findChild<ConsoleView *>(QStringLiteral("packsConsole"));
        console->setScrollback(1000);
        const QByteArray line(120, 'x');
        QByteArray block;
        for (int i = 0; i < 1000; ++i)
            block += line + '\n';
        for (int i = 0; i < 200; ++i) // 24 MB in 200 reads
            console->appendOutput(block, false);
        QVERIFY(console->pendingBytes() <= 8 * 1024 * 1024);
        console->flush();
        QVERIFY(console->transcript().count(QLatin1Char('\n')) <= 1001);
        QCOMPARE(console->bytesTakenIn(), qint64(200) * block.size());
    }

    // What Compose writes for a terminal shows as text: no ESC[2K, no colours, even when a
    // sequence is cut between two reads; a secret that a sequence interrupts is still masked.
    void consoleShowsTerminalOutputAsText()
    {
        auto *console = m_window->findChild<ConsoleView *>(QStringLiteral("packsConsole"));
        console->clear();
        console->appendOutput("\x1b[2Kworker-1  | \x1b[1;31mERROR\x1b[0m cycle failed\n\x1b", false);
        console->flush(); // the cut sequence waits for its end
        console->appendOutput("[2Kworker-1  | token ghp_GuiDeploy\x1b[0mTestToken0123456789abcdefgh\n", false);
        console->flush();
        const QString transcript = console->transcript();
        QVERIFY2(transcript.contains(QLatin1String("worker-1  | ERROR cycle failed\nworker-1  | token ***")), qPrintable(transcript));
        QVERIFY(!transcript.contains(QChar(0x1b)));
        QVERIFY(!transcript.contains(QLatin1String("[2K")));
        QVERIFY(!transcript.contains(ghcrToken));
    }
};

QTEST_MAIN(TestDeployPage)
#include "tst_deploypage.moc"
