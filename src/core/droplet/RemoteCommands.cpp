#include "RemoteCommands.h"

#include "core/releases/Sha.h"

#include <QRegularExpression>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Stratum {

QString RemoteCommands::inAppDir(const QString &command) const
{
    return QStringLiteral("cd ") + shellQuote(place().appDir) + QStringLiteral(" && ") + command;
}

QString RemoteCommands::compose(const QString &arguments) const
{
    // Compose loads the whole project even to list or exec: with `image: ${BACKEND_IMAGE}` and the
    // variable unset it refuses ("has neither an image nor a build context"). These commands never
    // create containers, so any value does; a deploy's own compose up passes the real ones.
    return inAppDir(QStringLiteral("BACKEND_IMAGE=${BACKEND_IMAGE:-%1} WORKER_IMAGE=${WORKER_IMAGE:-%1} "
                                   "FRONTEND_IMAGE=${FRONTEND_IMAGE:-%1} ").arg(readOnlyImage())
                    + QStringLiteral("docker compose -f ") + shellQuote(m_profile.droplet.composeFile)
                    + QStringLiteral(" --env-file ") + shellQuote(m_profile.droplet.envFile) + QLatin1Char(' ')
                    + arguments);
}

QString RemoteCommands::readOnlyImage()
{
    return QStringLiteral("stratum-deploy/read-only");
}

QString RemoteCommands::git()
{
    // The clone's own hooks and fsmonitor would run as the deploying user (often root) on every
    // git command the app runs there: never.
    return QStringLiteral("git -c core.hooksPath=/dev/null -c core.fsmonitor=false");
}

QString RemoteCommands::gitFetch() const
{
    return inAppDir(git() + QStringLiteral(" fetch origin ") + shellQuote(m_profile.github.branch));
}

QString RemoteCommands::gitCheckoutMain() const
{
    return inAppDir(git() + QStringLiteral(" checkout ") + shellQuote(m_profile.github.branch));
}

QString RemoteCommands::gitPullFastForward() const
{
    return inAppDir(git() + QStringLiteral(" pull --ff-only origin ") + shellQuote(m_profile.github.branch));
}

QString RemoteCommands::cloneState() const
{
    // Modified and untracked files (git-ignored ones and the env file do not count), where the
    // clone comes from, and the commit the compose file in use was last changed in.
    return inAppDir(QStringLiteral("echo @status; %1 status --porcelain --untracked-files=all -- . %2; echo \"@status-exit $?\"; "
                                   "echo \"@origin $(%1 config --get remote.origin.url)\"; echo \"@head $(%1 rev-parse HEAD)\"; "
                                   "echo \"@compose $(%1 log -1 --format=%H -- %3)\"")
                        .arg(git(), shellQuote(QStringLiteral(":(exclude)") + m_profile.droplet.envFile),
                             shellQuote(m_profile.droplet.composeFile)));
}

CloneState RemoteCommands::parseCloneState(const QString &answer)
{
    CloneState state;
    bool inStatus = false;
    for (const QString &line : answer.split(QLatin1Char('\n'))) {
        if (line == QLatin1String("@status")) {
            inStatus = true;
        } else if (line.startsWith(QLatin1String("@status-exit "))) {
            inStatus = false;
            state.read = line.mid(13).trimmed() == QLatin1String("0");
        } else if (inStatus && line.size() > 3) {
            state.changes << line;
        } else if (line.startsWith(QLatin1String("@origin "))) {
            state.origin = line.mid(8).trimmed();
        } else if (line.startsWith(QLatin1String("@head "))) {
            const QString head = line.mid(6).trimmed();
            state.head = Sha::isFullText(head) ? head : QString();
        } else if (line.startsWith(QLatin1String("@compose "))) {
            const QString commit = line.mid(9).trimmed();
            state.composeCommit = Sha::isFullText(commit) ? commit : QString();
        }
    }
    state.read = state.read && !state.head.isEmpty();
    return state;
}

QString RemoteCommands::localImageDigests(const QStringList &imageRefs)
{
    QStringList quoted;
    for (const QString &ref : imageRefs)
        quoted << shellQuote(ref);
    return QStringLiteral("for r in %1; do o=$(docker image inspect --format '{{range .RepoDigests}}{{.}} {{end}}present' "
                          "\"$r\" 2>/dev/null) || o=missing; printf '@image %s %s\\n' \"$r\" \"$o\"; done")
        .arg(quoted.join(QLatin1Char(' ')));
}

QHash<QString, LocalImage> RemoteCommands::parseLocalImages(const QString &answer)
{
    QHash<QString, LocalImage> images;
    for (const QString &line : answer.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.startsWith(QLatin1String("@image ")))
            continue;
        const QStringList words = line.mid(7).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        LocalImage image; // anything but "… present" at the end (missing, an empty answer) is not there
        image.present = words.size() >= 2 && words.last() == QLatin1String("present");
        for (const QString &repoDigest : words.mid(1, image.present ? words.size() - 2 : 0)) {
            const QString digest = repoDigest.section(QLatin1Char('@'), 1);
            if (digest.startsWith(QLatin1String("sha256:")))
                image.digests << digest;
        }
        images.insert(words.first(), image);
    }
    return images;
}

QString RemoteCommands::resolveCommit(const Sha &shaPrefix) const
{
    const QString prefix = shellQuote(shaPrefix.text());
    return inAppDir(QStringLiteral("for o in $(%2 rev-parse --disambiguate=%1); do "
                                   "[ \"$(%2 cat-file -t \"$o\")\" = commit ] && echo \"$o\"; done; true")
                        .arg(prefix, git()));
}

