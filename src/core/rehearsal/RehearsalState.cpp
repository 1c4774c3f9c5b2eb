#include "RehearsalState.h"

#include <QJsonArray>

namespace Stratum {

namespace {

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

const QList<std::pair<RehearsalState::Phase, QString>> &phases()
{
    static const QList<std::pair<RehearsalState::Phase, QString>> list{
        {RehearsalState::Phase::Starting, QStringLiteral("starting")}, {RehearsalState::Phase::Ready, QStringLiteral("ready")},
        {RehearsalState::Phase::Failed, QStringLiteral("failed")}, {RehearsalState::Phase::Stopped, QStringLiteral("stopped")}};
    return list;
}

} // namespace

QJsonObject recoveryToJson(const RecoveryRecord &record)
{
    return {{QStringLiteral("scenario"), record.scenario},
            {QStringLiteral("failingSince"), iso(record.failingSince)},
            {QStringLiteral("recoveredAt"), iso(record.recoveredAt)},
            {QStringLiteral("seconds"), qRound(record.seconds() * 10) / 10.0},
            {QStringLiteral("sha"), record.sha},
            {QStringLiteral("steps"), QJsonArray::fromStringList(record.steps)}};
}

RecoveryRecord recoveryFromJson(const QJsonObject &json)
{
    RecoveryRecord record;
    record.scenario = json.value(QStringLiteral("scenario")).toString();
    record.failingSince = fromIso(json.value(QStringLiteral("failingSince")));
    record.recoveredAt = fromIso(json.value(QStringLiteral("recoveredAt")));
    record.sha = json.value(QStringLiteral("sha")).toString();
    for (const QJsonValue &step : json.value(QStringLiteral("steps")).toArray())
        record.steps << step.toString();
    return record;
}

QJsonObject ScenarioRequest::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("failingSince"), iso(failingSince)},
            {QStringLiteral("recoverOn"), QJsonArray::fromStringList(recoverOn)},
            {QStringLiteral("githubDown"), githubDown},
            {QStringLiteral("registryDown"), registryDown},
            {QStringLiteral("dropOnComposeUp"), dropOnComposeUp}};
}

ScenarioRequest ScenarioRequest::fromJson(const QJsonObject &json)
{
    ScenarioRequest request;
    request.name = json.value(QStringLiteral("name")).toString();
    request.failingSince = fromIso(json.value(QStringLiteral("failingSince")));
    for (const QJsonValue &sha : json.value(QStringLiteral("recoverOn")).toArray())
        request.recoverOn << sha.toString();
    request.githubDown = json.value(QStringLiteral("githubDown")).toBool();
    request.registryDown = json.value(QStringLiteral("registryDown")).toBool();
    request.dropOnComposeUp = json.value(QStringLiteral("dropOnComposeUp")).toBool();
    return request;
}

QString RehearsalState::phaseId() const
{
    for (const auto &[value, id] : phases()) {
        if (value == phase)
            return id;
    }
    return {};
}

QJsonObject RehearsalState::toJson() const
{
    QJsonArray releaseList;
    for (const StandInRelease &release : releases) {
        releaseList.append(QJsonObject{{QStringLiteral("sha"), release.sha}, {QStringLiteral("kind"), releaseKindId(release.kind)},
                                       {QStringLiteral("subject"), release.subject}});
    }
    QJsonArray recoveryList;
    for (const RecoveryRecord &record : recoveries)
        recoveryList.append(recoveryToJson(record));
    return {{QStringLiteral("phase"), phaseId()},
            {QStringLiteral("pid"), pid},
            {QStringLiteral("error"), error},
            {QStringLiteral("engine"), engine},
            {QStringLiteral("startedAt"), iso(startedAt)},
            {QStringLiteral("startSeconds"), startSeconds},
            {QStringLiteral("coldStart"), coldStart},
            {QStringLiteral("ports"), QJsonObject{{QStringLiteral("ssh"), ports.ssh},
                                                  {QStringLiteral("registry"), ports.registry},
                                                  {QStringLiteral("imageRegistry"), ports.imageRegistry},
                                                  {QStringLiteral("registryGate"), ports.registryGate},
                                                  {QStringLiteral("github"), ports.github},
                                                  {QStringLiteral("backend"), ports.backend},
                                                  {QStringLiteral("frontend"), ports.frontend}}},
            {QStringLiteral("user"), user},
            {QStringLiteral("keyPath"), keyPath},
            {QStringLiteral("hostKeyType"), hostKeyType},
            {QStringLiteral("hostKeyBase64"), hostKeyBase64},
            {QStringLiteral("hostKeyFingerprint"), hostKeyFingerprint},
            {QStringLiteral("appDir"), appDir},
            {QStringLiteral("lockDir"), lockDir},
            {QStringLiteral("originDir"), originDir},
            {QStringLiteral("imageHost"), imageHost},
            {QStringLiteral("running"), running},
            {QStringLiteral("releases"), releaseList},
            {QStringLiteral("githubDown"), githubDown},
            {QStringLiteral("registryDown"), registryDown},
            {QStringLiteral("activeScenario"), activeScenario},
            {QStringLiteral("failingSince"), iso(failingSince)},
            {QStringLiteral("recoveries"), recoveryList}};
}

