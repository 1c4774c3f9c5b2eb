#include "CoreContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSettings>

namespace Stratum {

namespace {

constexpr auto activeProfileKey = "profile/active";

const Redactor *g_logRedactor = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void redactingMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static QMutex mutex;
    const QString clean = g_logRedactor ? g_logRedactor->redact(message) : Redactor::redactPatterns(message);
    {
        QMutexLocker lock(&mutex);
        QFile log(AppPaths::logFile());
        if (QDir().mkpath(AppPaths::logDir()) && log.open(QIODevice::Append | QIODevice::Text)) {
            if (log.size() > 4 * 1024 * 1024) { // keep the log small: start over past 4 MiB
                log.close();
                log.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text);
            }
            const char *level = type == QtDebugMsg ? "debug" : type == QtInfoMsg ? "info"
                              : type == QtWarningMsg ? "warning" : "error";
            log.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' + level + ' '
                      + (context.category ? context.category : "default") + ": " + clean.toUtf8() + '\n');
        }
    }
    // Debug and info lines go to the log file only; warnings also reach stderr.
    if (g_previousHandler && type != QtDebugMsg && type != QtInfoMsg)
        g_previousHandler(type, context, clean);
}

} // namespace

CoreContext::CoreContext(QObject *parent)
    : QObject(parent)
    , m_keychain(std::make_unique<KeychainStore>(std::chrono::seconds(10)))
    , m_vault(std::make_unique<Vault>(m_keychain.get()))
{
}

ProfileLoadResult CoreContext::loadProfile(const QString &explicitPath)
{
    ProfileLoadResult result;
    if (!explicitPath.isEmpty()) {
        result = loadProfileFile(explicitPath);
        m_profileSource = explicitPath;
    } else {
        const QString active = QSettings().value(QLatin1String(activeProfileKey)).toString();
        if (!active.isEmpty() && QFile::exists(active)) {
            result = loadProfileFile(active);
            m_profileSource = active;
        } else {
            result = defaultProfile();
            m_profileSource = tr("built-in Stratum runbook");
        }
    }
    if (result) {
        m_profile = *result.profile;
        m_keychain->setTimeout(std::chrono::seconds(m_profile.timing.keychainSeconds));
    }
    return result;
}

ProfileLoadResult CoreContext::importProfile(const QString &path)
{
    ProfileLoadResult result = loadProfileFile(path);
    if (!result)
        return result;
    const QString target = AppPaths::profilesDir() + QLatin1Char('/') + result.profile->id + QStringLiteral(".json");
    QFile out(target);
    if (!QDir().mkpath(AppPaths::profilesDir()) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return {std::nullopt, tr("cannot write %1: %2").arg(target, out.errorString())};
    }
    out.write(profileToJson(*result.profile));
    out.close();
    QSettings().setValue(QLatin1String(activeProfileKey), target);
    m_profile = *result.profile;
    m_profileSource = target;
    return result;
}

void CoreContext::refreshRedactor(QObject *context, std::function<void(const KeychainError &)> done)
{
    m_vault->loadRedactorSecrets(&m_redactor, context, std::move(done));
}

void CoreContext::refreshRedactor(const QList<HostEntry> &hosts, QObject *context,
                                  std::function<void(const KeychainError &)> done)
{
    m_vault->loadRedactorSecrets(&m_redactor, hosts, context, std::move(done));
}

void CoreContext::installLogHandler(const Redactor *redactor)
{
    g_logRedactor = redactor;
    if (!g_previousHandler)
        g_previousHandler = qInstallMessageHandler(redactingMessageHandler);
}

} // namespace Stratum
