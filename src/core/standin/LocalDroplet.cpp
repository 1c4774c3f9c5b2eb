#include "LocalDroplet.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <pwd.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcLocalDroplet, "stratum.standin.droplet")

namespace Stratum {

namespace {

const QString dockerCli = QStringLiteral("docker");

bool writeFile(const QString &path, const QByteArray &content, QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(content);
    file.close();
    return file.setPermissions(permissions);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool waitForPort(quint16 port, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

struct Ran {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Ran runTool(const QString &program, const QStringList &arguments, int timeoutMs = 30000,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(), const QString &workingDir = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(3000);
        return {-1, {}, "timed out"};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace

quint16 freeLoopbackPort(quint16 preferred)
{
    QTcpServer server;
    if (preferred != 0 && server.listen(QHostAddress::LocalHost, preferred))
        return preferred;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

QString findTool(const QString &name)
{
    QString found = QStandardPaths::findExecutable(name);
    // Started from Finder the PATH is bare: Homebrew's and Docker Desktop's places too.
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/local/sbin"),
                                                      QStringLiteral("/opt/homebrew/bin"), QStringLiteral("/usr/local/bin"),
                                                      QStringLiteral("/Applications/Docker.app/Contents/Resources/bin")});
    return found;
}

LocalDroplet::LocalDroplet(QString worldDir, QString runtimeDir)
    : m_world(std::move(worldDir)), m_runtime(std::move(runtimeDir))
{
    if (const passwd *entry = getpwuid(getuid()))
        m_user = QString::fromLocal8Bit(entry->pw_name);
}

LocalDroplet::~LocalDroplet()
{
    if (m_sshd || m_daemon || m_registry || m_tlsRegistry)
        stop();
}

QString LocalDroplet::cannotStartReason(Engine *engine)
{
    const auto missing = [](const QString &tool, const QString &package) -> QString {
        return QCoreApplication::translate("Stratum::LocalDroplet", "The rehearsal needs %1, which is not installed: install %2 "
                                                                    "(packaging/linux/install-deps.sh installs everything it needs).")
            .arg(tool, package);
    };
    if (findTool(QStringLiteral("sshd")).isEmpty())
        return missing(QStringLiteral("sshd"), QStringLiteral("openssh-server"));
    if (findTool(QStringLiteral("ssh-keygen")).isEmpty() || findTool(QStringLiteral("ssh")).isEmpty())
        return missing(QStringLiteral("ssh and ssh-keygen"), QStringLiteral("openssh-client"));
    if (findTool(QStringLiteral("docker-registry")).isEmpty())
        return missing(QStringLiteral("docker-registry"), QStringLiteral("docker-registry"));
    if (findTool(QStringLiteral("openssl")).isEmpty())
        return missing(QStringLiteral("openssl"), QStringLiteral("openssl"));
    if (findTool(QStringLiteral("git")).isEmpty())
        return missing(QStringLiteral("git"), QStringLiteral("git"));
    if (!QFile::exists(QStringLiteral("/bin/busybox")) && !QFile::exists(QStringLiteral("/usr/bin/busybox")))
        return missing(QStringLiteral("a static busybox (its images are built from it)"), QStringLiteral("busybox-static"));
    if (findTool(dockerCli).isEmpty())
        return missing(QStringLiteral("the docker CLI"), QStringLiteral("docker-cli (Debian 13) or Docker Desktop"));
    if (runTool(findTool(dockerCli), {QStringLiteral("compose"), QStringLiteral("version")}, 15000).code != 0)
        return missing(QStringLiteral("Docker Compose v2"), QStringLiteral("docker-compose (Debian 13) or Docker Desktop"));
    const bool root = getuid() == 0;
    if (root && !findTool(QStringLiteral("dockerd")).isEmpty()) {
        if (QDir(QStringLiteral("/sys/fs/cgroup")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty())
            return QCoreApplication::translate("Stratum::LocalDroplet",
                                               "No cgroups are mounted here, so no container can run: start the rehearsal on a "
                                               "machine (or a container with --privileged) that has /sys/fs/cgroup.");
        if (engine)
            *engine = Engine::PrivateDaemon;
        return {};
    }
    if (runTool(findTool(dockerCli), {QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("{{.Server.Version}}")}, 15000).code
        != 0) {
        return QCoreApplication::translate("Stratum::LocalDroplet",
                                           "No Docker engine answers: start Docker Desktop or a rootless dockerd (DOCKER_HOST or "
                                           "`docker context use`), or run the rehearsal as root with docker.io installed.");
    }
    if (engine)
        *engine = Engine::UserEngine;
    return {};
}

bool LocalDroplet::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcLocalDroplet) << message;
    return false;
}

QString LocalDroplet::userKeyPath() const
{
    return m_world + QStringLiteral("/sshd/rehearsal_ed25519");
}

QString LocalDroplet::knownHostsPath() const
{
    return m_world + QStringLiteral("/sshd/known_hosts");
}

QString LocalDroplet::hostKeyType() const
{
    return QString::fromLatin1(readFile(m_world + QStringLiteral("/sshd/host_ed25519.pub")).trimmed().split(' ').value(0));
}

QString LocalDroplet::hostKeyBase64() const
{
    return QString::fromLatin1(readFile(m_world + QStringLiteral("/sshd/host_ed25519.pub")).trimmed().split(' ').value(1));
}

QString LocalDroplet::hostKeyFingerprint() const
{
    const Ran keygen = runTool(findTool(QStringLiteral("ssh-keygen")), {QStringLiteral("-lf"), m_world + QStringLiteral("/sshd/host_ed25519.pub")});
    return QString::fromLatin1(keygen.out.split(' ').value(1));
}

QString LocalDroplet::imageHost() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_tlsPort);
}

bool LocalDroplet::makeKeys()
{
    for (const QString &key : {QStringLiteral("host_ed25519"), QStringLiteral("rehearsal_ed25519")}) {
        const QString path = m_world + QStringLiteral("/sshd/") + key;
        if (QFile::exists(path))
            continue;
        const Ran keygen = runTool(findTool(QStringLiteral("ssh-keygen")),
                                   {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                                    QStringLiteral("-C"), QStringLiteral("stratum-rehearsal"), QStringLiteral("-f"), path});
        if (keygen.code != 0)
            return fail(QStringLiteral("ssh-keygen failed: ") + QString::fromLocal8Bit(keygen.err));
    }
    return writeFile(m_world + QStringLiteral("/sshd/authorized_keys"), readFile(userKeyPath() + QStringLiteral(".pub")));
}

bool LocalDroplet::writeCertificate()
{
    const QString tls = m_world + QStringLiteral("/registry/tls");
    if (QFile::exists(tls + QStringLiteral("/cert.pem")))
        return true;
    QDir().mkpath(tls);
    const Ran openssl = runTool(findTool(QStringLiteral("openssl")),
                                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                                 QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                                 QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                                 QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                                 tls + QStringLiteral("/key.pem"), QStringLiteral("-out"), tls + QStringLiteral("/cert.pem")});
    if (openssl.code != 0)
        return fail(QStringLiteral("openssl could not make the registry's certificate: ") + QString::fromLocal8Bit(openssl.err));
    return true;
}

QProcessEnvironment LocalDroplet::dropletEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("COMPOSE_PROJECT_NAME"), QString::fromLatin1(composeProject));
    if (m_engine == Engine::PrivateDaemon) {
        environment.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix://") + m_runtime + QStringLiteral("/docker.sock"));
        environment.insert(QStringLiteral("DOCKER_CONFIG"), m_world + QStringLiteral("/engine/config"));
        environment.remove(QStringLiteral("DOCKER_CONTEXT"));
    }
    return environment;
}

