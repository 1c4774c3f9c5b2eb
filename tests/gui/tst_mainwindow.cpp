// The main window in a real window (Xvfb via harness/run-test.sh --gui),
// driven by objectName, against the real keychain of the test world.
#include "Screenshot.h"
#include "TestWorld.h"

#include "core/audit/AuditLog.h"
#include "gui/commandpacks/CommandBlockWidget.h"
#include "gui/commandpacks/CommandPacksPage.h"
#include "gui/console/ConsoleView.h"
#include "core/keychain/Vault.h"
#include "core/releases/ChecklistRecords.h"
#include "gui/mainwindow/MainWindow.h"
#include "gui/palette/CommandPalette.h"
#include "gui/releases/ReleasesPage.h"

#include <QAction>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Stratum;

namespace {
const QString typedToken = QStringLiteral("github_pat_11GUITESTSECRET_abcdef0123456789");
}

class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void openUrl(const QUrl &url) { urls << url; }
};

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<CoreContext> m_core;
    std::unique_ptr<MainWindow> m_window;

    QWidget *showPage(const QString &name) { return m_window->showPage(name); }

    QList<CommandBlockWidget *> visibleBlocks()
    {
        return m_window->findChild<QWidget *>(QStringLiteral("blocksContainer"))->findChildren<CommandBlockWidget *>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_core = std::make_unique<CoreContext>();
        QVERIFY(m_core->loadProfile());
        m_window = std::make_unique<MainWindow>(*m_core);
        m_window->resize(1180, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // The app's own start: the Overview paints first, the other pages come right after; a page
    // asked for sooner (a key, the palette, Preferences) is built then and there.
    void theOtherPagesAreBuiltAfterTheFirstPaint()
    {
        MainWindow window(*m_core, nullptr, MainWindow::PageBuilding::AfterFirstPaint);
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(pages->count(), 1);
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("DeployPage")));
        auto *list = window.findChild<QListWidget *>(QStringLiteral("pageList"));
        QCOMPARE(list->count(), 7); // every page is listed from the start
        window.show();
        QTRY_COMPARE(pages->count(), 7);
        QVERIFY(window.selfTestProblems().isEmpty());

        MainWindow asked(*m_core, nullptr, MainWindow::PageBuilding::AfterFirstPaint);
        QWidget *settings = asked.showPage(QStringLiteral("SettingsPage")); // before any paint
        QVERIFY(settings);
        QCOMPARE(settings->objectName(), QStringLiteral("SettingsPage"));
        QCOMPARE(asked.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(), settings);
    }

    void everyPageOpens_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("mustHave");
        QTest::addRow("overview") << "OverviewPage" << "healthGroup";
        QTest::addRow("checklists") << "ChecklistsPage" << "itemsTree";
        QTest::addRow("deploy") << "DeployPage" << "deployButton";
        QTest::addRow("releases") << "ReleasesPage" << "releasesView";
        QTest::addRow("command packs") << "CommandPacksPage" << "packTree";
        QTest::addRow("diagnostics") << "DiagnosticsPage" << "causesLabel";
        QTest::addRow("settings") << "SettingsPage" << "hostsTable";
    }

    void everyPageOpens()
    {
        QFETCH(QString, page);
        QFETCH(QString, mustHave);
        QWidget *shown = showPage(page);
        QVERIFY2(shown, qPrintable(page));
        QVERIFY(shown->isVisible());
        QVERIFY(shown->findChild<QWidget *>(mustHave));
    }

    void deployButtonStaysDisabledWithAReason()
    {
        QWidget *page = showPage(QStringLiteral("DeployPage"));
        auto *sha = page->findChild<QLineEdit *>(QStringLiteral("shaEdit"));
        auto *button = page->findChild<QPushButton *>(QStringLiteral("deployButton"));
        auto *reason = page->findChild<QLabel *>(QStringLiteral("blockedReasonLabel"));
        auto *method = page->findChild<QComboBox *>(QStringLiteral("methodCombo"));
        QCOMPARE(method->currentData().toString(), QStringLiteral("workflow")); // the standard lane first
        QVERIFY(!button->isEnabled());
        QVERIFY(reason->text().contains(QLatin1String("Check GitHub first")));
        method->setCurrentIndex(method->findData(QStringLiteral("ssh")));
        QTest::keyClicks(sha, QStringLiteral("abc;rm"));
        QCOMPARE(sha->text(), QStringLiteral("abc")); // the validator keeps shell characters out
        QVERIFY(!button->isEnabled());
        QVERIFY2(reason->text().contains(QLatin1String("Settings")), qPrintable(reason->text())); // no droplet yet
    }

    void dropletBlocksNeverRunLocally()
    {
        auto *page = qobject_cast<CommandPacksPage *>(showPage(QStringLiteral("CommandPacksPage")));
        QVERIFY(page->showPack(QStringLiteral("6"), Context::Droplet));
        const auto blocks = visibleBlocks();
        QCOMPARE(blocks.size(), 1);
        auto *run = blocks.first()->findChild<QPushButton *>(QStringLiteral("runButton"));
        QCOMPARE(run->text(), QStringLiteral("Run on droplet"));
        QVERIFY(!run->isEnabled());
        auto *code = blocks.first()->findChild<QPlainTextEdit *>(QStringLiteral("codeView"));
        QVERIFY(code->toPlainText().contains(QLatin1String("git pull --ff-only origin main")));
        QVERIFY(code->isReadOnly());
        // The theme paints the background: no dark text on a white page or the reverse.
        QVERIFY(code->palette().color(QPalette::Base) != code->palette().color(QPalette::Text));

        QTest::mouseClick(blocks.first()->findChild<QPushButton *>(QStringLiteral("copyButton")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), blocks.first()->block().code);
        QVERIFY(run->toolTip().contains(QLatin1String("placeholder"))); // SHA=<commit_sha> is never run as is
        QVERIFY(!page->showPack(QStringLiteral("6"), Context::Mac)); // no [Mac] block in §6
        QVERIFY(page->showPack(QStringLiteral("0.2"), Context::Droplet));
        QVERIFY(visibleBlocks().first()->findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled());
    }

    void privateKeyBlockIsDisplayOnly()
    {
        auto *page = qobject_cast<CommandPacksPage *>(showPage(QStringLiteral("CommandPacksPage")));
        QVERIFY(page->showPack(QStringLiteral("1.2"), Context::Mac));
        const auto blocks = visibleBlocks();
        QCOMPARE(blocks.size(), 1);
        QVERIFY(blocks.first()->findChild<QPushButton *>(QStringLiteral("runButton"))->isHidden());
        auto *warning = blocks.first()->findChild<QLabel *>(QStringLiteral("warningLabel"));
        QVERIFY(!warning->isHidden());
        QVERIFY(warning->text().contains(QLatin1String("private SSH key")));
    }

    void githubBlocksOpenTheRepositoryPage()
    {
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "openUrl");
        auto *page = qobject_cast<CommandPacksPage *>(showPage(QStringLiteral("CommandPacksPage")));
        QVERIFY(page->showPack(QStringLiteral("1.3"), Context::GitHubUi));
        const auto blocks = visibleBlocks();
        auto *open = blocks.first()->findChild<QPushButton *>(QStringLiteral("openButton"));
        QVERIFY(!open->isHidden());
        QVERIFY(blocks.first()->findChild<QPushButton *>(QStringLiteral("runButton"))->isHidden());
        QTest::mouseClick(open, Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(catcher.urls.size(), 1);
        QCOMPARE(catcher.urls.first().toString(),
                 QStringLiteral("https://github.com/qualitymaterial/stratum-sports/settings/branches"));
    }

    void settingsStoresTokensWithoutEchoingThem()
    {
        QWidget *page = showPage(QStringLiteral("SettingsPage"));
        auto *token = page->findChild<QLineEdit *>(QStringLiteral("githubTokenEdit"));
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("ghcrTokenEdit"))->echoMode(), QLineEdit::Password);
        QTest::keyClicks(token, typedToken);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("saveTokensButton")), Qt::LeftButton);
        auto *status = page->findChild<QLabel *>(QStringLiteral("tokenStatusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("github-token: set")), 15000);
        QVERIFY(token->text().isEmpty());
        QVERIFY(token->placeholderText().contains(QLatin1String("stored in the keychain")));

        // The keychain has it, and the redactor now masks it.
        std::optional<Vault::Result<QString>> read;
        m_core->vault()->readSecret(SecretNames::githubToken(), this, [&](const Vault::Result<QString> &r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 15000);
        QCOMPARE(read->value, typedToken);
        QTRY_VERIFY_WITH_TIMEOUT(!m_core->redactor().redact(typedToken).contains(typedToken), 15000);
    }

    void settingsRejectsABadHost()
    {
        QWidget *page = showPage(QStringLiteral("SettingsPage"));
        page->findChild<QLineEdit *>(QStringLiteral("hostNameEdit"))->setText(QStringLiteral("prod"));
        page->findChild<QLineEdit *>(QStringLiteral("hostAddressEdit"))->setText(QStringLiteral("1.2.3.4 && reboot"));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addHostButton")), Qt::LeftButton);
        auto *status = page->findChild<QLabel *>(QStringLiteral("statusLabel"));
        QVERIFY(status->text().contains(QLatin1String("Host not added")));
        QCOMPARE(page->findChild<QTableWidget *>(QStringLiteral("hostsTable"))->rowCount(), 0);

        // Loopback with a closed port: the GUI may try to reach it, and must fail fast and say so.
        page->findChild<QLineEdit *>(QStringLiteral("hostAddressEdit"))->setText(QStringLiteral("127.0.0.1"));
        page->findChild<QSpinBox *>(QStringLiteral("hostPortSpin"))->setValue(1);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addHostButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->findChild<QTableWidget *>(QStringLiteral("hostsTable"))->rowCount(), 1, 15000);
    }

    void releasesPageShowsTheKeychainLog()
    {
        auto *page = qobject_cast<ReleasesPage *>(showPage(QStringLiteral("ReleasesPage")));
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        ReleaseLog log;
        log.markKnownGood(QStringLiteral("89abcdef0123456789abcdef0123456789abcdef"), QStringLiteral("me"),
                          QStringLiteral("from the test"), QStringLiteral("by hand"));
        std::optional<KeychainError> saved;
        m_core->vault()->saveReleaseLog(m_core->profile().id, log, this, [&](const KeychainError &e) { saved = e; });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 15000);
        QVERIFY(saved->ok());
        page->reload();
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 15000);
        auto *view = page->findChild<QTableView *>(QStringLiteral("releasesView"));
        view->selectRow(0);
        auto *markGood = page->findChild<QPushButton *>(QStringLiteral("markGoodButton"));
        QVERIFY(markGood->isEnabled());
        // No smoke passed for it: the page asks why, and the answer goes to the audit log.
        QTest::mouseClick(markGood, Qt::LeftButton);
        QInputDialog *why = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((why = page->findChild<QInputDialog *>(QStringLiteral("markGoodDialog"))) && why->isVisible(), 15000);
        QVERIFY2(why->labelText().contains(QLatin1String("has not passed")), qPrintable(why->labelText()));
        QVERIFY(why->labelText().contains(QLatin1String("Register/login works")));
        why->setTextValue(QStringLiteral("ran for two weeks before the app"));
        why->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!AuditLog::read().isEmpty()
                                     && AuditLog::read().last().value(QStringLiteral("event")).toString() == QLatin1String("known-good-without-smoke"), 15000);
        QCOMPARE(AuditLog::read().last().value(QStringLiteral("reason")).toString(), QStringLiteral("ran for two weeks before the app"));
        auto *rollback = page->findChild<QPushButton *>(QStringLiteral("rollbackButton"));
        QVERIFY(rollback->isEnabled()); // a known-good row is a rollback target
        QSignalSpy requested(page, &ReleasesPage::rollbackRequested);
        QTest::mouseClick(rollback, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("89abcdef0123456789abcdef0123456789abcdef"));
        // The Deploy page takes over. No checklist was worked through for this SHA and GitHub is not
        // set up, yet the gates do not stop a rollback to a known-good release: only the droplet
        // (unreachable here) does, and nothing is changed.
        auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("DeployPage"));
        auto *result = stack->currentWidget()->findChild<QLabel *>(QStringLiteral("resultLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("not possible (nothing was changed)")), 20000);
        QVERIFY2(!result->text().contains(QLatin1String("gates")), qPrintable(result->text()));
        QVERIFY2(result->text().contains(QLatin1String("cannot read what runs")), qPrintable(result->text()));
    }

    // What leaves the app by the operator's hand (an export, a saved transcript, the
    // clipboard) passes the redactor: a planted secret, even one split across the two
    // output streams, is in none of them, nor its Base64 form.
    void exportsTranscriptsAndTheClipboardAreRedacted()
    {
        const QString secret = QStringLiteral("planted-export-secret-0123456789");
        m_core->redactor().addSecret(secret);
        const auto leaks = [&secret](const QString &text) {
            return text.contains(secret) || text.contains(QString::fromLatin1(secret.toUtf8().toBase64()));
        };
        const auto saveThroughDialog = [this](QWidget *page, QPushButton *button, const QString &path) {
            QTest::mouseClick(button, Qt::LeftButton);
            QFileDialog *dialog = nullptr;
            [&] { QTRY_VERIFY_WITH_TIMEOUT((dialog = page->findChild<QFileDialog *>()) && dialog->isVisible(), 10000); }();
            if (!dialog)
                return;
            dialog->selectFile(path);
            QMetaObject::invokeMethod(dialog, "accept"); // what the Save button does
            [&] { QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000); }();
        };
        const auto read = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        };

        auto *releases = qobject_cast<ReleasesPage *>(showPage(QStringLiteral("ReleasesPage")));
        ReleaseLog log;
        log.markKnownGood(QStringLiteral("0123456789abcdef0123456789abcdef01234567"), QStringLiteral("me"),
                          QStringLiteral("token was ") + secret, QStringLiteral("by hand"));
        std::optional<KeychainError> stored;
        m_core->vault()->saveReleaseLog(m_core->profile().id, log, this, [&](const KeychainError &e) { stored = e; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value() && stored->ok(), 15000);
        releases->reload();
        QTRY_COMPARE_WITH_TIMEOUT(releases->model()->rowCount(), 1, 15000);
        const QString exported = StratumTest::worldDir() + QStringLiteral("/exported-releases.json");
        saveThroughDialog(releases, releases->findChild<QPushButton *>(QStringLiteral("exportButton")), exported);
        QVERIFY2(read(exported).contains(QLatin1String("0123456789abcdef")), "the export holds the log");
        QVERIFY2(!leaks(read(exported)), "the export holds no secret");

        QWidget *diagnostics = showPage(QStringLiteral("DiagnosticsPage"));
        auto *console = diagnostics->findChild<ConsoleView *>();
        QVERIFY(console);
        const QByteArray bytes = secret.toUtf8();
        console->appendOutput("first line\nkey=" + bytes.left(10), false);
        console->appendOutput(bytes.mid(10, 5), true);
        console->appendOutput(bytes.mid(15) + "\nlast line\n", false);
        console->flush();
        QTest::mouseClick(console->findChild<QPushButton *>(QStringLiteral("copyButton")), Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text().contains(QLatin1String("last line")));
        QVERIFY2(!leaks(QApplication::clipboard()->text()), qPrintable(QApplication::clipboard()->text()));
        const QString saved = StratumTest::worldDir() + QStringLiteral("/transcript.log");
        saveThroughDialog(console, console->findChild<QPushButton *>(QStringLiteral("saveButton")), saved);
        QVERIFY(read(saved).contains(QLatin1String("last line")));
        QVERIFY2(!leaks(read(saved)), qPrintable(read(saved)));
    }

    void selfTestChecksPagesAndMenus()
    {
        QVERIFY2(m_window->selfTestProblems().isEmpty(), qPrintable(m_window->selfTestProblems().join(QLatin1Char('\n'))));
        QVERIFY(m_window->selfTest());
        // It can fail: an action disabled without a reason is named.
        auto *about = m_window->findChild<QAction *>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        about->setEnabled(false);
        const QStringList problems = m_window->selfTestProblems();
        about->setEnabled(true);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QLatin1String("disabled")), qPrintable(problems.first()));
    }

    // Profile schema 2: the palette offers each environment by name and switches the window to
    // its first host (which stratumctl then uses without --host).
    void switchingEnvironmentFromThePalette()
    {
        QWidget *page = showPage(QStringLiteral("SettingsPage"));
        page->findChild<QLineEdit *>(QStringLiteral("hostNameEdit"))->setText(QStringLiteral("staging-1"));
        page->findChild<QLineEdit *>(QStringLiteral("hostAddressEdit"))->setText(QStringLiteral("127.0.0.1"));
        page->findChild<QSpinBox *>(QStringLiteral("hostPortSpin"))->setValue(1);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addHostButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->findChild<QTableWidget *>(QStringLiteral("hostsTable"))->rowCount(), 2, 15000);

        QJsonObject root = QJsonDocument::fromJson(profileToJson(m_core->profile())).object();
        root[QStringLiteral("environments")] = QJsonArray{
            QJsonObject{{QStringLiteral("name"), QStringLiteral("staging")}, {QStringLiteral("role"), QStringLiteral("staging")},
                        {QStringLiteral("hosts"), QJsonArray{QStringLiteral("staging-1")}}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("production")}, {QStringLiteral("role"), QStringLiteral("production")},
                        {QStringLiteral("hosts"), QJsonArray{QStringLiteral("prod")}}}};
        const QString path = StratumTest::worldDir() + QStringLiteral("/environments-profile.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(root).toJson());
        file.close();
        CoreContext core;
        QVERIFY(core.loadProfile(path));
        // A release whose smoke passed on staging: the window offers to promote it to production.
        const QString promoted = QStringLiteral("1a2b3c4d5e6f70819203a4b5c6d7e8f901234567");
        bool recorded = false;
        core.vault()->updateChecklistRecords(core.profile().id, [&promoted](ChecklistRecords &records) {
            records.setSmokeOn(promoted, QStringLiteral("staging"),
                               {ItemRecord::Status::Passed, QStringLiteral("ana"), QDateTime::currentDateTimeUtc(), {}, {}, true});
        }, this, [&recorded](const KeychainError &error) { recorded = error.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(recorded, 15000);
        MainWindow window(core);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The window reads its hosts from the keychain after it opens: until then staging is "not set up".
        CommandPalette *palette = nullptr;
        QLineEdit *query = nullptr;
        auto *hint = static_cast<QLabel *>(nullptr);
        for (int attempt = 0; attempt < 50; ++attempt) {
            window.findChild<QAction *>(QStringLiteral("paletteAction"))->trigger();
            QTRY_VERIFY((palette = window.findChild<CommandPalette *>(QStringLiteral("commandPalette"))) && palette->isVisible());
            query = palette->findChild<QLineEdit *>(QStringLiteral("queryEdit"));
            hint = palette->findChild<QLabel *>(QStringLiteral("hintLabel"));
            QVERIFY(palette->shownIds().contains(QStringLiteral("environment:production")));
            QTest::keyClicks(query, QStringLiteral("switch to environment staging"));
            QCOMPARE(palette->shownIds().value(0), QStringLiteral("environment:staging"));
            if (!hint->text().startsWith(QLatin1String("Not now")))
                break;
            palette->close();
            QTRY_VERIFY(!window.findChild<CommandPalette *>(QStringLiteral("commandPalette")));
            QTest::qWait(200);
        }
        QVERIFY2(!hint->text().startsWith(QLatin1String("Not now")), qPrintable(hint->text()));
        QTest::keyClick(query, Qt::Key_Return);
        QStringList order;
        QTRY_VERIFY_WITH_TIMEOUT((core.vault()->loadHosts(this, [&order](const Vault::Result<QList<HostEntry>> &hosts) {
                                      order.clear();
                                      for (const HostEntry &host : hosts.value)
                                          order << host.name;
                                  }),
                                  order.value(0) == QLatin1String("staging-1")),
                                 15000);
        QCOMPARE(order, (QStringList{QStringLiteral("staging-1"), QStringLiteral("prod")}));
        // The window watches staging-1 now (its environment comes first on the strip's second
        // line); production's host is watched beside it.
        auto *headline = window.findChild<QLabel *>(QStringLiteral("headlineLabel"));
        QTRY_VERIFY2_WITH_TIMEOUT(headline->text().contains(QLatin1String("staging: <b>staging-1</b> ? "))
                                      && headline->text().contains(QStringLiteral(" · production: <a href=\"switch:prod\">prod</a> ")),
                                  qPrintable(headline->text()), 20000);

        const QString promoteId = QStringLiteral("promote:%1:production").arg(promoted);
        bool offered = false; // read from the keychain after the hosts: a palette opened before lists it not yet
        for (int attempt = 0; attempt < 50 && !offered; ++attempt) {
            window.findChild<QAction *>(QStringLiteral("paletteAction"))->trigger();
            QTRY_VERIFY((palette = window.findChild<CommandPalette *>(QStringLiteral("commandPalette"))) && palette->isVisible());
            QTest::keyClicks(palette->findChild<QLineEdit *>(QStringLiteral("queryEdit")), QStringLiteral("promote 1a2b3c4"));
            offered = palette->shownIds().value(0) == promoteId;
            if (offered)
                StratumTest::saveScreenshot(palette, QStringLiteral("promote-palette"));
            palette->close();
            QTRY_VERIFY(!window.findChild<CommandPalette *>(QStringLiteral("commandPalette")));
            if (!offered)
                QTest::qWait(200);
        }
        QVERIFY2(offered, "the palette offers to promote the release whose smoke passed on staging");
        auto *releases = window.findChild<ReleasesPage *>();
        QVERIFY(releases->findChild<QPushButton *>(QStringLiteral("promoteButton"))->isVisibleTo(releases));
        window.close();
    }

    void nothingWrittenHoldsTheToken()
    {
        m_window->close(); // writes the window geometry
        const QString world = qEnvironmentVariable("STRATUM_TEST_WORLD");
        QVERIFY(!world.isEmpty());
        const QList<StratumTest::WrittenFile> files = StratumTest::scanForSecrets(world, {typedToken.toUtf8()});
        for (const StratumTest::WrittenFile &file : files)
            QVERIFY2(file.leaked.isEmpty(), qPrintable(file.path));
        QVERIFY(!files.isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
