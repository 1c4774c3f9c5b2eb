#include "SettingsPage.h"
#include "ui_settingspage.h"

#include "gui/common/Confirm.h"

#include "core/app/Startup.h"

#include "core/ssh/RemoteHosts.h"
#include "core/ssh/SshSession.h"

#include <QHeaderView>
#include <QMessageBox>

namespace Stratum {

SettingsPage::SettingsPage(CoreContext &core, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SettingsPage>()), m_core(core)
{
    m_ui->setupUi(this);
    m_ui->hostsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->hostsTable->verticalHeader()->hide();
    for (QLineEdit *secret : {m_ui->githubTokenEdit, m_ui->ghcrTokenEdit}) {
        secret->setEchoMode(QLineEdit::Password);
        secret->setAttribute(Qt::WA_InputMethodEnabled, false);
    }
    connect(m_ui->addHostButton, &QPushButton::clicked, this, &SettingsPage::addHost);
    connect(m_ui->addDropletButton, &QPushButton::clicked, this, &SettingsPage::assistantRequested);
    connect(m_ui->removeHostButton, &QPushButton::clicked, this, &SettingsPage::removeSelectedHost);
    connect(m_ui->saveTokensButton, &QPushButton::clicked, this, &SettingsPage::saveTokens);
    connect(m_ui->trustHostButton, &QPushButton::clicked, this, &SettingsPage::trustSelectedHost);
    // The language of both binaries; English and German are complete.
    m_ui->languageCombo->addItem(tr("System default"), QStringLiteral("system"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(Startup::chosenLanguage())));
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, [this]() {
        Startup::chooseLanguage(m_ui->languageCombo->currentData().toString());
        setStatus(tr("The language changes at the next start."));
    });
    connect(m_ui->hostsTable, &QTableWidget::itemSelectionChanged, this, [this]() {
        const bool selected = !m_ui->hostsTable->selectedItems().isEmpty();
        m_ui->removeHostButton->setEnabled(selected);
        m_ui->trustHostButton->setEnabled(selected);
    });
    reload();
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::setStatus(const QString &text, bool error)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("QLabel { color: #c62828; }") : QString());
}

void SettingsPage::reload()
{
    m_core.vault()->loadHosts(this, [this](const Vault::Result<QList<HostEntry>> &hosts) {
        if (!hosts.error.ok()) {
            setStatus(tr("Keychain: %1").arg(hosts.error.message), true);
            return;
        }
        m_hosts = hosts.value;
        showHosts(m_hosts);
        refreshTokenStatus();
    });
}