bool LocalDroplet::startSshd()
{
    if (getuid() == 0)
        QDir().mkpath(QStringLiteral("/run/sshd")); // privilege separation directory
    m_sshPort = freeLoopbackPort(m_sshPort);
    const QProcessEnvironment droplet = dropletEnvironment();
    QStringList environment{QStringLiteral("PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin"), QStringLiteral("SHLVL=1"),
                            QStringLiteral("COMPOSE_PROJECT_NAME=") + QString::fromLatin1(composeProject)};
    for (const QString &name : {QStringLiteral("DOCKER_HOST"), QStringLiteral("DOCKER_CONFIG"), QStringLiteral("DOCKER_CONTEXT")}) {
        if (droplet.contains(name))
            environment << name + QLatin1Char('=') + droplet.value(name);
    }
    const QString dir = m_world + QStringLiteral("/sshd");
    QByteArray config = QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2/host_ed25519\nPidFile %2/sshd.pid\n"
                                       "AuthorizedKeysFile %2/authorized_keys\nStrictModes no\nUsePAM no\nPasswordAuthentication no\n"
                                       "KbdInteractiveAuthentication no\nPubkeyAuthentication yes\nPermitRootLogin prohibit-password\n"
                                       "AllowUsers %3\nSetEnv %4\nMaxStartups 100\nMaxSessions 100\nLogLevel VERBOSE\n")
                            .arg(m_sshPort)
                            .arg(dir, m_user, environment.join(QLatin1Char(' ')))
                            .toUtf8();
    writeFile(dir + QStringLiteral("/sshd_config"), config + "PerSourcePenalties no\n");
    const QString sshd = findTool(QStringLiteral("sshd"));
    if (runTool(sshd, {QStringLiteral("-t"), QStringLiteral("-f"), dir + QStringLiteral("/sshd_config")}).err.contains("PerSourcePenalties"))
        writeFile(dir + QStringLiteral("/sshd_config"), config); // OpenSSH before 9.8
    writeFile(knownHostsPath(), QStringLiteral("[127.0.0.1]:%1 %2 %3\n").arg(m_sshPort).arg(hostKeyType(), hostKeyBase64()).toUtf8());
    m_sshd = std::make_unique<QProcess>();
    m_sshd->setStandardErrorFile(dir + QStringLiteral("/sshd.log"), QIODevice::Append);
    m_sshd->start(sshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), dir + QStringLiteral("/sshd_config")});
    if (!m_sshd->waitForStarted(5000) || !waitForPort(m_sshPort, 10000))
        return fail(QStringLiteral("sshd did not start: ") + QString::fromLocal8Bit(readFile(dir + QStringLiteral("/sshd.log")).right(800)));
    return true;
}

