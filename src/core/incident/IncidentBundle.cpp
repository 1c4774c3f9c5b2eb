#include "IncidentBundle.h"

#include "core/audit/AuditLog.h"
#include "core/checklists/SetupProbes.h"
#include "core/droplet/RemoteCommands.h"
#include "core/health/HealthMonitor.h"
#include "core/keychain/Vault.h"
#include "core/platform/AppPaths.h"
#include "core/redaction/TerminalText.h"
#include "core/ssh/RemoteHost.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcIncident, "stratum.incident")

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::IncidentBundle)
};

constexpr int releasesKept = 10;
constexpr int auditEventsKept = 50;

} // namespace

IncidentBundle::IncidentBundle(const Profile &profile, Vault *vault, const Redactor &redactor, QObject *parent)
    : QObject(parent), m_profile(profile), m_vault(vault), m_redactor(redactor)
{
}

QString IncidentBundle::defaultPath(const QString &hostName, const QDateTime &at)
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    return dir + QLatin1Char('/') + incidentFolderName(hostName, at) + QStringLiteral(".tar.gz");
}

void IncidentBundle::save(RemoteHost *host, const QString &hostName, const QString &path, const QList<HealthIndicator> &health)
{
    m_host = host;
    m_path = path;
    m_facts = {};
    m_facts.hostName = hostName;
    m_facts.who = operatorName();
    m_facts.at = QDateTime::currentDateTimeUtc();
    m_facts.profileId = m_profile.id;
    m_facts.health = health;
    // Bad input gets one sentence before anything is asked of the droplet.
    if (const QString problem = unwritablePlace(path); !problem.isEmpty()) {
        finish({false, path, problem, {}, {}, false});
        return;
    }
    readEnv();
}

QString IncidentBundle::unwritablePlace(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder) || !QFileInfo(folder).isWritable())
        return Text::tr("cannot write into %1: choose another place for the bundle").arg(folder);
    return {};
}

// First, so that the env file's secret values are known before any log line is kept.
void IncidentBundle::readEnv()
{
    Q_EMIT progress(Text::tr("reading the env file's verdicts"));
    lintProductionEnv(m_host, m_profile, this, [this](const ProductionEnvCheck &check) {
        m_facts.envFindings = check.findings;
        m_facts.envError = check.error;
        if (check.hostKeyProblem) {
            finish({false, {}, check.error, {}, {}, false});
            return;
        }
        readStatus();
    }, &m_redactor);
}

void IncidentBundle::readStatus()
{
    Q_EMIT progress(Text::tr("reading what runs (images, digests, lock, pin)"));
    readDropletStatus(m_host, m_facts.hostName, m_profile, m_vault, this, [this](const DropletStatus &status) {
        m_facts.status = status;
        if (!status.read)
            m_facts.missing << Text::tr("what runs: %1").arg(status.error);
        readPs();
    });
}

void IncidentBundle::readPs()
{
    // A swarm's services in compose's format; compose's own table otherwise.
    const RemoteCommands commands(m_profile, m_facts.hostName);
    m_host->run(commands.swarm() ? commands.composePs() : commands.compose(QStringLiteral("ps --all")), std::chrono::seconds(m_profile.timing.stepSeconds), this,
                {{}, {}, [this](const RemoteResult &result) {
        m_facts.composePsText = QString::fromUtf8(result.out + result.err);
        if (!result.ok())
            m_facts.missing << Text::tr("compose ps: %1").arg(result.failure());
        readLog(0);
    }});
}

void IncidentBundle::readLog(int index)
{
    if (index >= m_profile.droplet.services.size()) {
        readSystem();
        return;
    }
    const QString service = m_profile.droplet.services.at(index);
    Q_EMIT progress(Text::tr("reading the last %1 lines of %2").arg(m_facts.logLines).arg(service));
    const RemoteCommands commands(m_profile, m_facts.hostName);
    m_host->run(commands.logs(service, m_facts.logLines), std::chrono::seconds(m_profile.timing.stepSeconds), this,
                {{}, {}, [this, index, service](const RemoteResult &result) {
        IncidentFacts::ServiceLog log{service, withoutTerminalControls(QString::fromUtf8(result.out + result.err)), {}};
        if (!result.ok()) {
            log.error = result.failure();
            m_facts.missing << Text::tr("logs of %1: %2").arg(service, log.error);
        }
        m_facts.logs.append(log);
        readLog(index + 1);
    }});
}

