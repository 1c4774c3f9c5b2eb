#include "MainWindow.h"
#include "ui_mainwindow.h"

#include "checklists/ChecklistsPage.h"
#include "commandpacks/CommandPacksPage.h"
#include "deploy/DeployPage.h"
#include "diagnostics/DiagnosticsPage.h"
#include "overview/OverviewPage.h"
#include "releases/ReleasesPage.h"
#include "settings/SettingsPage.h"

#include "ssh/RemoteHosts.h"

#include <QCloseEvent>
#include <QLoggingCategory>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>

Q_LOGGING_CATEGORY(lcGui, "stratum.gui")

namespace Stratum {

MainWindow::MainWindow(CoreContext &core, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_core(core)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Stratum Deploy — %1").arg(core.profile().name));

    m_hosts = new RemoteHosts(core, this);
    m_overview = new OverviewPage(core, *m_hosts, this);
    m_releases = new ReleasesPage(core, this);
    m_settings = new SettingsPage(core, this);
    m_deploy = new DeployPage(core, *m_hosts, m_repository, this);
    QStyle *s = style();
    addPage(m_overview, tr("Overview"), s->standardIcon(QStyle::SP_ComputerIcon));
    addPage(new ChecklistsPage(core, this), tr("Checklists"), s->standardIcon(QStyle::SP_DialogApplyButton));
    addPage(m_deploy, tr("Deploy"), s->standardIcon(QStyle::SP_ArrowUp));
    addPage(m_releases, tr("Releases / Rollback"), s->standardIcon(QStyle::SP_BrowserReload));
    auto *packs = new CommandPacksPage(core, *m_hosts, m_repository, this);
    auto *diagnostics = new DiagnosticsPage(core, *m_hosts, m_repository, this);
    addPage(packs, tr("Command packs"), s->standardIcon(QStyle::SP_FileIcon));
    addPage(diagnostics, tr("Diagnostics"), s->standardIcon(QStyle::SP_MessageBoxInformation));
    addPage(m_settings, tr("Settings"), s->standardIcon(QStyle::SP_FileDialogDetailedView));

    connect(m_ui->pageList, &QListWidget::currentRowChanged, this, &MainWindow::onPageChanged);
    connect(m_settings, &SettingsPage::secretsChanged, this, &MainWindow::refreshSecrets);
    connect(m_releases, &ReleasesPage::releaseLogChanged, m_overview, &OverviewPage::reload);
    connect(m_deploy, &DeployPage::releaseLogChanged, m_releases, &ReleasesPage::reload);
    connect(m_deploy, &DeployPage::releaseLogChanged, m_overview, &OverviewPage::reload);
    connect(m_deploy, &DeployPage::operationFinished, m_overview, &OverviewPage::refreshDeployed);
    connect(m_releases, &ReleasesPage::rollbackRequested, this, [this](const QString &sha) {
        showPage(m_deploy->objectName());
        m_deploy->startRollback(sha);
    });
    // A changed host entry (added, removed, key trusted) drops the kept sessions first.
    connect(m_settings, &SettingsPage::hostsChanged, m_hosts, &RemoteHosts::forgetAll);
    connect(m_settings, &SettingsPage::hostsChanged, m_deploy, &DeployPage::reloadHosts);
    connect(m_settings, &SettingsPage::hostsChanged, packs, &CommandPacksPage::reloadHosts);
    connect(m_settings, &SettingsPage::hostsChanged, diagnostics, &DiagnosticsPage::reloadHosts);
    connect(m_settings, &SettingsPage::hostsChanged, m_overview, &OverviewPage::refreshDeployed);
    m_ui->pageList->setCurrentRow(0);

    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
    refreshSecrets();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(QWidget *page, const QString &title, const QIcon &icon)
{
    m_ui->pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_ui->pageList);
    item->setData(Qt::UserRole, page->objectName());
}

void MainWindow::onPageChanged(int row)
{
    m_ui->pages->setCurrentIndex(row);
}

void MainWindow::showPage(const QString &objectName)
{
    for (int row = 0; row < m_ui->pageList->count(); ++row) {
        if (m_ui->pageList->item(row)->data(Qt::UserRole).toString() == objectName)
            m_ui->pageList->setCurrentRow(row);
    }
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
    bool ok = m_ui->pages->count() == 7 && m_ui->pageList->count() == 7;
    for (int row = 0; row < m_ui->pageList->count(); ++row) {
        m_ui->pageList->setCurrentRow(row);
        ok = ok && m_ui->pages->currentIndex() == row && m_ui->pages->currentWidget() != nullptr;
    }
    return ok;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace Stratum