bool LocalDroplet::startRegistry(bool tls)
{
    const QString dir = m_world + QStringLiteral("/registry");
    quint16 &port = tls ? m_tlsPort : m_registryPort;
    if (!(tls ? m_tlsRegistry : m_registry))
        port = freeLoopbackPort(port); // the last start's when it is free: image names stay valid
    QString yaml = QStringLiteral("version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: %1/storage\n"
                                  "  delete:\n    enabled: true\nhttp:\n  addr: 127.0.0.1:%2\n")
                       .arg(dir)
                       .arg(port);
    if (tls)
        yaml += QStringLiteral("  tls:\n    certificate: %1/tls/cert.pem\n    key: %1/tls/key.pem\n").arg(dir);
    const QString name = tls ? QStringLiteral("tls") : QStringLiteral("plain");
    writeFile(dir + QLatin1Char('/') + name + QStringLiteral(".yml"), yaml.toUtf8());
    auto process = std::make_unique<QProcess>();
    process->setStandardOutputFile(dir + QLatin1Char('/') + name + QStringLiteral(".log"), QIODevice::Append);
    process->setStandardErrorFile(dir + QLatin1Char('/') + name + QStringLiteral(".log"), QIODevice::Append);
    process->start(findTool(QStringLiteral("docker-registry")), {QStringLiteral("serve"), dir + QLatin1Char('/') + name + QStringLiteral(".yml")});
    if (!process->waitForStarted(5000) || !waitForPort(port, 15000))
        return fail(QStringLiteral("docker-registry did not start: ")
                    + QString::fromLocal8Bit(readFile(dir + QLatin1Char('/') + name + QStringLiteral(".log")).right(800)));
    (tls ? m_tlsRegistry : m_registry) = std::move(process);
    return true;
}

bool LocalDroplet::startDaemon()
{
    if (m_engine == Engine::UserEngine)
        return true;
    const QString engine = m_world + QStringLiteral("/engine");
    for (const QString &sub : {QStringLiteral("/root"), QStringLiteral("/config")})
        QDir().mkpath(engine + sub);
    QDir().mkpath(m_runtime + QStringLiteral("/exec"));
    writeFile(engine + QStringLiteral("/daemon.json"), "{}\n");
    writeFile(engine + QStringLiteral("/config/config.json"), "{}\n");
    m_daemon = std::make_unique<QProcess>();
    m_daemon->setStandardOutputFile(engine + QStringLiteral("/dockerd.log"), QIODevice::Append);
    m_daemon->setStandardErrorFile(engine + QStringLiteral("/dockerd.log"), QIODevice::Append);
    m_daemon->start(findTool(QStringLiteral("dockerd")),
                    {QStringLiteral("--config-file"), engine + QStringLiteral("/daemon.json"), QStringLiteral("--data-root"),
                     engine + QStringLiteral("/root"), QStringLiteral("--exec-root"), m_runtime + QStringLiteral("/exec"), QStringLiteral("-H"),
                     QStringLiteral("unix://") + m_runtime + QStringLiteral("/docker.sock"), QStringLiteral("--pidfile"),
                     m_runtime + QStringLiteral("/docker.pid"), QStringLiteral("--storage-driver"), QStringLiteral("vfs"),
                     QStringLiteral("--iptables=false"), QStringLiteral("--ip6tables=false"), QStringLiteral("--bridge=none")});
    const QDeadlineTimer deadline(60000);
    while (m_daemon->waitForStarted(5000) && !deadline.hasExpired()) {
        if (docker({QStringLiteral("version")}, 5000).code == 0)
            return true;
        if (m_daemon->state() == QProcess::NotRunning)
            break;
        QThread::msleep(100);
    }
    return fail(QStringLiteral("dockerd did not start: ") + QString::fromLocal8Bit(readFile(engine + QStringLiteral("/dockerd.log")).right(1200)));
}

