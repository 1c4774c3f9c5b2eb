#include "OverviewPage.h"
#include "ui_overviewpage.h"

#include "deploy/ComposePs.h"
#include "deploy/RemoteCommands.h"
#include "ssh/RemoteHosts.h"

namespace Stratum {

OverviewPage::OverviewPage(CoreContext &core, RemoteHosts &hosts, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::OverviewPage>()), m_core(core), m_hosts(hosts)
{
    m_ui->setupUi(this);
    const Profile &profile = core.profile();
    m_ui->profileLabel->setText(tr("<b>%1</b> — %2/%3 on <code>%4</code>, droplet <code>%5</code> (%6)")
                                    .arg(profile.name.toHtmlEscaped(), profile.github.owner, profile.github.repo,
                                         profile.github.branch, profile.droplet.appDir,
                                         core.profileSource().toHtmlEscaped()));
    m_ui->frontendName->setText(tr("Frontend (port %1)").arg(profile.health.frontendPort));
    for (QLabel *state : {m_ui->backendLiveState, m_ui->backendReadyState, m_ui->frontendState, m_ui->workerState})
        state->setText(tr("not watched yet"));
    connect(m_ui->refreshDeployedButton, &QPushButton::clicked, this, &OverviewPage::refreshDeployed);
    reload();
}

void OverviewPage::refreshDeployed()
{
    m_core.vault()->loadHosts(this, [this](const Vault::Result<QList<HostEntry>> &hosts) {
        if (!hosts.error.ok() || hosts.value.isEmpty()) {
            m_ui->deployedLabel->setText(hosts.error.ok() ? tr("No droplet is set up yet: add it in Settings.")
                                                          : hosts.error.message);
            return;
        }
        const QString name = hosts.value.first().name;
        m_ui->deployedLabel->setText(tr("Reading %1…").arg(name));
        m_hosts.withHost(name, this, [this, name](RemoteHost *host, const QString &error) {
            if (!host) {
                m_ui->deployedLabel->setText(error);
                return;
            }
            host->run(RemoteCommands(m_core.profile()).composePs(),
                      std::chrono::seconds(m_core.profile().timing.stepSeconds), this,
                      {{}, {}, [this, name](const RemoteResult &result) {
                if (!result.exit.error.ok()) {
                    m_ui->deployedLabel->setText(result.exit.error.message);
                    return;
                }
                const ComposePsResult ps = parseComposePs(result.out);
                if (!ps.containers) {
                    m_ui->deployedLabel->setText(ps.error);
                    return;
                }
                QStringList rows;
                for (const ContainerState &c : *ps.containers)
                    rows << tr("<b>%1</b> %2 — <code>%3</code>").arg(c.service.toHtmlEscaped(), c.state.toHtmlEscaped(),
                                                                     c.imageTag().left(12).toHtmlEscaped());
                m_ui->deployedLabel->setText(tr("%1: %2").arg(name.toHtmlEscaped(), rows.join(QStringLiteral(" · "))));
            }});
        });
    });
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::reload()
{
    m_ui->lastReleaseLabel->setText(tr("Reading the release log from the keychain…"));
    m_core.vault()->loadReleaseLog(m_core.profile().id, this, [this](const Vault::Result<ReleaseLog> &log) {
        if (!log.error.ok()) {
            m_ui->lastReleaseLabel->setText(tr("Release log unavailable: %1").arg(log.error.message));
            return;
        }
        const QList<ReleaseEntry> good = log.value.knownGood();
        if (good.isEmpty()) {
            m_ui->lastReleaseLabel->setText(tr("No known-good release recorded yet. Mark one on the Releases page."));
            return;
        }
        const ReleaseEntry &last = good.first();
        m_ui->lastReleaseLabel->setText(tr("<code>%1</code> — %2, %3 by %4")
                                            .arg(last.sha, last.time.toLocalTime().toString(Qt::TextDate),
                                                 last.method, last.who.toHtmlEscaped()));
    });
}

} // namespace Stratum
