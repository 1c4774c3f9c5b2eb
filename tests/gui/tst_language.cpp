// The language the operator chose in Settings applies at the next start: the
// window in German (pages, menus, buttons), dates and numbers in the German
// locale, and the choice shown in Settings. With STRATUM_SCREENSHOT_DIR set it
// writes the README's German Deploy page.
#include "Screenshot.h"
#include "TestWorld.h"

#include "core/app/Startup.h"
#include "core/deploy/Change.h"
#include "gui/common/Confirm.h"
#include "gui/mainwindow/MainWindow.h"
#include "gui/palette/CommandPalette.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>

using namespace Stratum;

class TestLanguage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<CoreContext> m_core;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        Startup::chooseLanguage(QStringLiteral("de")); // what Settings → Language stores
        Startup::installTranslations();               // what the next start does
        m_core = std::make_unique<CoreContext>();
        QVERIFY(m_core->loadProfile());
        m_window = std::make_unique<MainWindow>(*m_core);
        m_window->resize(1180, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void theWindowSpeaksGerman()
    {
        auto *pages = m_window->findChild<QListWidget *>(QStringLiteral("pageList"));
        QCOMPARE(pages->item(0)->text(), QStringLiteral("Übersicht"));
        QStringList menus;
        for (QAction *menu : m_window->menuBar()->actions())
            menus << menu->text();
        QCOMPARE(menus, (QStringList{QStringLiteral("&Ablage"), QStringLiteral("&Gehe zu"), QStringLiteral("&Droplet"), QStringLiteral("&Proben"),
                                     QStringLiteral("&Hilfe")}));
        QWidget *deploy = m_window->showPage(QStringLiteral("DeployPage"));
        QCOMPARE(deploy->findChild<QPushButton *>(QStringLiteral("deployButton"))->text(), QStringLiteral("Deployen")); // the page sets it once it has read the gates
        QTest::qWait(500); // the page reads the keychain and paints before the picture
        StratumTest::saveScreenshot(m_window.get(), QStringLiteral("deploy-de"));
    }

    // The palette and a production confirmation, as a German-speaking operator sees them.
    void paletteAndProductionInGerman()
    {
        // (No droplet here: the connection assistant is open, so the action is triggered, not keyed.)
        m_window->findChild<QAction *>(QStringLiteral("paletteAction"))->trigger();
        CommandPalette *palette = nullptr;
        QTRY_VERIFY((palette = m_window->findChild<CommandPalette *>(QStringLiteral("commandPalette"))) && palette->isVisible());
        auto *query = palette->findChild<QLineEdit *>(QStringLiteral("queryEdit"));
        QVERIFY2(query->placeholderText().startsWith(QStringLiteral("Aktion eintippen")), qPrintable(query->placeholderText()));
        QTest::keyClicks(query, QStringLiteral("zu"));
        QVERIFY(palette->shownIds().contains(QStringLiteral("rollBackAction")));
        StratumTest::saveScreenshot(palette, QStringLiteral("command-palette-de"));
        palette->close();

        ChangePlan plan;
        plan.intent.kind = ChangeKind::DeployOverSsh;
        plan.intent.override = {true, QStringLiteral("CI-Runner ausgefallen, Hotfix für den Login")};
        plan.hostName = QStringLiteral("production");
        plan.targetSha = *Sha::parse(QStringLiteral("1a2b3c4d5e6f70819203a4b5c6d7e8f901234567"));
        Confirmation question{changeKindTitle(plan.intent.kind), plan.confirmationText(), changeKindTitle(plan.intent.kind),
                              QMessageBox::Warning};
        question.roleLabel = hostRoleLabel(HostRole::Production);
        question.roleColour = defaultRoleColour(HostRole::Production);
        QMessageBox *box = confirm(m_window.get(), question, [] {});
        QVERIFY(QTest::qWaitForWindowExposed(box));
        QVERIFY2(box->windowTitle().startsWith(QStringLiteral("PRODUKTION — ")), qPrintable(box->windowTitle()));
        StratumTest::saveScreenshot(box, QStringLiteral("production-confirm-dialog-de"));
        box->close();

        // Then the short SHA is typed: the dialog says why and what, in German.
        plan.hostRole = HostRole::Production;
        plan.gates.requestedSha = plan.targetSha.text();
        QInputDialog *typed = confirmByTyping(m_window.get(), box->windowTitle(), plan.typedConfirmationReason(),
                                              plan.typedConfirmation(HostRole::Production), [] {});
        QVERIFY(QTest::qWaitForWindowExposed(typed));
        QVERIFY2(typed->labelText().contains(QStringLiteral("Tippen Sie 1a2b3c4d5e6f")), qPrintable(typed->labelText()));
        StratumTest::saveScreenshot(typed, QStringLiteral("typed-sha-confirm-de"));
        typed->close();
    }

    void datesAndNumbersFollowTheLanguage()
    {
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    }

    void settingsShowsTheChoice()
    {
        QWidget *settings = m_window->showPage(QStringLiteral("SettingsPage"));
        auto *language = settings->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QCOMPARE(language->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(language->itemData(0).toString(), QStringLiteral("system"));
        QCOMPARE(language->itemText(0), QStringLiteral("Systemstandard"));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
