// The rehearsal from the windows, as `stratum-deploy --rehearsal` opens it: the window
// starts the rehearsal itself, says REHEARSAL (title, status strip), opens on a healthy
// known-good release; the Rehearse menu stages the never-ready deploy, and the way
// back is two clicks on the Overview (Roll back, Confirm); the rehearsal then shows the
// recovery it timed. Screenshots: the rehearsal's Overview and a recovery.
#include "Screenshot.h"
#include "TestWorld.h"

#include "core/app/CoreContext.h"
#include "core/app/Startup.h"
#include "core/platform/AppIdentity.h"
#include "core/rehearsal/RehearsalControl.h"
#include "core/standin/LocalDroplet.h"
#include "gui/deploy/DeployPage.h"
#include "gui/mainwindow/MainWindow.h"
#include "gui/rehearsal/Rehearsal.h"
#include "gui/status/StatusCenter.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace Stratum;
using namespace StratumTest;

class TestRehearsalGui : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<CoreContext> m_core;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<RehearsalStarter> m_starter;

    QLabel *strip() const { return m_window->findChild<QLabel *>(QStringLiteral("headlineLabel")); }
    QMessageBox *waitForBox(const QString &name, int timeoutMs = 120000)
    {
        QMessageBox *box = nullptr;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT((box = m_window->findChild<QMessageBox *>(name)) && box->isVisible(), timeoutMs);
        }();
        return box;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString reason = LocalDroplet::cannotStartReason();
        if (!reason.isEmpty()) {
            skipWholeTestUnlessCi(QStringLiteral("the rehearsal cannot start here: ") + reason);
            QFAIL(qPrintable(reason + QStringLiteral(" (CI=true: it must run)")));
        }
        // The window finds the supervisor (stratumctl) beside it or on PATH, as an installed app does.
        qputenv("PATH", QByteArray(QFileInfo(qEnvironmentVariable("STRATUMCTL")).absolutePath().toUtf8() + ':' + qgetenv("PATH")));
        AppIdentity::setRehearsal(true);
        Startup::identify();
        m_core = std::make_unique<CoreContext>();
        QVERIFY(m_core->loadProfile());
    }

    void theWindowStartsTheRehearsalAndSaysSo()
    {
        std::optional<std::pair<bool, QString>> started;
        m_starter = std::make_unique<RehearsalStarter>(*m_core);
        m_starter->start([&started](bool ok, const QString &message) { started = {ok, message}; });
        QTRY_VERIFY_WITH_TIMEOUT(started.has_value(), 180000);
        QVERIFY2(started->first, qPrintable(started->second));
        QVERIFY(m_core->loadProfile());
        QCOMPARE(m_core->profile().id, QStringLiteral("stratum-sports-rehearsal"));
        m_window = std::make_unique<MainWindow>(*m_core);
        m_window->resize(1180, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY2(m_window->windowTitle().startsWith(u"REHEARSAL — "), qPrintable(m_window->windowTitle()));
        auto *badge = m_window->findChild<QLabel *>(QStringLiteral("rehearsalBadge"));
        QVERIFY(badge && badge->isVisible() && badge->text() == QLatin1String("REHEARSAL"));
        QVERIFY(badge->styleSheet().contains(rehearsalColour().name()));
        const QString seeded = RehearsalControl::readState().running;
        QTRY_VERIFY_WITH_TIMEOUT(strip()->text().contains(seeded.left(7)) && strip()->text().contains(QLatin1String("known-good"))
                                     && !strip()->text().contains(QLatin1String("not known-good")),
                                 30000);
        m_window->showPage(QStringLiteral("OverviewPage"));
        QTest::qWait(1500); // health's first round
        saveScreenshot(m_window.get(), QStringLiteral("rehearsal-overview"));
    }

    void neverReadyFromTheMenuThenTwoClicksBack()
    {
        QVERIFY2(m_window, "the window did not open on the rehearsal");
        const RehearsalState before = RehearsalControl::readState();
        auto *menu = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("rehearseMenu"));
        QVERIFY(menu);
        auto *neverReady = menu->findChild<QAction *>(QStringLiteral("scenario-never-ready"));
        QVERIFY(neverReady);
        neverReady->trigger();
        QMessageBox *staged = waitForBox(QStringLiteral("scenarioDialog"));
        QVERIFY2(staged->text().contains(QLatin1String("Production is red")), qPrintable(staged->text()));
        staged->close();
        const QString bad = before.releaseOfKind(ReleaseKind::NeverReady);
        m_window->status()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(strip()->text().contains(bad.left(7)), 30000);

        // The way back: two clicks.
        QWidget *overview = m_window->showPage(QStringLiteral("OverviewPage"));
        auto *rollback = overview->findChild<QPushButton *>(QStringLiteral("rollbackLastGoodButton"));
        QTRY_VERIFY_WITH_TIMEOUT(rollback->isEnabled() && rollback->text().startsWith(u"Roll back to " + before.running.left(7)), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(overview->findChild<QPushButton *>(QStringLiteral("refreshDeployedButton"))->isEnabled(), 30000);
        saveScreenshot(m_window.get(), QStringLiteral("rehearsal-production-red"));
        QTest::mouseClick(rollback, Qt::LeftButton);
        QMessageBox *confirm = waitForBox(QStringLiteral("confirmDialog"));
        QVERIFY2(confirm->text().contains(QLatin1String("Allowed as a known-good rollback")), qPrintable(confirm->text()));
        QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);

        // The rehearsal times it and says so.
        QMessageBox *recovered = waitForBox(QStringLiteral("recoveryDialog"));
        QVERIFY2(recovered->text().contains(QLatin1String("Recovered from never-ready in"))
                     && recovered->text().contains(QLatin1String("healthy again on ") + before.running.left(7)),
                 qPrintable(recovered->text()));
        QVERIFY2(recovered->text().contains(QLatin1String("rollback")), qPrintable(recovered->text()));
        saveScreenshot(recovered, QStringLiteral("rehearsal-recovery"));
        const RehearsalState after = RehearsalControl::readState();
        QVERIFY(after.lastRecovery && after.lastRecovery->scenario == QLatin1String("never-ready"));
        qInfo("recovery from the windows: %.1f s", after.lastRecovery->seconds());
        recovered->close();
    }

    // Another operator's change went away and left the deploy lock behind: the Releases page shows
    // who holds it and since when, and breaks it only with a reason and a confirmation.
    void aLockLeftBehindIsShownAndBrokenWithAReason()
    {
        QVERIFY2(m_window, "the window did not open on the rehearsal");
        const QString lockDir = m_core->profile().droplet.lockDir; // the rehearsal's droplet is this machine
        const QString token = QStringLiteral("0f0e0d0c-dada-4000-8000-000000000001");
        const QByteArray info = QJsonDocument(QJsonObject{
            {QStringLiteral("holder"), QStringLiteral("dana@studio")}, {QStringLiteral("machine"), QStringLiteral("studio")},
            {QStringLiteral("since"), QStringLiteral("2026-12-06T03:12:00Z")}, {QStringLiteral("sha"), QString(40, QLatin1Char('1'))},
            {QStringLiteral("reason"), QStringLiteral("hotfix")}, {QStringLiteral("token"), token},
            {QStringLiteral("method"), QStringLiteral("ssh")}, {QStringLiteral("leaseSeconds"), 400},
            {QStringLiteral("steps"), QJsonArray{QStringLiteral("compose up")}}}).toJson(QJsonDocument::Compact);
        QVERIFY(QDir().mkpath(lockDir + QStringLiteral("/deploy.lock")));
        QVERIFY(QDir().mkpath(lockDir + QStringLiteral("/changes/") + token));
        const QStringList records{lockDir + QStringLiteral("/deploy.lock/info"),
                                  lockDir + QStringLiteral("/changes/") + token + QStringLiteral("/change.json")};
        for (const QString &path : records) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(info + '\n');
        }
        QWidget *releases = m_window->showPage(QStringLiteral("ReleasesPage"));
        QVERIFY(releases);
        QMetaObject::invokeMethod(releases, "reload");
        auto *frame = releases->findChild<QWidget *>(QStringLiteral("lockFrame"));
        auto *label = releases->findChild<QLabel *>(QStringLiteral("lockLabel"));
        auto *reason = releases->findChild<QLineEdit *>(QStringLiteral("lockReasonEdit"));
        auto *breakButton = releases->findChild<QPushButton *>(QStringLiteral("breakLockButton"));
        QVERIFY(frame && label && reason && breakButton);
        QTRY_VERIFY_WITH_TIMEOUT(frame->isVisible() && label->text().contains(QLatin1String("dana@studio")), 30000);
        QVERIFY2(label->text().contains(QLatin1String("nothing of its change runs")), qPrintable(label->text()));
        QVERIFY(!breakButton->isEnabled()); // not without a reason
        QTest::keyClicks(reason, QStringLiteral("dana's laptop died mid-deploy"));
        QVERIFY(breakButton->isEnabled());
        // The strip agrees with the page: it read "lock free" before the lock was left behind.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->status()->status().guards.lock.held && !m_window->status()->isReading(), 30000);
        saveScreenshot(m_window.get(), QStringLiteral("releases-lock-left-behind"));
        QTest::mouseClick(breakButton, Qt::LeftButton);
        QMessageBox *confirm = waitForBox(QStringLiteral("breakLockDialog"), 10000);
        QVERIFY2(confirm->text().contains(QLatin1String("dana@studio")), qPrintable(confirm->text()));
        QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!frame->isVisible(), 30000);
        QVERIFY(!QFileInfo::exists(lockDir + QStringLiteral("/deploy.lock")));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        if (!m_core)
            return;
        RehearsalControl control(*m_core);
        bool stopped = false;
        control.stop([&stopped](const RehearsalControl::Outcome &) { stopped = true; });
        QTRY_VERIFY_WITH_TIMEOUT(stopped, 40000);
    }
};

QTEST_MAIN(TestRehearsalGui)
#include "tst_rehearsal_gui.moc"
