#include "ReleaseLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::ReleaseLog)
};

constexpr QLatin1StringView formatName("stratum-deploy-release-log");
constexpr int formatVersion = 1;

const QStringList &knownMethods()
{
    static const QStringList methods{QStringLiteral("ssh"), QStringLiteral("workflow"), QStringLiteral("rollback"),
                                     QStringLiteral("env-restart"), QStringLiteral("recorded"),
                                     QStringLiteral("imported-run"), QStringLiteral("swarm-undo")};
    return methods;
}

const QStringList &knownResults()
{
    static const QStringList results{QStringLiteral("success"), QStringLiteral("failed"),
                                     QStringLiteral("interrupted"), QStringLiteral("cancelled"),
                                     QStringLiteral("unknown")};
    return results;
}

bool isDigest(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    return text.isEmpty() || pattern.match(text).hasMatch();
}

QJsonObject entryToJson(const ReleaseEntry &entry)
{
    QJsonObject object{{QStringLiteral("sha"), entry.sha},
                       {QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("method"), entry.method},
                       {QStringLiteral("result"), entry.result},
                       {QStringLiteral("who"), entry.who},
                       {QStringLiteral("knownGood"), entry.knownGood}};
    auto insertIfSet = [&object](const char *key, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    insertIfSet("note", entry.note);
    insertIfSet("knownGoodReason", entry.knownGoodReason);
    insertIfSet("failedStep", entry.failedStep);
    insertIfSet("gateOverride", entry.gateOverride);
    insertIfSet("policy", entry.policy);
    if (entry.knownGoodAt.isValid())
        object.insert(QStringLiteral("knownGoodAt"), entry.knownGoodAt.toUTC().toString(Qt::ISODate));
    insertIfSet("backendDigest", entry.backendDigest);
    insertIfSet("frontendDigest", entry.frontendDigest);
    insertIfSet("runUrl", entry.runUrl);
    insertIfSet("incidentBundle", entry.incidentBundle);
    insertIfSet("change", entry.change);
    insertIfSet("host", entry.host);
    if (entry.runId > 0)
        object.insert(QStringLiteral("runId"), entry.runId);
    return object;
}

std::optional<ReleaseEntry> entryFromJson(const QJsonObject &object, QString *error)
{
    ReleaseEntry entry;
    entry.sha = object.value(QStringLiteral("sha")).toString();
    if (!Sha::isFullText(entry.sha)) {
        *error = Text::tr("sha: \"%1\" is not a full 40-character commit SHA").arg(entry.sha.left(60));
        return std::nullopt;
    }
    entry.time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODate);
    if (!entry.time.isValid()) {
        *error = Text::tr("time: not an ISO 8601 date and time");
        return std::nullopt;
    }
    entry.time = entry.time.toUTC();
    entry.method = object.value(QStringLiteral("method")).toString();
    if (!knownMethods().contains(entry.method)) {
        *error = Text::tr("method: must be one of %1").arg(knownMethods().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    entry.result = object.value(QStringLiteral("result")).toString();
    if (!knownResults().contains(entry.result)) {
        *error = Text::tr("result: must be one of %1").arg(knownResults().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    entry.who = object.value(QStringLiteral("who")).toString();
    entry.note = object.value(QStringLiteral("note")).toString();
    entry.knownGood = object.value(QStringLiteral("knownGood")).toBool();
    entry.knownGoodReason = object.value(QStringLiteral("knownGoodReason")).toString();
    entry.failedStep = object.value(QStringLiteral("failedStep")).toString();
    entry.gateOverride = object.value(QStringLiteral("gateOverride")).toString();
    entry.policy = object.value(QStringLiteral("policy")).toString().left(500);
    entry.knownGoodAt = QDateTime::fromString(object.value(QStringLiteral("knownGoodAt")).toString(), Qt::ISODate).toUTC();
    entry.backendDigest = object.value(QStringLiteral("backendDigest")).toString();
    entry.frontendDigest = object.value(QStringLiteral("frontendDigest")).toString();
    if (!isDigest(entry.backendDigest) || !isDigest(entry.frontendDigest)) {
        *error = Text::tr("backendDigest/frontendDigest: must look like sha256:<64 hex digits>");
        return std::nullopt;
    }
    entry.runId = object.value(QStringLiteral("runId")).toInteger();
    entry.runUrl = object.value(QStringLiteral("runUrl")).toString();
    entry.incidentBundle = object.value(QStringLiteral("incidentBundle")).toString().left(4096);
    entry.change = object.value(QStringLiteral("change")).toString().left(64);
    entry.host = object.value(QStringLiteral("host")).toString().left(100);
    return entry;
}

bool sameEvent(const ReleaseEntry &a, const ReleaseEntry &b)
{
    return a.sha == b.sha && a.time == b.time && a.method == b.method && a.host == b.host;
}

} // namespace

QByteArray releaseEntryToJson(const ReleaseEntry &entry)
{
    return QJsonDocument(entryToJson(entry)).toJson(QJsonDocument::Compact);
}

std::optional<ReleaseEntry> releaseEntryFromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = parseError.errorString();
        return std::nullopt;
    }
    return entryFromJson(document.object(), error);
}

bool ReleaseLog::hasRecorded(const QString &token, const QString &result, const QString &failedStep) const
{
    return !token.isEmpty() && std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const ReleaseEntry &entry) {
        return entry.change == token && entry.result == result && entry.failedStep == failedStep;
    });
}

