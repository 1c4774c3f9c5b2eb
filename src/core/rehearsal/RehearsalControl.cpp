#include "RehearsalControl.h"

#include "core/rehearsal/RehearsalSupervisor.h"

#include "core/app/AppServices.h"
#include "core/app/CoreContext.h"
#include "core/deploy/DeployLane.h"
#include "core/github/GitHubAccess.h"
#include "core/platform/AppIdentity.h"
#include "core/platform/AppPaths.h"
#include "core/smoke/Smoke.h"
#include "core/ssh/RemoteHosts.h"
#include "core/standin/LocalDroplet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>

namespace Stratum {

namespace {

bool taskIsZombie(const QString &statPath)
{
    QFile stat(statPath);
    if (!stat.open(QIODevice::ReadOnly))
        return true; // the task went away while we looked
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close > 0 && text.mid(close + 2, 1) == "Z";
}

// A process that ended but nobody reaped (PID 1 of a PID namespace may reap nothing): gone for us.
// Only when every thread has ended: while a process exits, its main thread is a zombie before the
// others are, and the process still holds what it opened. Read from /proc where there is one;
// elsewhere nothing is a zombie for this purpose.
bool processIsZombie(qint64 pid)
{
    const QString taskDir = QStringLiteral("/proc/%1/task").arg(pid);
    const QStringList tasks = QDir(taskDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (tasks.isEmpty())
        return false;
    for (const QString &task : tasks) {
        if (!taskIsZombie(taskDir + QLatin1Char('/') + task + QStringLiteral("/stat")))
            return false;
    }
    return true;
}

constexpr int pollMs = 250;
constexpr int startAttempts = 180 * 1000 / pollMs; // a cold start on a slow machine, with room

QString seededMarker()
{
    return RehearsalPaths::worldDir() + QStringLiteral("/seeded");
}

QByteArray randomToken(const QByteArray &prefix)
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return prefix + bytes.toHex();
}

QString shortSha(const QString &sha)
{
    return sha.left(7);
}

} // namespace

RehearsalControl::RehearsalControl(CoreContext &core, QObject *parent)
    : QObject(parent), m_core(core)
{
    Q_ASSERT(AppIdentity::isRehearsal());
}

RehearsalControl::~RehearsalControl() = default;

const QList<RehearsalControl::Scenario> &RehearsalControl::scenarios()
{
    static const QList<Scenario> list{
        {QStringLiteral("never-ready"), QT_TRANSLATE_NOOP("Stratum::RehearsalControl", "A deploy that never becomes ready"),
         QT_TRANSLATE_NOOP("Stratum::RehearsalControl", "deploys the release whose backend never becomes ready: production is red")},
        {QStringLiteral("crashing-worker"), QT_TRANSLATE_NOOP("Stratum::RehearsalControl", "A worker crash loop after a deploy"),
         QT_TRANSLATE_NOOP("Stratum::RehearsalControl", "deploys the release whose worker exits at once, again and again")},
        {QStringLiteral("github-down"), QT_TRANSLATE_NOOP("Stratum::RehearsalControl", "GitHub is down"),
         QT_TRANSLATE_NOOP("Stratum::RehearsalControl", "production goes red, then GitHub answers 503 to everything")},
        {QStringLiteral("registry-down"), QT_TRANSLATE_NOOP("Stratum::RehearsalControl", "The registry is down"),
         QT_TRANSLATE_NOOP("Stratum::RehearsalControl", "production goes red, then the registry (GHCR) answers 503")},
        {QStringLiteral("dropped-connection"), QT_TRANSLATE_NOOP("Stratum::RehearsalControl", "The connection drops during compose up"),
         QT_TRANSLATE_NOOP("Stratum::RehearsalControl", "a deploy whose SSH connection is cut while compose up runs")},
        {QStringLiteral("migration"), QT_TRANSLATE_NOOP("Stratum::RehearsalControl", "A rollback across a migration"),
         QT_TRANSLATE_NOOP("Stratum::RehearsalControl", "the way back to 1.0 crosses an Alembic migration")},
        {QStringLiteral("none"), QT_TRANSLATE_NOOP("Stratum::RehearsalControl", "End the scenario"),
         QT_TRANSLATE_NOOP("Stratum::RehearsalControl", "GitHub and the registry answer again; nothing is timed")},
    };
    return list;
}

RehearsalState RehearsalControl::readState()
{
    QFile file(RehearsalPaths::statePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return RehearsalState::fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

bool RehearsalControl::supervisorAlive(const RehearsalState &state)
{
    return state.pid > 0 && ::kill(static_cast<pid_t>(state.pid), 0) == 0
           && (state.phase == RehearsalState::Phase::Ready || state.phase == RehearsalState::Phase::Starting);
}

bool RehearsalControl::isRunning()
{
    const RehearsalState state = readState();
    return state.phase == RehearsalState::Phase::Ready && supervisorAlive(state);
}

QString RehearsalControl::supervisorProgram()
{
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/stratumctl");
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("stratumctl"));
}

void RehearsalControl::start(Progress progress, Done done)
{
    const RehearsalState state = readState();
    if (supervisorAlive(state)) {
        done({true, tr("The rehearsal is already running (since %1); stratumctl --rehearsal status shows what runs on it.")
                        .arg(state.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))),
              true});
        return;
    }
    if (supervisorProgram().isEmpty()) {
        done({false, tr("stratumctl is not next to this program nor on PATH: the rehearsal's supervisor is stratumctl.")});
        return;
    }
    progress(tr("starting the rehearsal's droplet, registry and GitHub on 127.0.0.1 …"));
    storeTokensThen([this, progress, done](const QString &error) {
        if (!error.isEmpty()) {
            done({false, error});
            return;
        }
        spawnSupervisor(progress, done);
    });
}

