#include "RehearsalSupervisor.h"

#include "core/audit/AuditLog.h"
#include "core/keychain/KeychainStore.h"
#include "core/keychain/Vault.h"
#include "core/platform/ShellQuote.h"
#include "core/profile/Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTcpSocket>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcRehearsal, "stratum.rehearsal")

namespace Stratum {

namespace {

const QString backendRepository = QStringLiteral("qualitymaterial/stratum-sports-backend");
const QString frontendRepository = QStringLiteral("qualitymaterial/stratum-sports-frontend");

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

// A plain GET on a loopback port; true on a 2xx answer within a second.
bool answers(quint16 port, const QByteArray &path)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(1000))
        return false;
    socket.write("GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    while (!answer.contains("\r\n") && socket.waitForReadyRead(1000))
        answer += socket.readAll();
    return answer.startsWith("HTTP/1.") && answer.mid(9, 1) == "2";
}

} // namespace

QString RehearsalPaths::worldDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::StateLocation) + QStringLiteral("/world");
}

QString RehearsalPaths::runtimeDir()
{
    // Unix sockets have a short length limit: not under the (possibly long) state dir.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return (runtime.isEmpty() ? QDir::tempPath() : runtime) + QStringLiteral("/stratum-rehearsal-%1").arg(getuid());
}

QString RehearsalPaths::statePath()
{
    return worldDir() + QStringLiteral("/state.json");
}

QString RehearsalPaths::scenarioPath()
{
    return worldDir() + QStringLiteral("/scenario.json");
}

QString RehearsalPaths::logPath()
{
    return worldDir() + QStringLiteral("/supervisor.log");
}

RehearsalSupervisor::RehearsalSupervisor(QObject *parent)
    : QObject(parent)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &RehearsalSupervisor::tick);
    // Armed for a drop, it looks ten times a second: compose up of images already pulled takes about one.
    m_dropWatch.setInterval(100);
    connect(&m_dropWatch, &QTimer::timeout, this, &RehearsalSupervisor::dropOnComposeUp);
}

RehearsalSupervisor::~RehearsalSupervisor()
{
    stop();
}

void RehearsalSupervisor::writeState()
{
    const QByteArray json = QJsonDocument(m_state.toJson()).toJson();
    if (json == m_written) // the tick writes only what changed: no disk write a second while nothing happens
        return;
    QSaveFile file(RehearsalPaths::statePath());
    if (file.open(QIODevice::WriteOnly) && (file.write(json), file.commit()))
        m_written = json;
}

void RehearsalSupervisor::failStart(const QString &message)
{
    qCWarning(lcRehearsal) << "the rehearsal did not start:" << message;
    m_state.phase = RehearsalState::Phase::Failed;
    m_state.error = message;
    if (m_droplet)
        m_droplet->stop();
    writeState();
    Q_EMIT started(false);
}

void RehearsalSupervisor::start()
{
    m_startTimer.start();
    QDir().mkpath(RehearsalPaths::worldDir());
    const RehearsalState previous = RehearsalState::fromJson(readJson(RehearsalPaths::statePath()));
    m_state = RehearsalState();
    m_state.running = previous.running;
    m_state.ports = previous.ports; // tried first again, so the profile and the host entry stay as they were
    m_state.recoveries = previous.recoveries;
    m_state.lastRecovery = previous.lastRecovery;
    m_state.phase = RehearsalState::Phase::Starting;
    m_state.pid = QCoreApplication::applicationPid();
    m_state.startedAt = QDateTime::currentDateTimeUtc();
    writeState();
    withTokens([this](const QByteArray &github, const QString &ghcrUser, const QByteArray &ghcr) { startPeers(github, ghcrUser, ghcr); });
}