void ReleaseLog::record(const ReleaseEntry &entry)
{
    m_entries.prepend(entry);
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const ReleaseEntry &a, const ReleaseEntry &b) { return a.time > b.time; });
    trim();
}

void ReleaseLog::markKnownGood(const QString &sha, const QString &who, const QString &note, const QString &reason,
                               const QString &hostName, const QStringList &otherHosts)
{
    for (ReleaseEntry &entry : m_entries) {
        if (entry.sha == sha && !otherHosts.contains(entry.host)) {
            entry.knownGood = true;
            entry.knownGoodReason = reason;
            entry.knownGoodAt = QDateTime::currentDateTimeUtc();
            if (!note.isEmpty())
                entry.note = note;
            return;
        }
    }
    ReleaseEntry entry;
    entry.sha = sha;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.method = QStringLiteral("recorded");
    entry.result = QStringLiteral("unknown");
    entry.who = who;
    entry.note = note;
    entry.knownGood = true;
    entry.knownGoodReason = reason;
    entry.knownGoodAt = entry.time;
    entry.host = hostName;
    record(entry);
}

ReleaseLog ReleaseLog::without(const QStringList &otherHosts) const
{
    ReleaseLog seen;
    for (const ReleaseEntry &entry : m_entries) {
        if (entry.host.isEmpty() || !otherHosts.contains(entry.host))
            seen.m_entries.append(entry);
    }
    return seen;
}

int ReleaseLog::forget(const QString &sha)
{
    return static_cast<int>(m_entries.removeIf([&sha](const ReleaseEntry &entry) { return entry.sha == sha; }));
}

bool ReleaseLog::linkIncident(const QString &sha, const QString &bundlePath)
{
    for (ReleaseEntry &entry : m_entries) { // newest first
        if (entry.sha == sha) {
            entry.incidentBundle = bundlePath;
            return true;
        }
    }
    return false;
}

int ReleaseLog::merge(const ReleaseLog &other)
{
    int added = 0;
    for (const ReleaseEntry &incoming : other.entries()) {
        const bool present = std::any_of(m_entries.cbegin(), m_entries.cend(),
                                         [&incoming](const ReleaseEntry &own) { return sameEvent(own, incoming); });
        if (!present) {
            record(incoming);
            ++added;
        }
    }
    return added;
}

std::optional<ReleaseEntry> ReleaseLog::latest(const QString &sha) const
{
    for (const ReleaseEntry &entry : m_entries) {
        if (entry.sha == sha)
            return entry;
    }
    return std::nullopt;
}

QString ReleaseLog::rollbackTargetFrom(const QString &sha) const
{
    return rollbackCandidates(sha).value(0).sha;
}

