#pragma once

#include "core/connection/TokenPermissions.h"
#include "core/droplet/DropletFacts.h"
#include "core/hosts/HostEntry.h"
#include "core/hygiene/CredentialAge.h"
#include "core/hygiene/TokenScopes.h"
#include "core/profile/Profile.h"
#include "core/ssh/HostKeyPolicy.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Stratum {

// One check of a connection (the assistant's steps, `stratumctl doctor`'s
// lines): what it found and, when it did not pass, what to do.
struct CheckStep {
    enum class State { Passed, Warning, Failed, Skipped };
    QString id;     // host-key, droplet, github-token, ghcr, rotation
    QString title;
    State state = State::Skipped;
    QStringList found;
    QStringList fixes;
    bool passed() const { return state == State::Passed || state == State::Warning; }
};
QString stateWord(CheckStep::State state); // "ok", "warning", "FAILED", "skipped", in the operator's language
QString stateId(CheckStep::State state);   // passed, warning, failed, skipped: for JSON, never translated

// Reading the droplet's host key, and what to compare it with on the droplet's console.
struct HostKeyReading {
    CheckStep step;
    HostKeyInfo key;
    HostKeyVerdict verdict = HostKeyVerdict::Error;
    QString compareCommand; // ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub
};
QString hostKeyCompareCommand(const QString &keyType);
void readHostKey(const HostEntry &host, const Profile &profile, QObject *context, std::function<void(const HostKeyReading &)> done);

// Logs in (key or agent, the passphrase when given) and asks the droplet what the deploys need.
// `knownGood`: releases whose images should still be on the droplet (a rollback to one whose
// images are gone needs the registry): a warning names each.
// `hostName`: the droplet asked; its environment may keep the product in a place of its own.
CheckStep assessConnectionFacts(const ConnectionFacts &facts, const Profile &profile, const QStringList &knownGood = {},
                                const QString &hostName = {});
void testDroplet(const HostEntry &host, const QByteArray &passphrase, const Profile &profile, QObject *context,
                 std::function<void(const CheckStep &)> done, const QStringList &knownGood = {});

// The GitHub token: every permission the app needs, all missing ones listed with the fix.
CheckStep assessTokenPermissions(const TokenPermissionsCheck &check, const Profile &profile);
void checkGitHubToken(const QByteArray &token, const Profile &profile, QObject *context, std::function<void(const CheckStep &)> done);

// GHCR: a token exchange against the registry proves the user and token; their scopes are read from GitHub.
CheckStep assessGhcr(const QString &loginError, const ScopeVerdict &scopes, const QString &user);
void checkGhcr(const QString &user, const QByteArray &token, const Profile &profile, QObject *context,
               std::function<void(const CheckStep &)> done);

// Runbook §8.2: which credentials are due for rotation.
CheckStep assessRotation(const QList<RotationReminder> &reminders);

} // namespace Stratum