// The stand-ins' tokens, new at each start: only the keychain and the supervisor's memory hold them.
void RehearsalControl::storeTokensThen(std::function<void(const QString &)> then)
{
    Vault *vault = m_core.vault();
    vault->writeSecret(SecretNames::githubToken(), randomToken("github_pat_rehearsal_"), this, [this, vault, then](const KeychainError &e1) {
        if (!e1.ok()) {
            then(tr("the keychain did not take the rehearsal's GitHub token: %1").arg(e1.message));
            return;
        }
        vault->writeSecret(SecretNames::ghcrUsername(), "qualitymaterial", this, [this, vault, then](const KeychainError &e2) {
            if (!e2.ok()) {
                then(tr("the keychain did not take the rehearsal's registry user: %1").arg(e2.message));
                return;
            }
            vault->writeSecret(SecretNames::ghcrToken(), randomToken("ghp_rehearsal"), this, [this, then](const KeychainError &e3) {
                then(e3.ok() ? QString() : tr("the keychain did not take the rehearsal's registry token: %1").arg(e3.message));
            });
        });
    });
}

void RehearsalControl::spawnSupervisor(Progress progress, Done done)
{
    QDir().mkpath(RehearsalPaths::worldDir());
    QProcess supervisor;
    supervisor.setProgram(supervisorProgram());
    supervisor.setArguments({QStringLiteral("--rehearsal"), QStringLiteral("rehearsal"), QStringLiteral("serve")});
    supervisor.setStandardInputFile(QProcess::nullDevice());
    supervisor.setStandardOutputFile(RehearsalPaths::logPath(), QIODevice::Append);
    supervisor.setStandardErrorFile(RehearsalPaths::logPath(), QIODevice::Append);
    supervisor.setWorkingDirectory(RehearsalPaths::worldDir());
    qint64 pid = 0;
    if (!supervisor.startDetached(&pid)) {
        done({false, tr("could not start the rehearsal's supervisor (%1): %2").arg(supervisorProgram(), supervisor.errorString())});
        return;
    }
    waitForSupervisor(pid, startAttempts, progress, done);
}

// Only what this supervisor wrote counts: state.json may still hold an earlier run's end.
void RehearsalControl::waitForSupervisor(qint64 pid, int attempts, Progress progress, Done done)
{
    const RehearsalState state = readState();
    if (state.pid == pid && state.phase == RehearsalState::Phase::Ready) {
        adopt(state, progress, done);
        return;
    }
    if (state.pid == pid && state.phase == RehearsalState::Phase::Failed) {
        done({false, state.error});
        return;
    }
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && state.pid != pid) {
        done({false, tr("the rehearsal's supervisor ended before it said anything; its log: %1").arg(RehearsalPaths::logPath())});
        return;
    }
    if (attempts <= 0) {
        done({false, tr("the rehearsal did not become ready within 3 minutes; its log: %1").arg(RehearsalPaths::logPath())});
        return;
    }
    QTimer::singleShot(pollMs, this, [this, pid, attempts, progress, done]() { waitForSupervisor(pid, attempts - 1, progress, done); });
}

