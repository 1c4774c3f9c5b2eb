#include "Smoke.h"

#include "core/audit/AuditLog.h"
#include "core/environments/EnvironmentHosts.h"
#include "core/keychain/Vault.h"
#include "core/platform/AppPaths.h"

#include <QJsonObject>
#include "core/redaction/Redactor.h"

namespace Stratum {

bool SmokeResult::passed() const
{
    return !items.isEmpty() && std::all_of(items.cbegin(), items.cend(), [](const SmokeItem &item) { return item.passed; });
}

QStringList smokeMissing(const Profile &profile, const ChecklistRecords &records, const QString &sha)
{
    QStringList missing;
    const Checklist *list = profile.checklist(SmokeRun::checklistId());
    if (!list)
        return missing;
    for (const ChecklistItem &item : list->items) {
        if (records.item(sha, list->id, item.id).value_or(ItemRecord()).status != ItemRecord::Status::Passed)
            missing << item.text;
    }
    return missing;
}

void markKnownGood(const Profile &profile, Vault *vault, const Redactor *redactor, const KnownGoodRequest &request,
                   QObject *context, std::function<void(const KnownGoodResult &)> done)
{
    vault->loadChecklistRecords(profile.id, context, [=](const Vault::Result<ChecklistRecords> &records) {
        KnownGoodResult result;
        if (!records.error.ok()) {
            result.message = records.error.message;
            done(result);
            return;
        }
        result.openItems = smokeMissing(profile, records.value, request.sha);
        const QString reason = redactor->redact(request.withoutSmokeReason.trimmed());
        if (!result.openItems.isEmpty() && reason.isEmpty()) {
            result.refused = true;
            result.message = SmokeRun::tr("%1 has no passed smoke yet; open: %2")
                                 .arg(request.sha.left(12), result.openItems.join(QStringLiteral("; ")));
            done(result);
            return;
        }
        const QString how = result.openItems.isEmpty() ? SmokeRun::tr("post-deploy smoke passed")
                                                       : SmokeRun::tr("without smoke: %1").arg(reason);
        if (!result.openItems.isEmpty())
            AuditLog::append(QStringLiteral("known-good-without-smoke"),
                             QJsonObject{{QStringLiteral("sha"), request.sha}, {QStringLiteral("who"), request.who},
                                         {QStringLiteral("reason"), reason}}, redactor);
        const QString note = redactor->redact(request.note);
        const QStringList otherHosts = request.hostName.isEmpty() ? QStringList() : hostsOfOtherEnvironments(profile, request.hostName);
        vault->updateReleaseLog(profile.id, [request, note, how, otherHosts](ReleaseLog &log) {
            log.markKnownGood(request.sha, request.who, note, how, request.hostName, otherHosts);
        }, context, [done, result, request, how](const KeychainError &error) mutable {
            result.marked = error.ok();
            result.message = error.ok() ? SmokeRun::tr("marked %1 known-good (%2)").arg(request.sha, how) : error.message;
            done(result);
        });
    });
}

namespace {

// One line for the environment's record: passed, or the checks that failed.
ItemRecord smokeRecord(const SmokeResult &result, const QString &who, const QDateTime &when)
{
    QStringList failed;
    for (const SmokeItem &item : result.items) {
        if (!item.passed)
            failed << item.text;
    }
    return {result.passed() ? ItemRecord::Status::Passed : ItemRecord::Status::Failed, who, when, {},
            failed.isEmpty() ? QString() : SmokeRun::tr("failed: %1").arg(failed.join(QStringLiteral("; "))), true};
}

} // namespace

SmokeRun::SmokeRun(const Profile &profile, HealthMonitor *monitor, Vault *vault, QObject *parent)
    : QObject(parent), m_profile(profile), m_monitor(monitor), m_vault(vault)
{
}

void SmokeRun::start(const QString &sha)
{
    m_sha = sha;
    connect(m_monitor, &HealthMonitor::roundFinished, this, &SmokeRun::evaluate, Qt::SingleShotConnection);
    connect(m_monitor, &QObject::destroyed, this, [this]() {
        SmokeResult gone;
        gone.recordError = tr("the smoke stopped: the health monitor was replaced (the hosts changed)");
        Q_EMIT finished(gone);
    });
    m_monitor->pollOnce();
}

void SmokeRun::evaluate()
{
    disconnect(m_monitor, &QObject::destroyed, this, nullptr);
    SmokeResult result;
    result.runningTag = m_monitor->runningBackendTag();
    const Checklist *list = m_profile.checklist(checklistId());
    auto indicator = [this](const QString &id) { return m_monitor->indicator(id); };
    for (const ChecklistItem &item : list ? list->items : QList<ChecklistItem>()) {
        if (item.kind != ChecklistItemKind::Automatic)
            continue;
        SmokeItem smoke{item.id, item.text, false, {}};
        if (item.probe == QLatin1String("frontend-http")) {
            const HealthIndicator frontend = indicator(QStringLiteral("frontend"));
            smoke.passed = frontend.state == HealthState::Healthy;
            smoke.detail = frontend.detail;
        } else if (item.probe == QLatin1String("backend-live-ready")) {
            const HealthIndicator live = indicator(QStringLiteral("backend-live"));
            const HealthIndicator ready = indicator(QStringLiteral("backend-ready"));
            smoke.passed = live.state == HealthState::Healthy && ready.state == HealthState::Healthy;
            smoke.detail = tr("live: %1; ready: %2").arg(live.detail, ready.detail);
        } else if (item.probe == QLatin1String("worker-stable")) {
            const HealthIndicator worker = indicator(QStringLiteral("worker"));
            smoke.passed = worker.state == HealthState::Healthy;
            smoke.detail = worker.detail;
        } else {
            continue;
        }
        result.items << smoke;
    }
    resolveAndRecord(result);
}

void SmokeRun::resolveAndRecord(SmokeResult result)
{
    // The SHA comes from the caller or from the backend's image tag; a short
    // tag is matched against the release log.
    m_vault->loadReleaseLog(m_profile.id, this, [this, result](const Vault::Result<ReleaseLog> &log) mutable {
        const QString wanted = !m_sha.isEmpty() ? m_sha : result.runningTag;
        if (Sha::isFullText(wanted)) {
            result.sha = wanted;
        } else if (Sha::isPrefixText(wanted)) {
            for (const ReleaseEntry &entry : log.value.entries()) {
                if (entry.sha.startsWith(wanted)) {
                    result.sha = entry.sha;
                    break;
                }
            }
        }
        if (result.sha.isEmpty()) {
            result.recordError = tr("the running release (tag \"%1\") is not a SHA the release log knows: the result is not saved")
                                     .arg(result.runningTag);
            Q_EMIT finished(result);
            return;
        }
        const QString who = operatorName();
        result.environment = m_environment;
        m_vault->updateChecklistRecords(m_profile.id, [result, who](ChecklistRecords &records) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const SmokeItem &item : result.items)
                records.set(result.sha, checklistId(), item.itemId,
                            {item.passed ? ItemRecord::Status::Passed : ItemRecord::Status::Failed, who, now, {}, item.detail, true});
            if (!result.environment.isEmpty())
                records.setSmokeOn(result.sha, result.environment, smokeRecord(result, who, now));
        }, this, [this, result](const KeychainError &error) mutable {
            if (!error.ok())
                result.recordError = error.message;
            Q_EMIT finished(result);
        });
    });
}

} // namespace Stratum