void RehearsalSupervisor::withTokens(std::function<void(const QByteArray &, const QString &, const QByteArray &)> then)
{
    m_keychain = std::make_unique<KeychainStore>(std::chrono::seconds(20));
    m_vault = std::make_unique<Vault>(m_keychain.get());
    m_vault->readSecret(SecretNames::githubToken(), this, [this, then](const Vault::Result<QString> &github) {
        m_vault->readSecret(SecretNames::ghcrUsername(), this, [this, then, github](const Vault::Result<QString> &user) {
            m_vault->readSecret(SecretNames::ghcrToken(), this, [this, then, github, user](const Vault::Result<QString> &ghcr) {
                for (const KeychainError &error : {github.error, user.error, ghcr.error}) {
                    if (!error.ok()) {
                        failStart(tr("the rehearsal's tokens are not in the keychain (%1); start it with stratumctl rehearsal start")
                                      .arg(error.message));
                        return;
                    }
                }
                then(github.value.toUtf8(), user.value, ghcr.value.toUtf8());
            });
        });
    });
}

void RehearsalSupervisor::startPeers(const QByteArray &githubToken, const QString &ghcrUser, const QByteArray &ghcrToken)
{
    const QString world = RehearsalPaths::worldDir();
    m_droplet = std::make_unique<LocalDroplet>(world, RehearsalPaths::runtimeDir());
    if (!m_droplet->start()) {
        failStart(m_droplet->errorString());
        return;
    }
    m_repo = std::make_unique<StandInRepo>(world + QStringLiteral("/repos"));
    if (m_repo->exists() ? !m_repo->load() : !m_repo->create(LocalDroplet::composeFile(), StandInRepo::generatedEnv())) {
        failStart(tr("the rehearsal's repository could not be made: %1").arg(m_repo->errorString()));
        return;
    }
    m_repo->setPortLines(m_droplet->portLines());

    QUrl plain(QStringLiteral("http://127.0.0.1:%1").arg(m_droplet->registryPort()));
    m_gate = std::make_unique<RegistryGate>(plain, ghcrUser, ghcrToken);
    const Profile profile = *defaultProfile().profile;
    m_github = std::make_unique<GitHubStandIn>(githubToken, profile.github.owner, profile.github.repo);
    QList<GitHubStandIn::Commit> commits;
    for (const StandInRelease &release : m_repo->releases())
        commits.append({release.sha, release.subject});
    m_github->setCommits(commits);
    m_github->setRequiredSecrets(profile.github.requiredSecrets);
    m_github->setDeployWorkflow(profile.github.deployWorkflow.file, profile.github.ciWorkflow.file);
    m_github->setDeployJob([this](const QString &sha, std::function<void(const GitHubStandIn::JobOutcome &)> done) {
        runDeployJob(sha, std::move(done));
    });
    if ((!m_gate->start(m_state.ports.registryGate) && !m_gate->start()) || (!m_github->start(m_state.ports.github) && !m_github->start())) {
        failStart(tr("the rehearsal's GitHub or registry front could not listen on 127.0.0.1"));
        return;
    }
    pushImagesThen([this]() {
        bringBackTheStack();
        ready();
    });
}

void RehearsalSupervisor::pushImagesThen(std::function<void()> then)
{
    const QString marker = RehearsalPaths::worldDir() + QStringLiteral("/registry/pushed.json");
    QStringList pushed;
    for (const QJsonValue &sha : QJsonDocument::fromJson([&marker] {
             QFile file(marker);
             return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
         }()).array())
        pushed << sha.toString();
    QFile busybox(StandInImages::busyboxPath());
    if (!busybox.open(QIODevice::ReadOnly)) {
        failStart(tr("cannot read %1 to build the images").arg(busybox.fileName()));
        return;
    }
    const QDateTime fixed = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::UTC); // the same layer, the same digest
    const QByteArray base = tarArchive({{QStringLiteral("bin/busybox"), busybox.readAll(), true}}, fixed);
    QList<ImagePusher::Image> images;
    QStringList shas;
    for (const StandInRelease &release : m_repo->releases()) {
        if (release.kind == ReleaseKind::MissingImages || pushed.contains(release.sha))
            continue;
        images.append({backendRepository, release.sha, {base, tarArchive(StandInImages::backendFiles(release.kind, release.sha), fixed)}});
        images.append({frontendRepository, release.sha, {base, tarArchive(StandInImages::frontendFiles(release.sha), fixed)}});
        shas << release.sha;
    }
    m_state.coldStart = !images.isEmpty();
    if (images.isEmpty()) {
        then();
        return;
    }
    m_pusher = std::make_unique<ImagePusher>(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_droplet->registryPort())));
    m_pusher->push(images, [this, then, marker, pushed, shas](const QString &error) {
        if (!error.isEmpty()) {
            failStart(error);
            return;
        }
        QSaveFile file(marker);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(QJsonDocument(QJsonArray::fromStringList(pushed + shas)).toJson());
            file.commit();
        }
        then();
    });
}