// The rehearsal's host (its host key trusted: the rehearsal made it) and profile, in the rehearsal identity.
void RehearsalControl::adopt(const RehearsalState &state, Progress progress, Done done)
{
    progress(tr("the rehearsal's droplet answers on 127.0.0.1:%1 (%2), its host key %3 is the one it made: trusted")
                 .arg(state.ports.ssh)
                 .arg(state.engine, state.hostKeyFingerprint));
    Profile profile = *defaultProfile().profile;
    profile.id = QStringLiteral("stratum-sports-rehearsal");
    profile.name = QStringLiteral("Stratum Sports (rehearsal on this machine)");
    profile.github.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(state.ports.github));
    profile.images.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(state.ports.registryGate));
    profile.images.backendImage = state.imageHost + QStringLiteral("/qualitymaterial/stratum-sports-backend");
    profile.images.frontendImage = state.imageHost + QStringLiteral("/qualitymaterial/stratum-sports-frontend");
    profile.droplet.appDir = state.appDir;
    profile.droplet.lockDir = state.lockDir;
    profile.droplet.origin = state.originDir;
    profile.droplet.minFreeDiskMb = 256;
    const QString backend = QStringLiteral("http://127.0.0.1:%1/api/v1/health/").arg(state.ports.backend);
    profile.health.backendLiveUrl = backend + QStringLiteral("live");
    profile.health.backendReadyUrl = backend + QStringLiteral("ready");
    profile.health.frontendPort = state.ports.frontend;
    profile.health.pollIntervalSeconds = 2;
    profile.health.watchWindowSeconds = 20; // a rehearsal's watch: seconds, not production's 15 minutes
    profile.timing.stepSeconds = 120;
    profile.timing.imageWaitSeconds = 20;
    profile.timing.imagePollSeconds = 2;
    profile.timing.runPollSeconds = 1;
    profile.timing.bootSeconds = 8; // the stand-ins boot in a second; a never-ready release is called so after 8
    const QString path = RehearsalPaths::worldDir() + QStringLiteral("/rehearsal-profile.json");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || (file.write(profileToJson(profile)), !file.commit())) {
        done({false, tr("cannot write %1").arg(path)});
        return;
    }
    const ProfileLoadResult imported = m_core.importProfile(path);
    if (!imported) {
        done({false, imported.error});
        return;
    }
    HostEntry host;
    host.role = HostRole::Rehearsal;
    host.name = hostName();
    host.address = QStringLiteral("127.0.0.1");
    host.port = state.ports.ssh;
    host.user = state.user;
    host.keyPath = state.keyPath;
    host.useAgent = false;
    host.trustedKeys.append({state.hostKeyType, state.hostKeyFingerprint, state.hostKeyBase64});
    host.keySetAt = QDateTime::currentDateTimeUtc();
    m_core.vault()->saveHosts({host}, this, [this, state, progress, done](const KeychainError &error) {
        if (!error.ok()) {
            done({false, tr("the keychain did not take the rehearsal's host: %1").arg(error.message)});
            return;
        }
        m_services.reset(); // made again over the rehearsal's host
        seedOnce(state, progress, done);
    });
}

DeployLane *RehearsalControl::lane()
{
    if (!m_services)
        m_services = std::make_unique<AppServices>(m_core);
    return m_services->lane();
}

QStringList RehearsalControl::healthyReleases(const RehearsalState &state) const
{
    QStringList shas;
    for (const StandInRelease &release : state.releases) {
        if (isHealthyKind(release.kind))
            shas << release.sha;
    }
    return shas;
}