QString RemoteCommands::composeFileDiffers(const Sha &from, const Sha &to) const
{
    return inAppDir(git() + QStringLiteral(" diff --quiet %1 %2 -- %3")
                                .arg(shellQuote(from.text()), shellQuote(to.text()), shellQuote(m_profile.droplet.composeFile)));
}

QString RemoteCommands::migrationsCrossed(const Sha &from, const Sha &to) const
{
    return inAppDir(git() + QStringLiteral(" diff --no-renames --name-status %1 %2 -- %3")
                                .arg(shellQuote(to.text()), shellQuote(from.text()), shellQuote(m_profile.droplet.migrationsDir)));
}

QStringList RemoteCommands::parseCrossedMigrations(const QString &nameStatus)
{
    QStringList names;
    for (const QString &line : nameStatus.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() != 2 || fields.first() != QLatin1String("A"))
            continue;
        const QString name = fields.last().section(QLatin1Char('/'), -1);
        if (!name.isEmpty() && !name.startsWith(QLatin1String("__")) && !names.contains(name))
            names << name;
    }
    names.sort();
    return names;
}

QString RemoteCommands::liveRevision() const
{
    if (m_profile.droplet.liveRevisionCommand.isEmpty())
        return {};
    QStringList words;
    for (const QString &word : m_profile.droplet.liveRevisionCommand)
        words << shellQuote(word);
    return compose(QStringLiteral("exec -T backend ") + words.join(QLatin1Char(' ')));
}

QString RemoteCommands::manifestInspect(const QString &imageRef) const
{
    return QStringLiteral("docker manifest inspect ") + shellQuote(imageRef) + QStringLiteral(" >/dev/null");
}

QString RemoteCommands::pull(const QString &imageRef) const
{
    return QStringLiteral("docker pull ") + shellQuote(imageRef);
}

QString RemoteCommands::imageEnv(const QString &backendRef, const QString &frontendRef) const
{
    const QString worker = m_profile.images.workerImage == QLatin1String("frontend") ? frontendRef : backendRef;
    return QStringLiteral("BACKEND_IMAGE=%1 WORKER_IMAGE=%2 FRONTEND_IMAGE=%3 ")
        .arg(shellQuote(backendRef), shellQuote(worker), shellQuote(frontendRef));
}

QString RemoteCommands::composeUp(const QString &backendRef, const QString &frontendRef) const
{
    if (m_swarm)
        return stackDeploy(backendRef, frontendRef);
    return inAppDir(imageEnv(backendRef, frontendRef) + QStringLiteral("docker compose -f ")
                    + shellQuote(m_profile.droplet.composeFile) + QStringLiteral(" --env-file ")
                    + shellQuote(m_profile.droplet.envFile) + QStringLiteral(" up -d --no-build --remove-orphans"));
}

QString RemoteCommands::recreateFrontend(const QString &backendRef, const QString &frontendRef) const
{
    if (m_swarm)
        return QStringLiteral("docker service update --force --detach=false --quiet ") + shellQuote(stackName() + QStringLiteral("_frontend"));
    return inAppDir(imageEnv(backendRef, frontendRef) + QStringLiteral("docker compose -f ")
                    + shellQuote(m_profile.droplet.composeFile) + QStringLiteral(" --env-file ")
                    + shellQuote(m_profile.droplet.envFile)
                    + QStringLiteral(" up -d --no-build --force-recreate frontend"));
}

QString RemoteCommands::composePs() const
{
    return m_swarm ? stackPs() : compose(QStringLiteral("ps --all --format json"));
}

QString RemoteCommands::backendHealth(const QString &url) const
{
    if (m_swarm)
        return QStringLiteral("c=%1; [ -n \"$c\" ] || { echo 'no running task of the backend on this node' >&2; exit 1; }; "
                              "docker exec \"$c\" curl -fsS %2")
            .arg(stackTask(QStringLiteral("backend")), shellQuote(url));
    return compose(QStringLiteral("exec -T backend curl -fsS ") + shellQuote(url));
}

QString RemoteCommands::backendHealthWithin(const QString &url, int seconds) const
{
    const int attempts = std::max(1, (seconds + 1) / 2);
    if (attempts == 1)
        return backendHealth(url);
    // Asked on the droplet every 2 s until it answers: one round trip, however long the boot takes.
    return QStringLiteral("n=0; until %1; do n=$((n + 1)); if [ \"$n\" -ge %2 ]; then exit 1; fi; sleep 2; done")
        .arg(backendHealth(url))
        .arg(attempts);
}

QString RemoteCommands::logs(const QString &service, int tail) const
{
    if (m_swarm)
        return QStringLiteral("docker service logs --no-task-ids --tail %1 %2").arg(tail).arg(shellQuote(stackName() + QLatin1Char('_') + service));
    return compose(QStringLiteral("logs --no-color --tail=%1 %2").arg(tail).arg(shellQuote(service)));
}

bool RemoteCommands::isContainerName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$"));
    return valid.match(name).hasMatch();
}

QString RemoteCommands::workerProbe(const QString &containerName, const QString &service, int sinceSeconds) const
{
    const QString logs = m_swarm ? QStringLiteral("docker service logs --no-task-ids --since=%1s --tail=200 %2")
                                       .arg(sinceSeconds).arg(shellQuote(stackName() + QLatin1Char('_') + service))
                                 : compose(QStringLiteral("logs --no-color --since=%1s --tail=200 %2").arg(sinceSeconds).arg(shellQuote(service)));
    return QStringLiteral("docker inspect --format '{{.RestartCount}} {{.State.Status}}' %1; echo '--- logs'; ").arg(shellQuote(containerName))
           + logs;
}

