#include "ManualConfirmation.h"

#include "core/audit/AuditLog.h"
#include "core/keychain/Vault.h"
#include "core/platform/AppPaths.h"
#include "core/profile/Profile.h"
#include "core/redaction/Redactor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::ManualConfirmation)
};

// Why the confirmation cannot be taken, or empty.
QString refusal(const Profile &profile, const ManualConfirmation &confirmation)
{
    const Checklist *list = profile.checklist(confirmation.checklistId);
    if (!list)
        return Text::tr("there is no checklist \"%1\" in this profile").arg(confirmation.checklistId.left(80));
    if (confirmation.itemIds.isEmpty())
        return Text::tr("no manual item was chosen: nothing confirmed");
    for (const QString &id : confirmation.itemIds) {
        const auto item = std::find_if(list->items.cbegin(), list->items.cend(), [&id](const ChecklistItem &each) { return each.id == id; });
        if (item == list->items.cend())
            return Text::tr("the checklist %1 has no item \"%2\"").arg(list->id, id.left(80));
        if (item->kind == ChecklistItemKind::Automatic)
            return Text::tr("%1 is decided by its probe, not by hand").arg(item->text);
    }
    return {};
}

} // namespace

ItemLookup findChecklistItem(const Profile &profile, const QString &wanted)
{
    ItemLookup found;
    int matches = 0;
    for (const Checklist &list : profile.checklists) {
        for (const ChecklistItem &item : list.items) {
            if (wanted == list.id + QLatin1Char('/') + item.id || wanted == item.id) {
                found = {list.id, item.id, item.text, {}, item.kind == ChecklistItemKind::Automatic};
                ++matches;
            }
        }
    }
    if (matches == 0)
        return {{}, {}, {}, Text::tr("no checklist item \"%1\"; see stratumctl check list").arg(wanted.left(80)), false};
    if (matches > 1)
        return {{}, {}, {}, Text::tr("\"%1\" is in several checklists: write CHECKLIST/ITEM").arg(wanted.left(80)), false};
    return found;
}

void confirmManualItems(const Profile &profile, Vault *vault, const Redactor &redactor, const ManualConfirmation &confirmation,
                        QObject *context, std::function<void(const ConfirmationResult &)> done)
{
    const QString refused = refusal(profile, confirmation);
    if (!refused.isEmpty()) {
        done({false, true, {}, refused});
        return;
    }
    const QString sha = confirmation.sha.text();
    const QString listId = confirmation.checklistId;
    const QStringList ids = confirmation.itemIds;
    const QString note = redactor.redact(confirmation.note.trimmed());
    const QString who = operatorName();
    const QDateTime at = QDateTime::currentDateTimeUtc();
    vault->updateChecklistRecords(profile.id, [=](ChecklistRecords &records) {
        for (const QString &id : ids)
            records.set(sha, listId, id, {ItemRecord::Status::Passed, who, at, note, {}, false});
    }, context, [=, &redactor](const KeychainError &error) {
        if (!error.ok()) {
            done({false, false, error, Text::tr("not saved: %1").arg(error.message)});
            return;
        }
        for (const QString &id : ids)
            AuditLog::append(QStringLiteral("check-confirmed"),
                             QJsonObject{{QStringLiteral("sha"), sha}, {QStringLiteral("item"), QString(listId + QLatin1Char('/') + id)},
                                         {QStringLiteral("who"), who}, {QStringLiteral("note"), note}}, &redactor);
        done({true, false, {}, Text::tr("confirmed %n item(s) for %1", nullptr, int(ids.size())).arg(sha.left(12))});
    });
}

} // namespace Stratum
