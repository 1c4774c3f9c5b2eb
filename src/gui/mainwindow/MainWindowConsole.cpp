// The operator's console: ⌘K (Ctrl+K) opens the command palette, ? or F1 the key sheet,
// ⌘Z undoes the deploy being watched; the team's announcements and their failures; the
// droplet's role (production red) on the strip, the title and the tray.
#include "gui/mainwindow/MainWindow.h"

#include "ui_mainwindow.h"

#include "core/announce/Announcer.h"
#include "core/app/AppServices.h"
#include "core/commandpacks/CommandPolicy.h"
#include "core/environments/EnvironmentHosts.h"
#include "core/health/HealthMonitor.h"
#include "core/keychain/Vault.h"
#include "core/platform/AppIdentity.h"
#include "core/deploy/DeployLane.h"
#include "core/releases/Sha.h"
#include "gui/checklists/ChecklistsPage.h"
#include "gui/commandpacks/CommandPacksPage.h"
#include "gui/deploy/DeployPage.h"
#include "gui/diagnostics/DiagnosticsPage.h"
#include "gui/health/HealthCenter.h"
#include "gui/overview/OverviewPage.h"
#include "gui/palette/CommandPalette.h"
#include "gui/releases/ReleasesPage.h"
#include "gui/settings/SettingsPage.h"
#include "gui/status/StatusCenter.h"

#include <QLocale>
#include "gui/status/StatusStrip.h"

#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace Stratum {

namespace {

QString recentKey()
{
    return QStringLiteral("palette/recent");
}

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QLatin1Char('&'));
    return text;
}

} // namespace

void MainWindow::setUpKeyboard()
{
    m_ui->paletteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K)); // ⌘K on a Mac
    m_ui->keySheetAction->setShortcuts({QKeySequence::HelpContents, QKeySequence(Qt::Key_Question)});
    m_ui->undoDeployAction->setShortcut(QKeySequence::Undo);
    m_ui->readOnlyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_ui->rollBackAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    for (QAction *action : {m_ui->paletteAction, m_ui->keySheetAction})
        action->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_ui->paletteAction, &QAction::triggered, this, &MainWindow::openPalette);
    connect(m_ui->keySheetAction, &QAction::triggered, this, &MainWindow::showKeySheet);
    wireUndo();
    wireAnnouncements();
    connect(m_status, &StatusCenter::statusChanged, this, &MainWindow::showRole);
    reloadRoles();
}

void MainWindow::reloadRoles()
{
    m_core.vault()->loadHosts(this, [this](const Vault::Result<QList<HostEntry>> &hosts) {
        if (hosts.error.ok())
            m_hostEntries = hosts.value;
        showRole();
        reloadPromotionOffers();
        watchFleet();
        if (m_releases) // else it is told when it is built
            m_releases->setWatchedHost(watchedHostName()); // known-good is marked for its environment
    });
}

QString MainWindow::watchedHostName() const
{
    return m_hostEntries.isEmpty() ? QString() : m_hostEntries.first().name; // the window watches the first host
}

void MainWindow::watchFleet()
{
    const QString watched = watchedHostName();
    // The other hosts are asked less often than the one the window watches.
    m_fleet->watch(m_hostEntries, watched, std::chrono::seconds(3 * m_core.profile().health.pollIntervalSeconds));
}

void MainWindow::showFleet()
{
    const QList<HostHealth> others = m_fleet->hosts();
    if (others.isEmpty()) {
        m_ui->statusStrip->setFleet({}, {}, false);
        return;
    }
    QList<HostHealth> all = others;
    const QString watched = watchedHostName();
    if (const Environment *environment = environmentOfHost(m_core.profile(), watched, m_hostEntries))
        all.prepend({environment->name, watched, m_status->liveWorst(),
                     m_health->monitor() ? m_health->monitor()->runningBackendTag() : QString()});
    bool alarming = false;
    for (const HostHealth &host : all)
        alarming = alarming || host.worst == HealthState::Failing || fleetMixed(all, host.environment);
    m_ui->statusStrip->setFleet(all, watched, alarming);
    showWorst(m_status->liveWorst());
}

