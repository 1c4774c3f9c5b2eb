#pragma once

#include "core/keychain/KeychainStore.h"
#include "core/releases/Sha.h"

#include <QString>
#include <QStringList>

#include <functional>

class QObject;

namespace Stratum {

class Redactor;
class Vault;
struct Profile;

// A person's word that manual checklist items hold for one SHA: the GUI's Confirm button and
// `stratumctl check confirm` both end here.
struct ManualConfirmation {
    Sha sha; // all 40 digits
    QString checklistId;
    QStringList itemIds;
    QString note; // redacted before it is stored or audited
};

struct ConfirmationResult {
    bool ok = false;
    bool badInput = false; // an unknown or automatic item: nothing stored
    KeychainError keychainError;
    QString message; // what happened, or why not: one sentence
};

// "CHECKLIST/ITEM" or an ITEM that only one checklist has; error says why not.
struct ItemLookup {
    QString checklistId;
    QString itemId;
    QString text;
    QString error;
    bool automatic = false;
};
ItemLookup findChecklistItem(const Profile &profile, const QString &wanted);

// Checks every item (known, manual), stores the records, and only once they are stored
// writes one audit entry per item ("check-confirmed"). Bad input changes nothing.
void confirmManualItems(const Profile &profile, Vault *vault, const Redactor &redactor, const ManualConfirmation &confirmation,
                        QObject *context, std::function<void(const ConfirmationResult &)> done);

} // namespace Stratum
