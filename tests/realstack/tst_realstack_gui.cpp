// The pages against a real Docker Compose droplet (DeployWorld with the real
// engine): a deploy from the Deploy page, then the way back from the Overview's
// one-click rollback, each checked by what the droplet's daemon really runs,
// the status strip, the release log and the lock. The scenarios build on each
// other: they run in the order they are written.
#include "DeployWorld.h"
#include "Screenshot.h"
#include "TestWorld.h"

#include "gui/console/ConsoleView.h"

#include "gui/deploy/DeployPage.h"
#include "gui/mainwindow/MainWindow.h"
#include "gui/status/StatusCenter.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Stratum;
using namespace StratumTest;

namespace {
const QByteArray ghcrToken = "ghp_RealStackGuiGhcrToken0123456789abcdef";
const QStringList services{QStringLiteral("backend"), QStringLiteral("worker"), QStringLiteral("frontend")};
}

class TestRealStackGui : public QObject
{
    Q_OBJECT
private:
    DeployWorld m_world{ghcrToken, "github_pat_11REALSTACKGUI_0123456789abcdef", DeployWorld::Engine::RealDocker};
    std::unique_ptr<CoreContext> m_core;
    std::unique_ptr<MainWindow> m_window;
    QString m_first;
    QString m_second;

    QString running(const QString &service) { return m_world.docker().imageOf(service).section(QLatin1Char(':'), -1); }
    bool allRun(const QString &sha)
    {
        for (const QString &service : services) {
            if (running(service) != sha)
                return false;
        }
        return true;
    }

    QString release(const QString &name)
    {
        const QString sha = m_world.droplet().commitAndPush(QStringLiteral("app.txt"), name, name);
        [&] {
            QVERIFY(!sha.isEmpty());
            QVERIFY2(!m_world.pushImages(sha).isEmpty(), qPrintable(m_world.docker().errorString()));
            QVERIFY(m_world.passGates(m_core->vault(), sha));
        }();
        return sha;
    }

    ReleaseLog releaseLog()
    {
        std::optional<ReleaseLog> loaded;
        m_core->vault()->loadReleaseLog(m_core->profile().id, this, [&](const Vault::Result<ReleaseLog> &r) { loaded = r.value; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 15000); }();
        return loaded.value_or(ReleaseLog());
    }

