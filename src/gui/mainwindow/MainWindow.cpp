#include "MainWindow.h"
#include "ui_mainwindow.h"

#include "gui/checklists/ChecklistsPage.h"
#include "gui/commandpacks/CommandPacksPage.h"
#include "gui/connection/ConnectionAssistant.h"
#include "gui/deploy/DeployPage.h"
#include "gui/diagnostics/DiagnosticsPage.h"
#include "gui/health/HealthCenter.h"
#include "gui/overview/OverviewPage.h"
#include "gui/rehearsal/Rehearsal.h"
#include "gui/releases/ReleasesPage.h"
#include "gui/settings/SettingsPage.h"
#include "gui/status/StatusCenter.h"
#include "gui/status/StatusStrip.h"
#include "core/status/DropletStatus.h"

#include "core/platform/AppIdentity.h"

#include "core/app/AppServices.h"
#include "core/app/Startup.h"
#include "core/deploy/DeployLane.h"
#include "core/github/GitHubAccess.h"
#include "core/ssh/RemoteHosts.h"
#include "gui/common/Confirm.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QCloseEvent>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>
#include <QStatusBar>
#include <QStyle>

Q_LOGGING_CATEGORY(lcGui, "stratum.gui")

namespace Stratum {

MainWindow::MainWindow(CoreContext &core, QWidget *parent, PageBuilding building)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_core(core), m_services(std::make_unique<AppServices>(core))
{
    m_ui->setupUi(this);
    setWindowTitle(windowTitleFor(HealthState::Unknown));

    m_hosts = m_services->hosts();
    m_github = m_services->github();
    m_lane = m_services->lane();
    m_health = new HealthCenter(core, *m_hosts, this);
    m_fleet = new FleetHealth(core.profile(), m_hosts, &core.redactor(), this);
    m_fleet->setNotifier(m_health->notifier());
    m_status = new StatusCenter(*m_lane, *m_health, this);
    m_ui->statusStrip->setCenter(m_status);
    listPages();
    m_overview = new OverviewPage(m_core, *m_lane, *m_health, *m_status, this);
    m_ui->pages->addWidget(m_overview);
    setUpMenus();
    setUpKeyboard();
    wireCoreToWindow();
    m_ui->pageList->setCurrentRow(0);
    connect(m_ui->pageList, &QListWidget::currentRowChanged, this, &MainWindow::onPageChanged);

    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
    refreshSecrets();
    setUpTray();
    m_health->setWatching(QSettings().value(QStringLiteral("health/watchOnStart"), true).toBool());
    m_health->reloadHost();
    m_status->refresh(); // what runs, read at start: never "not read yet"
    offerAssistantOnFirstStart();
    markStartupMilestones();
    if (building == PageBuilding::AtOnce)
        buildOtherPages();
}

// Two lines in the log that bench/startup_bench times from the process start: the first
// paint of the window, and the first time the strip shows what runs on the droplet.
void MainWindow::markStartupMilestones()
{
    centralWidget()->installEventFilter(this);
    auto shown = std::make_shared<QMetaObject::Connection>();
    *shown = connect(m_status, &StatusCenter::statusChanged, this, [shown](const DropletStatus &status) {
        if (!status.read)
            return;
        qCInfo(lcGui).noquote() << "startup: the strip shows what runs:" << status.headline();
        disconnect(*shown);
    });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == centralWidget() && event->type() == QEvent::Paint) {
        centralWidget()->removeEventFilter(this);
        QTimer::singleShot(0, this, [this]() { // after the paint has ended
            qCInfo(lcGui) << "startup: first paint";
            buildOtherPages();
        });
    }
    return QMainWindow::eventFilter(watched, event);
}