void MainWindow::promote(const PromotionOffer &offer)
{
    shown(&MainWindow::m_deploy)->promote(offer.sha, offer.from, offer.to);
}

void MainWindow::reloadPromotionOffers()
{
    if (m_core.profile().environments.size() < 2)
        return; // one environment: nothing to promote to
    m_core.vault()->loadChecklistRecords(m_core.profile().id, this, [this](const Vault::Result<ChecklistRecords> &records) {
        if (!records.error.ok())
            return;
        m_promotionOffers = promotionOffers(m_core.profile(), records.value, m_hostEntries);
        if (m_releases) // else it is told when it is built
            m_releases->setPromotionOffers(m_promotionOffers);
    });
}

void MainWindow::showRole()
{
    const QString name = m_status->status().hostName;
    const HostEntry *host = nullptr;
    for (const HostEntry &entry : std::as_const(m_hostEntries))
        if (entry.name == name || (!host && name.isEmpty()))
            host = &entry;
    // The rehearsal window says REHEARSAL already, in its own badge.
    const bool shown = host && !(AppIdentity::isRehearsal() && host->role == HostRole::Rehearsal);
    m_roleLabel = shown ? hostRoleLabel(host->role) : QString();
    m_roleColour = shown ? host->shownColour() : QString();
    m_ui->statusStrip->setRole(m_roleLabel, m_roleColour, host ? host->name : QString());
    showWorst(m_status->liveWorst());
}

// ⌘Z is offered from a successful forward deploy until its health watch ends (or a
// rollback replaces it); the core decides where it goes when it is used.
void MainWindow::wireUndo()
{
    connect(m_ui->undoDeployAction, &QAction::triggered, this, [this]() {
        showNormal();
        raise();
        shown(&MainWindow::m_deploy)->startUndo();
    });
    connect(m_health, &HealthCenter::watchFinished, this, &MainWindow::withdrawUndo);
}

// The console's links to the pages built after the first paint.
void MainWindow::wirePagesToConsole()
{
    connect(m_deploy, &DeployPage::forwardDeployed, this, &MainWindow::offerUndo);
    connect(m_deploy, &DeployPage::rolledBack, this, &MainWindow::withdrawUndo);
    Announcer *announcer = m_services->announcer();
    connect(m_diagnostics, &DiagnosticsPage::incidentSaved, this, [this, announcer](const QString &path) {
        announcer->announce({AnnounceEvent::IncidentSaved, m_lane->actor(),
                             tr("saved an incident bundle of %1 (%2)").arg(m_status->status().hostName, QFileInfo(path).fileName()),
                             m_status->status().runningSha, m_status->status().hostName});
    });
}

void MainWindow::offerUndo(const QString &sha)
{
    for (QAction *action : {static_cast<QAction *>(m_ui->undoDeployAction), m_trayUndo.data()}) {
        if (!action)
            continue;
        action->setText(tr("Undo the Deploy of %1…").arg(sha.left(Sha::shortLength)));
        action->setToolTip(tr("Roll back to what ran before %1, while its health watch runs").arg(sha.left(Sha::shortLength)));
        action->setEnabled(true);
    }
}

void MainWindow::withdrawUndo()
{
    for (QAction *action : {static_cast<QAction *>(m_ui->undoDeployAction), m_trayUndo.data()}) {
        if (!action)
            continue;
        action->setText(tr("Undo This Deploy…"));
        action->setToolTip(tr("Offered during the health watch after a deploy"));
        action->setEnabled(false);
    }
}