// The first start: every release's checklists recorded (the rehearsal's set-up did them; `check reset`
// brings them back to practise), then the two good releases after the migration deployed through the
// app's own lane and marked known-good: the Overview opens on a healthy production with a way back.
void RehearsalControl::seedOnce(const RehearsalState &state, Progress progress, Done done)
{
    const auto ready = [state](const QString &extra) {
        return Outcome{true, tr("The rehearsal runs on this machine (%1 start: %2 s; %3).%4\n"
                                "Try it: stratumctl --rehearsal status, or stratum-deploy --rehearsal.")
                                 .arg(state.coldStart ? tr("cold") : tr("warm"))
                                 .arg(state.startSeconds, 0, 'f', 1)
                                 .arg(state.engine, extra)};
    };
    if (QFile::exists(seededMarker())) {
        done(ready(QString()));
        return;
    }
    m_core.refreshRedactor(this, [this, state, progress, done, ready](const KeychainError &error) {
        if (!error.ok()) {
            done({false, error.message});
            return;
        }
        const Profile profile = m_core.profile();
        const QList<StandInRelease> releases = state.releases;
        m_core.vault()->updateChecklistRecords(profile.id, [profile, releases](ChecklistRecords &records) {
            for (const StandInRelease &release : releases) {
                for (const Checklist &list : profile.checklists) {
                    if (!list.requiredForDeploy)
                        continue;
                    for (const ChecklistItem &item : list.items)
                        records.set(release.sha, list.id, item.id, {ItemRecord::Status::Passed, QStringLiteral("the rehearsal's set-up"),
                                                                    QDateTime::currentDateTimeUtc(), {}, {}, false});
                }
            }
        }, this, [this, state, progress, done, ready](const KeychainError &recorded) {
            if (!recorded.ok()) {
                done({false, recorded.message});
                return;
            }
            // Two releases after the migration, both known-good: the Overview offers the way back at once.
            seedReleases({state.releaseOfKind(ReleaseKind::Good, 1), state.releaseOfKind(ReleaseKind::Good, 2)}, state, progress,
                         [done, ready](bool ok, const QString &message) {
                done(ok ? ready(message) : Outcome{false, message});
            });
        });
    });
}

void RehearsalControl::seedReleases(QStringList shas, const RehearsalState &state, Progress progress,
                                    std::function<void(bool, const QString &)> then)
{
    if (shas.isEmpty()) {
        const QString running = state.releaseOfKind(ReleaseKind::Good, 2);
        QFile seeded(seededMarker());
        if (seeded.open(QIODevice::WriteOnly))
            seeded.write(running.toLatin1());
        then(true, tr(" %1 runs healthy and is known-good; the way back goes to %2").arg(shortSha(running),
                                                                                            shortSha(state.releaseOfKind(ReleaseKind::Good, 1))));
        return;
    }
    const QString sha = shas.takeFirst();
    progress(tr("deploying %1 (%2) through the app's own deploy lane …").arg(shortSha(sha), state.release(sha)->subject));
    deploy(sha, tr("the rehearsal's set-up"), progress, [this, sha, shas, state, progress, then](bool ok, const QString &message) {
        if (!ok) {
            then(false, message);
            return;
        }
        markKnownGood(sha, [this, shas, state, progress, then](bool marked, const QString &why) {
            if (!marked) {
                then(false, why);
                return;
            }
            seedReleases(shas, state, progress, then);
        });
    });
}

void RehearsalControl::deploy(const QString &sha, const QString &reason, Progress progress,
                              std::function<void(bool, const QString &)> then)
{
    ChangeIntent intent;
    intent.kind = ChangeKind::DeployOverSsh;
    intent.sha = Sha::parse(sha).value_or(Sha());
    intent.hostName = hostName();
    intent.reason = reason;
    lane()->plan(intent, this, [this, progress, then](const ChangePlan &plan) {
        if (!plan.ready()) {
            then(false, plan.message);
            return;
        }
        ChangeRun *run = lane()->run(plan, this);
        connect(run, &ChangeRun::stepStarted, this, [progress](int, const QString &name, const QString &) { progress(QStringLiteral("  · ") + name); });
        connect(run, &ChangeRun::finished, this, [then](const ChangeResult &result) { then(result.succeeded(), result.message); });
    });
}

