// stratumctl incident
#include "cli/Cli.h"

#include "core/app/CoreContext.h"
#include "core/incident/IncidentBundle.h"
#include "core/ssh/RemoteHost.h"

#include <QJsonObject>

namespace Stratum {

void Cli::incident()
{
    withRemote([this](RemoteHost *remote) {
        const QString hostName = remote->target().label;
        const QString out = value(QStringLiteral("out"), IncidentBundle::defaultPath(hostName, QDateTime::currentDateTimeUtc()));
        auto *bundle = new IncidentBundle(core().profile(), core().vault(), core().redactor(), this);
        connect(bundle, &IncidentBundle::progress, this, [this](const QString &what) {
            if (!json())
                m_err << what << Qt::endl;
        });
        connect(bundle, &IncidentBundle::finished, this, [this](const IncidentResult &result) {
            if (!result.ok) {
                fail(result.keychainFailed ? ExitCode::Credentials : ExitCode::Failed, result.message);
                return;
            }
            if (json())
                printJson(QJsonObject{{QStringLiteral("path"), result.path}, {QStringLiteral("linkedSha"), result.linkedSha}});
            else
                print(result.message);
            finish(ExitCode::Success);
        });
        bundle->save(remote, hostName, out);
    });
}

} // namespace Stratum
