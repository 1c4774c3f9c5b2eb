#include "Vault.h"

#include "core/keychain/DocumentLock.h"
#include "core/redaction/Redactor.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QMap>

#include <memory>

namespace Stratum {

namespace {

void wipe(QByteArray &bytes)
{
    bytes.detach();
    bytes.fill('\0');
    bytes.clear();
}

} // namespace

QStringList SecretNames::fixed()
{
    return {githubToken(), ghcrUsername(), ghcrToken()};
}

bool SecretNames::isValid(const QString &name)
{
    if (fixed().contains(name))
        return true;
    return name.startsWith(sshPassphrasePrefix())
           && validateHostName(name.mid(sshPassphrasePrefix().size())).isEmpty();
}

Vault::Vault(KeychainStore *store, QObject *parent)
    : QObject(parent), m_store(store)
{
}

void Vault::loadHosts(QObject *context, HostsDone done)
{
    m_store->readLarge(hostsKey(), context, [done](const KeychainRead &read) {
        if (read.error.notFound()) {
            done({{}, {}});
            return;
        }
        if (!read.error.ok()) {
            done({read.error, {}});
            return;
        }
        QString problem;
        const auto hosts = hostsFromJson(read.data, &problem);
        if (!hosts) {
            done({{KeychainError::Kind::Corrupt, problem}, {}});
            return;
        }
        done({{}, *hosts});
    });
}

void Vault::saveHosts(const QList<HostEntry> &hosts, QObject *context, Done done)
{
    m_store->writeLarge(hostsKey(), hostsToJson(hosts), context, done);
}

namespace {

// A JSON document kept in (chunked) keychain items: absent reads as T(),
// unreadable as the keychain's error, unparsable as Corrupt naming `what`.
template<typename T>
void readDocument(KeychainStore *store, const QString &key, const QString &what, QObject *context,
                  std::function<std::optional<T>(const QByteArray &json, QString *why)> parse,
                  std::function<void(const Vault::Result<T> &)> done)
{
    store->readLarge(key, context, [what, parse, done](const KeychainRead &read) {
        if (read.error.notFound()) {
            done({{}, T()});
            return;
        }
        if (!read.error.ok()) {
            done({read.error, {}});
            return;
        }
        QString why;
        const std::optional<T> value = parse(read.data, &why);
        if (!value) {
            done({{KeychainError::Kind::Corrupt, Vault::tr("the stored %1 is damaged: %2").arg(what, why)}, {}});
            return;
        }
        done({{}, *value});
    });
}

// One read-modify-write for every document the vault keeps, in its turn among all the user's
// processes: the read, the edit and the write (and the chunk generation the write picks) happen
// while no other app or stratumctl writes the same document.
template<typename T, typename Load, typename Save>
void readModifyWrite(const QString &document, const QString &what, std::chrono::milliseconds wait, Load load, Save save,
                     std::function<void(T &)> edit, QObject *context, KeychainStore::WriteDone done)
{
    DocumentLock::acquire(document, what, wait, context, [load, save, edit, context, done](DocumentLock::Held held, const QString &error) {
        if (!held) {
            done({KeychainError::Kind::TimedOut, error});
            return;
        }
        // The turn ends when the write has, not when the last copy of this callback is gone
        // (a keychain job's time-out guard may keep one for a while).
        const KeychainStore::WriteDone finish = [held, done](const KeychainError &result) {
            held->unlock();
            done(result);
        };
        load(context, [save, edit, context, finish](const Vault::Result<T> &loaded) {
            if (!loaded.error.ok()) {
                finish(loaded.error);
                return;
            }
            T value = loaded.value;
            edit(value);
            save(value, context, finish);
        });
    });
}

} // namespace

void Vault::loadReleaseLog(const QString &profileId, QObject *context, ReleasesDone done)
{
    readDocument<ReleaseLog>(m_store, releaseKey(profileId), tr("release log"), context,
                             [](const QByteArray &json, QString *why) {
        auto parsed = ReleaseLog::fromJson(json);
        *why = parsed.error;
        return parsed.log;
    }, done);
}

void Vault::saveReleaseLog(const QString &profileId, const ReleaseLog &log, QObject *context, Done done)
{
    // Not read first: a damaged log can be replaced.
    DocumentLock::acquire(releaseKey(profileId), tr("release log"), documentWait(), context,
                          [this, profileId, log, context, done](DocumentLock::Held held, const QString &error) {
        if (!held) {
            done({KeychainError::Kind::TimedOut, error});
            return;
        }
        m_store->writeLarge(releaseKey(profileId), log.toKeychainJson(profileId), context, [held, done](const KeychainError &written) {
            held->unlock();
            done(written);
        });
    });
}

void Vault::updateReleaseLog(const QString &profileId, std::function<void(ReleaseLog &)> edit, QObject *context, Done done)
{
    readModifyWrite<ReleaseLog>(releaseKey(profileId), tr("release log"), documentWait(),
                                [this, profileId](QObject *ctx, ReleasesDone then) { loadReleaseLog(profileId, ctx, then); },
                                [this, profileId](const ReleaseLog &log, QObject *ctx, Done then) {
                                    m_store->writeLarge(releaseKey(profileId), log.toKeychainJson(profileId), ctx, then);
                                },
                                edit, context, done);
}

std::chrono::milliseconds Vault::documentWait() const
{
    // A turn may take a whole chunked read and write of a large document.
    return std::max<std::chrono::milliseconds>(std::chrono::seconds(30), m_store->timeout() * 6);
}

void Vault::loadChecklistRecords(const QString &profileId, QObject *context, ChecksDone done)
{
    readDocument<ChecklistRecords>(m_store, checksKey(profileId), tr("checklist state"), context,
                                   [](const QByteArray &json, QString *why) { return ChecklistRecords::fromJson(json, why); }, done);
}

void Vault::updateChecklistRecords(const QString &profileId, std::function<void(ChecklistRecords &)> edit,
                                   QObject *context, Done done)
{
    readModifyWrite<ChecklistRecords>(
        checksKey(profileId), tr("checklist state"), documentWait(),
        [this, profileId](QObject *ctx, ChecksDone then) { loadChecklistRecords(profileId, ctx, then); },
        [this, profileId](const ChecklistRecords &records, QObject *ctx, Done then) {
            m_store->writeLarge(checksKey(profileId), records.toJson(profileId), ctx, then);
        },
        edit, context, done);
}

void Vault::readSecret(const QString &name, QObject *context, SecretDone done)
{
    m_store->read(secretKey(name), context, [done](const KeychainRead &read) {
        QByteArray bytes = read.data;
        Result<QString> result{read.error, QString::fromUtf8(bytes)};
        wipe(bytes);
        done(result);
    });
}

void Vault::writeSecret(const QString &name, const QByteArray &value, QObject *context, Done done)
{
    m_store->write(secretKey(name), value, context, [this, name, context, done](const KeychainError &error) {
        if (!error.ok()) {
            done(error);
            return;
        }
        const QByteArray date = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1();
        m_store->write(secretDateKey(name), date, context, done);
    });
}

void Vault::removeSecret(const QString &name, QObject *context, Done done)
{
    m_store->remove(secretKey(name), context, [this, name, context, done](const KeychainError &error) {
        if (!error.ok()) {
            done(error);
            return;
        }
        m_store->remove(secretDateKey(name), context, [done](const KeychainError &dateError) {
            done(dateError.notFound() ? KeychainError() : dateError);
        });
    });
}

void Vault::loadWebhook(QObject *context, WebhookDone done)
{
    readSecret(SecretNames::webhookUrl(), context, [this, context, done](const Result<QString> &url) {
        if (url.error.notFound()) {
            done({});
            return;
        }
        if (!url.error.ok()) {
            done({url.error, {}});
            return;
        }
        m_store->read(webhookKindKey(), context, [url, done](const KeychainRead &kind) {
            if (!kind.error.ok() && !kind.error.notFound()) {
                done({kind.error, {}});
                return;
            }
            done({{}, {QString::fromUtf8(kind.data), url.value}});
        });
    });
}

void Vault::saveWebhook(const QString &kind, const QByteArray &url, QObject *context, Done done)
{
    m_store->write(webhookKindKey(), kind.toUtf8(), context, [this, url, context, done](const KeychainError &error) {
        if (!error.ok()) {
            done(error);
            return;
        }
        writeSecret(SecretNames::webhookUrl(), url, context, done);
    });
}

void Vault::removeWebhook(QObject *context, Done done)
{
    removeSecret(SecretNames::webhookUrl(), context, [this, context, done](const KeychainError &error) {
        if (!error.ok()) {
            done(error);
            return;
        }
        m_store->remove(webhookKindKey(), context, done);
    });
}

void Vault::loadSecretDates(const QStringList &names, QObject *context, DatesDone done)
{
    QStringList keys;
    for (const QString &name : names)
        keys << secretDateKey(name);
    auto dates = std::make_shared<QMap<QString, QDateTime>>();
    readEach(keys, context, [dates](const QString &key, const KeychainRead &read) {
        const QDateTime date = QDateTime::fromString(QString::fromLatin1(read.data), Qt::ISODate);
        if (read.error.ok() && date.isValid())
            dates->insert(key.mid(secretDateKey(QString()).size()), date);
    }, [dates, done](const KeychainError &error) { done({error, error.ok() ? *dates : QMap<QString, QDateTime>()}); });
}

QStringList Vault::secretKeys(const QStringList &names)
{
    QStringList keys;
    for (const QString &name : names)
        keys << secretKey(name);
    return keys;
}

void Vault::secretStatus(const QStringList &names, QObject *context, StatusDone done)
{
    auto status = std::make_shared<QMap<QString, bool>>();
    readEach(secretKeys(names), context, [status](const QString &key, const KeychainRead &read) {
        QByteArray bytes = read.data;
        (*status)[key.mid(secretKey(QString()).size())] = read.error.ok() && !bytes.isEmpty();
        wipe(bytes);
    }, [status, done](const KeychainError &error) { done({error, error.ok() ? *status : QMap<QString, bool>()}); });
}

void Vault::loadAllSecretValues(const QStringList &names, QObject *context,
                                std::function<void(const Result<QStringList> &)> done)
{
    auto values = std::make_shared<QStringList>();
    readEach(secretKeys(names), context, [values](const QString &, const KeychainRead &read) {
        QByteArray bytes = read.data;
        if (read.error.ok() && !bytes.isEmpty())
            values->append(QString::fromUtf8(bytes));
        wipe(bytes);
    }, [values, done](const KeychainError &error) { done({error, error.ok() ? *values : QStringList()}); });
}

void Vault::loadRedactorSecrets(Redactor *redactor, QObject *context, Done done)
{
    loadHosts(context, [this, redactor, context, done](const Result<QList<HostEntry>> &hosts) {
        if (!hosts.error.ok()) {
            done(hosts.error);
            return;
        }
        loadRedactorSecrets(redactor, hosts.value, context, done);
    });
}

void Vault::loadRedactorSecrets(Redactor *redactor, const QList<HostEntry> &hosts, QObject *context, Done done)
{
    // The GHCR user name is an identity, not a secret (it is part of every image name), but
    // with the token it makes the `user:token` that Basic auth and Docker's config carry.
    QStringList names{SecretNames::githubToken(), SecretNames::ghcrToken(), SecretNames::ghcrUsername(), SecretNames::webhookUrl()};
    for (const HostEntry &host : hosts)
        names << SecretNames::sshPassphrasePrefix() + host.name;
    auto values = std::make_shared<QMap<QString, QString>>();
    readEach(secretKeys(names), context, [values](const QString &key, const KeychainRead &read) {
        QByteArray bytes = read.data;
        if (read.error.ok() && !bytes.isEmpty())
            values->insert(key.mid(secretKey(QString()).size()), QString::fromUtf8(bytes));
        wipe(bytes);
    }, [redactor, values, done](const KeychainError &error) {
        if (error.ok()) {
            redactor->clearSecrets();
            const QString user = values->take(SecretNames::ghcrUsername());
            for (auto it = values->cbegin(); it != values->cend(); ++it) {
                redactor->addSecret(it.value());
                if (it.key() == SecretNames::ghcrToken())
                    redactor->addCredentialPair(user, it.value());
                if (it.key() == SecretNames::githubToken())
                    redactor->addCredentialPair(QStringLiteral("x-access-token"), it.value()); // git over HTTPS
            }
        }
        for (QString &value : *values)
            value.fill(QLatin1Char('\0'));
        done(error);
    });
}

void Vault::readEach(const QStringList &keys, QObject *context,
                     std::function<void(const QString &, const KeychainRead &)> each, Done done, int index)
{
    if (index >= keys.size()) {
        done({});
        return;
    }
    m_store->read(keys.at(index), context, [this, keys, context, each, done, index](const KeychainRead &read) {
        if (!read.error.ok() && !read.error.notFound()) {
            done(read.error);
            return;
        }
        each(keys.at(index), read);
        readEach(keys, context, each, done, index + 1);
    });
}

} // namespace Stratum