void RehearsalControl::markKnownGood(const QString &sha, std::function<void(bool, const QString &)> then)
{
    const KnownGoodRequest request{sha, operatorName(), tr("the rehearsal's set-up"), tr("set up by the rehearsal: it ran healthy"), {}};
    Stratum::markKnownGood(m_core.profile(), m_core.vault(), &m_core.redactor(), request, this,
                           [then](const KnownGoodResult &result) { then(result.marked, result.message); });
}

void RehearsalControl::stop(Done done)
{
    const RehearsalState state = readState();
    if (!supervisorAlive(state)) {
        LocalDroplet::sweep(RehearsalPaths::worldDir(), RehearsalPaths::runtimeDir());
        done({true, tr("The rehearsal is not running.")});
        return;
    }
    ::kill(static_cast<pid_t>(state.pid), SIGTERM);
    auto waited = std::make_shared<QElapsedTimer>();
    waited->start();
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [this, state, waited, poll, done]() {
        if (::kill(static_cast<pid_t>(state.pid), 0) != 0 || processIsZombie(state.pid)) {
            LocalDroplet::sweep(RehearsalPaths::worldDir(), RehearsalPaths::runtimeDir());
            done({true, tr("The rehearsal stopped (%1 s); its release, known-good marks and history are kept for the next start.")
                            .arg(waited->elapsed() / 1000.0, 0, 'f', 1)});
            *poll = nullptr;
            return;
        }
        if (waited->elapsed() > 30000) {
            // Killed, and waited for (a few seconds more) so that nothing of it is left when this says so.
            ::kill(static_cast<pid_t>(state.pid), SIGKILL);
            if (waited->elapsed() < 35000) {
                QTimer::singleShot(100, this, [poll]() {
                    if (*poll)
                        (*poll)();
                });
                return;
            }
            LocalDroplet::sweep(RehearsalPaths::worldDir(), RehearsalPaths::runtimeDir());
            done({true, tr("The rehearsal's supervisor did not stop within 30 s and was killed; what it had started is swept.")});
            *poll = nullptr;
            return;
        }
        QTimer::singleShot(100, this, [poll]() {
            if (*poll)
                (*poll)();
        });
    };
    (*poll)();
}

void RehearsalControl::reset(Progress progress, Done done)
{
    stop([this, progress, done](const Outcome &stopped) {
        if (!stopped.ok) {
            done(stopped);
            return;
        }
        progress(tr("removing the rehearsal's droplet, images, history and release log …"));
        LocalDroplet::sweep(RehearsalPaths::worldDir(), RehearsalPaths::runtimeDir());
        QDir(RehearsalPaths::worldDir()).removeRecursively();
        const QString profileId = QStringLiteral("stratum-sports-rehearsal");
        m_core.vault()->saveReleaseLog(profileId, ReleaseLog(), this, [this, profileId, progress, done](const KeychainError &) {
            m_core.vault()->updateChecklistRecords(profileId, [](ChecklistRecords &records) { records = ChecklistRecords(); }, this,
                                                   [this, progress, done](const KeychainError &) { start(progress, done); });
        });
    });
}

void RehearsalControl::writeScenario(const ScenarioRequest &request)
{
    QSaveFile file(RehearsalPaths::scenarioPath());
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(request.toJson()).toJson());
        file.commit();
    }
}

void RehearsalControl::scenario(const QString &id, Progress progress, Done done)
{
    const RehearsalState state = readState();
    if (!(state.phase == RehearsalState::Phase::Ready && supervisorAlive(state))) {
        done({false, tr("The rehearsal is not running: start it with stratumctl rehearsal start.")});
        return;
    }
    const auto known = std::find_if(scenarios().cbegin(), scenarios().cend(), [&id](const Scenario &s) { return s.id == id; });
    if (known == scenarios().cend()) {
        QStringList names;
        for (const Scenario &s : scenarios())
            names << s.id;
        done({false, tr("There is no scenario \"%1\"; there are: %2.").arg(id, names.join(QStringLiteral(", ")))});
        return;
    }
    m_core.refreshRedactor(this, [this, id, state, progress, done](const KeychainError &error) {
        if (!error.ok()) {
            done({false, error.message});
            return;
        }
        stage(id, state, progress, done);
    });
}

