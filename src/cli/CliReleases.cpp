// stratumctl releases list | forget | mark-good | export | import
#include "cli/Cli.h"

#include "core/app/CoreContext.h"
#include "core/smoke/Smoke.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace Stratum {

namespace {

QString releaseLine(const ReleaseEntry &entry)
{
    return QStringLiteral("%1  %2  %3  %4  %5%6")
        .arg(entry.sha, entry.time.toString(Qt::ISODate), entry.method.leftJustified(12),
             entry.result.leftJustified(11), entry.knownGood ? QStringLiteral("known-good") : QStringLiteral("-"),
             entry.note.isEmpty() ? QString() : QStringLiteral("  ") + entry.note);
}

QJsonObject releaseJson(const ReleaseEntry &entry)
{
    return QJsonObject{{QStringLiteral("sha"), entry.sha},
                       {QStringLiteral("time"), entry.time.toString(Qt::ISODate)},
                       {QStringLiteral("method"), entry.method},
                       {QStringLiteral("result"), entry.result},
                       {QStringLiteral("who"), entry.who},
                       {QStringLiteral("note"), entry.note},
                       {QStringLiteral("knownGood"), entry.knownGood},
                       {QStringLiteral("knownGoodReason"), entry.knownGoodReason},
                       {QStringLiteral("failedStep"), entry.failedStep},
                       {QStringLiteral("policy"), entry.policy},
                       {QStringLiteral("backendDigest"), entry.backendDigest},
                       {QStringLiteral("frontendDigest"), entry.frontendDigest},
                       {QStringLiteral("runUrl"), entry.runUrl},
                       {QStringLiteral("incidentBundle"), entry.incidentBundle}};
}

} // namespace

void Cli::releasesList()
{
    const bool onlyGood = flag(QStringLiteral("known-good"));
    core().vault()->loadReleaseLog(core().profile().id, this, [this, onlyGood](const Vault::Result<ReleaseLog> &log) {
        if (!log.error.ok()) {
            failKeychain(log.error);
            return;
        }
        const QList<ReleaseEntry> entries = onlyGood ? log.value.knownGood() : log.value.entries();
        if (json()) {
            QJsonArray array;
            for (const ReleaseEntry &entry : entries)
                array.append(releaseJson(entry));
            printJson(array);
        } else if (entries.isEmpty()) {
            print(tr("the release log of \"%1\" is empty").arg(core().profile().id));
        } else {
            for (const ReleaseEntry &entry : entries)
                print(releaseLine(entry));
        }
        finish(ExitCode::Success);
    });
}

void Cli::releasesForget()
{
    const QString sha = argument(0).toLower();
    releasesChange([sha](ReleaseLog &log) {
        const int removed = log.forget(sha);
        return removed == 0 ? QString() : tr("forgot %n entry(ies) for %1", nullptr, removed).arg(sha);
    });
}


void Cli::releasesMarkGood()
{
    const QString sha = argument(0).toLower();
    const bool withoutSmoke = flag(QStringLiteral("without-smoke"));
    const QString reason = value(QStringLiteral("reason")).trimmed();
    if (withoutSmoke && reason.isEmpty()) {
        fail(ExitCode::Usage, tr("--without-smoke needs --reason TEXT"));
        return;
    }
    core().refreshRedactor(this, [this, sha, withoutSmoke, reason](const KeychainError &redactorError) {
        if (!redactorError.ok()) {
            failKeychain(redactorError);
            return;
        }
        const KnownGoodRequest request{sha, operatorName(), value(QStringLiteral("note")),
                                       withoutSmoke ? reason : QString()};
        Stratum::markKnownGood(core().profile(), core().vault(), &core().redactor(), request, this, [this](const KnownGoodResult &result) {
            if (result.refused) {
                fail(ExitCode::Refused, result.message + tr("\nrun stratumctl smoke and confirm the manual items, or mark it "
                                                            "with --without-smoke --reason TEXT"));
                return;
            }
            if (!result.marked) {
                fail(ExitCode::Credentials, result.message);
                return;
            }
            print(result.message);
            finish(ExitCode::Success);
        });
    });
}

void Cli::releasesExport()
{
    const QString path = argument(0);
    const QString profileId = core().profile().id;
    core().refreshRedactor(this, [this, path, profileId](const KeychainError &redactorError) {
        if (!redactorError.ok()) {
            failKeychain(redactorError);
            return;
        }
        core().vault()->loadReleaseLog(profileId, this, [this, path, profileId](const Vault::Result<ReleaseLog> &log) {
            if (!log.error.ok()) {
                failKeychain(log.error);
                return;
            }
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                fail(ExitCode::Failed, tr("cannot write %1: %2").arg(path, file.errorString()));
                return;
            }
            // Notes are typed by people: mask anything secret that slipped into one.
            file.write(core().redactor().redact(QString::fromUtf8(log.value.toExportJson(profileId))).toUtf8());
            print(tr("exported %n release(s) to %1", nullptr, static_cast<int>(log.value.entries().size())).arg(path));
            finish(ExitCode::Success);
        });
    });
}

void Cli::releasesImport()
{
    QFile file(argument(0));
    if (!file.open(QIODevice::ReadOnly)) {
        fail(ExitCode::Usage, tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return;
    }
    const ReleaseLogParseResult parsed = ReleaseLog::fromJson(file.read(16 * 1024 * 1024));
    if (!parsed.log) {
        fail(ExitCode::Usage, tr("%1: %2").arg(file.fileName(), parsed.error));
        return;
    }
    const QString profileId = core().profile().id;
    if (!parsed.profileId.isEmpty() && parsed.profileId != profileId && !flag(QStringLiteral("force"))) {
        fail(ExitCode::Usage, tr("this release log belongs to profile \"%1\", the active profile is \"%2\" "
                                 "(use --profile, or --force to import anyway)").arg(parsed.profileId, profileId));
        return;
    }
    const ReleaseLog incoming = *parsed.log;
    releasesChange([incoming](ReleaseLog &log) {
        const int added = log.merge(incoming);
        return tr("imported %n new release(s)", nullptr, added);
    });
}

void Cli::releasesChange(const std::function<QString(ReleaseLog &)> &change, ExitCode whenSaved)
{
    auto message = std::make_shared<QString>();
    core().vault()->updateReleaseLog(core().profile().id, [change, message](ReleaseLog &log) { *message = change(log); }, this,
                                     [this, message, whenSaved](const KeychainError &error) {
        if (!error.ok()) {
            failKeychain(error);
            return;
        }
        if (message->isEmpty()) {
            fail(ExitCode::Usage, tr("that SHA is not in the release log"));
            return;
        }
        print(*message);
        finish(whenSaved);
    });
}

} // namespace Stratum