// The release that ran when the rehearsal stopped runs again (its images are still on
// the engine, so nothing is pulled). The app's deploy lock and pin are files of the
// droplet and stay as they were.
void RehearsalSupervisor::bringBackTheStack()
{
    if (m_state.running.isEmpty())
        return;
    QProcessEnvironment environment = m_droplet->dropletEnvironment();
    const QString host = m_droplet->imageHost();
    environment.insert(QStringLiteral("BACKEND_IMAGE"), host + QLatin1Char('/') + backendRepository + QLatin1Char(':') + m_state.running);
    environment.insert(QStringLiteral("WORKER_IMAGE"), host + QLatin1Char('/') + backendRepository + QLatin1Char(':') + m_state.running);
    environment.insert(QStringLiteral("FRONTEND_IMAGE"), host + QLatin1Char('/') + frontendRepository + QLatin1Char(':') + m_state.running);
    QProcess compose;
    compose.setProcessEnvironment(environment);
    compose.setWorkingDirectory(m_repo->appDir());
    compose.start(findTool(QStringLiteral("docker")), {QStringLiteral("compose"), QStringLiteral("-f"), QStringLiteral("docker-compose.prod.yml"),
                                                       QStringLiteral("--env-file"), QStringLiteral(".env.production"), QStringLiteral("up"),
                                                       QStringLiteral("-d"), QStringLiteral("--quiet-pull")});
    if (!compose.waitForFinished(120000) || compose.exitCode() != 0)
        qCWarning(lcRehearsal) << "could not bring back" << m_state.running << compose.readAllStandardError();
}

void RehearsalSupervisor::ready()
{
    m_state.phase = RehearsalState::Phase::Ready;
    m_state.engine = m_droplet->engine() == LocalDroplet::Engine::PrivateDaemon ? QStringLiteral("private dockerd")
                                                                                : QStringLiteral("your Docker engine");
    m_state.ports = {m_droplet->sshPort(), m_droplet->registryPort(), static_cast<quint16>(m_droplet->imageHost().section(QLatin1Char(':'), 1).toUInt()),
                     m_gate->port(), m_github->port(), m_droplet->backendPort(), m_droplet->frontendPort()};
    m_state.user = m_droplet->user();
    m_state.keyPath = m_droplet->userKeyPath();
    m_state.hostKeyType = m_droplet->hostKeyType();
    m_state.hostKeyBase64 = m_droplet->hostKeyBase64();
    m_state.hostKeyFingerprint = m_droplet->hostKeyFingerprint();
    m_state.appDir = m_repo->appDir();
    m_state.lockDir = m_repo->lockDir();
    m_state.originDir = m_repo->originDir();
    m_state.imageHost = m_droplet->imageHost();
    m_state.releases = m_repo->releases();
    m_state.startSeconds = m_startTimer.elapsed() / 1000.0;
    writeState();
    m_ticker.start();
    qCInfo(lcRehearsal) << "the rehearsal is ready after" << m_state.startSeconds << "s";
    Q_EMIT started(true);
}

void RehearsalSupervisor::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_ticker.stop();
    m_dropWatch.stop();
    if (m_droplet && m_state.phase == RehearsalState::Phase::Ready) {
        for (const LocalDroplet::Container &container : m_droplet->containers()) {
            if (container.service == QLatin1String("backend"))
                m_state.running = container.image.section(QLatin1Char(':'), -1);
        }
    }
    m_github.reset();
    m_gate.reset();
    if (m_droplet)
        m_droplet->stop();
    m_droplet.reset();
    if (m_state.phase == RehearsalState::Phase::Ready || m_state.phase == RehearsalState::Phase::Starting)
        m_state.phase = RehearsalState::Phase::Stopped;
    m_state.activeScenario.clear();
    m_state.githubDown = m_state.registryDown = false;
    writeState();
}