QString RemoteCommands::freeDiskKb() const
{
    return QStringLiteral("df -Pk %1 | awk 'NR==2 {print $4}'").arg(shellQuote(place().appDir));
}

QString RemoteCommands::createEnvFromExample() const
{
    const QString env = shellQuote(m_profile.droplet.envFile);
    const QString example = shellQuote(m_profile.droplet.envExampleFile);
    return inAppDir(QStringLiteral("if test -e %1; then echo %1' exists: left as it is' >&2; exit 3; fi; "
                                   "test -f %2 && (umask 077 && cp %2 %1) && echo created %1 from %2")
                        .arg(env, example));
}

QString RemoteCommands::envFileExists() const
{
    return inAppDir(QStringLiteral("test -f ") + shellQuote(m_profile.droplet.envFile));
}

QString RemoteCommands::lockPath() const
{
    return place().lockDir + QStringLiteral("/deploy.lock");
}

QString RemoteCommands::pinPath() const
{
    return place().lockDir + QStringLiteral("/pin.json");
}

QString RemoteCommands::volatileRootOf(const QString &path)
{
    for (const char *volatileRoot : {"/var/lock", "/run", "/var/run", "/tmp", "/dev/shm"}) {
        const QString root = QLatin1String(volatileRoot);
        if (path == root || path.startsWith(root + QLatin1Char('/')))
            return root;
    }
    return {};
}

bool isForwardMethod(const QString &method)
{
    return method == QLatin1String("ssh") || method == QLatin1String("workflow");
}

QString RemoteCommands::changeDir(const QString &token) const
{
    return place().lockDir + QStringLiteral("/changes/") + token;
}

namespace {

QString stepDir(const QString &changeDir, int step)
{
    return changeDir + QStringLiteral("/step-%1").arg(step, 2, 10, QLatin1Char('0'));
}

// A detached step ($p from its pid file) still runs: its pid or a process of its session (it is
// the session's leader after its setsid(); until then, a loaded droplet being slower than the
// next round trip, only the pid exists). A zombie does not count: where nothing reaps the
// orphaned step (PID 1 of a container or a PID namespace) it would look alive for ever.
// Without ps, kill -0 on the pid or its group.
constexpr QLatin1StringView stepAlive(
    "{ if command -v ps >/dev/null; then ps -o stat= -p \"$p\" -s \"$p\" | grep -qv '^ *Z'; "
    "else kill -0 \"$p\" || kill -0 \"-$p\"; fi; } 2>/dev/null");

} // namespace

// Before every use: the lock directory is a real directory (no symbolic link), created 0700
// when missing, owned by the deploying user and writable by nobody else; what is written in it
// is 0600. Another local user can then neither plant links that root's writes follow nor fake a
// lock or a pin. Refused with one sentence and exit 73 otherwise.
QString RemoteCommands::lockDirChecked(const QString &command) const
{
    return QStringLiteral(
               "L=%1; if [ -L \"$L\" ]; then echo \"the lock directory $L is a symbolic link: remove it, or set droplet.lockDir "
               "to a directory of its own such as /var/lib/stratum-deploy\" >&2; exit %2; fi; "
               "if [ ! -d \"$L\" ]; then (umask 077 && mkdir -p \"$L\") 2>/dev/null || { echo \"cannot create the lock "
               "directory $L as $(id -un): run on the droplet: sudo install -d -m 700 -o $(id -un) $L\" >&2; exit %2; }; fi; "
               "if [ \"$(stat -c %u \"$L\")\" != \"$(id -u)\" ]; then echo \"the lock directory $L belongs to "
               "$(stat -c %U \"$L\"), not to $(id -un) who deploys: run on the droplet: chown $(id -un) $L && chmod 700 $L\" "
               ">&2; exit %2; fi; m=0$(stat -c %a \"$L\"); if [ $((m & 022)) -ne 0 ]; then echo \"others can write into the "
               "lock directory $L (mode $(stat -c %a \"$L\")): run on the droplet: chmod 700 $L\" >&2; exit %2; fi; umask 077; ")
               .arg(shellQuote(place().lockDir))
               .arg(lockDirUnsafeExitCode)
           + command;
}

namespace {

QByteArray lockInfoJson(const LockInfo &info)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("holder"), info.holder},
                                     {QStringLiteral("machine"), info.machine},
                                     {QStringLiteral("sha"), info.sha},
                                     {QStringLiteral("reason"), info.reason},
                                     {QStringLiteral("since"), info.since},
                                     {QStringLiteral("token"), info.token},
                                     {QStringLiteral("method"), info.method},
                                     {QStringLiteral("gateOverride"), info.gateOverride},
                                     {QStringLiteral("leaseSeconds"), info.leaseSeconds},
                                     {QStringLiteral("steps"), QJsonArray::fromStringList(info.plannedSteps)}})
        .toJson(QJsonDocument::Compact);
}

QString tokenPattern(const QString &token)
{
    return shellQuote(QStringLiteral("\"token\":\"") + token + QLatin1Char('"'));
}

} // namespace