void SettingsPage::showHosts(const QList<HostEntry> &hosts)
{
    m_ui->hostsTable->setRowCount(static_cast<int>(hosts.size()));
    for (int row = 0; row < hosts.size(); ++row) {
        const HostEntry &host = hosts.at(row);
        const QStringList cells{host.name, QStringLiteral("%1@%2:%3").arg(host.user, host.address).arg(host.port),
                                host.keyPath.isEmpty() ? tr("ssh-agent")
                                                       : (host.useAgent ? tr("ssh-agent, then %1") : tr("key %1"))
                                                             .arg(host.keyPath),
                                QString::number(host.trustedKeys.size())};
        for (int column = 0; column < cells.size(); ++column)
            m_ui->hostsTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_ui->hostsTable->resizeColumnsToContents();
}

void SettingsPage::addHost()
{
    HostEntry host;
    host.name = m_ui->hostNameEdit->text().trimmed();
    host.address = m_ui->hostAddressEdit->text().trimmed();
    host.port = m_ui->hostPortSpin->value();
    host.user = m_ui->hostUserEdit->text().trimmed();
    host.keyPath = m_ui->hostKeyEdit->text().trimmed();
    host.useAgent = m_ui->useAgentCheck->isChecked() || host.keyPath.isEmpty();
    host.keySetAt = QDateTime::currentDateTimeUtc();
    QString problem = validateHostEntry(host);
    for (const HostEntry &existing : std::as_const(m_hosts)) {
        if (existing.name == host.name)
            problem = tr("a host named \"%1\" exists already").arg(host.name);
    }
    if (!problem.isEmpty()) {
        setStatus(tr("Host not added: %1").arg(problem), true);
        return;
    }
    QList<HostEntry> hosts = m_hosts;
    hosts.append(host);
    m_core.vault()->saveHosts(hosts, this, [this, hosts, name = host.name](const KeychainError &error) {
        if (!error.ok()) {
            setStatus(tr("Host not added: %1").arg(error.message), true);
            return;
        }
        m_hosts = hosts;
        showHosts(m_hosts);
        for (QLineEdit *edit : {m_ui->hostNameEdit, m_ui->hostAddressEdit, m_ui->hostKeyEdit})
            edit->clear();
        setStatus(tr("Added host \"%1\" to the keychain.").arg(name));
        Q_EMIT hostsChanged();
    });
}

void SettingsPage::makeFirstHost(const QString &name)
{
    m_core.vault()->loadHosts(this, [this, name](const Vault::Result<QList<HostEntry>> &loaded) {
        if (!loaded.error.ok()) {
            setStatus(tr("Droplet not switched: %1").arg(loaded.error.message), true);
            return;
        }
        const QList<HostEntry> hosts = hostsWithFirst(loaded.value, name);
        m_core.vault()->saveHosts(hosts, this, [this, hosts, name](const KeychainError &error) {
            if (!error.ok()) {
                setStatus(tr("Droplet not switched: %1").arg(error.message), true);
                return;
            }
            m_hosts = hosts;
            showHosts(m_hosts);
            setStatus(tr("The window now watches \"%1\"; stratumctl uses it without --host.").arg(name));
            Q_EMIT hostsChanged();
        });
    });
}

void SettingsPage::removeSelectedHost()
{
    const int row = m_ui->hostsTable->currentRow();
    if (row < 0 || row >= m_hosts.size())
        return;
    QList<HostEntry> hosts = m_hosts;
    const QString name = hosts.takeAt(row).name;
    m_core.vault()->saveHosts(hosts, this, [this, hosts, name](const KeychainError &error) {
        if (!error.ok()) {
            setStatus(tr("Host not removed: %1").arg(error.message), true);
            return;
        }
        m_hosts = hosts;
        showHosts(m_hosts);
        m_core.vault()->removeSecret(SecretNames::sshPassphrasePrefix() + name, this, [](const KeychainError &) {});
        setStatus(tr("Removed host \"%1\".").arg(name));
        Q_EMIT hostsChanged();
    });
}

void SettingsPage::trustSelectedHost()
{
    const int row = m_ui->hostsTable->currentRow();
    if (row < 0 || row >= m_hosts.size())
        return;
    const HostEntry host = m_hosts.at(row);
    auto *session = new SshSession(sshTargetFor(host, m_core.profile()), this);
    session->setHostKeyOnly(true);
    setStatus(tr("Reading the host key of %1…").arg(host.name));
    connect(session, &SshSession::failed, this, [this, session](const SshError &error) {
        session->deleteLater();
        setStatus(error.message, true);
        if (error.kind == SshError::Kind::HostKeyChanged || error.kind == SshError::Kind::HostKeyRevoked) {
            // No override: the way out is on the droplet's console, not in this dialog.
            inform(this, QMessageBox::Critical, tr("Host key refused"), error.message, QStringLiteral("hostKeyRefusedDialog"));
        }
    });
    connect(session, &SshSession::hostKeyRead, this, [this, session, host](const HostKeyInfo &key) {
        session->deleteLater();
        for (const TrustedHostKey &trusted : host.trustedKeys) {
            if (trusted.fingerprint == key.fingerprint) {
                setStatus(tr("%1's host key %2 is trusted already.").arg(host.name, key.fingerprint));
                return;
            }
        }
        confirm(this, {tr("Trust host key"),
                       tr("%1 (%2:%3) presents this host key:\n\n%4 %5\n\nCompare it with the droplet's own "
                          "(ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on its console). "
                          "Trust it only if they match.")
                           .arg(host.name, host.address).arg(host.port).arg(key.type, key.fingerprint),
                       tr("Trust"), QMessageBox::Question, QMessageBox::AcceptRole, QStringLiteral("trustHostKeyDialog"),
                       QStringLiteral("trustButton")},
                [this, host, key]() { storeTrustedKey(host.name, key); });
    });
    session->open();
}

void SettingsPage::storeTrustedKey(const QString &hostName, const HostKeyInfo &key)
{
    QList<HostEntry> hosts = m_hosts;
    trustHostKey(hosts, hostName, key);
    m_core.vault()->saveHosts(hosts, this, [this, hosts, hostName, key](const KeychainError &error) {
        if (!error.ok()) {
            setStatus(tr("Not trusted: %1").arg(error.message), true);
            return;
        }
        m_hosts = hosts;
        showHosts(m_hosts);
        setStatus(tr("Trusted %1 %2 for %3.").arg(key.type, key.fingerprint, hostName));
        Q_EMIT hostsChanged();
    });
}

void SettingsPage::saveTokens()
{
    QList<std::pair<QString, QLineEdit *>> pending;
    const std::pair<QString, QLineEdit *> fields[] = {{SecretNames::githubToken(), m_ui->githubTokenEdit},
                                                     {SecretNames::ghcrUsername(), m_ui->ghcrUsernameEdit},
                                                     {SecretNames::ghcrToken(), m_ui->ghcrTokenEdit}};
    for (const auto &field : fields) {
        if (!field.second->text().isEmpty())
            pending.append(field);
    }
    if (pending.isEmpty()) {
        setStatus(tr("Type a new value into a field to store it; empty fields keep what is stored."));
        return;
    }
    m_ui->saveTokensButton->setEnabled(false);
    saveNextToken(pending);
}

void SettingsPage::saveNextToken(QList<std::pair<QString, QLineEdit *>> pending)
{
    if (pending.isEmpty()) {
        m_ui->saveTokensButton->setEnabled(true);
        setStatus(tr("Saved to the keychain."));
        refreshTokenStatus();
        Q_EMIT secretsChanged();
        return;
    }
    const auto [name, edit] = pending.takeFirst();
    QByteArray value = edit->text().trimmed().toUtf8();
    edit->clear(); // the value lives on only in the keychain
    m_core.vault()->writeSecret(name, value, this, [this, pending, name](const KeychainError &error) {
        if (!error.ok()) {
            m_ui->saveTokensButton->setEnabled(true);
            setStatus(tr("%1 not saved: %2").arg(name, error.message), true);
            return;
        }
        saveNextToken(pending);
    });
    value.fill('\0');
}

void SettingsPage::refreshTokenStatus()
{
    const QStringList names = SecretNames::fixed();
    m_core.vault()->secretStatus(names, this, [this](const Vault::Result<QMap<QString, bool>> &status) {
        if (!status.error.ok()) {
            m_ui->tokenStatusLabel->setText(tr("Keychain: %1").arg(status.error.message));
            return;
        }
        const std::pair<QString, QLineEdit *> fields[] = {{SecretNames::githubToken(), m_ui->githubTokenEdit},
                                                         {SecretNames::ghcrUsername(), m_ui->ghcrUsernameEdit},
                                                         {SecretNames::ghcrToken(), m_ui->ghcrTokenEdit}};
        QStringList summary;
        for (const auto &[name, edit] : fields) {
            const bool set = status.value.value(name);
            edit->setPlaceholderText(set ? tr("stored in the keychain — type to replace") : tr("not set"));
            summary << tr("%1: %2").arg(name, set ? tr("set") : tr("not set"));
        }
        m_ui->tokenStatusLabel->setText(summary.join(QStringLiteral(" · ")));
    });
}

} // namespace Stratum
