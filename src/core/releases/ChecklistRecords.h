#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace Stratum {

struct ItemRecord {
    enum class Status { Pending, Passed, Failed };
    Status status = Status::Pending;
    QString who;
    QDateTime when;   // UTC
    QString note;     // the operator's words (manual items, overrides)
    QString evidence; // what a probe saw, e.g. the webhook log line; redacted before it is stored
    bool byProbe = false;
};

QString itemStatusName(ItemRecord::Status status);

// What the operator and the probes established for each target SHA: one
// record per checklist item, kept so the checklist shows the same state on
// return and the gates can decide from it. No secrets: notes and evidence
// are redacted by whoever records them.
class ChecklistRecords
{
public:
    static constexpr int maxShas = 60; // older SHAs are forgotten first

    std::optional<ItemRecord> item(const QString &sha, const QString &checklistId, const QString &itemId) const;
    void set(const QString &sha, const QString &checklistId, const QString &itemId, const ItemRecord &record);
    void clear(const QString &sha, const QString &checklistId);

    // When the operator started a lane for a SHA (the webhook probe only counts log lines after it).
    std::optional<QDateTime> laneStarted(const QString &sha, const QString &checklistId) const;
    void setLaneStarted(const QString &sha, const QString &checklistId, const QDateTime &when);

    // The newest post-deploy smoke of a SHA on one environment (staging, production, …): what
    // the promotion gate reads. A later smoke on the same environment replaces it.
    std::optional<ItemRecord> smokeOn(const QString &sha, const QString &environment) const;
    void setSmokeOn(const QString &sha, const QString &environment, const ItemRecord &record);

    QStringList shas() const; // newest change first
    // The one full SHA with records that starts with `prefix`; empty when none or several.
    QString resolve(const QString &prefix) const;

    QByteArray toJson(const QString &profileId) const;
    static std::optional<ChecklistRecords> fromJson(const QByteArray &json, QString *error = nullptr);

private:
    struct PerSha {
        QDateTime touched;
        QHash<QString, ItemRecord> items;    // "checklist/item"
        QHash<QString, QDateTime> lanes;     // checklist → started
        QHash<QString, ItemRecord> smokes;   // environment → its newest smoke
    };
    void touch(const QString &sha);
    QHash<QString, PerSha> m_shas;
};

} // namespace Stratum