QString RemoteCommands::takeLock(const LockInfo &info) const
{
    const QByteArray json = lockInfoJson(info);
    const QString lock = shellQuote(lockPath());
    const QString change = shellQuote(changeDir(info.token));
    const QString changes = shellQuote(place().lockDir + QStringLiteral("/changes"));
    // A forward deploy while production is pinned is refused by the droplet itself, whoever asks.
    const QString pinCheck = isForwardMethod(info.method)
        ? QStringLiteral("if [ -f %1 ]; then cat %1; exit %2; fi; ").arg(shellQuote(pinPath())).arg(pinnedExitCode)
        : QString();
    // mkdir is atomic: of two deploys started at the same instant exactly one gets the lock.
    // The newest 30 change folders are kept, the older ones go.
    return lockDirChecked(fenced(pinCheck + QStringLiteral("mkdir -p %1 && if mkdir %2 2>/dev/null; then printf '%s\\n' %3 > %2/info; "
                          "mkdir -p %5 && printf '%s\\n' %3 > %5/change.json; "
                          "ls -1dt %6/*/ 2>/dev/null | tail -n +31 | while read -r old; do rm -rf \"$old\"; done; "
                          "else cat %2/info 2>/dev/null; exit %4; fi")
        .arg(shellQuote(place().lockDir), lock, shellQuote(QString::fromUtf8(json)))
        .arg(lockHeldExitCode)
        .arg(change, changes)));
}

QString RemoteCommands::releaseLock(const QString &token) const
{
    return lockDirChecked(fenced(QStringLiteral("if %1; then rm -rf %2; else echo 'not our lock'; exit 1; fi")
                                     .arg(holdsLock(token), shellQuote(lockPath()))));
}

QString RemoteCommands::environmentLockPath(const QString &environment) const
{
    return place().lockDir + QStringLiteral("/environment-") + environment + QStringLiteral(".lock");
}

QString RemoteCommands::takeEnvironmentLock(const QString &environment, const LockInfo &info, int leaseSeconds) const
{
    return lockDirChecked(fenced(
        QStringLiteral("E=%1; if [ -f \"$E\" ] && ! grep -qF %2 \"$E\" && [ $(( $(date +%s) - $(stat -c %Y \"$E\") )) -lt %3 ]; "
                       "then cat \"$E\"; exit %4; fi; printf '%s\\n' %5 > \"$E\"")
            .arg(shellQuote(environmentLockPath(environment)), tokenPattern(info.token))
            .arg(leaseSeconds)
            .arg(lockHeldExitCode)
            .arg(shellQuote(QString::fromUtf8(lockInfoJson(info))))));
}

QString RemoteCommands::touchEnvironmentLock(const QString &environment, const QString &token) const
{
    return lockDirChecked(fenced(QStringLiteral("E=%1; if grep -qF %2 \"$E\" 2>/dev/null; then touch \"$E\"; fi")
                                     .arg(shellQuote(environmentLockPath(environment)), tokenPattern(token))));
}

QString RemoteCommands::releaseEnvironmentLock(const QString &environment, const QString &token) const
{
    return lockDirChecked(fenced(QStringLiteral("E=%1; if grep -qF %2 \"$E\" 2>/dev/null; then rm -f \"$E\"; fi")
                                     .arg(shellQuote(environmentLockPath(environment)), tokenPattern(token))));
}

QString RemoteCommands::holdsLock(const QString &token) const
{
    return QStringLiteral("grep -qF %1 %2/info 2>/dev/null")
        .arg(tokenPattern(token), shellQuote(lockPath()));
}

QString RemoteCommands::startDetached(const QString &token, int step, const QString &name, const Sha &sha,
                                      const QString &command) const
{
    const QString dir = shellQuote(stepDir(changeDir(token), step));
    // setsid: a session and process group of its own, so the SSH session's end does not reach it.
    const QString wrapper = shellQuote(QStringLiteral(
        "exec >>\"$1/out\" 2>>\"$1/err\" </dev/null; sh -c \"$2\"; s=$?; "
        "echo $s >\"$1/status.tmp\" && mv \"$1/status.tmp\" \"$1/status\""));
    // Started once (asked again after a drop: nothing), and only while the lock is still this
    // change's. The step does not inherit the fence's descriptor (9): it would hold the fence while it runs.
    return lockDirChecked(fenced(QStringLiteral(
               "d=%1; [ -e \"$d/pid\" ] && exit 0; "
               "if ! %7; then if [ -d %8 ]; then cat %8/info 2>/dev/null || echo '{}'; else echo free; fi; exit %9; fi; "
               "mkdir -p \"$d\" && printf '%s\\n' %2 >\"$d/name\" && printf '%s\\n' %3 >%4/sha || exit 1; "
               ": >\"$d/out\"; : >\"$d/err\"; "
               "setsid sh -c %5 stratum-step \"$d\" %6 </dev/null >/dev/null 2>&1 9>&- & echo $! >\"$d/pid\"")
        .arg(dir, shellQuote(name), shellQuote(sha.text()), shellQuote(changeDir(token)), wrapper, shellQuote(command),
             holdsLock(token), shellQuote(lockPath()), QString::number(fencedExitCode))));
}

