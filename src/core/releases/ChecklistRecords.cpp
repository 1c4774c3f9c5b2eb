#include "ChecklistRecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Stratum {

namespace {

QString key(const QString &checklistId, const QString &itemId)
{
    return checklistId + QLatin1Char('/') + itemId;
}

std::optional<ItemRecord::Status> statusFromName(const QString &name)
{
    for (auto status : {ItemRecord::Status::Pending, ItemRecord::Status::Passed, ItemRecord::Status::Failed}) {
        if (itemStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

QJsonObject recordToJson(const ItemRecord &record)
{
    QJsonObject o{{QStringLiteral("status"), itemStatusName(record.status)},
                  {QStringLiteral("who"), record.who},
                  {QStringLiteral("when"), record.when.toString(Qt::ISODate)},
                  {QStringLiteral("byProbe"), record.byProbe}};
    if (!record.note.isEmpty())
        o.insert(QStringLiteral("note"), record.note);
    if (!record.evidence.isEmpty())
        o.insert(QStringLiteral("evidence"), record.evidence);
    return o;
}

std::optional<ItemRecord> recordFromJson(const QJsonObject &o)
{
    const auto status = statusFromName(o.value(QStringLiteral("status")).toString());
    if (!status)
        return std::nullopt;
    return ItemRecord{*status, o.value(QStringLiteral("who")).toString(),
                      QDateTime::fromString(o.value(QStringLiteral("when")).toString(), Qt::ISODate),
                      o.value(QStringLiteral("note")).toString(), o.value(QStringLiteral("evidence")).toString(),
                      o.value(QStringLiteral("byProbe")).toBool()};
}

} // namespace

QString itemStatusName(ItemRecord::Status status)
{
    switch (status) {
    case ItemRecord::Status::Pending: return QStringLiteral("pending");
    case ItemRecord::Status::Passed: return QStringLiteral("passed");
    case ItemRecord::Status::Failed: return QStringLiteral("failed");
    }
    return {};
}

std::optional<ItemRecord> ChecklistRecords::item(const QString &sha, const QString &checklistId, const QString &itemId) const
{
    const auto perSha = m_shas.constFind(sha);
    if (perSha == m_shas.cend())
        return std::nullopt;
    const auto found = perSha->items.constFind(key(checklistId, itemId));
    if (found == perSha->items.cend())
        return std::nullopt;
    return *found;
}

void ChecklistRecords::set(const QString &sha, const QString &checklistId, const QString &itemId, const ItemRecord &record)
{
    touch(sha);
    m_shas[sha].items.insert(key(checklistId, itemId), record);
}

void ChecklistRecords::clear(const QString &sha, const QString &checklistId)
{
    auto perSha = m_shas.find(sha);
    if (perSha == m_shas.end())
        return;
    const QString prefix = checklistId + QLatin1Char('/');
    perSha->items.removeIf([&prefix](const auto &it) { return it.key().startsWith(prefix); });
    perSha->lanes.remove(checklistId);
}

std::optional<QDateTime> ChecklistRecords::laneStarted(const QString &sha, const QString &checklistId) const
{
    const auto perSha = m_shas.constFind(sha);
    if (perSha == m_shas.cend() || !perSha->lanes.contains(checklistId))
        return std::nullopt;
    return perSha->lanes.value(checklistId);
}

void ChecklistRecords::setLaneStarted(const QString &sha, const QString &checklistId, const QDateTime &when)
{
    touch(sha);
    m_shas[sha].lanes.insert(checklistId, when);
}

std::optional<ItemRecord> ChecklistRecords::smokeOn(const QString &sha, const QString &environment) const
{
    const auto perSha = m_shas.constFind(sha);
    if (perSha == m_shas.cend() || !perSha->smokes.contains(environment))
        return std::nullopt;
    return perSha->smokes.value(environment);
}

void ChecklistRecords::setSmokeOn(const QString &sha, const QString &environment, const ItemRecord &record)
{
    touch(sha);
    m_shas[sha].smokes.insert(environment, record);
}

QStringList ChecklistRecords::shas() const
{
    QStringList result = m_shas.keys();
    std::sort(result.begin(), result.end(), [this](const QString &a, const QString &b) {
        return m_shas.value(a).touched > m_shas.value(b).touched;
    });
    return result;
}

QString ChecklistRecords::resolve(const QString &prefix) const
{
    QString found;
    for (auto it = m_shas.cbegin(); it != m_shas.cend(); ++it) {
        if (!it.key().startsWith(prefix.toLower()))
            continue;
        if (!found.isEmpty())
            return {};
        found = it.key();
    }
    return found;
}

void ChecklistRecords::touch(const QString &sha)
{
    // Strictly later than any other: two touches in the same millisecond keep their order.
    QDateTime when = QDateTime::currentDateTimeUtc();
    for (const auto &perSha : std::as_const(m_shas))
        when = std::max(when, perSha.touched.addMSecs(1));
    m_shas[sha].touched = when;
    if (m_shas.size() <= maxShas)
        return;
    const QStringList ordered = shas();
    for (int i = maxShas; i < ordered.size(); ++i)
        m_shas.remove(ordered.at(i));
}

QByteArray ChecklistRecords::toJson(const QString &profileId) const
{
    QJsonObject shas;
    for (auto it = m_shas.cbegin(); it != m_shas.cend(); ++it) {
        QJsonObject items;
        for (auto item = it->items.cbegin(); item != it->items.cend(); ++item)
            items.insert(item.key(), recordToJson(*item));
        QJsonObject lanes;
        for (auto lane = it->lanes.cbegin(); lane != it->lanes.cend(); ++lane)
            lanes.insert(lane.key(), lane->toString(Qt::ISODate));
        QJsonObject perSha{{QStringLiteral("touched"), it->touched.toString(Qt::ISODate)},
                           {QStringLiteral("items"), items},
                           {QStringLiteral("lanes"), lanes}};
        QJsonObject smokes;
        for (auto smoke = it->smokes.cbegin(); smoke != it->smokes.cend(); ++smoke)
            smokes.insert(smoke.key(), recordToJson(*smoke));
        if (!smokes.isEmpty())
            perSha.insert(QStringLiteral("smokes"), smokes);
        shas.insert(it.key(), perSha);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("schema"), 1}, {QStringLiteral("profile"), profileId},
                                     {QStringLiteral("shas"), shas}}).toJson(QJsonDocument::Compact);
}

std::optional<ChecklistRecords> ChecklistRecords::fromJson(const QByteArray &json, QString *error)
{
    auto failWith = [error](const QString &why) -> std::optional<ChecklistRecords> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return failWith(parseError.errorString());
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("schema")).toInt() != 1)
        return failWith(QStringLiteral("unknown schema"));
    ChecklistRecords records;
    const QJsonObject shas = root.value(QStringLiteral("shas")).toObject();
    for (auto it = shas.begin(); it != shas.end(); ++it) {
        const QJsonObject perSha = it->toObject();
        PerSha entry;
        entry.touched = QDateTime::fromString(perSha.value(QStringLiteral("touched")).toString(), Qt::ISODate);
        const QJsonObject items = perSha.value(QStringLiteral("items")).toObject();
        for (auto item = items.begin(); item != items.end(); ++item) {
            const auto record = recordFromJson(item->toObject());
            if (!record)
                return failWith(QStringLiteral("%1/%2: unknown status").arg(it.key(), item.key()));
            entry.items.insert(item.key(), *record);
        }
        const QJsonObject smokes = perSha.value(QStringLiteral("smokes")).toObject();
        for (auto smoke = smokes.begin(); smoke != smokes.end(); ++smoke) {
            const auto record = recordFromJson(smoke->toObject());
            if (!record)
                return failWith(QStringLiteral("%1/smoke on %2: unknown status").arg(it.key(), smoke.key()));
            entry.smokes.insert(smoke.key(), *record);
        }
        const QJsonObject lanes = perSha.value(QStringLiteral("lanes")).toObject();
        for (auto lane = lanes.begin(); lane != lanes.end(); ++lane)
            entry.lanes.insert(lane.key(), QDateTime::fromString(lane->toString(), Qt::ISODate));
        records.m_shas.insert(it.key(), entry);
    }
    return records;
}

} // namespace Stratum
