#include "RemoteHosts.h"

#include "core/envlint/EnvLint.h"
#include "core/keychain/Vault.h"
#include "core/platform/ShellQuote.h"
#include "core/redaction/Redactor.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHosts, "stratum.hosts")

namespace Stratum {

SshTarget sshTargetFor(const HostEntry &host, const Profile &profile, const QByteArray &passphrase)
{
    SshTarget target;
    target.label = host.name;
    target.address = host.address;
    target.port = static_cast<quint16>(host.port);
    target.user = host.user;
    target.keyPath = host.keyPath;
    target.useAgent = host.useAgent;
    target.passphrase = passphrase;
    target.trustedKeys = host.trustedKeys;
    target.connectTimeout = std::chrono::seconds(profile.timing.sshConnectSeconds);
    target.keepaliveInterval = std::chrono::seconds(profile.timing.keepaliveSeconds);
    return target;
}

void trustHostKey(QList<HostEntry> &hosts, const QString &hostName, const HostKeyInfo &key)
{
    for (HostEntry &host : hosts) {
        if (host.name != hostName)
            continue;
        host.trustedKeys.removeIf([&key](const TrustedHostKey &k) { return k.type == key.type; });
        host.trustedKeys.append({key.type, key.fingerprint, QString::fromLatin1(key.blob.toBase64())});
    }
}

RemoteHosts::RemoteHosts(const Profile &profile, Vault *vault, QObject *parent)
    : QObject(parent), m_profile(profile), m_vault(vault)
{
}

void RemoteHosts::readEnvValuesFirst(RemoteHost *remote)
{
    const QString read = QStringLiteral("cd %1 2>/dev/null && cat -- %2 2>/dev/null; exit 0")
                             .arg(shellQuote(m_profile.placeOfHost(remote->target().label).appDir), shellQuote(m_profile.droplet.envFile));
    Redactor *redactor = m_redactor;
    remote->setPrelude(read, [redactor](const RemoteResult &result) {
        if (!result.ok()) {
            qCInfo(lcHosts) << "the droplet's env file could not be read for the redactor";
            return;
        }
        QStringList values = dropletEnvSecretValues(parseEnvFile(result.out));
        for (QString &value : values) {
            redactor->addSecret(value, Redactor::Origin::Droplet);
            value.fill(QLatin1Char('\0'));
        }
        qCDebug(lcHosts) << "masking" << values.size() << "values of the droplet's env file";
    });
}

bool RemoteHosts::sameEndpoint(const SshTarget &a, const SshTarget &b)
{
    auto keys = [](const SshTarget &target) {
        QStringList fingerprints;
        for (const TrustedHostKey &key : target.trustedKeys)
            fingerprints << key.type + QLatin1Char(' ') + key.fingerprint;
        fingerprints.sort();
        return fingerprints;
    };
    return a.address == b.address && a.port == b.port && a.user == b.user && a.keyPath == b.keyPath && a.useAgent == b.useAgent
           && keys(a) == keys(b);
}

void RemoteHosts::forget(const QString &name)
{
    if (RemoteHost *host = m_hosts.take(name)) {
        host->disconnectFromHost();
        host->deleteLater();
    }
}

void RemoteHosts::forgetAll()
{
    const QStringList names = m_hosts.keys();
    for (const QString &name : names)
        forget(name);
}

void RemoteHosts::withHost(const QString &name, QObject *context,
                           std::function<void(RemoteHost *, const QString &)> then)
{
    if (RemoteHost *host = m_hosts.value(name)) {
        then(host, {});
        return;
    }
    m_vault->loadHosts(context, [this, name, context, then](const Vault::Result<QList<HostEntry>> &hosts) {
        if (!hosts.error.ok()) {
            then(nullptr, hosts.error.message);
            return;
        }
        const auto it = std::find_if(hosts.value.cbegin(), hosts.value.cend(),
                                     [&name](const HostEntry &host) { return host.name == name; });
        if (it == hosts.value.cend()) {
            then(nullptr, tr("no host named \"%1\"; add it in Settings").arg(name));
            return;
        }
        withHost(*it, context, then);
    });
}

void RemoteHosts::withHost(const HostEntry &host, QObject *context,
                           std::function<void(RemoteHost *, const QString &)> then)
{
    // The entry changed since its session was made (a key trusted or rotated by another
    // process, a new address): the old session goes, as it would after forget().
    if (RemoteHost *existing = m_hosts.value(host.name); existing && !sameEndpoint(existing->target(), sshTargetFor(host, m_profile)))
        forget(host.name);
    if (RemoteHost *existing = m_hosts.value(host.name)) {
        then(existing, {});
        return;
    }
    m_vault->readSecret(SecretNames::sshPassphrasePrefix() + host.name, context,
                        [this, host, then](const Vault::Result<QString> &passphrase) {
        if (!passphrase.error.ok() && !passphrase.error.notFound()) {
            then(nullptr, passphrase.error.message);
            return;
        }
        if (RemoteHost *existing = m_hosts.value(host.name)) { // created meanwhile
            then(existing, {});
            return;
        }
        auto *remote = new RemoteHost(sshTargetFor(host, m_profile, passphrase.value.toUtf8()), this);
        if (m_redactor)
            readEnvValuesFirst(remote);
        m_hosts.insert(host.name, remote);
        then(remote, {});
    });
}

} // namespace Stratum