QString RemoteCommands::followDetached(const QString &token, int step, qint64 outOffset, qint64 errOffset) const
{
    const QString dir = shellQuote(stepDir(changeDir(token), step));
    return lockDirChecked(QStringLiteral(
               "d=%1; c=%2; [ -f \"$d/pid\" ] || { echo 'the step was never started' >&2; exit %5; }; "
               "p=$(cat \"$d/pid\"); o=%3; e=%4; "
               "while :; do s=; [ -f \"$d/status\" ] && s=$(cat \"$d/status\"); "
               "n=$(($(wc -c <\"$d/out\"))); if [ \"$n\" -gt \"$o\" ]; then tail -c +$((o+1)) \"$d/out\" | head -c $((n-o)); o=$n; fi; "
               "n=$(($(wc -c <\"$d/err\"))); if [ \"$n\" -gt \"$e\" ]; then tail -c +$((e+1)) \"$d/err\" | head -c $((n-e)) >&2; e=$n; fi; "
               "[ -n \"$s\" ] && exit \"$s\"; "
               // Ended without a status: 255 is written for it; where nothing can be written (a full
               // disk, a read-only filesystem) the follow ends at once with 253 instead of spinning.
               "if [ -z \"$s\" ] && ! %7; then [ -f \"$d/status\" ] && [ -s \"$d/status\" ] && continue; "
               "x=%6; [ -f \"$d/cancelled\" ] && x=143; echo \"$x\" 2>/dev/null >\"$d/status\" && continue; "
               "echo \"cannot write the step's status in $d (a full disk or "
               "a read-only filesystem?): its outcome is unknown; its output is in $d/out and $d/err\" >&2; exit %8; fi; "
               "touch \"$c/attached\"; sleep 0.2; done")
        .arg(dir, shellQuote(changeDir(token)))
        .arg(outOffset)
        .arg(errOffset)
        .arg(neverStarted)
        .arg(diedWithoutStatus)
        .arg(stepAlive)
        .arg(statusUnwritable));
}

QString RemoteCommands::cancelDetached(const QString &token, int step) const
{
    const QString dir = shellQuote(stepDir(changeDir(token), step));
    // Marked first: whoever finds the step gone (this command or a follow) writes 143, not "died".
    return lockDirChecked(QStringLiteral("d=%1; [ -f \"$d/pid\" ] || exit 0; [ -f \"$d/status\" ] && exit 0; p=$(cat \"$d/pid\"); "
                          ": >\"$d/cancelled\"; kill -TERM \"-$p\" \"$p\" 2>/dev/null; i=0; "
                          "while %2 && [ $i -lt 50 ]; do sleep 0.2; i=$((i+1)); done; "
                          "kill -KILL \"-$p\" \"$p\" 2>/dev/null; [ -f \"$d/status\" ] || echo 143 >\"$d/status\"")
        .arg(dir, stepAlive));
}

QString RemoteCommands::pendingChanges() const
{
    const QString changes = shellQuote(place().lockDir + QStringLiteral("/changes"));
    // A step without a status whose process is gone died without one: 255, not "running" for ever.
    return lockDirChecked(QStringLiteral(
               "for c in %1/*/; do [ -f \"${c}change.json\" ] && [ ! -f \"${c}recorded\" ] || continue; "
               "%2; printf '@change %s %s\\n' \"$(basename \"$c\")\" \"$q\"; "
               "printf '@json %s\\n' \"$(head -n 1 \"${c}change.json\")\"; "
               "[ -f \"${c}sha\" ] && printf '@sha %s\\n' \"$(cat \"${c}sha\")\"; "
               "[ -f \"${c}ended\" ] && printf '@ended %s\\n' \"$(head -n 1 \"${c}ended\")\"; "
               "[ -f \"${c}run\" ] && printf '@run %s\\n' \"$(head -n 1 \"${c}run\")\"; "
               "for s in \"$c\"step-*/; do [ -d \"$s\" ] || continue; st=$(cat \"${s}status\" 2>/dev/null); "
               "if [ -z \"$st\" ]; then st=running; p=$(cat \"${s}pid\" 2>/dev/null) && [ -n \"$p\" ] && ! %3 && st=%4; fi; "
               "printf '@step %s %s %s\\n' \"$(basename \"$s\")\" \"$st\" \"$(cat \"${s}name\" 2>/dev/null)\"; done; done; true")
        .arg(changes, quietSeconds(QStringLiteral("${c}")), stepAlive, QString::number(diedWithoutStatus)));
}

QString RemoteCommands::quietSeconds(const QString &changeDirWithSlash)
{
    // Its last sign of life: an app following a step or beating, else the lock being taken.
    return QStringLiteral("f=\"%1attached\"; [ -f \"$f\" ] || f=\"%1change.json\"; q=$(( $(date +%s) - $(stat -c %Y \"$f\") ))")
        .arg(changeDirWithSlash);
}

QString RemoteCommands::markRecorded(const QString &token) const
{
    return lockDirChecked(QStringLiteral("touch %1/recorded").arg(shellQuote(changeDir(token))));
}

QString RemoteCommands::touchAttached(const QString &token) const
{
    return QStringLiteral("touch %1/attached").arg(shellQuote(changeDir(token)));
}

QString RemoteCommands::noteRun(const QString &token, qint64 runId) const
{
    return lockDirChecked(QStringLiteral("printf '%1\\n' >%2/run").arg(runId).arg(shellQuote(changeDir(token))));
}

QString RemoteCommands::endChange(const QString &token, const QByteArray &entryJson) const
{
    return lockDirChecked(QStringLiteral("c=%1; [ -d \"$c\" ] || exit 0; printf '%s\\n' %2 >\"$c/ended.tmp\" && mv \"$c/ended.tmp\" \"$c/ended\"")
                              .arg(shellQuote(changeDir(token)), shellQuote(QString::fromUtf8(entryJson))));
}

QString RemoteCommands::runningStepOf(const QString &changeDirQuoted)
{
    // Prints "@running PID AGE NAME" and exits 75 for the first step of the change that still runs.
    return QStringLiteral("for s in %1/step-*/; do [ -f \"${s}pid\" ] && [ ! -f \"${s}status\" ] || continue; "
                          "p=$(cat \"${s}pid\"); if %2; then printf '@running %s %s %s\\n' \"$p\" "
                          "\"$(( $(date +%s) - $(stat -c %Y \"${s}pid\") ))\" \"$(cat \"${s}name\" 2>/dev/null)\"; exit %3; fi; done")
        .arg(changeDirQuoted, stepAlive, QString::number(lockHeldExitCode));
}

