#pragma once

#include "core/profile/Roles.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Stratum {

struct TrustedHostKey {
    QString type;        // e.g. ssh-ed25519
    QString fingerprint; // SHA256:… as ssh-keygen -lf prints it
    QString keyBase64;   // the public key blob
};

// A droplet the app can reach. Kept only in the OS keychain: the address and
// user are treated as secret host details.
struct HostEntry {
    QString name;
    QString address;
    int port = 22;
    QString user = QStringLiteral("root");
    QString keyPath;      // empty with useAgent = true
    bool useAgent = true;
    QList<TrustedHostKey> trustedKeys;
    QDateTime keySetAt;   // when the deploy key was set or last rotated (runbook §8.2); invalid: not recorded
    HostRole role = HostRole::Production; // an entry from before roles is production: the safe reading
    QString colour;       // #RRGGBB; empty: the role's default
    QString shownColour() const { return colour.isEmpty() ? defaultRoleColour(role) : colour; }
};

// Each returns an empty string when the value is acceptable, otherwise a message.
QString validateHostName(const QString &name);
QString validateHostAddress(const QString &address);
QString validateUserName(const QString &user);
QString validateKeyPath(const QString &path);
QString validateHostEntry(const HostEntry &host);

// The first host is the one the window watches and stratumctl uses without --host; this puts
// `name` first and keeps the others' order. Unchanged when there is no such host.
QList<HostEntry> hostsWithFirst(QList<HostEntry> hosts, const QString &name);

QByteArray hostsToJson(const QList<HostEntry> &hosts);
std::optional<QList<HostEntry>> hostsFromJson(const QByteArray &json, QString *error);

} // namespace Stratum