bool LocalDroplet::start()
{
    m_error.clear();
    // The ports of the last start when they are free: the host entry, the profile and the images' names stay.
    const QJsonObject last = QJsonDocument::fromJson(readFile(m_world + QStringLiteral("/ports.json"))).object();
    const auto lastPort = [&last](const char *name) { return static_cast<quint16>(last.value(QLatin1String(name)).toInt()); };
    m_sshPort = lastPort("ssh");
    m_registryPort = lastPort("registry");
    m_tlsPort = lastPort("tls");
    m_backendPort = lastPort("backend");
    m_frontendPort = lastPort("frontend");
    const QString reason = cannotStartReason(&m_engine);
    if (!reason.isEmpty())
        return fail(reason);
    QDir().mkpath(m_world + QStringLiteral("/sshd"));
    QDir().mkpath(m_runtime);
    QFile(m_world + QStringLiteral("/sshd")).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!makeKeys() || !writeCertificate() || !startRegistry(false) || !startRegistry(true))
        return false;
    if (m_engine == Engine::PrivateDaemon) {
        // Read by the daemon and by the CLI without a restart; removed at stop (marked as the rehearsal's).
        m_certsDir = QStringLiteral("/etc/docker/certs.d/") + imageHost();
        QFile::remove(m_certsDir + QStringLiteral("/ca.crt"));
        if (!QDir().mkpath(m_certsDir)
            || !QFile::copy(m_world + QStringLiteral("/registry/tls/cert.pem"), m_certsDir + QStringLiteral("/ca.crt"))
            || !writeFile(m_certsDir + QStringLiteral("/stratum-rehearsal"), m_world.toUtf8(), QFile::ReadOwner | QFile::WriteOwner))
            return fail(QStringLiteral("cannot write ") + m_certsDir);
    }
    m_backendPort = freeLoopbackPort(m_backendPort);
    m_frontendPort = freeLoopbackPort(m_frontendPort);
    if (!startDaemon() || !startSshd())
        return false;
    const QJsonObject ports{{QStringLiteral("ssh"), m_sshPort}, {QStringLiteral("registry"), m_registryPort}, {QStringLiteral("tls"), m_tlsPort},
                            {QStringLiteral("backend"), m_backendPort}, {QStringLiteral("frontend"), m_frontendPort}};
    writeFile(m_world + QStringLiteral("/ports.json"), QJsonDocument(ports).toJson());
    return true;
}

void LocalDroplet::stopProcess(std::unique_ptr<QProcess> &process, int graceMs)
{
    if (!process)
        return;
    process->terminate();
    if (!process->waitForFinished(graceMs)) {
        process->kill();
        process->waitForFinished(3000);
    }
    process.reset();
}

void LocalDroplet::removeContainers()
{
    const Result ids = docker({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                               QStringLiteral("label=com.docker.compose.project=") + QString::fromLatin1(composeProject)},
                              10000);
    const QStringList all = QString::fromUtf8(ids.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!all.isEmpty())
        docker(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + all, 30000);
}

void LocalDroplet::stop()
{
    if (m_sshd || m_daemon || m_engine == Engine::UserEngine)
        removeContainers();
    stopProcess(m_sshd, 2000);
    stopProcess(m_daemon, 15000);
    stopProcess(m_tlsRegistry, 2000);
    stopProcess(m_registry, 2000);
    if (!m_certsDir.isEmpty()) {
        QDir(m_certsDir).removeRecursively();
        m_certsDir.clear();
    }
    killLeftovers();
    unmountAll();
}