QString RemoteCommands::claimAbandoned(const QString &token, int leaseSeconds) const
{
    return lockDirChecked(fenced(QStringLiteral(
               "c=%1; %2; if [ ! -f \"$c/ended\" ]; then %3; if [ \"$q\" -lt %4 ]; then echo \"quiet for $q s of its %4 s lease\"; exit %5; fi; fi; "
               "if %6; then rm -rf %7; fi; true")
        .arg(shellQuote(changeDir(token)), runningStepOf(QStringLiteral("\"$c\"")), quietSeconds(QStringLiteral("$c/")),
             QString::number(leaseSeconds), QString::number(lockHeldExitCode), holdsLock(token), shellQuote(lockPath()))));
}

std::optional<RunningStep> parseRunningStep(const QString &text)
{
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.startsWith(QLatin1String("@running ")))
            continue;
        const QStringList words = line.mid(9).split(QLatin1Char(' '));
        bool pidOk = false, ageOk = false;
        RunningStep step;
        step.pid = words.value(0).toLongLong(&pidOk);
        step.ageSeconds = words.value(1).toInt(&ageOk);
        step.name = words.mid(2).join(QLatin1Char(' ')).trimmed();
        if (pidOk && ageOk)
            return step;
    }
    return std::nullopt;
}

bool PendingChange::running() const
{
    return std::any_of(steps.cbegin(), steps.cend(), [](const Step &step) { return step.status < 0; });
}

QList<PendingChange> parsePendingChanges(const QString &text)
{
    static const QRegularExpression token(QStringLiteral("^[0-9a-f-]{8,64}$"));
    QList<PendingChange> changes;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString tag = line.section(QLatin1Char(' '), 0, 0);
        const QString rest = line.section(QLatin1Char(' '), 1);
        if (tag == QLatin1String("@change")) {
            PendingChange change;
            change.token = rest.section(QLatin1Char(' '), 0, 0);
            bool ok = false;
            change.quietSeconds = rest.section(QLatin1Char(' '), 1, 1).toInt(&ok);
            if (!ok)
                change.quietSeconds = -1;
            if (token.match(change.token).hasMatch())
                changes.append(change);
            else
                changes.append(PendingChange()); // a placeholder that the lines after it fill and the end drops
            continue;
        }
        if (changes.isEmpty())
            continue;
        PendingChange &change = changes.last();
        if (tag == QLatin1String("@json")) {
            change.info = RemoteCommands::parseLockInfo(rest);
        } else if (tag == QLatin1String("@ended")) {
            change.ended = rest.trimmed();
        } else if (tag == QLatin1String("@run")) {
            change.runId = std::max<qint64>(0, rest.trimmed().toLongLong());
        } else if (tag == QLatin1String("@sha")) {
            if (Sha::isFullText(rest.trimmed()))
                change.sha = rest.trimmed();
        } else if (tag == QLatin1String("@step")) {
            PendingChange::Step step;
            step.id = rest.section(QLatin1Char(' '), 0, 0);
            const QString status = rest.section(QLatin1Char(' '), 1, 1);
            bool ok = false;
            step.status = status.toInt(&ok);
            if (!ok)
                step.status = -1;
            step.name = rest.section(QLatin1Char(' '), 2);
            change.steps.append(step);
        }
    }
    changes.removeIf([](const PendingChange &change) { return change.token.isEmpty(); });
    return changes;
}

QString RemoteCommands::breakLock(const QString &expectedToken) const
{
    const QString lock = shellQuote(lockPath());
    const QString expected = expectedToken.isEmpty() ? QStringLiteral("true")
        : QStringLiteral("grep -qF %1 %2/info 2>/dev/null").arg(shellQuote(QStringLiteral("\"token\":\"") + expectedToken + QLatin1Char('"')), lock);
    return lockDirChecked(fenced(QStringLiteral(
               "[ -d %1 ] || { echo free; exit 0; }; if ! %2; then cat %1/info 2>/dev/null || echo '{}'; exit %3; fi; "
               "%5; if [ -n \"$t\" ]; then %4; fi; rm -rf %1; echo broken")
        .arg(lock, expected, QString::number(lockChangedExitCode), runningStepOf(QStringLiteral("\"$L/changes/$t\"")),
             lockTokenIntoT())));
}

QString RemoteCommands::fenced(const QString &command)
{
    return QStringLiteral("exec 9>>\"$L/fence\" || exit 1; if command -v flock >/dev/null 2>&1; then flock -w 30 9 || "
                          "{ echo \"another app kept the droplet's lock busy for 30 s\" >&2; exit 1; }; fi; ")
           + command;
}

QString RemoteCommands::lockStatusText() const
{
    const QString lock = shellQuote(lockPath());
    return QStringLiteral("if [ -d %1 ]; then cat %1/info 2>/dev/null || echo '{}'; else echo free; fi").arg(lock);
}

QString RemoteCommands::lockStatus() const
{
    return lockDirChecked(lockStatusText());
}

QString RemoteCommands::lockDetail() const
{
    return lockDirChecked(lockStatusText() + QStringLiteral("; ( %1; if [ -n \"$t\" ]; then %2; fi ); true")
                                                 .arg(lockTokenIntoT(), runningStepOf(QStringLiteral("\"$L/changes/$t\""))));
}

