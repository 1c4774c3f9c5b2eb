// stratumctl releases list | forget | mark-good | export | import | import-runs
#include "cli/CliCommand.h"
#include "cli/commands/Commands.h"

#include "core/app/CoreContext.h"
#include "core/github/GitHubClient.h"
#include "core/github/WorkflowRuns.h"
#include "core/smoke/Smoke.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace Stratum {

namespace {

QString releaseLine(const ReleaseEntry &entry)
{
    return QStringLiteral("%1  %2  %3%4  %5  %6%7")
        .arg(entry.sha, entry.time.toString(Qt::ISODate), entry.host.isEmpty() ? QString() : entry.host + QStringLiteral("  "),
             entry.method.leftJustified(12), entry.result.leftJustified(11),
             entry.knownGood ? QStringLiteral("known-good") : QStringLiteral("-"),
             entry.note.isEmpty() ? QString() : QStringLiteral("  ") + entry.note);
}

QJsonObject releaseJson(const ReleaseEntry &entry)
{
    return QJsonObject{{QStringLiteral("sha"), entry.sha},
                       {QStringLiteral("time"), entry.time.toString(Qt::ISODate)},
                       {QStringLiteral("method"), entry.method},
                       {QStringLiteral("host"), entry.host},
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

struct ListOptions {
    bool knownGood = false;
};

struct ShaOptions {
    Sha sha;
};

struct MarkGoodOptions {
    Sha sha;
    QString note;
    bool withoutSmoke = false;
    QString reason;
    QString host;
};

struct FileOptions {
    QString file;
};

struct ImportOptions {
    QString file;
    bool force = false;
};

class ReleaseCommands : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::Cli)
public:
    using CliCommand::CliCommand;
    void list(const ListOptions &o);
    void forget(const ShaOptions &o);
    void markGood(const MarkGoodOptions &o);
    void exportTo(const FileOptions &o);
    void importFrom(const ImportOptions &o);
    void importRuns(const NoOptions &);

private:
    // Changes the log in the keychain; `change` says what it did, or nothing when the SHA is not there.
    void releasesChange(const std::function<QString(ReleaseLog &)> &change, ExitCode whenSaved = ExitCode::Success);
};

} // namespace

QList<CommandSpec> releaseCommands()
{
    using C = ReleaseCommands;
    const QString sha = QStringLiteral("SHA");
    const QString file = QStringLiteral("FILE");
    return {
        Command<C, ListOptions>(QStringLiteral("releases list"), QT_TRANSLATE_NOOP("Stratum::Cli", "the release log, newest first"),
                                keychainNeeds)
            .flag(QStringLiteral("known-good"), &ListOptions::knownGood)
            .synopsis(QStringLiteral("[--known-good]"))
            .runs(&C::list),
        Command<C, ShaOptions>(QStringLiteral("releases forget"), QT_TRANSLATE_NOOP("Stratum::Cli", "remove a release from the log"),
                               keychainNeeds)
            .argument(sha, &ShaOptions::sha, ValueKind::FullSha)
            .synopsis(sha)
            .runs(&C::forget),
        Command<C, MarkGoodOptions>(QStringLiteral("releases mark-good"),
                                    QT_TRANSLATE_NOOP("Stratum::Cli", "mark a release known-good (needs a passed smoke)"), keychainNeeds)
            .argument(sha, &MarkGoodOptions::sha, ValueKind::FullSha)
            .text(QStringLiteral("note"), QStringLiteral("TEXT"), &MarkGoodOptions::note)
            .flag(QStringLiteral("without-smoke"), &MarkGoodOptions::withoutSmoke)
            .reason(&MarkGoodOptions::reason)
            .host(&MarkGoodOptions::host)
            .synopsis(QStringLiteral("SHA [--note TEXT] [--without-smoke --reason TEXT] [--host NAME | --env NAME]"))
            .runs(&C::markGood),
        Command<C, FileOptions>(QStringLiteral("releases export"),
                                QT_TRANSLATE_NOOP("Stratum::Cli", "write the release log to a file (notes redacted)"), keychainNeeds)
            .argument(file, &FileOptions::file)
            .synopsis(file)
            .runs(&C::exportTo),
        Command<C, ImportOptions>(QStringLiteral("releases import"),
                                  QT_TRANSLATE_NOOP("Stratum::Cli", "add the entries of an exported release log"), keychainNeeds)
            .argument(file, &ImportOptions::file)
            .flag(QStringLiteral("force"), &ImportOptions::force)
            .synopsis(QStringLiteral("FILE [--force]"))
            .runs(&C::importFrom),
        Command<C, NoOptions>(QStringLiteral("releases import-runs"),
                              QT_TRANSLATE_NOOP("Stratum::Cli", "successful deploy runs as candidates for known-good"), githubNeeds)
            .runs(&C::importRuns),
    };
}