namespace {

struct PageListing {
    const char *objectName;
    const char *title;
    QStyle::StandardPixmap icon;
};

// The pages in the order they are listed; a page's object name is its class's name.
const PageListing pageListings[] = {
    {"OverviewPage", QT_TRANSLATE_NOOP("Stratum::MainWindow", "Overview"), QStyle::SP_ComputerIcon},
    {"ChecklistsPage", QT_TRANSLATE_NOOP("Stratum::MainWindow", "Checklists"), QStyle::SP_DialogApplyButton},
    {"DeployPage", QT_TRANSLATE_NOOP("Stratum::MainWindow", "Deploy"), QStyle::SP_ArrowUp},
    {"ReleasesPage", QT_TRANSLATE_NOOP("Stratum::MainWindow", "Releases / Rollback"), QStyle::SP_BrowserReload},
    {"CommandPacksPage", QT_TRANSLATE_NOOP("Stratum::MainWindow", "Command packs"), QStyle::SP_FileIcon},
    {"DiagnosticsPage", QT_TRANSLATE_NOOP("Stratum::MainWindow", "Diagnostics"), QStyle::SP_MessageBoxInformation},
    {"SettingsPage", QT_TRANSLATE_NOOP("Stratum::MainWindow", "Settings"), QStyle::SP_FileDialogDetailedView},
};

} // namespace

void MainWindow::listPages()
{
    for (const PageListing &listing : pageListings) {
        const QString name = QLatin1String(listing.objectName);
        const QString title = tr(listing.title);
        const QIcon icon = style()->standardIcon(listing.icon);
        auto *item = new QListWidgetItem(icon, title, m_ui->pageList);
        item->setData(Qt::UserRole, name);
        // Go → the page, ⌘1…⌘7 (Ctrl on Linux), as the pages are listed.
        QAction *go = m_ui->goMenu->addAction(icon, title, this, [this, name]() { showPage(name); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + m_ui->pageList->count() - 1)));
    }
    // Every page's name in full (German ones are longer), no sideways scrolling.
    m_ui->pageList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->pageList->setFixedWidth(m_ui->pageList->sizeHintForColumn(0) + 2 * m_ui->pageList->frameWidth() + 12);
}

// The pages the first paint does not need, built once the window shows (or when one is asked for
// sooner), in the order they are listed; then everything that links them is wired.
void MainWindow::buildOtherPages()
{
    if (m_settings)
        return;
    m_repository = std::make_unique<KSyntaxHighlighting::Repository>();
    m_checklists = new ChecklistsPage(m_core, *m_hosts, *m_lane, *m_health, *m_github, *m_repository, this);
    m_deploy = new DeployPage(m_core, *m_lane, *m_github, *m_repository, this);
    m_releases = new ReleasesPage(m_core, *m_lane, this);
    m_packs = new CommandPacksPage(m_core, *m_hosts, *m_lane, *m_repository, this);
    m_diagnostics = new DiagnosticsPage(m_core, *m_hosts, *m_health, *m_repository, this);
    m_settings = new SettingsPage(m_core, this);
    for (QWidget *page : std::initializer_list<QWidget *>{m_checklists, m_deploy, m_releases, m_packs, m_diagnostics, m_settings}) {
        Q_ASSERT(page->objectName() == QLatin1String(pageListings[m_ui->pages->count()].objectName));
        m_ui->pages->addWidget(page);
    }
    wireReleaseLogChanges();
    wireWaysBack();
    wireHostAndSecretChanges();
    wireDeployAndHealth();
    wirePagesToConsole();
    // What the window learnt before the pages were there.
    m_releases->setWatchedHost(watchedHostName());
    m_releases->setPromotionOffers(m_promotionOffers);
    onPageChanged(m_ui->pageList->currentRow());
    qCDebug(lcGui) << "the other pages are built";
}

// What links the core's objects and the window: wired at once, since none of them waits for a page.
void MainWindow::wireCoreToWindow()
{
    connect(m_status, &StatusCenter::statusChanged, this, &MainWindow::sayWhatWasRecorded);
    connect(m_status, &StatusCenter::statusChanged, m_health, &HealthCenter::followRollbackTarget);
    connect(m_lane, &DeployLane::releaseLogChanged, m_overview, &OverviewPage::reload);
    connect(m_overview, &OverviewPage::rollbackRequested, this, &MainWindow::rollBackTo);
    connect(m_ui->statusStrip, &StatusStrip::rollbackRequested, this, &MainWindow::rollBackTo);
    connect(m_overview, &OverviewPage::incidentRequested, this, &MainWindow::saveIncidentBundle);
    // The strip's fleet line: a click on another host watches it, as the palette's "Switch to droplet…" does.
    connect(m_ui->statusStrip, &StatusStrip::hostChosen, this, [this](const QString &name) {
        buildOtherPages();
        m_settings->makeFirstHost(name);
    });
    connect(m_ui->statusStrip, &StatusStrip::finishDeployRequested, this, [this](const QString &sha) {
        shown(&MainWindow::m_deploy)->startDeploy(sha);
    });
}

