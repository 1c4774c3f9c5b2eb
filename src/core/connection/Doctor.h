#pragma once

#include "core/connection/ConnectionChecks.h"

#include <QObject>

namespace Stratum {

class Vault;

// `stratumctl doctor`: the connection assistant's checks against what is
// stored — the host key, the droplet, the GitHub token's permissions, the GHCR
// login and its scopes — and the runbook §8.2 rotation reminders. Each check
// is reported as it ends; all good only when every one passed.
class Doctor : public QObject
{
    Q_OBJECT
public:
    Doctor(const Profile &profile, Vault *vault, QObject *parent = nullptr);

    void run(const QString &hostName = {}); // empty: the only host set up
    const QList<CheckStep> &steps() const { return m_steps; }
    bool allPassed() const;
    bool keychainFailed() const { return m_keychainFailed; }

Q_SIGNALS:
    void stepChecked(const Stratum::CheckStep &step);
    void finished();

private:
    void report(const CheckStep &step);
    void finishWith(const CheckStep &step); // a keychain failure ends the run
    void checkHost(const HostEntry &host);
    void checkTokens();
    void checkRotation();

    const Profile &m_profile;
    Vault *m_vault;
    QList<HostEntry> m_hosts;
    QList<CheckStep> m_steps;
    bool m_keychainFailed = false;
};

} // namespace Stratum