// The team's channel: a failed delivery is said once in the status bar (the audit log has it
// too); the watch's failure and a saved incident bundle are announced from here.
void MainWindow::wireAnnouncements()
{
    Announcer *announcer = m_services->announcer();
    connect(announcer, &Announcer::deliveryFailed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 30000);
    });
    connect(m_health, &HealthCenter::watchFailure, this, [this, announcer](const QString &suggestion, const QString &) {
        const QString sha = m_status->status().runningSha;
        announcer->announce({AnnounceEvent::WatchFailed, m_lane->actor(),
                             tr("the health watch of %1 on %2 FAILED — %3")
                                 .arg(sha.left(Sha::shortLength), m_status->status().hostName, suggestion.simplified()),
                             sha, m_status->status().hostName});
    });
}

QString MainWindow::changeBlockedReason() const
{
    if (m_lane->readOnly())
        return m_lane->readOnlyRefusal();
    const DropletStatus &status = m_status->status();
    if (status.guards.lock.held)
        return tr("locked by %1 on %2 since %3").arg(status.guards.lock.holder, status.guards.lock.machine, status.guards.lock.since);
    return {};
}

QList<PaletteEntry> MainWindow::menuEntries()
{
    QList<PaletteEntry> entries;
    std::function<void(const QMenu *)> collect = [&](const QMenu *menu) {
        const QString group = plainText(menu->menuAction());
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || action == m_ui->paletteAction)
                continue;
            if (action->menu()) {
                collect(action->menu());
                continue;
            }
            const QString id = action->objectName().isEmpty() ? group + QLatin1Char('/') + plainText(action) : action->objectName();
            entries.append({id, plainText(action), group, action->shortcut(), action->isEnabled(),
                            action->isEnabled() ? QString() : action->toolTip(), [action] { action->trigger(); }});
        }
    };
    for (QAction *top : m_ui->menuBar->actions())
        if (top->menu())
            collect(top->menu());
    return entries;
}