void RehearsalSupervisor::runDeployJob(const QString &sha, std::function<void(const GitHubStandIn::JobOutcome &)> done)
{
    const QString host = m_droplet->imageHost();
    const QString compose = QStringLiteral("docker compose -f docker-compose.prod.yml --env-file .env.production");
    const QString script =
        QStringLiteral("set -e\ncd %1\ngit fetch -q origin\ngit checkout -q %2\n"
                       "export BACKEND_IMAGE=%3 WORKER_IMAGE=%3 FRONTEND_IMAGE=%4\n"
                       "echo \"Deploy over SSH: pulling the images of %2\"\n%5 pull -q\n%5 up -d --remove-orphans\n"
                       "echo 'Deploy over SSH: the stack is up'\nset +e\ni=0\nwhile [ $i -lt 20 ]; do\n"
                       "  if %5 exec -T backend curl -fsS http://127.0.0.1:%6/api/v1/health/ready; then echo 'Health checks: live and ready'; exit 0; fi\n"
                       "  i=$((i + 1)); sleep 1\ndone\necho 'Health checks: the backend never became ready' >&2\nexit 42\n")
            .arg(shellQuote(m_repo->appDir()), shellQuote(sha),
                 shellQuote(host + QLatin1Char('/') + backendRepository + QLatin1Char(':') + sha),
                 shellQuote(host + QLatin1Char('/') + frontendRepository + QLatin1Char(':') + sha), compose)
            .arg(m_droplet->backendPort());
    auto *ssh = new QProcess(this);
    ssh->setProcessChannelMode(QProcess::MergedChannels);
    connect(ssh, &QProcess::finished, this, [ssh, done](int code, QProcess::ExitStatus status) {
        ssh->deleteLater();
        const bool ended = status == QProcess::NormalExit;
        done({ended && (code == 0 || code == 42), ended && code == 0, ssh->readAll()});
    });
    ssh->start(findTool(QStringLiteral("ssh")),
               {QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-i"), m_droplet->userKeyPath(), QStringLiteral("-o"),
                QStringLiteral("IdentitiesOnly=yes"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                QStringLiteral("UserKnownHostsFile=") + m_droplet->knownHostsPath(), QStringLiteral("-o"),
                QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-p"), QString::number(m_droplet->sshPort()),
                m_droplet->user() + QStringLiteral("@127.0.0.1"), script});
}

void RehearsalSupervisor::tick()
{
    const ScenarioRequest request = ScenarioRequest::fromJson(readJson(RehearsalPaths::scenarioPath()));
    const QString key = request.name + QLatin1Char('@') + request.failingSince.toString(Qt::ISODateWithMs);
    if (key != m_seenScenario) {
        m_seenScenario = key;
        m_dropDone = false;
        m_composeUpsBefore = composeUpPids(); // a compose up still ending from before (a recovery's) must not trigger the cut
        m_lastWorkerId.clear();
        m_state.activeScenario = request.name;
        m_state.failingSince = request.failingSince;
    }
    const bool recovered = m_state.activeScenario.isEmpty();
    applyConditions(recovered ? ScenarioRequest() : request);
    const bool armed = !recovered && request.dropOnComposeUp && !m_dropDone;
    if (armed != m_dropWatch.isActive())
        armed ? m_dropWatch.start() : m_dropWatch.stop();
    // One look at the engine per tick, for what runs and for the recovery watch.
    const QList<LocalDroplet::Container> containers = m_droplet->containers();
    for (const LocalDroplet::Container &container : containers) {
        if (container.service == QLatin1String("backend") && container.state == QLatin1String("running"))
            m_state.running = container.image.section(QLatin1Char(':'), -1);
    }
    if (!recovered && m_state.failingSince.isValid())
        watchRecovery(request, containers);
    writeState();
}

void RehearsalSupervisor::applyConditions(const ScenarioRequest &request)
{
    m_github->setDown(request.githubDown);
    m_gate->setDown(request.registryDown);
    if (request.registryDown != m_droplet->registryIsDown())
        m_droplet->setRegistryDown(request.registryDown);
    m_state.githubDown = request.githubDown;
    m_state.registryDown = request.registryDown;
}

QStringList RehearsalSupervisor::composeUpPids() const
{
    QStringList found;
    const QByteArray project = "COMPOSE_PROJECT_NAME=" + QByteArray(LocalDroplet::composeProject);
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> words = cmdline.readAll().split('\0');
        if (!words.contains("compose") || !words.contains("up"))
            continue;
        QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
        if (environ.open(QIODevice::ReadOnly) && environ.readAll().split('\0').contains(project))
            found << pid;
    }
    return found;
}

