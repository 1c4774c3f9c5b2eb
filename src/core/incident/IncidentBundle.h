#pragma once

#include "core/incident/IncidentReport.h"
#include "core/profile/Profile.h"
#include "core/redaction/Redactor.h"

#include <QObject>
#include <QPointer>

namespace Stratum {

class HealthMonitor;
class RemoteHost;
class Vault;

struct IncidentResult {
    bool ok = false;
    QString path;     // the archive
    QString message;  // what happened, or why not
    QString linkedSha; // the release whose log entry now links the bundle; empty when none
    QString summary;  // summary.md as saved (redacted)
    bool keychainFailed = false;
};

// The evidence when production breaks, saved in one .tar.gz before it is gone:
// compose ps, the last lines of every service's log, the health answers, the
// running images and digests, the droplet's disk and memory, the env lint
// verdicts (names only), the last releases, the audit log's tail and a
// summary.md. Every file passes a redactor that also knows the secret values
// of the droplet's env file. The release log entry of the running release
// links the bundle.
class IncidentBundle : public QObject
{
    Q_OBJECT
public:
    IncidentBundle(const Profile &profile, Vault *vault, const Redactor &redactor, QObject *parent = nullptr);

    // `health`: the answers the app already has; empty: one health round is run first.
    void save(RemoteHost *host, const QString &hostName, const QString &path, const QList<HealthIndicator> &health = {});
    static QString defaultPath(const QString &hostName, const QDateTime &at); // in ~/Documents (or home)
    // Empty when a bundle can be written at `path` (its folder is made if missing); else the sentence to show.
    static QString unwritablePlace(const QString &path);

Q_SIGNALS:
    void progress(const QString &what);
    void finished(const Stratum::IncidentResult &result);

private:
    void readEnv();
    void readStatus();
    void readPs();
    void readLog(int index);
    void readSystem();
    void readHealth();
    void readLocal();
    void write();
    void finish(IncidentResult result);

    const Profile &m_profile;
    Vault *m_vault;
    Redactor m_redactor; // the app's, plus the droplet's secret env values
    QPointer<RemoteHost> m_host;
    HealthMonitor *m_monitor = nullptr;
    QString m_path;
    IncidentFacts m_facts;
};

} // namespace Stratum
