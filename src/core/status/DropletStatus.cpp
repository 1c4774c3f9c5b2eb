#include "DropletStatus.h"

#include "core/droplet/DropletFacts.h"
#include "core/environments/EnvironmentHosts.h"
#include "core/keychain/Vault.h"
#include "core/releases/Sha.h"
#include "core/ssh/RemoteHost.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::DropletStatus)
};

ContainerHealth healthOf(const ContainerState &container)
{
    if (container.state == QLatin1String("running")) {
        if (container.health == QLatin1String("unhealthy"))
            return ContainerHealth::Unhealthy;
        if (container.health == QLatin1String("starting"))
            return ContainerHealth::Starting;
        return ContainerHealth::Healthy;
    }
    if (container.state == QLatin1String("restarting"))
        return ContainerHealth::Unhealthy;
    return ContainerHealth::Down;
}

QString describe(const ContainerState &container)
{
    if (container.state == QLatin1String("exited"))
        return Text::tr("%1: exited (%2)").arg(container.service).arg(container.exitCode);
    if (container.state == QLatin1String("running") && !container.health.isEmpty())
        return Text::tr("%1: %2").arg(container.service, container.health);
    return Text::tr("%1: %2").arg(container.service, container.state);
}

void assessHealth(DropletStatus &status, const Profile &profile)
{
    status.worst = ContainerHealth::Healthy;
    auto worsen = [&status](ContainerHealth health, const QString &detail) {
        if (int(health) > int(status.worst)) {
            status.worst = health;
            status.worstDetail = detail;
        }
    };
    for (const QString &service : profile.droplet.services) {
        if (status.now.imageOf(service).isEmpty())
            worsen(ContainerHealth::Down, Text::tr("%1: no container").arg(service));
    }
    for (const ContainerState &container : status.now.containers) {
        // Of a service with a running container and a created one, the created one is the
        // cut-off change (assessed as mixed); the service itself still answers.
        const ContainerHealth health = healthOf(container);
        if (container.state == QLatin1String("created") && status.mixed)
            continue;
        worsen(health, describe(container));
    }
}

void assessMixed(DropletStatus &status, const Profile &profile, const ReleaseLog &log)
{
    QStringList createdShas;
    for (const ContainerState &container : status.now.containers) {
        if (!profile.droplet.services.contains(container.service))
            continue;
        const QString tag = container.imageTag();
        if (Sha::isFullText(tag) && !status.shas.contains(tag))
            status.shas << tag;
        if (container.state == QLatin1String("created") && Sha::isFullText(tag)) {
            status.mixedDetails << Text::tr("%1: a container for %2 was created but never started")
                                       .arg(container.service, tag.left(Sha::shortLength));
            if (!createdShas.contains(tag))
                createdShas << tag;
        }
    }
    if (status.shas.size() > 1) {
        for (const QString &service : profile.droplet.services) {
            const QString tag = status.now.tagOf(service);
            if (!tag.isEmpty())
                status.mixedDetails << Text::tr("%1 runs %2").arg(service, tag.left(Sha::shortLength));
        }
    }
    status.mixed = !status.mixedDetails.isEmpty();
    if (!status.mixed) {
        status.runningSha = status.shas.value(0);
        return;
    }
    // The change that was cut off: the SHA of the created containers, else the newest one the log knows.
    status.finishSha = createdShas.value(0);
    for (const ReleaseEntry &entry : log.entries()) {
        if (!status.finishSha.isEmpty())
            break;
        if (status.shas.contains(entry.sha))
            status.finishSha = entry.sha;
    }
}

} // namespace

