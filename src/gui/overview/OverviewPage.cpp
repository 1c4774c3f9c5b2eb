#include "OverviewPage.h"
#include "ui_overviewpage.h"

namespace Stratum {

OverviewPage::OverviewPage(CoreContext &core, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::OverviewPage>()), m_core(core)
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
    reload();
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