void ReleaseCommands::list(const ListOptions &o)
{
    const bool onlyGood = o.knownGood;
    core().vault()->loadReleaseLog(core().profile().id, context(), [this, onlyGood](const Vault::Result<ReleaseLog> &log) {
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

void ReleaseCommands::forget(const ShaOptions &o)
{
    const QString sha = o.sha.text();
    releasesChange([sha](ReleaseLog &log) {
        const int removed = log.forget(sha);
        return removed == 0 ? QString() : tr("forgot %n entry(ies) for %1", nullptr, removed).arg(sha);
    });
}


void ReleaseCommands::markGood(const MarkGoodOptions &o)
{
    const QString sha = o.sha.text();
    const bool withoutSmoke = o.withoutSmoke;
    const QString reason = o.reason.trimmed();
    if (withoutSmoke && reason.isEmpty()) {
        fail(ExitCode::Usage, tr("--without-smoke needs --reason TEXT"));
        return;
    }
    core().refreshRedactor(context(), [this, &o, sha, withoutSmoke, reason](const KeychainError &redactorError) {
        if (!redactorError.ok()) {
            failKeychain(redactorError);
            return;
        }
        const KnownGoodRequest request{sha, operatorName(), o.note, withoutSmoke ? reason : QString(), o.host};
        Stratum::markKnownGood(core().profile(), core().vault(), &core().redactor(), request, context(), [this](const KnownGoodResult &result) {
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

void ReleaseCommands::exportTo(const FileOptions &o)
{
    const QString path = o.file;
    const QString profileId = core().profile().id;
    core().refreshRedactor(context(), [this, path, profileId](const KeychainError &redactorError) {
        if (!redactorError.ok()) {
            failKeychain(redactorError);
            return;
        }
        core().vault()->loadReleaseLog(profileId, context(), [this, path, profileId](const Vault::Result<ReleaseLog> &log) {
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

void ReleaseCommands::importFrom(const ImportOptions &o)
{
    QFile file(o.file);
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
    if (!parsed.profileId.isEmpty() && parsed.profileId != profileId && !o.force) {
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

void ReleaseCommands::importRuns(const NoOptions &)
{
    withGitHub([this](GitHubClient *github) {
        const QString workflow = core().profile().github.deployWorkflow.file;
        github->getAll(repoPath() + QStringLiteral("/actions/workflows/%1/runs?status=success&branch=%2")
                           .arg(workflow, core().profile().github.branch),
                       QStringLiteral("workflow_runs"), context(), [this](const GitHubResponse &runs) {
            if (!runs.ok()) {
                fail(runs.status == 401 || runs.status == 403 ? ExitCode::Credentials : ExitCode::Failed, runs.error);
                return;
            }
            ReleaseLog candidates;
            for (const QJsonValue &value : runs.items) {
                QString error;
                const auto run = parseRun(value.toObject(), &error);
                if (!run || !Sha::isFullText(run->headSha) || run->conclusion != QLatin1String("success"))
                    continue;
                ReleaseEntry entry;
                entry.sha = run->headSha;
                entry.time = run->createdAt.isValid() ? run->createdAt.toUTC() : QDateTime::currentDateTimeUtc();
                entry.method = QStringLiteral("imported-run");
                entry.result = QStringLiteral("success");
                entry.who = QStringLiteral("github");
                entry.runId = run->id;
                entry.runUrl = run->htmlUrl;
                entry.note = tr("successful run of the deploy workflow; not known-good until you mark it");
                candidates.record(entry);
                print(QStringLiteral("%1  %2  %3").arg(entry.sha, entry.time.toString(Qt::ISODate), entry.runUrl));
            }
            releasesChange([candidates](ReleaseLog &log) {
                return tr("imported %n run(s); mark the ones you trust with: stratumctl releases mark-good SHA", nullptr,
                          log.merge(candidates));
            });
        });
    });
}

void ReleaseCommands::releasesChange(const std::function<QString(ReleaseLog &)> &change, ExitCode whenSaved)
{
    auto message = std::make_shared<QString>();
    core().vault()->updateReleaseLog(core().profile().id, [change, message](ReleaseLog &log) { *message = change(log); }, context(),
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