// A release recorded, marked known-good, forgotten or imported: every page that shows the log reads it again.
void MainWindow::wireReleaseLogChanges()
{
    connect(m_releases, &ReleasesPage::releaseLogChanged, m_overview, &OverviewPage::reload);
    connect(m_releases, &ReleasesPage::releaseLogChanged, m_status, &StatusCenter::refresh);
    connect(m_deploy, &DeployPage::releaseLogChanged, m_releases, &ReleasesPage::reload);
    connect(m_deploy, &DeployPage::releaseLogChanged, m_overview, &OverviewPage::reload);
    connect(m_diagnostics, &DiagnosticsPage::releaseLogChanged, m_releases, &ReleasesPage::reload);
    // The lane recorded a change whose app had stopped (found when planning or reading what runs).
    connect(m_lane, &DeployLane::releaseLogChanged, m_releases, &ReleasesPage::reload);
    // The strip never says "lock free" beside a page that shows the lock held (or the other way round).
    connect(m_releases, &ReleasesPage::lockRead, this, [this](bool held) {
        if (m_status->status().guards.read && m_status->status().guards.lock.held != held)
            m_status->refresh();
    });
}

// Every "roll back" and "finish the deploy" offer leads to the Deploy page's one lane.
void MainWindow::wireWaysBack()
{
    connect(m_releases, &ReleasesPage::rollbackRequested, this, &MainWindow::rollBackTo);
    connect(m_releases, &ReleasesPage::promoteRequested, this, &MainWindow::promote);
    connect(m_deploy, &DeployPage::rolledBack, m_overview, &OverviewPage::offerPin);
}

// A changed host entry (added, removed, key trusted) drops the kept sessions first; new secrets
// reach the redactor and GitHub's client.
void MainWindow::wireHostAndSecretChanges()
{
    connect(m_settings, &SettingsPage::hostsChanged, this, &MainWindow::reloadRoles);
    connect(m_settings, &SettingsPage::hostsChanged, m_hosts, &RemoteHosts::forgetAll);
    connect(m_settings, &SettingsPage::hostsChanged, m_health, &HealthCenter::reloadHost);
    connect(m_settings, &SettingsPage::hostsChanged, m_deploy, &DeployPage::reloadHosts);
    connect(m_settings, &SettingsPage::hostsChanged, m_packs, &CommandPacksPage::reloadHosts);
    connect(m_settings, &SettingsPage::hostsChanged, m_diagnostics, &DiagnosticsPage::reloadHosts);
    connect(m_settings, &SettingsPage::hostsChanged, m_status, &StatusCenter::refresh);
    connect(m_settings, &SettingsPage::hostsChanged, m_overview, &OverviewPage::reloadCredentials);
    connect(m_settings, &SettingsPage::secretsChanged, this, &MainWindow::refreshSecrets);
    connect(m_settings, &SettingsPage::secretsChanged, m_github, &GitHubAccess::forget);
    connect(m_settings, &SettingsPage::secretsChanged, m_overview, &OverviewPage::reloadCredentials);
    connect(m_settings, &SettingsPage::assistantRequested, this, &MainWindow::openConnectionAssistant);
}

void MainWindow::wireDeployAndHealth()
{
    connect(m_checklists, &ChecklistsPage::checklistsChanged, m_deploy, &DeployPage::refreshGates);
    connect(m_checklists, &ChecklistsPage::checklistsChanged, this, &MainWindow::reloadPromotionOffers);
    connect(m_deploy, &DeployPage::deployed, m_health, &HealthCenter::watchDeploy);
    connect(m_deploy, &DeployPage::deployed, m_checklists, &ChecklistsPage::setTargetSha);
}

void MainWindow::saveIncidentBundle()
{
    shown(&MainWindow::m_diagnostics)->saveIncidentBundle();
}

void MainWindow::openConnectionAssistant()
{
    buildOtherPages();
    auto *assistant = new ConnectionAssistant(m_core, this);
    assistant->setAttribute(Qt::WA_DeleteOnClose);
    // What it saves reaches every page as if Settings had saved it.
    connect(assistant, &ConnectionAssistant::hostsChanged, m_settings, &SettingsPage::reload);
    connect(assistant, &ConnectionAssistant::hostsChanged, m_settings, &SettingsPage::hostsChanged);
    connect(assistant, &ConnectionAssistant::secretsChanged, m_settings, &SettingsPage::reload);
    connect(assistant, &ConnectionAssistant::secretsChanged, m_settings, &SettingsPage::secretsChanged);
    assistant->open();
}

