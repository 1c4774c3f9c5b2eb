#pragma once

#include "core/hosts/HostEntry.h"
#include "core/profile/Profile.h"
#include "core/ssh/RemoteHost.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Stratum {

class Redactor;
class Vault;

// How to reach a host entry; the passphrase is empty for agent-only hosts.
SshTarget sshTargetFor(const HostEntry &host, const Profile &profile, const QByteArray &passphrase = {});
// Trusts `key` for the host named `hostName`, replacing a key of the same type.
void trustHostKey(QList<HostEntry> &hosts, const QString &hostName, const HostKeyInfo &key);

// The kept sessions of the app, one per host, shared by every page: deploy
// steps, probes, log tails and command packs all reuse the same connection.
class RemoteHosts : public QObject
{
    Q_OBJECT
public:
    RemoteHosts(const Profile &profile, Vault *vault, QObject *parent = nullptr);

    // Calls `then` with the host's RemoteHost, or with nullptr and a message.
    void withHost(const QString &name, QObject *context,
                  std::function<void(RemoteHost *host, const QString &error)> then);
    // The same for an entry the caller has just read: the host list is not read again.
    void withHost(const HostEntry &host, QObject *context,
                  std::function<void(RemoteHost *host, const QString &error)> then);
    void forget(const QString &name); // after the host entry changed (e.g. a key was trusted)
    // Whether two targets reach the same droplet the same way (address, port, user, key, trusted host keys).
    static bool sameEndpoint(const SshTarget &a, const SshTarget &b);
    // From now on every new session first reads the droplet's env file and gives its secret
    // values (dropletEnvSecretValues) to `redactor`, before any output of the session is shown.
    void maskDropletEnvValuesWith(Redactor *redactor) { m_redactor = redactor; }
    void forgetAll();
    QStringList names() const { return m_hosts.keys(); }

private:
    void readEnvValuesFirst(RemoteHost *remote);

    const Profile &m_profile;
    Vault *m_vault;
    Redactor *m_redactor = nullptr;
    QHash<QString, QPointer<RemoteHost>> m_hosts;
};

} // namespace Stratum