    QMessageBox *waitForConfirmation()
    {
        QMessageBox *box = nullptr;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT((box = m_window->findChild<QMessageBox *>(QStringLiteral("confirmDialog"))) && box->isVisible(), 60000);
        }();
        return box;
    }

    // The Deploy page's result line once the change has ended.
    QString waitForResult()
    {
        auto *result = m_window->findChild<DeployPage *>()->findChild<QLabel *>(QStringLiteral("resultLabel"));
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Done")) || result->text().contains(QLatin1String("failed")), 120000);
        }();
        return result->text();
    }

    QLabel *strip() const { return m_window->findChild<QLabel *>(QStringLiteral("headlineLabel")); }

    // Types the SHA on the Deploy page, waits for the gates to open, clicks Deploy and confirms.
    void deployFromThePage(const QString &sha, const QString &expectedCurrent)
    {
        QWidget *deploy = m_window->showPage(QStringLiteral("DeployPage"));
        auto *method = deploy->findChild<QComboBox *>(QStringLiteral("methodCombo"));
        method->setCurrentIndex(method->findData(QStringLiteral("ssh")));
        auto *host = deploy->findChild<QComboBox *>(QStringLiteral("hostCombo"));
        QTRY_COMPARE_WITH_TIMEOUT(host->currentData().toString(), QStringLiteral("droplet"), 15000);
        auto *shaEdit = deploy->findChild<QLineEdit *>(QStringLiteral("shaEdit"));
        auto *button = deploy->findChild<QPushButton *>(QStringLiteral("deployButton"));
        shaEdit->clear();
        QTest::keyClicks(shaEdit, sha.left(10));
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20000);
        QTest::mouseClick(button, Qt::LeftButton);
        QMessageBox *confirm = waitForConfirmation();
        QVERIFY(confirm);
        QVERIFY2(confirm->text().contains(QStringLiteral("current  ") + expectedCurrent), qPrintable(confirm->text()));
        QVERIFY2(confirm->text().contains(QStringLiteral("target   ") + sha.left(12)), qPrintable(confirm->text()));
        QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
        const QString result = waitForResult();
        QVERIFY2(result.startsWith(QLatin1String("Done")), qPrintable(result));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_world.startOrSkip(), qPrintable(m_world.errorString()));
        const QString profilePath = m_world.writeProfile(QStringLiteral("realstack-gui-profile.json"), [](QJsonObject &root) {
            setProfileField(root, QStringLiteral("health"), QStringLiteral("pollIntervalSeconds"), 2);
            setProfileField(root, QStringLiteral("health"), QStringLiteral("watchWindowSeconds"), 5);
        });
        m_core = std::make_unique<CoreContext>();
        QVERIFY(m_core->loadProfile(profilePath));
        QVERIFY(m_world.storeCredentials(m_core->vault(), QStringLiteral("droplet")));
        m_window = std::make_unique<MainWindow>(*m_core);
        m_window->resize(1180, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void deployFromTheDeployPage()
    {
        // A first release on the empty droplet, then a second one over it: both from the page.
        m_first = release(QStringLiteral("first release from the page"));
        deployFromThePage(m_first, QStringLiteral("unknown")); // nothing ran before
        QVERIFY(allRun(m_first));
        m_second = release(QStringLiteral("second release from the page"));
        deployFromThePage(m_second, m_first);
        QVERIFY(allRun(m_second));
        QVERIFY(!m_world.lockIsHeld());
        const ReleaseEntry entry = *releaseLog().latest(m_second);
        QCOMPARE(entry.result, QStringLiteral("success"));
        QCOMPARE(entry.method, QStringLiteral("ssh"));
        QCOMPARE(entry.policy, QStringLiteral("forward gates passed"));
        // The strip reads what really runs after the change: the second release, not yet known-good.
        QTRY_VERIFY_WITH_TIMEOUT(strip()->text().contains(m_second.left(7)) && strip()->text().contains(QLatin1String("not known-good")),
                                 30000);
    }

    void rollbackFromTheOverview()
    {
        std::optional<KeychainError> saved;
        m_core->vault()->updateReleaseLog(m_core->profile().id, [this](ReleaseLog &log) {
            log.markKnownGood(m_first, QStringLiteral("ops@mac"), {}, QStringLiteral("smoke passed on the real stack"));
        }, this, [&saved](const KeychainError &e) { saved = e; });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value() && saved->ok(), 15000);
        m_window->status()->refresh();

        QWidget *overview = m_window->showPage(QStringLiteral("OverviewPage"));
        auto *rollback = overview->findChild<QPushButton *>(QStringLiteral("rollbackLastGoodButton"));
        QTRY_VERIFY_WITH_TIMEOUT(rollback->isEnabled() && rollback->text().startsWith(u"Roll back to " + m_first.left(7)), 30000);
        // What the operator sees: what runs read (Refresh enabled again), then the one click.
        QTRY_VERIFY_WITH_TIMEOUT(overview->findChild<QPushButton *>(QStringLiteral("refreshDeployedButton"))->isEnabled(), 30000);
        // The real droplet still has the known-good release's images: no registry needed, no warning.
        QVERIFY2(rollback->toolTip().contains(QLatin1String("needs no registry")), qPrintable(rollback->toolTip()));
        QVERIFY(rollback->icon().isNull());
        saveScreenshot(m_window.get(), QStringLiteral("overview-rollback"));
        QTest::mouseClick(rollback, Qt::LeftButton);
        QMessageBox *confirm = waitForConfirmation();
        QVERIFY(confirm);
        QVERIFY2(confirm->text().contains(QLatin1String("Allowed as a known-good rollback")), qPrintable(confirm->text()));
        QVERIFY2(confirm->text().contains(QStringLiteral("current  ") + m_second), qPrintable(confirm->text()));
        QVERIFY2(confirm->text().contains(QLatin1String("the registry is not needed")), qPrintable(confirm->text()));
        QVERIFY2(confirm->text().contains(QLatin1String("compose file: docker-compose.prod.yml as committed in")), qPrintable(confirm->text()));
        saveScreenshot(confirm, QStringLiteral("rollback-confirm-no-registry"));
        QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
        const QString result = waitForResult();
        QVERIFY2(result.startsWith(QLatin1String("Done")), qPrintable(result));

        QVERIFY(allRun(m_first));
        QVERIFY(!m_world.lockIsHeld());
        const ReleaseEntry entry = releaseLog().entries().first();
        QCOMPARE(entry.sha, m_first);
        QCOMPARE(entry.method, QStringLiteral("rollback"));
        QCOMPARE(entry.result, QStringLiteral("success"));
        QVERIFY2(entry.policy.startsWith(QLatin1String("known-good rollback; images on the droplet")), qPrintable(entry.policy));
        QTRY_VERIFY_WITH_TIMEOUT(strip()->text().contains(m_first.left(7)) && strip()->text().contains(QLatin1String("known-good"))
                                     && !strip()->text().contains(QLatin1String("not known-good")),
                                 30000);
    }

    // The worker quotes the database password inside a URL and the ops token bare: the console
    // of the Diagnostics page shows neither (the droplet's env values were read when the session opened).
    void theConsoleShowsNoneOfTheDropletsSecrets()
    {
        QWidget *page = m_window->showPage(QStringLiteral("DiagnosticsPage"));
        auto *host = page->findChild<QComboBox *>(QStringLiteral("hostCombo"));
        QTRY_COMPARE_WITH_TIMEOUT(host->currentData().toString(), QStringLiteral("droplet"), 15000);
        auto *service = page->findChild<QComboBox *>(QStringLiteral("serviceCombo"));
        service->setCurrentIndex(service->findText(QStringLiteral("worker")));
        auto *tail = page->findChild<QSpinBox *>(QStringLiteral("tailSpin"));
        tail->setValue(tail->maximum());
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("logsButton")), Qt::LeftButton);
        auto *console = page->findChild<ConsoleView *>();
        QVERIFY(console);
        QTRY_VERIFY_WITH_TIMEOUT(console->transcript().contains(QLatin1String("ingestion cycle finished")), 30000);
        const QString shown = console->transcript();
        QVERIFY2(shown.contains(QLatin1String("postgresql://stratum:***@db/stratum, ops ***")), qPrintable(shown.left(800)));
        for (const char *secret : {"planted-pg-pass-31", "planted-ops-token-77ab", "planted-jwt-secret-9c1e"})
            QVERIFY2(!shown.contains(QLatin1String(secret)), secret);
    }

    void cleanupTestCase()
    {
        m_window.reset(); // its kept sessions close before the droplet goes away
    }
};

QTEST_MAIN(TestRealStackGui)
#include "tst_realstack_gui.moc"