// Cuts every SSH connection once the scenario's own compose up runs (not one from before it).
void RehearsalSupervisor::dropOnComposeUp()
{
    for (const QString &pid : composeUpPids()) {
        if (m_composeUpsBefore.contains(pid))
            continue;
        qCInfo(lcRehearsal) << "scenario dropped-connection: cutting every SSH connection while compose up runs";
        m_droplet->dropConnections();
        m_dropDone = true;
        m_dropWatch.stop();
        if (!m_state.failingSince.isValid())
            m_state.failingSince = QDateTime::currentDateTimeUtc();
        return;
    }
}

bool RehearsalSupervisor::stackHealthyOn(const QStringList &shas, const QList<LocalDroplet::Container> &containers, QString *sha)
{
    QString backendTag;
    QString workerId;
    bool frontendUp = false;
    for (const LocalDroplet::Container &container : containers) {
        if (container.service == QLatin1String("backend") && container.state == QLatin1String("running"))
            backendTag = container.image.section(QLatin1Char(':'), -1);
    }
    for (const LocalDroplet::Container &container : containers) {
        if (container.state != QLatin1String("running"))
            continue;
        if (container.service == QLatin1String("worker") && container.image.section(QLatin1Char(':'), -1) == backendTag)
            workerId = container.id;
        else if (container.service == QLatin1String("frontend"))
            frontendUp = true;
    }
    // A crash-looping worker is "running" for a moment at a time: the same container twice, a second apart.
    const bool workerSteady = !workerId.isEmpty() && workerId == m_lastWorkerId;
    m_lastWorkerId = workerId;
    *sha = backendTag;
    return shas.contains(backendTag) && frontendUp && workerSteady && answers(m_droplet->backendPort(), "/api/v1/health/ready")
           && answers(m_droplet->frontendPort(), "/");
}

void RehearsalSupervisor::watchRecovery(const ScenarioRequest &request, const QList<LocalDroplet::Container> &containers)
{
    QString sha;
    if (!stackHealthyOn(request.recoverOn, containers, &sha))
        return;
    RecoveryRecord record{request.name, m_state.failingSince, QDateTime::currentDateTimeUtc(), sha, stepsSince(m_state.failingSince)};
    qCInfo(lcRehearsal) << "recovered from" << request.name << "in" << record.seconds() << "s";
    m_state.recoveries.append(record);
    while (m_state.recoveries.size() > 20)
        m_state.recoveries.removeFirst();
    m_state.lastRecovery = record;
    m_state.activeScenario.clear();
    m_state.failingSince = QDateTime();
}

QStringList RehearsalSupervisor::stepsSince(const QDateTime &since) const
{
    QStringList steps;
    for (const QJsonObject &event : AuditLog::read()) {
        const QDateTime time = QDateTime::fromString(event.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        if (!time.isValid() || time < since.addSecs(-1))
            continue;
        QString line = time.toLocalTime().toString(QStringLiteral("HH:mm:ss ")) + event.value(QStringLiteral("event")).toString();
        if (const QString action = event.value(QStringLiteral("action")).toString(); !action.isEmpty())
            line += QLatin1Char(' ') + action;
        if (const QString sha = event.value(QStringLiteral("sha")).toString(); !sha.isEmpty())
            line += QLatin1Char(' ') + sha.left(7);
        if (const QString policy = event.value(QStringLiteral("policy")).toString(); !policy.isEmpty())
            line += QStringLiteral(" (") + policy + QLatin1Char(')');
        steps << line;
    }
    return steps;
}

} // namespace Stratum