void MainWindow::offerAssistantOnFirstStart()
{
    const QString offered = QStringLiteral("connection/assistantOffered");
    if (QSettings().value(offered).toBool() || AppIdentity::isRehearsal())
        return;
    m_core.vault()->loadHosts(this, [this, offered](const Vault::Result<QList<HostEntry>> &hosts) {
        if (!hosts.error.ok() || !hosts.value.isEmpty())
            return;
        QSettings().setValue(offered, true);
        openConnectionAssistant();
    });
}

void MainWindow::rollBackTo(const QString &sha)
{
    showNormal();
    raise();
    shown(&MainWindow::m_deploy)->startRollback(sha);
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpMenus()
{
    // Standard keys per platform: ⌘, ⌘W ⌘Q on a Mac; Qt moves About, Preferences and Quit into the application menu.
    m_ui->preferencesAction->setShortcut(QKeySequence::Preferences);
    m_ui->closeWindowAction->setShortcut(QKeySequence::Close);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    connect(m_ui->addDropletAction, &QAction::triggered, this, &MainWindow::openConnectionAssistant);
    connect(m_ui->saveIncidentAction, &QAction::triggered, this, &MainWindow::saveIncidentBundle);
    connect(m_ui->preferencesAction, &QAction::triggered, this, [this]() { shown(&MainWindow::m_settings); });
    connect(m_ui->closeWindowAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->quitAction, &QAction::triggered, this, [this]() {
        m_quitting = true;
        close();
        QApplication::quit();
    });
    connect(m_ui->refreshStatusAction, &QAction::triggered, m_status, &StatusCenter::refresh);
    connect(m_ui->checkHealthAction, &QAction::triggered, m_health, &HealthCenter::pollNow);
    connect(m_ui->rollBackAction, &QAction::triggered, this, [this]() { rollBackTo(m_status->status().rollbackSha); });
    connect(m_status, &StatusCenter::statusChanged, this, &MainWindow::showRollbackOffer);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->readOnlyAction, &QAction::toggled, m_lane, &DeployLane::setReadOnly);
    connect(m_lane, &DeployLane::readOnlyChanged, this, [this](bool readOnly) {
        m_ui->readOnlyAction->setChecked(readOnly);
        m_ui->statusStrip->setReadOnly(readOnly);
        showRollbackOffer(m_status->status());
        statusBar()->showMessage(readOnly ? tr("Read-only: nothing that changes a droplet runs from here")
                                          : tr("Read-only is off: changes run again after their confirmation"), 10000);
    });
    m_rehearsal = new RehearsalMenu(m_core, m_ui->menuBar, this);
    connect(m_rehearsal, &RehearsalMenu::message, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_rehearsal, &RehearsalMenu::recovered, m_status, &StatusCenter::refresh);
    connect(m_rehearsal, &RehearsalMenu::recovered, m_overview, &OverviewPage::reload);
}

QString MainWindow::windowTitleFor(HealthState worst) const
{
    const QString title = tr("Stratum Deploy — %1").arg(m_core.profile().name)
                          + (m_roleLabel.isEmpty() ? QString() : QStringLiteral(" — ") + m_roleLabel)
                          + (worst == HealthState::Failing || worst == HealthState::Degraded ? tr(" (%1)").arg(healthStateLabel(worst)) : QString());
    return AppIdentity::isRehearsal() ? tr("REHEARSAL — %1").arg(title) : title;
}

void MainWindow::showAbout()
{
    inform(this, QMessageBox::Information, tr("About Stratum Deploy"),
           tr("Stratum Deploy %1\n\nDeploy, watch and roll back the Stratum web product: the production runbook as an app.\n\n%2")
               .arg(QCoreApplication::applicationVersion(), Startup::versionText(QStringLiteral("stratum-deploy"))),
           QStringLiteral("aboutDialog"));
}