QList<RollbackCandidate> ReleaseLog::rollbackCandidates(const QString &runningSha) const
{
    QList<RollbackCandidate> candidates;
    QStringList seen{runningSha};
    for (const ReleaseEntry &entry : m_entries) {
        if (!entry.knownGood || seen.contains(entry.sha))
            continue;
        seen << entry.sha;
        RollbackCandidate candidate{entry.sha, entry.knownGoodAt.isValid() ? entry.knownGoodAt : entry.time, {}, entry.knownGoodReason};
        for (const ReleaseEntry &deploy : m_entries) {
            const bool deployed = deploy.sha == entry.sha && deploy.result == QLatin1String("success")
                                  && deploy.method != QLatin1String("recorded") && deploy.method != QLatin1String("env-restart");
            if (deployed) {
                candidate.lastDeployedAt = deploy.time;
                break; // newest first
            }
        }
        candidates << candidate;
    }
    return candidates;
}

QString RollbackCandidate::label(const QDateTime &now) const
{
    const QString since = QLocale().toString(knownGoodSince.toLocalTime().date(), QLocale::ShortFormat);
    const QString shortSha = sha.left(7);
    if (!lastDeployedAt.isValid())
        return Text::tr("Roll back to %1 — known-good since %2").arg(shortSha, since);
    const qint64 days = lastDeployedAt.daysTo(now);
    const QString ago = days <= 0 ? Text::tr("deployed today")
                        : days == 1 ? Text::tr("deployed yesterday")
                                    : Text::tr("deployed %1 days ago").arg(days);
    return Text::tr("Roll back to %1 — known-good since %2, %3").arg(shortSha, since, ago);
}

QList<ReleaseEntry> ReleaseLog::knownGood() const
{
    QList<ReleaseEntry> result;
    for (const ReleaseEntry &entry : m_entries) {
        if (entry.knownGood)
            result.append(entry);
    }
    return result;
}

void ReleaseLog::trim()
{
    // Keep the newest entries, but never drop a known-good one: those are the
    // rollback targets.
    while (m_entries.size() > maxEntries) {
        auto oldestOrdinary = std::find_if(m_entries.rbegin(), m_entries.rend(),
                                           [](const ReleaseEntry &entry) { return !entry.knownGood; });
        if (oldestOrdinary == m_entries.rend())
            break;
        m_entries.erase(std::next(oldestOrdinary).base());
    }
}

QByteArray ReleaseLog::toKeychainJson(const QString &profileId) const
{
    QJsonArray entries;
    for (const ReleaseEntry &entry : m_entries)
        entries.append(entryToJson(entry));
    const QJsonObject root{{QStringLiteral("format"), formatName},
                           {QStringLiteral("version"), formatVersion},
                           {QStringLiteral("profile"), profileId},
                           {QStringLiteral("entries"), entries}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray ReleaseLog::toExportJson(const QString &profileId) const
{
    return QJsonDocument::fromJson(toKeychainJson(profileId)).toJson(QJsonDocument::Indented);
}

ReleaseLogParseResult ReleaseLog::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {std::nullopt, {}, Text::tr("not a release log: invalid JSON (%1)").arg(parseError.errorString())};
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != formatName)
        return {std::nullopt, {}, Text::tr("not a Stratum Deploy release log (\"format\" is not %1)").arg(formatName)};
    if (root.value(QStringLiteral("version")).toInt() != formatVersion)
        return {std::nullopt, {}, Text::tr("release log version %1 is not supported")
                                      .arg(root.value(QStringLiteral("version")).toInt())};
    const QJsonValue entries = root.value(QStringLiteral("entries"));
    if (!entries.isArray())
        return {std::nullopt, {}, Text::tr("entries: must be a list")};

    ReleaseLog log;
    const QJsonArray array = entries.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString error;
        const auto entry = entryFromJson(array.at(i).toObject(), &error);
        if (!entry)
            return {std::nullopt, {}, QStringLiteral("entries[%1].").arg(i) + error};
        log.m_entries.append(*entry);
    }
    std::stable_sort(log.m_entries.begin(), log.m_entries.end(),
                     [](const ReleaseEntry &a, const ReleaseEntry &b) { return a.time > b.time; });
    return {std::move(log), root.value(QStringLiteral("profile")).toString(), {}};
}

} // namespace Stratum
