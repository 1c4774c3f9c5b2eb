#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace Stratum {

// The rehearsal's droplet on this machine, on 127.0.0.1 with free ports and every file
// under the rehearsal's state directory: an OpenSSH sshd with its own host key and a key
// pair for the rehearsal host; a Docker engine with Compose v2 — a private dockerd (own
// data root, socket and exec root; no bridge, no iptables) when this runs as root, else
// the user's own engine under its own compose project; and Debian's docker-registry twice
// on one store, plain for the pushes and the token gate, TLS for the engine's pulls.
// Starting and stopping wait for the processes: it runs in the supervisor, not a GUI.
class LocalDroplet
{
public:
    enum class Engine { PrivateDaemon, UserEngine };
    static constexpr const char *composeProject = "stratum-rehearsal";

    LocalDroplet(QString worldDir, QString runtimeDir);
    ~LocalDroplet();

    // Empty when the rehearsal can start here; else one sentence: what is missing and how to get it.
    static QString cannotStartReason(Engine *engine = nullptr);

    // What a supervisor that died left behind under these dirs: processes, mounts, the certificate entry.
    static void sweep(const QString &worldDir, const QString &runtimeDir);

    bool start(); // keys and certificate made once, then every daemon; false with errorString()
    void stop();  // every container of the project, every daemon, mount and certificate entry
    QString errorString() const { return m_error; }
    Engine engine() const { return m_engine; }

    QString user() const { return m_user; }
    quint16 sshPort() const { return m_sshPort; }
    QString userKeyPath() const;
    QString hostKeyType() const;
    QString hostKeyBase64() const;
    QString hostKeyFingerprint() const; // SHA256:… as ssh-keygen -lf prints it
    QString knownHostsPath() const;     // for the OpenSSH client of the GitHub stand-in's deploy job
    quint16 registryPort() const { return m_registryPort; }       // plain HTTP: pushes, the token gate
    QString imageHost() const;                                     // 127.0.0.1:PORT, the engine's TLS registry
    quint16 backendPort() const { return m_backendPort; }
    quint16 frontendPort() const { return m_frontendPort; }

    void setRegistryDown(bool down); // the TLS registry stops answering (and comes back)
    bool registryIsDown() const { return !m_tlsRegistry; }
    void dropConnections(); // every SSH connection of the droplet is cut, as by a reboot

    struct Result {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    // The docker CLI against the droplet's engine, as the droplet's sessions see it.
    Result docker(const QStringList &arguments, int timeoutMs = 60000, const QString &workingDir = {}) const;
    QProcessEnvironment dropletEnvironment() const;

    struct Container {
        QString service;
        QString image;
        QString state;
        QString id;
    };
    QList<Container> containers() const; // of the compose project, running or not

    // The lines .env.production adds for the ports (free loopback ports: the services use the host's network).
    QByteArray portLines() const;
    static QByteArray composeFile();

private:
    bool makeKeys();
    bool writeCertificate();
    bool startSshd();
    bool startRegistry(bool tls);
    bool startDaemon();
    void stopProcess(std::unique_ptr<QProcess> &process, int graceMs);
    void removeContainers();
    void killLeftovers();
    void unmountAll();
    bool fail(const QString &message);

    QString m_world;
    QString m_runtime;
    QString m_error;
    QString m_user;
    Engine m_engine = Engine::PrivateDaemon;
    QString m_certsDir; // /etc/docker/certs.d/127.0.0.1:PORT while it is there
    quint16 m_sshPort = 0;
    quint16 m_registryPort = 0;
    quint16 m_tlsPort = 0;
    quint16 m_backendPort = 0;
    quint16 m_frontendPort = 0;
    std::unique_ptr<QProcess> m_sshd;
    std::unique_ptr<QProcess> m_registry;
    std::unique_ptr<QProcess> m_tlsRegistry;
    std::unique_ptr<QProcess> m_daemon;
};

quint16 freeLoopbackPort(quint16 preferred = 0); // `preferred` when it is free
QString findTool(const QString &name); // PATH plus /usr/sbin and /sbin

} // namespace Stratum
