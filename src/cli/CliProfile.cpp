// stratumctl profile show | export | import
#include "cli/Cli.h"

#include "core/app/CoreContext.h"

#include <QFile>

namespace Stratum {

void Cli::profileShow()
{
    const Profile &profile = core().profile();
    if (json()) {
        m_out << QString::fromUtf8(profileToJson(profile));
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

void Cli::profileExport()
{
    const Profile &profile = core().profile();
    QFile file(argument(0));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        fail(ExitCode::Failed, tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        return;
    }
    file.write(profileToJson(profile));
    print(tr("exported profile \"%1\" to %2").arg(profile.id, file.fileName()));
    finish(ExitCode::Success);
}

void Cli::profileImport()
{
    const ProfileLoadResult imported = core().importProfile(argument(0));
    if (!imported) {
        fail(ExitCode::Usage, tr("profile not imported: %1").arg(imported.error));
        return;
    }
    print(tr("imported profile \"%1\"; it is now the active profile").arg(imported.profile->id));
    finish(ExitCode::Success);
}

} // namespace Stratum
