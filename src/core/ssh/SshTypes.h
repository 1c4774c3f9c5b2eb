#pragma once

#include "core/ssh/HostKeyPolicy.h"

#include <QMetaType>
#include <QString>

#include <chrono>

namespace Stratum {

struct SshError {
    enum class Kind {
        None, Resolve, Connect, TimedOut, Handshake, HostKeyUnknown, HostKeyChanged, HostKeyRevoked,
        Auth, Channel, ConnectionLost, Cancelled
    };
    Kind kind = Kind::None;
    QString message;
    HostKeyInfo hostKey; // for the host-key kinds

    bool ok() const { return kind == Kind::None; }
    bool isHostKeyProblem() const
    {
        return kind == Kind::HostKeyUnknown || kind == Kind::HostKeyChanged || kind == Kind::HostKeyRevoked;
    }
};

struct SshTarget {
    QString label;   // the host entry's name, for messages
    QString address;
    quint16 port = 22;
    QString user;
    QString keyPath;
    bool useAgent = true;
    QByteArray passphrase; // wiped when the session is done with it
    QList<TrustedHostKey> trustedKeys;
    QString knownHostsPath; // empty: ~/.ssh/known_hosts
    std::chrono::milliseconds connectTimeout{15000};
    std::chrono::seconds keepaliveInterval{15};
    bool keptShell = true; // commands after the first run in one kept `/bin/sh` (KeptShell)
};

struct SshExit {
    SshError error;        // None when the command ran to its end
    int exitStatus = -1;   // the remote command's status
    QString exitSignal;    // e.g. "KILL" when the command died of a signal
    qint64 durationMs = 0;
    bool started = true;   // false: not even a channel was opened, the command never reached the host
};

} // namespace Stratum

Q_DECLARE_METATYPE(Stratum::SshError)
Q_DECLARE_METATYPE(Stratum::SshExit)
