#pragma once

#include "core/app/CoreContext.h"
#include "core/connection/ConnectionChecks.h"

#include <QLabel>
#include <QWizard>

#include <memory>

namespace Ui {
class ConnectionAssistant;
}

namespace Stratum {

// The first connection, step by step (first start with no droplet, and
// Settings → Add droplet…): address and login → the host key with its
// SHA256 fingerprint beside the command that prints it on the droplet's
// console → trust → a connection test → the GitHub token's permissions, all
// missing ones at once → the GHCR login. Each step says what it found;
// nothing is saved until its step passed. The checks are the core's, the same
// ones `stratumctl doctor` runs.
class ConnectionAssistant : public QWizard
{
    Q_OBJECT
public:
    explicit ConnectionAssistant(CoreContext &core, QWidget *parent = nullptr);
    ~ConnectionAssistant() override;

Q_SIGNALS:
    void hostsChanged();   // the droplet was saved
    void secretsChanged(); // a token was saved

protected:
    void initializePage(int id) override;

private:
    enum Page { DropletPage, HostKeyPage, ConnectionPage, GitHubPage, GhcrPage };
    HostEntry typedHost() const;
    void checkTypedHost();
    void readHostKey();
    void showHostKey(const HostKeyReading &reading);
    void testConnection();
    void saveHost();
    void checkToken();
    void checkGhcrLogin();
    void saveSecret(const QString &name, const QByteArray &value, std::function<void()> then);
    static QString describe(const CheckStep &step);
    void setResult(QLabel *label, const CheckStep &step);

    std::unique_ptr<Ui::ConnectionAssistant> m_ui;
    CoreContext &m_core;
    QList<HostEntry> m_existing;
    HostKeyReading m_hostKey;
    bool m_hostSaved = false;
    bool m_checking = false;
};

} // namespace Stratum