void IncidentBundle::readSystem()
{
    m_host->run(systemFactsCommand(m_profile, m_facts.hostName), std::chrono::seconds(m_profile.timing.stepSeconds), this,
                {{}, {}, [this](const RemoteResult &result) {
        m_facts.system = parseSystemFacts(QString::fromUtf8(result.out));
        if (!result.exit.error.ok())
            m_facts.missing << Text::tr("disk and memory: %1").arg(result.failure());
        readHealth();
    }});
}

void IncidentBundle::readHealth()
{
    if (!m_facts.health.isEmpty()) {
        readLocal();
        return;
    }
    Q_EMIT progress(Text::tr("asking every health check once"));
    m_monitor = new HealthMonitor(m_profile, m_host, &m_redactor, this);
    connect(m_monitor, &HealthMonitor::roundFinished, this, [this]() {
        m_facts.health = m_monitor->indicators();
        m_monitor->stop();
        m_monitor->deleteLater();
        m_monitor = nullptr;
        readLocal();
    });
    m_monitor->pollOnce();
}

void IncidentBundle::readLocal()
{
    m_vault->loadReleaseLog(m_profile.id, this, [this](const Vault::Result<ReleaseLog> &log) {
        if (!log.error.ok()) {
            finish({false, {}, log.error.message, {}, {}, true});
            return;
        }
        m_facts.releases = log.value.entries().mid(0, releasesKept);
        const QList<QJsonObject> audit = AuditLog::read();
        m_facts.audit = audit.mid(std::max<qsizetype>(0, audit.size() - auditEventsKept));
        write();
    });
}

void IncidentBundle::write()
{
    Q_EMIT progress(Text::tr("writing %1").arg(m_path));
    const QString folder = incidentFolderName(m_facts.hostName, m_facts.at);
    const QList<ArchiveFile> files = incidentFiles(m_facts, folder, m_redactor);
    const QByteArray archive = gzipCompress(tarArchive(files, m_facts.at));
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile out(m_path);
    if (archive.isEmpty() || !out.open(QIODevice::WriteOnly) || out.write(archive) != archive.size() || !out.commit()) {
        finish({false, m_path, Text::tr("could not write %1: %2").arg(m_path, out.errorString()), {}, {}, false});
        return;
    }
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    IncidentResult result{true, QFileInfo(m_path).absoluteFilePath(), {}, {}, QString::fromUtf8(files.first().content), false};
    const QString sha = m_facts.status.runningSha.isEmpty() ? m_facts.status.finishSha : m_facts.status.runningSha;
    AuditLog::append(QStringLiteral("incident-bundle"), {{QStringLiteral("host"), m_facts.hostName},
                                                         {QStringLiteral("path"), result.path},
                                                         {QStringLiteral("sha"), sha}}, &m_redactor);
    if (sha.isEmpty()) {
        result.message = Text::tr("saved %1 (no release log entry to link: what runs is not a release the app knows)").arg(result.path);
        finish(result);
        return;
    }
    auto linked = std::make_shared<bool>(false);
    m_vault->updateReleaseLog(m_profile.id, [sha, path = result.path, linked](ReleaseLog &log) {
        *linked = log.linkIncident(sha, path);
    }, this, [this, result, sha, linked](const KeychainError &error) mutable {
        if (error.ok() && *linked)
            result.linkedSha = sha;
        result.message = !error.ok() ? Text::tr("saved %1; the release log could not link it: %2").arg(result.path, error.message)
                         : *linked   ? Text::tr("saved %1, linked from the release log entry of %2").arg(result.path, sha.left(Sha::shortLength))
                                     : Text::tr("saved %1 (the release log has no entry for %2)").arg(result.path, sha.left(Sha::shortLength));
        finish(result);
    });
}

void IncidentBundle::finish(IncidentResult result)
{
    qCInfo(lcIncident).noquote() << m_redactor.redact(result.message);
    Q_EMIT finished(result);
}

} // namespace Stratum