void LocalDroplet::sweep(const QString &worldDir, const QString &runtimeDir)
{
    LocalDroplet leftovers(worldDir, runtimeDir);
    leftovers.killLeftovers();
    leftovers.unmountAll();
    for (const QString &entry : QDir(QStringLiteral("/etc/docker/certs.d")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString dir = QStringLiteral("/etc/docker/certs.d/") + entry;
        if (readFile(dir + QStringLiteral("/stratum-rehearsal")) == worldDir.toUtf8())
            QDir(dir).removeRecursively();
    }
}

// Steps the app left detached on the droplet (they run under the rehearsal's paths).
void LocalDroplet::killLeftovers()
{
    const qint64 self = QCoreApplication::applicationPid();
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool number = false;
        const qint64 id = pid.toLongLong(&number);
        if (!number || id == self)
            continue;
        const QByteArray commandLine = readFile(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (commandLine.contains(m_world.toUtf8()) || commandLine.contains(m_runtime.toUtf8()))
            ::kill(static_cast<pid_t>(id), SIGKILL);
    }
}

void LocalDroplet::unmountAll()
{
    QStringList mine;
    for (const QByteArray &line : readFile(QStringLiteral("/proc/mounts")).split('\n')) {
        const QString point = QString::fromUtf8(line.split(' ').value(1));
        if (point.startsWith(m_world) || point.startsWith(m_runtime))
            mine.prepend(point); // the deepest first
    }
    for (const QString &point : mine)
        runTool(QStringLiteral("umount"), {QStringLiteral("-l"), point}, 10000);
}

void LocalDroplet::setRegistryDown(bool down)
{
    if (down)
        stopProcess(m_tlsRegistry, 2000);
    else if (!m_tlsRegistry)
        startRegistry(true);
}

void LocalDroplet::dropConnections()
{
    if (!m_sshd)
        return;
    // Every sshd process below the listener holds a connection; the users' commands are not sshd.
    const qint64 listener = m_sshd->processId();
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(pid));
        const qsizetype open = stat.indexOf('('), close = stat.lastIndexOf(')');
        if (open < 0 || close < 0 || !stat.mid(open + 1, close - open - 1).startsWith("sshd"))
            continue;
        qint64 up = stat.mid(close + 2).split(' ').value(1).toLongLong();
        for (int depth = 0; up > 1 && depth < 4; ++depth) {
            if (up == listener) {
                ::kill(static_cast<pid_t>(pid.toLongLong()), SIGKILL);
                break;
            }
            const QByteArray parent = readFile(QStringLiteral("/proc/%1/stat").arg(up));
            up = parent.mid(parent.lastIndexOf(')') + 2).split(' ').value(1).toLongLong();
        }
    }
}

LocalDroplet::Result LocalDroplet::docker(const QStringList &arguments, int timeoutMs, const QString &workingDir) const
{
    const Ran ran = runTool(findTool(dockerCli), arguments, timeoutMs, dropletEnvironment(), workingDir);
    return {ran.code, ran.out, ran.err};
}

QList<LocalDroplet::Container> LocalDroplet::containers() const
{
    const Result listed = docker({QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--filter"),
                                  QStringLiteral("label=com.docker.compose.project=") + QString::fromLatin1(composeProject),
                                  QStringLiteral("--format"),
                                  QStringLiteral("{{.Label \"com.docker.compose.service\"}}\t{{.Image}}\t{{.State}}\t{{.ID}}")},
                                 10000);
    QList<Container> containers;
    for (const QString &line : QString::fromUtf8(listed.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        containers.append({fields.value(0), fields.value(1), fields.value(2), fields.value(3)});
    }
    return containers;
}

QByteArray LocalDroplet::portLines() const
{
    return "BACKEND_PORT=" + QByteArray::number(m_backendPort) + "\nFRONTEND_PORT=" + QByteArray::number(m_frontendPort) + '\n';
}

QByteArray LocalDroplet::composeFile()
{
    QByteArray yaml = "# Stratum's production stack on one droplet; in the rehearsal its images are stand-ins\n"
                      "# built from busybox-static, and the services use the host's network.\n"
                      "services:\n";
    const auto service = [](const QByteArray &name, const QByteArray &image, const QByteArray &script, bool envFile) -> QByteArray {
        QByteArray text = "  " + name + ":\n    image: ${" + image + "}\n    network_mode: host\n    init: true\n"
                          "    command: [\"/bin/busybox\", \"sh\", \"/" + script + "\"]\n";
        text += envFile ? QByteArray("    env_file: [.env.production]\n")
                        : QByteArray("    environment:\n      FRONTEND_PORT: ${FRONTEND_PORT}\n");
        return text + "    restart: unless-stopped\n    stop_grace_period: 2s\n";
    };
    yaml += service("backend", "BACKEND_IMAGE", "backend.sh", true);
    yaml += service("worker", "WORKER_IMAGE", "worker.sh", true);
    yaml += service("frontend", "FRONTEND_IMAGE", "frontend.sh", false);
    return yaml;
}

} // namespace Stratum