void MainWindow::showRollbackOffer(const DropletStatus &status)
{
    const QString label = status.rollbackLabel(QDateTime::currentDateTimeUtc());
    const bool readOnly = m_lane->readOnly();
    const bool possible = status.read && !status.rollbackSha.isEmpty() && !readOnly;
    for (QAction *action : {static_cast<QAction *>(m_ui->rollBackAction), m_trayRollback.data()}) {
        if (!action)
            continue;
        action->setText(label.isEmpty() ? tr("Roll back…") : label + QStringLiteral("…"));
        action->setEnabled(possible);
        action->setToolTip(possible       ? action->text()
                           : readOnly     ? m_lane->readOnlyRefusal()
                           : !status.read ? tr("What runs on the droplet is not read yet")
                                          : tr("No known-good release other than what runs: nothing to roll back to"));
    }
}

void MainWindow::sayWhatWasRecorded(const DropletStatus &status)
{
    for (const QString &line : status.recorded)
        qCInfo(lcGui).noquote() << line;
    if (!status.recorded.isEmpty())
        statusBar()->showMessage(status.recorded.join(QStringLiteral("; ")), 60000);
}

void MainWindow::onPageChanged(int row)
{
    if (row > 0)
        buildOtherPages();
    m_ui->pages->setCurrentIndex(row);
}

QWidget *MainWindow::showPage(const QString &objectName)
{
    buildOtherPages();
    for (int row = 0; row < m_ui->pageList->count(); ++row) {
        if (m_ui->pageList->item(row)->data(Qt::UserRole).toString() == objectName) {
            m_ui->pageList->setCurrentRow(row);
            return m_ui->pages->currentWidget();
        }
    }
    return nullptr;
}

void MainWindow::refreshSecrets()
{
    m_core.refreshRedactor(this, [this](const KeychainError &error) {
        if (error.ok()) {
            statusBar()->showMessage(tr("Keychain ready"), 5000);
        } else {
            qCWarning(lcGui) << "keychain:" << error.message;
            statusBar()->showMessage(tr("Keychain: %1").arg(error.message));
        }
    });
}

bool MainWindow::selfTest()
{
    const QStringList problems = selfTestProblems();
    for (const QString &problem : problems)
        qCWarning(lcGui).noquote() << "self-test:" << problem;
    return problems.isEmpty();
}

// What the window is built from: every page listed, reachable from the list and from Go;
// every menu action named, and a disabled one says why.
QStringList MainWindow::selfTestProblems()
{
    buildOtherPages();
    QStringList problems;
    QStringList listed;
    for (int row = 0; row < m_ui->pageList->count(); ++row)
        listed << m_ui->pageList->item(row)->data(Qt::UserRole).toString();
    for (int index = 0; index < m_ui->pages->count(); ++index) {
        QWidget *page = m_ui->pages->widget(index);
        if (page->objectName().isEmpty() || !listed.contains(page->objectName()))
            problems << tr("the page %1 is not in the page list").arg(index);
        else if (showPage(page->objectName()) != page)
            problems << tr("the page %1 does not come up from the page list").arg(page->objectName());
    }
    if (m_ui->goMenu->actions().size() != m_ui->pages->count())
        problems << tr("the Go menu lists %1 pages of %2").arg(m_ui->goMenu->actions().size()).arg(m_ui->pages->count());
    for (QAction *menu : m_ui->menuBar->actions()) {
        for (QAction *action : menu->menu() ? menu->menu()->actions() : QList<QAction *>{}) {
            if (action->isSeparator() || action->menu())
                continue;
            const QString where = menu->text().remove(QLatin1Char('&')) + QStringLiteral(" → ") + action->text().remove(QLatin1Char('&'));
            if (action->text().isEmpty())
                problems << tr("an action of the %1 menu has no name").arg(menu->text().remove(QLatin1Char('&')));
            else if (!action->isEnabled() && action->toolTip() == QString(action->text()).remove(QLatin1Char('&')))
                problems << tr("%1 is disabled without saying why").arg(where);
        }
    }
    showPage(m_overview->objectName());
    return problems;
}

