#pragma once

#include "core/diagnostics/CommonCauses.h"
#include "core/droplet/DropletFacts.h"
#include "core/envlint/EnvLint.h"
#include "core/health/HealthTypes.h"
#include "core/platform/Archive.h"
#include "core/releases/ReleaseLog.h"
#include "core/status/DropletStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Stratum {

class Redactor;

// Everything an incident bundle records, as collected from the droplet and
// this machine. Texts are as they came; incidentFiles() redacts every one.
struct IncidentFacts {
    QString hostName;
    QString who;
    QDateTime at;           // UTC
    QString profileId;
    DropletStatus status;   // what runs, digests, the release it matches, lock, pin
    QString composePsText;  // docker compose ps --all, as the droplet printed it
    struct ServiceLog {
        QString service;
        QString text;       // the last lines
        QString error;      // why it could not be read
    };
    QList<ServiceLog> logs;
    int logLines = 500;
    QList<HealthIndicator> health;
    SystemFacts system;
    QList<EnvFinding> envFindings; // names and verdicts only
    QString envError;
    QList<ReleaseEntry> releases;  // the newest ones
    QList<QJsonObject> audit;      // the tail of the audit log
    QStringList missing;           // what could not be collected, and why
};

// summary.md: reads well on its own — what runs, what is unhealthy, the runbook's common
// causes found in the logs, disk and memory, the env verdicts, the last releases, what is inside.
QString incidentSummary(const IncidentFacts &facts);
// Every file of the bundle under `folder`, each passed through `redactor`.
QList<ArchiveFile> incidentFiles(const IncidentFacts &facts, const QString &folder, const Redactor &redactor);
QString incidentFolderName(const QString &hostName, const QDateTime &at); // stratum-incident-HOST-20261204-0215Z

} // namespace Stratum
