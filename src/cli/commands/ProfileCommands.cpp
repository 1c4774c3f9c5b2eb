// stratumctl profile show | export | import
#include "cli/CliCommand.h"
#include "cli/commands/Commands.h"

#include "core/app/CoreContext.h"

#include <QFile>

namespace Stratum {

namespace {

struct FileOptions {
    QString file;
};

class ProfileCommands : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::Cli)
public:
    using CliCommand::CliCommand;
    void show(const NoOptions &);
    void exportTo(const FileOptions &o);
    void importFrom(const FileOptions &o);
};

} // namespace

QList<CommandSpec> profileCommands()
{
    using C = ProfileCommands;
    return {
        Command<C, NoOptions>(QStringLiteral("profile show"), QT_TRANSLATE_NOOP("Stratum::Cli", "the active profile as JSON"), Need::Profile)
            .runs(&C::show),
        Command<C, FileOptions>(QStringLiteral("profile export"), QT_TRANSLATE_NOOP("Stratum::Cli", "write the active profile to a file"),
                                Need::Profile)
            .argument(QStringLiteral("FILE"), &FileOptions::file)
            .synopsis(QStringLiteral("FILE"))
            .runs(&C::exportTo),
        Command<C, FileOptions>(QStringLiteral("profile import"),
                                QT_TRANSLATE_NOOP("Stratum::Cli", "check a profile and make it the active one"), Need::Profile)
            .argument(QStringLiteral("FILE"), &FileOptions::file)
            .synopsis(QStringLiteral("FILE"))
            .runs(&C::importFrom),
    };
}

void ProfileCommands::show(const NoOptions &)
{
    const Profile &profile = core().profile();
    if (json()) {
        out() << QString::fromUtf8(profileToJson(profile));
        finish(ExitCode::Success);
        return;
    }
    print(tr("profile:        %1 (%2)\nsource:         %3\nrepository:     %4/%5 (branch %6)\n"
             "deploy:         %7 (%8)\nimages:         %9, %10 (tag %11)\n"
             "droplet:        %12 (%13, %14)\ncommand packs:  %15\nchecklists:     %16")
              .arg(profile.name, profile.id, core().profileSource(), profile.github.owner, profile.github.repo,
                   profile.github.branch, profile.github.deployWorkflow.name, profile.github.deployWorkflow.file,
                   profile.images.backendImage)
              .arg(profile.images.frontendImage, profile.images.tagFormat, profile.droplet.appDir,
                   profile.droplet.composeFile, profile.droplet.envFile)
              .arg(profile.commandPacks.size())
              .arg(profile.checklists.size()));
    finish(ExitCode::Success);
}

void ProfileCommands::exportTo(const FileOptions &o)
{
    const Profile &profile = core().profile();
    QFile file(o.file);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        fail(ExitCode::Failed, tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        return;
    }
    file.write(profileToJson(profile));
    print(tr("exported profile \"%1\" to %2").arg(profile.id, file.fileName()));
    finish(ExitCode::Success);
}

void ProfileCommands::importFrom(const FileOptions &o)
{
    const ProfileLoadResult imported = core().importProfile(o.file);
    if (!imported) {
        fail(ExitCode::Usage, tr("profile not imported: %1").arg(imported.error));
        return;
    }
    print(tr("imported profile \"%1\"; it is now the active profile").arg(imported.profile->id));
    finish(ExitCode::Success);
}

} // namespace Stratum