QList<PaletteEntry> MainWindow::changeEntries()
{
    const QString group = tr("Droplet");
    const QString blocked = changeBlockedReason();
    const DropletStatus &status = m_status->status();
    const QString notRead = status.read ? QString() : tr("what runs on the droplet is not read yet");
    auto change = [&](const QString &id, const QString &text, std::function<void()> run, const QString &otherwise = {}) {
        const QString reason = !blocked.isEmpty() ? blocked : otherwise;
        return PaletteEntry{id, text, group, {}, reason.isEmpty(), reason, std::move(run)};
    };
    auto deployBy = [this](const QString &method) {
        return [this, method] {
            shown(&MainWindow::m_deploy)->focusSha(method);
        };
    };
    QList<PaletteEntry> entries;
    entries << change(QStringLiteral("deploy-workflow"), tr("Deploy a SHA by the GitHub workflow…"), deployBy(QStringLiteral("workflow")));
    entries << change(QStringLiteral("deploy-ssh"), tr("Deploy a SHA over SSH (emergency)…"), deployBy(QStringLiteral("ssh")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const RollbackCandidate &candidate : status.candidates)
        entries << change(QStringLiteral("rollback:") + candidate.sha, candidate.label(now) + QStringLiteral("…"),
                          [this, sha = candidate.sha] { rollBackTo(sha); });
    for (const PromotionOffer &offer : std::as_const(m_promotionOffers)) {
        const bool there = status.read && status.hostName == offer.hostName && status.runningSha == offer.sha;
        entries << change(QStringLiteral("promote:%1:%2").arg(offer.sha, offer.to),
                          tr("Promote %1 from %2 to %3 — smoke passed on %2 %4…")
                              .arg(offer.sha.left(Sha::shortLength), offer.from, offer.to,
                                   QLocale().toString(offer.smokePassedAt.toLocalTime(), QLocale::ShortFormat)),
                          [this, offer] { promote(offer); },
                          there ? tr("%1 runs on %2 already").arg(offer.sha.left(Sha::shortLength), offer.hostName) : QString());
    }
    // With no candidate, Droplet → Roll back… is listed from the menu, greyed with its reason.
    const bool pinned = status.guards.pin.pinned;
    entries << change(QStringLiteral("pin"), tr("Pin production at what runs…"), [this] { m_overview->askPin(); },
                      pinned ? tr("pinned already: %1 by %2").arg(status.guards.pin.sha.left(Sha::shortLength), status.guards.pin.holder)
                             : notRead);
    entries << change(QStringLiteral("pin-release"), tr("Release the pin…"), [this] { m_overview->askReleasePin(); },
                      pinned ? QString() : tr("not pinned"));
    entries << change(QStringLiteral("env-restart"), tr("Restart with new env…"), [this] {
        shown(&MainWindow::m_deploy)->startEnvRestart();
    });
    entries << change(QStringLiteral("frontend-recreate"), tr("Recreate the frontend…"), [this] {
        shown(&MainWindow::m_deploy)->startFrontendRecreate();
    });
    // Swarm's quick way back for the last change, offered only where Swarm runs the product.
    if (status.read && m_core.profile().engineOfHost(status.hostName) == Environment::Engine::Swarm)
        entries << change(QStringLiteral("swarm-undo"), tr("Undo the swarm's last update on %1 (docker service rollback)…").arg(status.hostName),
                          [this, host = status.hostName] {
                              shown(&MainWindow::m_deploy)->startSwarmUndo(host);
                          });
    return entries;
}

// What checks and records, rather than changes: smoke, known-good, doctor, logs, the run.
QList<PaletteEntry> MainWindow::checkEntries()
{
    const QString group = tr("Check");
    const DropletStatus &status = m_status->status();
    const QString running = Sha::isFullText(status.runningSha) ? status.runningSha : QString();
    const QString shortSha = running.left(Sha::shortLength);
    const QString noRelease = status.read ? tr("no single release runs on the droplet") : tr("what runs on the droplet is not read yet");
    QList<PaletteEntry> entries;
    entries.append({QStringLiteral("smoke"), tr("Run the post-deploy smoke of %1").arg(shortSha), group, {}, !running.isEmpty(),
                    running.isEmpty() ? noRelease : QString(), [this, running] {
                        shown(&MainWindow::m_checklists)->runSmokeOf(running);
                    }});
    const QString markReason = running.isEmpty() ? noRelease : status.knownGood ? tr("%1 is known-good already").arg(shortSha) : QString();
    entries.append({QStringLiteral("mark-good"), tr("Mark %1 known-good…").arg(shortSha), group, {}, markReason.isEmpty(), markReason,
                    [this, running] {
                        shown(&MainWindow::m_releases)->markGood(running);
                    }});
    entries.append({QStringLiteral("doctor"), tr("Doctor: check the connection and the credentials"), group, {}, true, {}, [this] {
                        shown(&MainWindow::m_diagnostics)->runDoctor();
                    }});
    for (const QString &service : m_core.profile().droplet.services)
        entries.append({QStringLiteral("logs:") + service, tr("Logs of %1 (follow)").arg(service), group, {}, true, {}, [this, service] {
                            shown(&MainWindow::m_diagnostics)->followLogsOf(service);
                        }});
    const QString runUrl = m_deploy->runUrl();
    entries.append({QStringLiteral("open-run"), tr("Open the workflow run on GitHub"), group, {}, !runUrl.isEmpty(),
                    runUrl.isEmpty() ? tr("no workflow run is followed yet") : QString(), [this] { m_deploy->openRun(); }});
    return entries;
}

// Every runnable block of the runbook's command packs; the core's context rule decides.
QList<PaletteEntry> MainWindow::packEntries()
{
    QList<PaletteEntry> entries;
    for (const CommandPack &pack : m_core.profile().commandPacks) {
        for (const CommandBlock &block : pack.blocks) {
            if (block.context == Context::GitHubUi || CommandPolicy::isDisplayOnly(block))
                continue;
            const RunTarget target = block.context == Context::Droplet ? RunTarget::Droplet : RunTarget::Local;
            const RunDecision decision = CommandPolicy::canRun(block, target);
            entries.append({QStringLiteral("block:%1:%2").arg(pack.id, block.title),
                            QStringLiteral("%1 %2 (§%3)").arg(contextLabel(block.context), block.title, pack.id), tr("Command packs"), {},
                            decision.allowed, decision.reason, [this, packId = pack.id, block] {
                                shown(&MainWindow::m_packs)->showPack(packId, block.context);
                                m_packs->runBlock(block);
                            }});
        }
    }
    return entries;
}

QList<PaletteEntry> MainWindow::switchEntries()
{
    QList<PaletteEntry> entries;
    const QString watched = watchedHostName();
    for (const HostEntry &host : std::as_const(m_hostEntries)) {
        const bool current = host.name == watched;
        entries.append({QStringLiteral("switch:") + host.name, tr("Switch to droplet %1 (%2)").arg(host.name, hostRoleLabel(host.role)),
                        tr("Droplet"), {}, !current, current ? tr("this window watches %1 already").arg(host.name) : QString(),
                        [this, name = host.name] { m_settings->makeFirstHost(name); }});
    }
    // Profile schema 2: an environment is reached on its first host (its rolling order's first).
    for (const Environment &environment : m_core.profile().environments) {
        const EnvironmentHosts found = hostsOf(environment, m_hostEntries);
        if (environment.hosts.isEmpty())
            continue;
        const QString first = found.hosts.isEmpty() ? QString() : found.hosts.first().name;
        const QString reason = first.isEmpty()         ? tr("%1 is not set up in Settings").arg(environment.hosts.first())
                               : first == watched ? tr("this window watches %1 already").arg(first)
                                                  : QString();
        entries.append({QStringLiteral("environment:") + environment.name,
                        tr("Switch to environment %1 (%2)").arg(environment.name, hostRoleLabel(environmentRole(environment))), tr("Droplet"),
                        {}, reason.isEmpty(), reason, [this, first] { m_settings->makeFirstHost(first); }});
    }
    return entries;
}

QList<PaletteEntry> MainWindow::paletteEntries()
{
    buildOtherPages(); // what the entries run reaches into the pages
    return changeEntries() + checkEntries() + switchEntries() + packEntries() + menuEntries();
}

void MainWindow::openPalette()
{
    QSettings settings;
    auto *palette = new CommandPalette(paletteEntries(), settings.value(recentKey()).toStringList(), this);
    palette->setAttribute(Qt::WA_DeleteOnClose);
    connect(palette, &CommandPalette::ran, this, [](const QString &id) {
        QSettings remembered;
        remembered.setValue(recentKey(), rememberRecent(remembered.value(recentKey()).toStringList(), id));
    });
    palette->open();
}

// ⌘↩ is each page's main action (only the page shown answers it).
QList<PaletteEntry> MainWindow::pageKeyEntries() const
{
    const QKeySequence mainAction(Qt::CTRL | Qt::Key_Return);
    const QString group = tr("On the page shown");
    QList<PaletteEntry> entries;
    for (const QString &text : {tr("Deploy: plan the deploy of the typed SHA"), tr("Checklists: run the automatic checks"),
                                tr("Releases: roll back to the selected release"), tr("Diagnostics: show the service's logs")})
        entries.append({{}, text, group, mainAction, true, {}, {}});
    return entries;
}

void MainWindow::showKeySheet()
{
    auto *sheet = new QMessageBox(QMessageBox::NoIcon, tr("Keyboard Shortcuts"),
                                  tr("<p>Every action is also in the command palette (%1).</p>%2")
                                      .arg(m_ui->paletteAction->shortcut().toString(QKeySequence::NativeText),
                                           keySheetHtml(menuEntries() + pageKeyEntries())),
                                  QMessageBox::Close, this);
    sheet->setObjectName(QStringLiteral("keySheet"));
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    sheet->setTextFormat(Qt::RichText);
    sheet->open();
}

} // namespace Stratum