void RehearsalControl::stage(const QString &id, const RehearsalState &state, Progress progress, Done done)
{
    writeScenario(ScenarioRequest()); // the previous one ends: nothing down, nothing timed
    const QStringList healthy = healthyReleases(state);
    const QString neverReady = state.releaseOfKind(ReleaseKind::NeverReady);
    const auto redThen = [this, id, healthy, progress, done](const QString &bad, const QString &how, std::function<void(ScenarioRequest &)> more) {
        progress(tr("deploying %1 (%2) …").arg(shortSha(bad), how));
        deploy(bad, tr("rehearsal scenario %1").arg(id), progress, [this, id, bad, healthy, more, done](bool, const QString &message) {
            ScenarioRequest request;
            request.name = id;
            request.failingSince = QDateTime::currentDateTimeUtc();
            request.recoverOn = healthy;
            if (more)
                more(request);
            writeScenario(request);
            done({true, tr("Production is red: %1 runs (%2). The clock runs from now: bring every service back healthy on a "
                           "known-good release with the app's own tools (Rollback on the Overview, or stratumctl --rehearsal "
                           "rollback --last-good); stratumctl --rehearsal rehearsal status shows the time it took.")
                            .arg(shortSha(bad), message.left(200))});
        });
    };
    if (id == QLatin1String("none")) {
        done({true, tr("No scenario runs: GitHub and the registry answer again.")});
    } else if (id == QLatin1String("never-ready")) {
        redThen(neverReady, tr("its backend never becomes ready"), {});
    } else if (id == QLatin1String("crashing-worker")) {
        redThen(state.releaseOfKind(ReleaseKind::CrashingWorker), tr("its worker crash-loops"), {});
    } else if (id == QLatin1String("github-down")) {
        redThen(neverReady, tr("then GitHub goes down"), [](ScenarioRequest &request) { request.githubDown = true; });
    } else if (id == QLatin1String("registry-down")) {
        redThen(neverReady, tr("then the registry goes down"), [](ScenarioRequest &request) { request.registryDown = true; });
    } else if (id == QLatin1String("dropped-connection")) {
        const QString target = state.running == state.releaseOfKind(ReleaseKind::Good, 2) ? state.releaseOfKind(ReleaseKind::Good, 1)
                                                                                            : state.releaseOfKind(ReleaseKind::Good, 2);
        ScenarioRequest request;
        request.name = id;
        request.recoverOn = {target};
        request.dropOnComposeUp = true;
        writeScenario(request);
        progress(tr("deploying %1; the connection will be cut while compose up runs …").arg(shortSha(target)));
        deploy(target, tr("rehearsal scenario %1").arg(id), progress, [target, done](bool ok, const QString &message) {
            done({true, ok ? tr("The connection was cut during compose up; the change reattached and ended: %1").arg(message)
                           : tr("The connection was cut during compose up and the change did not end well: %1. Recover: "
                                "stratumctl --rehearsal status, then finish or roll back.").arg(message)});
        });
    } else if (id == QLatin1String("migration")) {
        const QString before = state.releaseOfKind(ReleaseKind::Good, 0);
        const QString after = state.releaseOfKind(ReleaseKind::Good, 1);
        progress(tr("deploying %1 (1.0, before the migration) …").arg(shortSha(before)));
        deploy(before, tr("rehearsal scenario migration"), progress, [this, before, after, progress, done](bool ok, const QString &message) {
            if (!ok) {
                done({false, message});
                return;
            }
            markKnownGood(before, [this, before, after, progress, done](bool, const QString &) {
                progress(tr("deploying %1 (after the migration) …").arg(shortSha(after)));
                deploy(after, tr("rehearsal scenario migration"), progress, [this, before, done](bool, const QString &) {
                    ScenarioRequest request;
                    request.name = QStringLiteral("migration");
                    request.failingSince = QDateTime::currentDateTimeUtc();
                    request.recoverOn = {before};
                    writeScenario(request);
                    done({true, tr("A bug in line movement history: go back to 1.0 (%1), which is known-good. The way back "
                                   "crosses an Alembic migration: the app asks you to accept it (stratumctl --rehearsal "
                                   "rollback --to %1 --accept-migrations). The clock runs from now.").arg(before)});
                });
            });
        });
    }
}

} // namespace Stratum