void MainWindow::setUpTray()
{
    connect(m_health, &HealthCenter::worstChanged, this, &MainWindow::showWorst);
    connect(m_health, &HealthCenter::worstChanged, this, &MainWindow::showFleet);
    connect(m_fleet, &FleetHealth::changed, this, &MainWindow::showFleet);
    m_health->notifier()->setFallback([this](const QString &title, const QString &body, bool critical) {
        notifyFallback(title, body, critical);
    });
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        // Said once per run; everything else keeps working in the window.
        const QString message = tr("No system tray here: health shows in this window only, and closing it quits.");
        qCInfo(lcGui).noquote() << message;
        statusBar()->showMessage(message, 15000);
        return;
    }
    m_tray = new QSystemTrayIcon(this);
    auto *menu = new QMenu(this);
    menu->addAction(tr("Show Stratum Deploy"), this, [this]() { showNormal(); raise(); activateWindow(); });
    menu->addAction(tr("Check health now"), m_health, &HealthCenter::pollNow);
    m_trayRollback = menu->addAction(tr("Roll back…"), this, [this]() { rollBackTo(m_status->status().rollbackSha); });
    m_trayRollback->setEnabled(false);
    m_trayUndo = menu->addAction(m_ui->undoDeployAction->text(), m_ui->undoDeployAction, &QAction::trigger);
    m_trayUndo->setEnabled(m_ui->undoDeployAction->isEnabled());
    connect(m_status, &StatusCenter::statusChanged, this, &MainWindow::showStatusInTray);
    menu->addSeparator();
    menu->addAction(tr("Quit"), this, [this]() {
        m_quitting = true;
        close();
        QApplication::quit();
    });
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger) {
            showNormal();
            raise();
        }
    });
    showWorst(HealthState::Unknown);
    m_tray->show();
}

void MainWindow::showWorst(HealthState worst)
{
    // The tray shows the worst of every host: another environment's failing host counts too.
    for (const HostHealth &host : m_fleet->hosts()) {
        if (host.worst == HealthState::Degraded || host.worst == HealthState::Failing)
            worst = worstOf(worst, host.worst);
    }
    setWindowTitle(windowTitleFor(worst));
    if (!m_tray)
        return;
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.drawPixmap(0, 0, QIcon(QStringLiteral(":/stratum/icons/stratum-deploy.svg")).pixmap(64, 64));
    if (AppIdentity::isRehearsal() || !m_roleColour.isEmpty()) { // a frame in the role's colour: violet is never production's
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(AppIdentity::isRehearsal() ? rehearsalColour() : QColor(m_roleColour), 8));
        painter.drawRoundedRect(QRect(4, 4, 56, 56), 10, 10);
    }
    painter.setBrush(healthColour(worst));
    painter.setPen(QPen(Qt::white, 4));
    painter.drawEllipse(QRect(30, 30, 32, 32));
    painter.end();
    m_tray->setIcon(QIcon(pixmap));
    m_tray->setToolTip(trayToolTip());
}

void MainWindow::showStatusInTray(const DropletStatus &)
{
    if (m_tray)
        m_tray->setToolTip(trayToolTip());
}

QString MainWindow::trayToolTip() const
{
    QString text = trayStatusText();
    if (const QList<HostHealth> others = m_fleet->hosts(); !others.isEmpty())
        text += QLatin1Char('\n') + fleetSummary(others); // the other environments' hosts
    if (AppIdentity::isRehearsal())
        return tr("REHEARSAL · %1").arg(text);
    return m_roleLabel.isEmpty() ? text : tr("%1 · %2").arg(m_roleLabel, text);
}

QString MainWindow::trayStatusText() const
{
    const DropletStatus &status = m_status->status();
    if (!status.read)
        return tr("Stratum %1: %2").arg(m_health->hostName(), healthStateLabel(m_status->liveWorst()));
    const HealthState live = m_status->liveWorst();
    return status.headline()
           + (live == HealthState::Failing || live == HealthState::Degraded
                  ? tr(" · live: %1 (%2)").arg(healthStateLabel(live), m_status->liveWorstDetail())
                  : QString());
}

void MainWindow::notifyFallback(const QString &title, const QString &body, bool critical)
{
    if (m_tray)
        m_tray->showMessage(title, body, critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information);
    else
        statusBar()->showMessage(title + QStringLiteral(": ") + body, 15000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    // With a tray, closing the window keeps the health watch running.
    if (m_tray && m_tray->isVisible() && m_health->isWatching() && !m_quitting) {
        hide();
        event->ignore();
        if (!m_toldStillWatching) {
            m_toldStillWatching = true;
            m_tray->showMessage(tr("Still watching"), tr("Stratum Deploy keeps watching %1 from the tray; quit from its menu.")
                                                          .arg(m_health->hostName()));
        }
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace Stratum
