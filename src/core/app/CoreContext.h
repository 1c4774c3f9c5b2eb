#pragma once

#include "core/keychain/KeychainStore.h"
#include "core/keychain/Vault.h"
#include "core/platform/AppPaths.h"
#include "core/profile/Profile.h"
#include "core/redaction/Redactor.h"

#include <QObject>

#include <memory>

namespace Stratum {

// What both front ends share: the active profile, the keychain and the redactor.
class CoreContext : public QObject
{
    Q_OBJECT
public:
    explicit CoreContext(QObject *parent = nullptr);

    // `explicitPath` (from --profile) wins, then the profile imported last, then the built-in one.
    ProfileLoadResult loadProfile(const QString &explicitPath = {});
    const Profile &profile() const { return m_profile; }
    QString profileSource() const { return m_profileSource; }

    // Validates, then copies the profile into the config dir and makes it active.
    ProfileLoadResult importProfile(const QString &path);

    KeychainStore *keychain() const { return m_keychain.get(); }
    Vault *vault() const { return m_vault.get(); }
    Redactor &redactor() { return m_redactor; }
    const Redactor &redactor() const { return m_redactor; }

    // Loads every stored secret into the redactor (never anywhere else).
    void refreshRedactor(QObject *context, std::function<void(const KeychainError &)> done);
    void refreshRedactor(const QList<HostEntry> &hosts, QObject *context, std::function<void(const KeychainError &)> done);

    static void installLogHandler(const Redactor *redactor);

private:
    Profile m_profile;
    QString m_profileSource;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<Vault> m_vault;
    Redactor m_redactor;
};

} // namespace Stratum