QString RemoteCommands::lockTokenIntoT() const
{
    return QStringLiteral("t=$(sed -n 's/.*\"token\":\"\\([0-9a-f-]*\\)\".*/\\1/p' %1/info 2>/dev/null)").arg(shellQuote(lockPath()));
}

QString RemoteCommands::setPin(const PinInfo &pin) const
{
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("sha"), pin.sha},
                                                      {QStringLiteral("holder"), pin.holder},
                                                      {QStringLiteral("machine"), pin.machine},
                                                      {QStringLiteral("reason"), pin.reason},
                                                      {QStringLiteral("since"), pin.since}})
                                .toJson(QJsonDocument::Compact);
    const QString path = shellQuote(pinPath());
    return lockDirChecked(QStringLiteral("mkdir -p %1 && rm -f %3.tmp && printf '%s\\n' %2 > %3.tmp && mv %3.tmp %3")
        .arg(shellQuote(place().lockDir), shellQuote(QString::fromUtf8(json)), path));
}

QString RemoteCommands::releasePin() const
{
    return lockDirChecked(QStringLiteral("rm -f ") + shellQuote(pinPath()));
}

QString RemoteCommands::guardStatus() const
{
    // One line each, whether or not the files end in a newline.
    return lockDirChecked(QStringLiteral("printf '@lock '; { %1; } | tr -d '\\n'; echo; printf '@pin '; { cat %2 2>/dev/null || echo none; } | tr -d '\\n'; echo; "
                                         "n=0; for c in %3/*/; do [ -f \"${c}change.json\" ] && [ ! -f \"${c}recorded\" ] && n=$((n+1)); done; echo \"@pending $n\"")
        .arg(lockStatusText(), shellQuote(pinPath()), shellQuote(place().lockDir + QStringLiteral("/changes"))));
}

Guards RemoteCommands::parseGuards(const QString &text)
{
    Guards guards;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("@lock "))) {
            guards.lock = parseLockInfo(line.mid(6));
            guards.read = true;
        } else if (line.startsWith(QLatin1String("@pin "))) {
            guards.pin = parsePin(line.mid(5));
        } else if (line.startsWith(QLatin1String("@pending "))) {
            guards.pendingChanges = std::max(0, line.mid(9).trimmed().toInt());
        }
    }
    return guards;
}

PinInfo RemoteCommands::parsePin(const QString &json)
{
    PinInfo pin;
    const QJsonObject object = QJsonDocument::fromJson(json.trimmed().toUtf8()).object();
    pin.sha = object.value(QStringLiteral("sha")).toString();
    pin.pinned = Sha::isFullText(pin.sha);
    pin.holder = object.value(QStringLiteral("holder")).toString();
    pin.machine = object.value(QStringLiteral("machine")).toString();
    pin.reason = object.value(QStringLiteral("reason")).toString();
    pin.since = object.value(QStringLiteral("since")).toString();
    return pin;
}

// ------------------------------------------------------------------ swarm

QString RemoteCommands::stackName() const
{
    // As compose names a project after its directory: lower case, [a-z0-9_-].
    QString name = place().appDir.section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty).toLower();
    static const QRegularExpression other(QStringLiteral("[^a-z0-9_-]"));
    name.replace(other, QString());
    return name.isEmpty() ? QStringLiteral("stratum") : name;
}

QString RemoteCommands::stackTask(const QString &service) const
{
    return QStringLiteral("$(docker ps -q --filter label=com.docker.swarm.service.name=%1 --filter status=running | head -n 1)")
        .arg(shellQuote(stackName() + QLatin1Char('_') + service));
}

QString RemoteCommands::stackDeploy(const QString &backendRef, const QString &frontendRef) const
{
    // The update is done when the services converge: each replica of the new spec runs (and is
    // healthy: a task with a healthcheck starts "starting"), and no update is paused or rolled back.
    // docker stack deploy substitutes ${VARS} from its own environment only; compose takes them from
    // the env file too. Its KEY=value lines are exported first (values as written, no quoting rules).
    const QString envFileVariables = QStringLiteral(R"SH(while IFS= read -r line || [ -n "$line" ]; do case "${line%%=*}" in ''|[0-9]*|*[!A-Za-z0-9_]*) ;; *) export "$line" ;; esac; done < %1; )SH")
                                         .arg(shellQuote(m_profile.droplet.envFile));
    const int seconds = std::max(30, m_profile.timing.stepSeconds - 10);
    return inAppDir(envFileVariables + imageEnv(backendRef, frontendRef) + QStringLiteral("docker stack deploy --with-registry-auth --prune -c ")
                    + shellQuote(m_profile.droplet.composeFile) + QLatin1Char(' ') + shellQuote(stackName()))
           + QStringLiteral(" && ") + stackConverged(seconds);
}

QString RemoteCommands::stackConverged(int seconds) const
{
    return QStringLiteral(R"SH(end=$(( $(date +%s) + %1 )); while :; do
ids=$(docker stack services -q %2)
wait=$(docker stack services %2 --format '{{.Name}} {{.Replicas}}' | awk '{ split($2, r, "/"); if (r[1] + 0 != r[2] + 0 || r[2] + 0 == 0) print $1 " " $2 }')
state=$([ -n "$ids" ] && docker service inspect --format '{{.Spec.Name}} {{if .UpdateStatus}}{{.UpdateStatus.State}}{{end}}' $ids)
bad=$(printf '%s\n' "$state" | awk '$2 ~ /rollback|paused/')
if [ -n "$bad" ]; then echo "the swarm stopped the update: $bad" >&2; exit 1; fi
busy=$(printf '%s\n' "$state" | awk '$2 == "updating"')
if [ -n "$ids" ] && [ -z "$wait" ] && [ -z "$busy" ]; then echo 'the services converged'; exit 0; fi
if [ "$(date +%s)" -ge "$end" ]; then echo "not converged after %1 s: $wait $busy" >&2; exit 1; fi
sleep 2; done)SH")
        .arg(seconds)
        .arg(shellQuote(stackName()));
}

