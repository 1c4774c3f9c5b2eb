#include "DeployPage.h"
#include "ui_deploypage.h"

#include <QRegularExpressionValidator>

namespace Stratum {

DeployPage::DeployPage(CoreContext &core, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DeployPage>()), m_core(core)
{
    m_ui->setupUi(this);
    const Profile &profile = core.profile();
    m_ui->shaEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9a-fA-F]{0,40}")), m_ui->shaEdit));
    m_ui->methodCombo->addItem(tr("GitHub workflow \"%1\" on %2 (standard)")
                                   .arg(profile.github.deployWorkflow.name, profile.github.branch),
                               QStringLiteral("workflow"));
    m_ui->methodCombo->addItem(tr("SSH by SHA (emergency, runbook §6)"), QStringLiteral("ssh"));

    QStringList required;
    for (const Checklist &checklist : profile.checklists) {
        if (checklist.requiredForDeploy)
            required << tr("§%1 %2").arg(checklist.section, checklist.title);
    }
    m_ui->gateLabel->setText(tr("Before a deploy: %1, and CI green for the target SHA.")
                                 .arg(required.join(tr(", "))));
    m_ui->deployButton->setEnabled(false);
    connect(m_ui->shaEdit, &QLineEdit::textChanged, this, &DeployPage::validateSha);
    validateSha();
    loadHosts();
}

DeployPage::~DeployPage() = default;

void DeployPage::validateSha()
{
    const QString sha = m_ui->shaEdit->text();
    QString reason;
    if (sha.isEmpty())
        reason = tr("Enter the commit SHA to deploy.");
    else if (!isShaPrefix(sha))
        reason = tr("A SHA has 7 to 40 hex digits.");
    else
        reason = tr("Deploying from the app is not available in this build yet: follow command pack 4.1 "
                    "(workflow) or 6 (emergency SSH).");
    m_ui->blockedReasonLabel->setText(reason);
    m_ui->deployButton->setToolTip(reason);
}

void DeployPage::loadHosts()
{
    m_ui->hostCombo->clear();
    m_core.vault()->loadHosts(this, [this](const Vault::Result<QList<HostEntry>> &hosts) {
        if (!hosts.error.ok()) {
            m_ui->hostCombo->addItem(tr("keychain unavailable"));
            m_ui->hostCombo->setToolTip(hosts.error.message);
            return;
        }
        for (const HostEntry &host : hosts.value)
            m_ui->hostCombo->addItem(host.name);
        if (hosts.value.isEmpty())
            m_ui->hostCombo->addItem(tr("no host yet (add one in Settings)"));
    });
}

} // namespace Stratum
