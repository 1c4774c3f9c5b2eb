#pragma once

#include "core/keychain/KeychainStore.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace Stratum {

struct HostEntry;
class Vault;

// Runbook §8.2: rotate the deploy SSH key and the tokens on a schedule. The
// app keeps when each was set (beside it in the keychain, never the value) and
// says when one is due.
struct Credential {
    enum class Kind { GitHubToken, GhcrToken, DeployKey };
    Kind kind = Kind::GitHubToken;
    QString name;      // the secret's name, or the host's for a deploy key
    QDateTime setAt;   // invalid: set before the app recorded dates
};

struct RotationReminder {
    Credential credential;
    int ageDays = -1;  // -1: not recorded
    bool due = false;
    QString label;     // "the GHCR token", "the deploy key of production"
    QString message;   // one sentence: how old, due or not
    QString steps;     // the runbook's rotation steps for this credential
    QString recordHint; // how to record the date once rotated (no date yet)
};

QList<Credential> credentialsOf(const QList<HostEntry> &hosts, bool githubTokenSet, bool ghcrTokenSet);
RotationReminder rotationReminder(const Credential &credential, int intervalDays, const QDateTime &now);
QList<RotationReminder> rotationReminders(const QList<Credential> &credentials, int intervalDays, const QDateTime &now);
int dueCount(const QList<RotationReminder> &reminders);

// The stored credentials and their dates from the keychain (never a value), as reminders.
void readRotationReminders(Vault *vault, int intervalDays, QObject *context,
                           std::function<void(const KeychainError &, const QList<RotationReminder> &)> done);

} // namespace Stratum
