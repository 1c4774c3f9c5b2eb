#pragma once

#include "core/standin/StandInImages.h"

#include <QList>
#include <QString>

namespace Stratum {

// One commit of the rehearsal's repository and what kind of release it is.
struct StandInRelease {
    QString sha;
    ReleaseKind kind = ReleaseKind::Good;
    QString subject;
};

// The rehearsal's history, oldest first: what each commit changes and what kind of
// release it makes. Pure.
struct PlannedRelease {
    ReleaseKind kind;
    QString subject;
    QString file;     // the path it changes
    QByteArray content;
};
QList<PlannedRelease> rehearsalHistory();

// The rehearsal's git: a bare origin, a developer clone that made the history, and the
// droplet's clone (with docker-compose.prod.yml, and .env.production holding secrets
// made for it, mode 0600). Made once; the releases are kept in releases.json.
class StandInRepo
{
public:
    explicit StandInRepo(QString root); // …/repos
    bool exists() const;
    bool create(const QByteArray &composeFile, const QByteArray &envFile);
    bool load(); // the releases of an existing repository
    QString errorString() const { return m_error; }

    QList<StandInRelease> releases() const { return m_releases; } // oldest first
    QString appDir() const { return m_root + QStringLiteral("/droplet/stratum-sports"); }
    QString lockDir() const { return m_root + QStringLiteral("/droplet/locks"); }
    QString originDir() const { return m_root + QStringLiteral("/origin.git"); }
    // Replaces the port lines of the droplet's .env.production (new free ports at each start).
    bool setPortLines(const QByteArray &lines);

    // A fresh .env.production: the runbook's keys with secrets made here, then `extra`.
    static QByteArray generatedEnv();

private:
    bool git(const QString &dir, const QStringList &arguments, QByteArray *out = nullptr);
    QString commit(const QString &file, const QByteArray &content, const QString &subject);

    QString m_root;
    QString m_error;
    QList<StandInRelease> m_releases;
};

} // namespace Stratum
