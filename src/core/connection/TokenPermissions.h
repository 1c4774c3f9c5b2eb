#pragma once

#include "core/profile/Profile.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Stratum {

class GitHubClient;

// GitHub has no endpoint that lists a fine-grained token's permissions, so
// each permission the app needs is tried with one harmless request; a refusal
// names what the endpoint needs in X-Accepted-GitHub-Permissions. Every
// missing permission is listed at once, with the fix.
struct PermissionProbe {
    QString permission;  // as GitHub names it: "actions:write"
    QString label;       // as github.com shows it: "Actions: Read and write"
    QString usedFor;     // what the app does with it
    QByteArray method;   // GET, or POST for a write that cannot change anything
    QString path;
    int grantedStatus = 200;         // a second answer that means granted, besides 2xx (e.g. 404 for run 0)
    QString grantedMessage;          // … when the 404's message holds this text ("Branch not protected")
};
QList<PermissionProbe> permissionProbes(const Profile &profile);

enum class PermissionState { Granted, Missing, Unknown };
struct PermissionAnswer {
    PermissionState state = PermissionState::Unknown;
    QString detail; // what GitHub said, for the Missing and Unknown ones
};
PermissionAnswer assessPermissionAnswer(const PermissionProbe &probe, int status, const QString &message,
                                        const QString &acceptedPermissions, const QString &error);
QString permissionLabels(const QString &acceptedPermissions); // "actions=write" → "Actions: Read and write"

struct TokenPermissionsCheck {
    QString error;           // the token could not be checked at all (401, unreachable)
    bool tokenRefused = false;
    QString classicScopes;   // a classic token's X-OAuth-Scopes; empty for a fine-grained one
    bool classic = false;
    QList<std::pair<PermissionProbe, PermissionAnswer>> answers;
    QList<PermissionProbe> withState(PermissionState state) const;
    QList<PermissionProbe> missing() const { return withState(PermissionState::Missing); }
    QList<PermissionProbe> unknown() const { return withState(PermissionState::Unknown); }
    QString fix() const;     // every missing permission in one sentence, where to grant them
};

// Asks one harmless endpoint per permission, one after another.
void checkTokenPermissions(GitHubClient *client, const Profile &profile, QObject *context,
                           std::function<void(const TokenPermissionsCheck &)> done);

} // namespace Stratum
