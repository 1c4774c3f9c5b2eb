#pragma once

#include "core/app/CoreContext.h"
#include "core/ssh/HostKeyPolicy.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SettingsPage;
}

class QLineEdit;

namespace Stratum {

// Hosts and tokens, edited straight into the keychain. Stored values are
// never read back into a field: a field shows only whether a value is set.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(CoreContext &core, QWidget *parent = nullptr);
    ~SettingsPage() override;

public Q_SLOTS:
    void reload();
    void makeFirstHost(const QString &name); // the palette's "Switch to droplet …"

Q_SIGNALS:
    void secretsChanged();
    void hostsChanged();
    void assistantRequested(); // Add droplet…: the connection assistant

private:
    void showHosts(const QList<HostEntry> &hosts);
    void addHost();
    void removeSelectedHost();
    void trustSelectedHost();
    void storeTrustedKey(const QString &hostName, const HostKeyInfo &key);
    void saveTokens();
    void saveNextToken(QList<std::pair<QString, QLineEdit *>> pending);
    void refreshTokenStatus();
    void setStatus(const QString &text, bool error = false);

    std::unique_ptr<Ui::SettingsPage> m_ui;
    CoreContext &m_core;
    QList<HostEntry> m_hosts;
};

} // namespace Stratum
