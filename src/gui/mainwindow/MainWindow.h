#pragma once

#include "core/app/CoreContext.h"
#include "core/gates/Gates.h"
#include "core/health/FleetHealth.h"
#include "core/health/HealthTypes.h"
#include "core/hosts/HostEntry.h"
#include "gui/palette/PaletteRanking.h"

#include <QMainWindow>
#include <QPointer>
#include <QSystemTrayIcon>

#include <memory>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Ui {
class MainWindow;
}

namespace Stratum {

class OverviewPage;
class ChecklistsPage;
class DeployPage;
class ReleasesPage;
class CommandPacksPage;
class DiagnosticsPage;
class SettingsPage;
class AppServices;
class DeployLane;
class GitHubAccess;
class RemoteHosts;
class HealthCenter;
class StatusCenter;
class RehearsalMenu;
struct DropletStatus;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The app builds the pages other than the Overview after the window's first paint, so that
    // the window shows sooner; tests and --self-test build them all at once.
    enum class PageBuilding { AtOnce, AfterFirstPaint };
    explicit MainWindow(CoreContext &core, QWidget *parent = nullptr, PageBuilding building = PageBuilding::AtOnce);
    ~MainWindow() override;

    // Checks what the window is built from (see selfTestProblems); used by --self-test.
    bool selfTest();
    QStringList selfTestProblems();
    QWidget *showPage(const QString &objectName); // the page now shown, nullptr when there is none by that name
    HealthCenter *health() const { return m_health; }
    AppServices &services() const { return *m_services; } // what stratumctl's relayed commands run on
    StatusCenter *status() const { return m_status; }
    bool hasTray() const { return m_tray != nullptr; }
    void openConnectionAssistant(); // Settings → Add droplet…, and the first start with no droplet
    // Everything the command palette offers now (the menus' actions and what the app knows), also the key sheet's source.
    QList<PaletteEntry> paletteEntries();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void markStartupMilestones();
    void listPages(); // every page's name in the list and the Go menu, before the pages are built
    void buildOtherPages(); // once: the pages but the Overview, wired; sooner when one is asked for
    // Builds the pages if they are not yet, shows the one `page` points at and returns it:
    // shown(&MainWindow::m_deploy)->startUndo(). A page's object name is its class's (the list's key).
    template <typename Page>
    Page *shown(Page *MainWindow::*page)
    {
        buildOtherPages();
        showPage((this->*page)->objectName());
        return this->*page;
    }
    void wireCoreToWindow();
    void onPageChanged(int row);
    void refreshSecrets();
    void offerAssistantOnFirstStart();
    void setUpTray();
    void showWorst(HealthState worst);
    void showStatusInTray(const DropletStatus &status);
    void showRollbackOffer(const DropletStatus &status); // the Droplet menu's and the tray's "Roll back to …"
    void sayWhatWasRecorded(const DropletStatus &status); // changes whose app had stopped, recorded at this look
    void setUpMenus();
    void wireReleaseLogChanges();
    void wireWaysBack();
    void wireHostAndSecretChanges();
    void wireDeployAndHealth();
    void saveIncidentBundle();
    void showAbout();
    QString windowTitleFor(HealthState worst) const;
    QString trayStatusText() const;
    QString trayToolTip() const; // what runs, its health (the live probes' when worse), lock and pin
    void rollBackTo(const QString &sha);
    void notifyFallback(const QString &title, const QString &body, bool critical);
    // The operator's console (MainWindowConsole.cpp): ⌘K palette, ?/F1 key sheet, ⌘Z undo of a deploy,
    // team announcements, and the droplet's role in its colour.
    void reloadRoles();
    void reloadPromotionOffers(); // what the palette offers to promote (the keychain's smoke records)
    void promote(const PromotionOffer &offer); // planned on the Deploy page, then confirmed
    QString watchedHostName() const;
    void watchFleet();  // after the hosts changed: every other host of every environment
    void showFleet();   // on the strip and in the tray
    void showRole();
    void setUpKeyboard();
    void wireUndo();
    void wirePagesToConsole();
    void wireAnnouncements();
    void openPalette();
    void showKeySheet();
    void offerUndo(const QString &sha);
    void withdrawUndo();
    QList<PaletteEntry> menuEntries();
    QList<PaletteEntry> changeEntries();
    QList<PaletteEntry> checkEntries();
    QList<PaletteEntry> packEntries();
    QList<PaletteEntry> switchEntries();
    QList<PaletteEntry> pageKeyEntries() const;
    QString changeBlockedReason() const; // why a change cannot run now (read-only, locked); empty when it can

    std::unique_ptr<Ui::MainWindow> m_ui;
    CoreContext &m_core;
    std::unique_ptr<AppServices> m_services;     // the kept sessions, GitHub and the lane, as the CLI has them
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository; // the one repository, passed down (made with the pages)
    RemoteHosts *m_hosts = nullptr;               // the kept sessions, one per host
    GitHubAccess *m_github = nullptr;             // the one GitHub client, made from the token when first needed
    DeployLane *m_lane = nullptr;                 // the one front door for changes to the droplet
    DeployPage *m_deploy = nullptr;
    OverviewPage *m_overview = nullptr;
    ReleasesPage *m_releases = nullptr;
    SettingsPage *m_settings = nullptr;
    ChecklistsPage *m_checklists = nullptr;
    CommandPacksPage *m_packs = nullptr;
    DiagnosticsPage *m_diagnostics = nullptr;
    HealthCenter *m_health = nullptr;
    StatusCenter *m_status = nullptr;             // what runs now, for the strip, the Overview and the tray
    QPointer<QAction> m_trayRollback;
    QPointer<QAction> m_trayUndo;
    QList<HostEntry> m_hostEntries; // for their roles and colours
    QList<PromotionOffer> m_promotionOffers;
    FleetHealth *m_fleet = nullptr; // every other host of the profile's environments
    QString m_roleLabel;            // "PRODUCTION" for the droplet the strip shows; empty: none known
    QString m_roleColour;
    QPointer<QSystemTrayIcon> m_tray;
    RehearsalMenu *m_rehearsal = nullptr;
    bool m_toldStillWatching = false;
    bool m_quitting = false;
};

} // namespace Stratum