RehearsalState RehearsalState::fromJson(const QJsonObject &json)
{
    RehearsalState state;
    const QString phase = json.value(QStringLiteral("phase")).toString();
    for (const auto &[value, id] : phases()) {
        if (id == phase)
            state.phase = value;
    }
    state.pid = json.value(QStringLiteral("pid")).toInteger();
    state.error = json.value(QStringLiteral("error")).toString();
    state.engine = json.value(QStringLiteral("engine")).toString();
    state.startedAt = fromIso(json.value(QStringLiteral("startedAt")));
    state.startSeconds = json.value(QStringLiteral("startSeconds")).toDouble();
    state.coldStart = json.value(QStringLiteral("coldStart")).toBool();
    const QJsonObject ports = json.value(QStringLiteral("ports")).toObject();
    const auto port = [&ports](const char *name) { return static_cast<quint16>(ports.value(QLatin1String(name)).toInt()); };
    state.ports = {port("ssh"), port("registry"), port("imageRegistry"), port("registryGate"), port("github"), port("backend"), port("frontend")};
    state.user = json.value(QStringLiteral("user")).toString();
    state.keyPath = json.value(QStringLiteral("keyPath")).toString();
    state.hostKeyType = json.value(QStringLiteral("hostKeyType")).toString();
    state.hostKeyBase64 = json.value(QStringLiteral("hostKeyBase64")).toString();
    state.hostKeyFingerprint = json.value(QStringLiteral("hostKeyFingerprint")).toString();
    state.appDir = json.value(QStringLiteral("appDir")).toString();
    state.lockDir = json.value(QStringLiteral("lockDir")).toString();
    state.originDir = json.value(QStringLiteral("originDir")).toString();
    state.imageHost = json.value(QStringLiteral("imageHost")).toString();
    state.running = json.value(QStringLiteral("running")).toString();
    for (const QJsonValue &value : json.value(QStringLiteral("releases")).toArray()) {
        const QJsonObject object = value.toObject();
        if (const auto kind = releaseKindFromId(object.value(QStringLiteral("kind")).toString()))
            state.releases.append({object.value(QStringLiteral("sha")).toString(), *kind, object.value(QStringLiteral("subject")).toString()});
    }
    state.githubDown = json.value(QStringLiteral("githubDown")).toBool();
    state.registryDown = json.value(QStringLiteral("registryDown")).toBool();
    state.activeScenario = json.value(QStringLiteral("activeScenario")).toString();
    state.failingSince = fromIso(json.value(QStringLiteral("failingSince")));
    for (const QJsonValue &value : json.value(QStringLiteral("recoveries")).toArray())
        state.recoveries.append(recoveryFromJson(value.toObject()));
    if (!state.recoveries.isEmpty())
        state.lastRecovery = state.recoveries.last();
    return state;
}

QJsonObject RehearsalState::statusJson(bool alive) const
{
    QJsonObject json = toJson();
    for (const char *inner : {"hostKeyBase64", "pid", "recoveries"})
        json.remove(QLatin1String(inner));
    json.insert(QStringLiteral("running"), alive && phase == Phase::Ready);
    json.insert(QStringLiteral("runningRelease"), running);
    const QString up = alive && phase == Phase::Ready ? QStringLiteral("running") : QStringLiteral("stopped");
    const QString down = QStringLiteral("down (scenario)");
    json.insert(QStringLiteral("parts"), QJsonObject{{QStringLiteral("sshd"), up},
                                                     {QStringLiteral("dockerEngine"), up},
                                                     {QStringLiteral("registry"), registryDown && alive ? down : up},
                                                     {QStringLiteral("github"), githubDown && alive ? down : up}});
    if (lastRecovery)
        json.insert(QStringLiteral("lastRecovery"), recoveryToJson(*lastRecovery));
    else
        json.insert(QStringLiteral("lastRecovery"), QJsonValue());
    return json;
}

std::optional<StandInRelease> RehearsalState::release(const QString &sha) const
{
    for (const StandInRelease &candidate : releases) {
        if (candidate.sha == sha)
            return candidate;
    }
    return std::nullopt;
}

QString RehearsalState::releaseOfKind(ReleaseKind kind, int nth) const
{
    for (const StandInRelease &candidate : releases) {
        if (candidate.kind == kind && nth-- == 0)
            return candidate.sha;
    }
    return {};
}

} // namespace Stratum
