#include "DiagnosticsPage.h"
#include "ui_diagnosticspage.h"

#include "keychain/KeychainStore.h"

namespace Stratum {

DiagnosticsPage::DiagnosticsPage(CoreContext &core, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DiagnosticsPage>()), m_core(core)
{
    m_ui->setupUi(this);
    m_ui->causesLabel->setText(
        tr("<ul>"
           "<li><b>InvalidPasswordError</b> in the backend log: the database password in %1 does not match the "
           "database. Fix POSTGRES_PASSWORD / DATABASE_URL, then restart (pack 9).</li>"
           "<li><b>Placeholder JWT_SECRET or OPS_INTERNAL_TOKEN</b>: set strong values in %1, then restart.</li>"
           "<li><b>SSH/auth errors in the deploy workflow</b>: check DROPLET_HOST, DROPLET_USER, DROPLET_SSH_KEY and "
           "the key in /root/.ssh/authorized_keys (pack 10.3).</li></ul>")
            .arg(core.profile().droplet.envFile));
    m_ui->filesLabel->setText(tr("Settings: %1\nLog: %2\nKeychain service: %3 (hosts, tokens, passphrases, "
                                 "release log)")
                                  .arg(AppPaths::configDir(), AppPaths::logFile(), KeychainStore::serviceName()));
}

DiagnosticsPage::~DiagnosticsPage() = default;

} // namespace Stratum