QString containerHealthName(ContainerHealth health)
{
    switch (health) {
    case ContainerHealth::Healthy: return QStringLiteral("healthy");
    case ContainerHealth::Starting: return QStringLiteral("starting");
    case ContainerHealth::Unhealthy: return QStringLiteral("unhealthy");
    case ContainerHealth::Down: return QStringLiteral("down");
    case ContainerHealth::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

QString containerHealthLabel(ContainerHealth health)
{
    switch (health) {
    case ContainerHealth::Healthy: return Text::tr("healthy");
    case ContainerHealth::Starting: return Text::tr("starting");
    case ContainerHealth::Unhealthy: return Text::tr("unhealthy");
    case ContainerHealth::Down: return Text::tr("down");
    case ContainerHealth::Unknown: return Text::tr("unknown");
    }
    return {};
}

DropletStatus assessDropletStatus(const QString &hostName, const RunningNow &now, const Guards &guards,
                                  const ReleaseLog &log, const Profile &profile)
{
    DropletStatus status;
    status.hostName = hostName;
    status.now = now;
    status.guards = guards;
    status.read = now.read;
    status.error = now.error;
    if (!now.read)
        return status;
    assessMixed(status, profile, log);
    assessHealth(status, profile);
    if (!status.runningSha.isEmpty()) {
        status.release = log.latest(status.runningSha);
        for (const ReleaseEntry &entry : log.knownGood())
            status.knownGood |= entry.sha == status.runningSha;
    }
    status.candidates = log.rollbackCandidates(status.runningSha);
    if (!log.knownGood().isEmpty())
        status.lastKnownGood = log.knownGood().first();
    if (status.mixed) {
        // Back to a known-good release that is part of the mix, else the newest one.
        for (const RollbackCandidate &candidate : std::as_const(status.candidates)) {
            if (status.shas.contains(candidate.sha) && candidate.sha != status.finishSha) {
                status.rollbackSha = candidate.sha;
                break;
            }
        }
    }
    if (status.rollbackSha.isEmpty() && !status.candidates.isEmpty())
        status.rollbackSha = status.candidates.first().sha;
    return status;
}

QString DropletStatus::rollbackLabel(const QDateTime &at) const
{
    if (rollbackSha.isEmpty())
        return {};
    for (const RollbackCandidate &candidate : candidates) {
        if (candidate.sha == rollbackSha)
            return candidate.label(at);
    }
    return Text::tr("Roll back to %1").arg(rollbackSha.left(Sha::shortLength));
}

QString DropletStatus::rollbackImagesWarning() const
{
    return imagesGoneSentence(rollbackImagesMissing, rollbackSha);
}

int statusExitCode(const DropletStatus &status)
{
    if (!status.read || status.mixed || status.worst != ContainerHealth::Healthy)
        return 1;
    if (status.guards.lock.held || status.guards.pin.pinned)
        return 3;
    return 0;
}

QString DropletStatus::headline() const
{
    if (!read)
        return Text::tr("%1: cannot read what runs (%2)").arg(hostName, error);
    QStringList parts;
    if (mixed)
        parts << Text::tr("MIXED: %1").arg(mixedDetails.join(QStringLiteral("; ")));
    else if (runningSha.isEmpty())
        parts << Text::tr("running images are not tagged by a commit SHA");
    else
        parts << Text::tr("%1 %2").arg(runningSha.left(Sha::shortLength),
                                       knownGood ? Text::tr("known-good") : Text::tr("not known-good"));
    parts << (worstDetail.isEmpty() ? containerHealthLabel(worst) : Text::tr("%1 (%2)").arg(containerHealthLabel(worst), worstDetail));
    parts << (guards.lock.held ? Text::tr("locked by %1 (%2)").arg(guards.lock.holder, guards.lock.reason) : Text::tr("lock free"));
    if (guards.pin.pinned)
        parts << Text::tr("pinned to %1 by %2: %3").arg(guards.pin.sha.left(Sha::shortLength), guards.pin.holder, guards.pin.reason);
    return parts.join(QStringLiteral(" · "));
}

QJsonObject DropletStatus::toJson() const
{
    QJsonArray containers;
    for (const ContainerState &container : now.containers)
        containers.append(QJsonObject{{QStringLiteral("service"), container.service},
                                      {QStringLiteral("name"), container.name},
                                      {QStringLiteral("image"), container.image},
                                      {QStringLiteral("tag"), container.imageTag()},
                                      {QStringLiteral("imageId"), container.imageId},
                                      {QStringLiteral("digest"), container.digest},
                                      {QStringLiteral("state"), container.state},
                                      {QStringLiteral("health"), container.health},
                                      {QStringLiteral("startedAt"), container.startedAt.isValid()
                                                                        ? container.startedAt.toString(Qt::ISODate) : QString()}});
    QJsonArray candidateArray;
    for (const RollbackCandidate &candidate : candidates)
        candidateArray.append(QJsonObject{{QStringLiteral("sha"), candidate.sha},
                                          {QStringLiteral("knownGoodSince"), candidate.knownGoodSince.toString(Qt::ISODate)},
                                          {QStringLiteral("lastDeployedAt"), candidate.lastDeployedAt.isValid()
                                                                                 ? candidate.lastDeployedAt.toString(Qt::ISODate) : QString()},
                                          {QStringLiteral("reason"), candidate.reason}});
    QJsonObject object{{QStringLiteral("host"), hostName},
                       {QStringLiteral("read"), read},
                       {QStringLiteral("runningSha"), runningSha},
                       {QStringLiteral("knownGood"), knownGood},
                       {QStringLiteral("health"), containerHealthName(worst)},
                       {QStringLiteral("healthDetail"), worstDetail},
                       {QStringLiteral("mixed"), mixed},
                       {QStringLiteral("mixedDetails"), QJsonArray::fromStringList(mixedDetails)},
                       {QStringLiteral("finishSha"), finishSha},
                       {QStringLiteral("rollbackSha"), rollbackSha},
                       {QStringLiteral("rollbackImagesMissing"), QJsonArray::fromStringList(rollbackImagesMissing)},
                       {QStringLiteral("containers"), containers},
                       {QStringLiteral("rollbackCandidates"), candidateArray},
                       {QStringLiteral("recorded"), QJsonArray::fromStringList(recorded)},
                       {QStringLiteral("lock"), guards.lock.held ? QJsonObject{{QStringLiteral("holder"), guards.lock.holder},
                                                                               {QStringLiteral("machine"), guards.lock.machine},
                                                                               {QStringLiteral("since"), guards.lock.since},
                                                                               {QStringLiteral("reason"), guards.lock.reason}}
                                                                 : QJsonObject()},
                       {QStringLiteral("pin"), guards.pin.pinned ? QJsonObject{{QStringLiteral("sha"), guards.pin.sha},
                                                                               {QStringLiteral("holder"), guards.pin.holder},
                                                                               {QStringLiteral("since"), guards.pin.since},
                                                                               {QStringLiteral("reason"), guards.pin.reason}}
                                                                 : QJsonObject()}};
    if (!read)
        object.insert(QStringLiteral("error"), error);
    if (release)
        object.insert(QStringLiteral("release"), QJsonObject{{QStringLiteral("time"), release->time.toString(Qt::ISODate)},
                                                             {QStringLiteral("method"), release->method},
                                                             {QStringLiteral("result"), release->result},
                                                             {QStringLiteral("who"), release->who}});
    return object;
}

void readDropletStatus(RemoteHost *host, const QString &hostName, const Profile &profile, Vault *vault,
                       QObject *context, std::function<void(const DropletStatus &)> done)
{
    readRunningNow(host, profile, context, [host, hostName, &profile, vault, context, done](const RunningNow &now) {
        if (!now.read) {
            done(assessDropletStatus(hostName, now, {}, {}, profile));
            return;
        }
        // The release log is read from the keychain meanwhile: the host may be replaced by then (another one watched).
        const QPointer<RemoteHost> alive(host);
        vault->loadReleaseLog(profile.id, context, [alive, hostName, &profile, context, done, now](const Vault::Result<ReleaseLog> &read) {
            // What this host's environment knows: a release known-good on staging is not production's way back.
            const Vault::Result<ReleaseLog> log{read.error, read.value.without(hostsOfOtherEnvironments(profile, hostName))};
            // The way back does not depend on the guards: whether the droplet still has its images
            // is asked in the same round trip as the lock and the pin.
            const QString rollbackSha = assessDropletStatus(hostName, now, {}, log.value, profile).rollbackSha;
            const QString backendRef = rollbackSha.isEmpty() ? QString() : profile.backendImageRef(rollbackSha);
            const QString frontendRef = rollbackSha.isEmpty() ? QString() : profile.frontendImageRef(rollbackSha);
            QString command = RemoteCommands(profile, hostName).guardStatus();
            if (!rollbackSha.isEmpty())
                command += QStringLiteral("; ") + RemoteCommands::localImageDigests({backendRef, frontendRef});
            const auto guardsRead = [hostName, &profile, done, now, log, backendRef, frontendRef](const RemoteResult &result) {
                const QString answer = QString::fromUtf8(result.out);
                DropletStatus status = assessDropletStatus(hostName, now, RemoteCommands::parseGuards(answer), log.value, profile);
                status.releaseLogRead = log.error.ok();
                if (!status.rollbackSha.isEmpty())
                    status.rollbackImagesMissing = missingImageRoles(RemoteCommands::parseLocalImages(answer), backendRef, frontendRef);
                done(status);
            };
            if (!alive) {
                guardsRead({}); // as a read of the guards that failed
                return;
            }
            alive->run(command, std::chrono::seconds(profile.timing.stepSeconds), context, {{}, {}, guardsRead});
        });
    }, RunningDetail::WithImages);
}

} // namespace Stratum
