#pragma once

#include "core/hosts/HostEntry.h"
#include "core/keychain/KeychainStore.h"
#include "core/releases/ChecklistRecords.h"
#include "core/releases/ReleaseLog.h"

#include <QMap>
#include <QObject>
#include <QStringList>

#include <functional>

namespace Stratum {

// The secrets the app keeps. Values only ever travel keychain → memory.
namespace SecretNames {
inline QString githubToken() { return QStringLiteral("github-token"); }
inline QString ghcrUsername() { return QStringLiteral("ghcr-username"); }
inline QString ghcrToken() { return QStringLiteral("ghcr-token"); }
inline QString sshPassphrasePrefix() { return QStringLiteral("ssh-passphrase/"); }
inline QString webhookUrl() { return QStringLiteral("webhook-url"); } // the team's chat webhook (stratumctl notify set)
QStringList fixed();
bool isValid(const QString &name); // one of fixed() or ssh-passphrase/<host name>
} // namespace SecretNames

// The team's chat webhook: its kind (not secret) and its URL (a secret: whoever has it can post).
struct StoredWebhook {
    QString kind;
    QString url;
};

// Typed access to what lives in the keychain: hosts (with their trusted host
// keys), tokens, SSH key passphrases and the per-profile release log.
class Vault : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    struct Result {
        KeychainError error;
        T value{};
    };
    using HostsDone = std::function<void(const Result<QList<HostEntry>> &)>;
    using ReleasesDone = std::function<void(const Result<ReleaseLog> &)>;
    using SecretDone = std::function<void(const Result<QString> &)>;
    using ChecksDone = std::function<void(const Result<ChecklistRecords> &)>;
    using StatusDone = std::function<void(const Result<QMap<QString, bool>> &)>;
    using Done = KeychainStore::WriteDone;
    using WebhookDone = std::function<void(const Result<StoredWebhook> &)>;

    explicit Vault(KeychainStore *store, QObject *parent = nullptr);

    KeychainStore *store() const { return m_store; }

    void loadHosts(QObject *context, HostsDone done);
    void saveHosts(const QList<HostEntry> &hosts, QObject *context, Done done);

    void loadReleaseLog(const QString &profileId, QObject *context, ReleasesDone done);
    void saveReleaseLog(const QString &profileId, const ReleaseLog &log, QObject *context, Done done); // replaces it, in turn
    // Reads the log, lets `edit` change it, writes it back: one read-modify-write for every caller,
    // in turn with every other process of the user (see DocumentLock).
    void updateReleaseLog(const QString &profileId, std::function<void(ReleaseLog &)> edit, QObject *context, Done done);

    // Checklist state per SHA (not secret, but kept with the release log it gates).
    void loadChecklistRecords(const QString &profileId, QObject *context, ChecksDone done);
    void updateChecklistRecords(const QString &profileId, std::function<void(ChecklistRecords &)> edit, QObject *context,
                                Done done);

    void readSecret(const QString &name, QObject *context, SecretDone done); // NotFound when unset
    // Also records when it was set (runbook §8.2's rotation reminder): a date beside the secret, never the value.
    void writeSecret(const QString &name, const QByteArray &value, QObject *context, Done done);
    void removeSecret(const QString &name, QObject *context, Done done); // and its date
    // The webhook; an empty URL (and no error) when none is set.
    void loadWebhook(QObject *context, WebhookDone done);
    void saveWebhook(const QString &kind, const QByteArray &url, QObject *context, Done done);
    void removeWebhook(QObject *context, Done done);
    using DatesDone = std::function<void(const Result<QMap<QString, QDateTime>> &)>;
    // When each of `names` was set or last rotated; a name set before dates were kept is absent.
    void loadSecretDates(const QStringList &names, QObject *context, DatesDone done);
    static QString secretDateKey(const QString &name) { return QStringLiteral("secret-date/") + name; }
    // Which of `names` are set, without handing any value to the caller.
    void secretStatus(const QStringList &names, QObject *context, StatusDone done);
    // All stored secret values, for the redactor only.
    void loadAllSecretValues(const QStringList &names, QObject *context,
                             std::function<void(const Result<QStringList> &)> done);
    // Puts every stored secret (tokens, each host's key passphrase) into the redactor and nowhere else.
    void loadRedactorSecrets(class Redactor *redactor, QObject *context, Done done);
    // The same with the host list the caller has just read (it names the passphrases).
    void loadRedactorSecrets(class Redactor *redactor, const QList<HostEntry> &hosts, QObject *context, Done done);

private:
    // Reads the named secrets one after another (keychains dislike parallel jobs).
    void readEach(const QStringList &keys, QObject *context,
                  std::function<void(const QString &, const KeychainRead &)> each, Done done, int index = 0);
    static QStringList secretKeys(const QStringList &names);
    std::chrono::milliseconds documentWait() const;
    static QString webhookKindKey() { return QStringLiteral("webhook-kind"); }
    static QString hostsKey() { return QStringLiteral("hosts"); }
    static QString releaseKey(const QString &profileId) { return QStringLiteral("releases/") + profileId; }
    static QString checksKey(const QString &profileId) { return QStringLiteral("checks/") + profileId; }
    static QString secretKey(const QString &name) { return QStringLiteral("secret/") + name; }

    KeychainStore *m_store;
};

} // namespace Stratum