QString RemoteCommands::stackPs() const
{
    // One compose-ps JSON line per service; "Name" is its running task container on this node
    // (what the worker probe and the image details inspect). Names and images hold no quotes.
    return QStringLiteral(R"SH(docker stack services %1 --format '{{.Name}} {{.Image}} {{.Replicas}}' | while read -r name image replicas rest; do
service=${name#%2_}; image=${image%%@*}; running=${replicas%%/*}; desired=${replicas#*/}
state=running; if [ "$desired" = 0 ]; then state=exited; elif [ "$running" != "$desired" ]; then state=starting; fi
task=$(docker ps --filter "label=com.docker.swarm.service.name=$name" --filter status=running --format '{{.Names}}' | head -n 1)
printf '{"Service":"%s","Name":"%s","Image":"%s","State":"%s","Status":"%s replicas"}\n' "$service" "$task" "$image" "$state" "$replicas"
done; docker stack services -q %1 >/dev/null)SH")
        .arg(shellQuote(stackName()), stackName());
}

QString RemoteCommands::serviceRollback(const QStringList &services) const
{
    QStringList names;
    for (const QString &service : services)
        names << shellQuote(stackName() + QLatin1Char('_') + service);
    // Each service is back when its rollback that started now (not an earlier one) completed.
    return QStringLiteral(R"SH(t0=$(date -u +%Y-%m-%dT%H:%M:%S); for s in %2; do docker service rollback --detach --quiet "$s" >/dev/null || exit 1; done
end=$(( $(date +%s) + %1 )); while :; do
state=$(docker service inspect --format '{{.Spec.Name}} {{if .UpdateStatus}}{{.UpdateStatus.State}} {{.UpdateStatus.StartedAt.Format "2006-01-02T15:04:05"}}{{end}}' %2)
bad=$(printf '%s\n' "$state" | awk '$2 ~ /paused/')
if [ -n "$bad" ]; then echo "the swarm stopped going back: $bad" >&2; exit 1; fi
going=$(printf '%s\n' "$state" | awk -v t0="$t0" '$2 != "rollback_completed" || $3 < t0 { print $1 " " $2 }')
wait=$(docker stack services %3 --format '{{.Name}} {{.Replicas}}' | awk '{ split($2, r, "/"); if (r[1] + 0 != r[2] + 0) print $1 " " $2 }')
if [ -z "$going" ] && [ -z "$wait" ]; then echo 'the services went back and converged'; exit 0; fi
if [ "$(date +%s)" -ge "$end" ]; then echo "not back after %1 s: $going $wait" >&2; exit 1; fi
sleep 1; done)SH")
        .arg(std::max(30, m_profile.timing.stepSeconds - 10))
        .arg(names.join(QLatin1Char(' ')), shellQuote(stackName()));
}

QString RemoteCommands::runningDetail() const
{
    // What runs decides the exit status; the details are best effort (an old docker without a
    // field leaves it empty).
    const QString ps = m_swarm ? stackPs() : compose(QStringLiteral("ps --all --format json"));
    const QString ids = m_swarm ? QStringLiteral("docker ps -aq --filter label=com.docker.stack.namespace=") + shellQuote(stackName())
                                : compose(QStringLiteral("ps --all -q"));
    return ps + QStringLiteral(" || exit $?; echo @inspect; ids=$(") + ids
           + QStringLiteral(R"SH( 2>/dev/null); [ -n "$ids" ] || exit 0; info=$(docker inspect --format '{{.Name}}|{{.Image}}|{{.State.StartedAt}}' $ids 2>/dev/null); printf '%s\n' "$info"; echo @images; docker image inspect --format '{{.Id}}|{{range .RepoDigests}}{{.}},{{end}}' $(printf '%s\n' "$info" | cut -d'|' -f2 | sort -u) 2>/dev/null; exit 0)SH");
}

LockInfo RemoteCommands::parseLockInfo(const QString &text)
{
    LockInfo info;
    const QString trimmed = text.trimmed();
    if (trimmed == QLatin1String("free") || trimmed.isEmpty())
        return info;
    info.held = true;
    const QJsonObject object = QJsonDocument::fromJson(trimmed.toUtf8()).object();
    info.holder = object.value(QStringLiteral("holder")).toString(QStringLiteral("unknown"));
    info.machine = object.value(QStringLiteral("machine")).toString();
    info.sha = object.value(QStringLiteral("sha")).toString();
    info.reason = object.value(QStringLiteral("reason")).toString();
    info.since = object.value(QStringLiteral("since")).toString();
    info.token = object.value(QStringLiteral("token")).toString();
    info.method = object.value(QStringLiteral("method")).toString();
    info.gateOverride = object.value(QStringLiteral("gateOverride")).toString();
    info.leaseSeconds = std::max(0, object.value(QStringLiteral("leaseSeconds")).toInt());
    for (const QJsonValue &step : object.value(QStringLiteral("steps")).toArray()) {
        if (step.isString())
            info.plannedSteps << step.toString();
    }
    return info;
}

} // namespace Stratum
