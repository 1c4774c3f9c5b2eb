#include "Roles.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::HostEntry) // the context the role labels were translated in
};

} // namespace

QString hostRoleId(HostRole role)
{
    switch (role) {
    case HostRole::Production: return QStringLiteral("production");
    case HostRole::Staging: return QStringLiteral("staging");
    case HostRole::Rehearsal: return QStringLiteral("rehearsal");
    }
    return {};
}

QString hostRoleLabel(HostRole role)
{
    switch (role) {
    case HostRole::Production: return Text::tr("PRODUCTION");
    case HostRole::Staging: return Text::tr("STAGING");
    case HostRole::Rehearsal: return Text::tr("REHEARSAL");
    }
    return {};
}

std::optional<HostRole> parseHostRole(const QString &id)
{
    for (const HostRole role : {HostRole::Production, HostRole::Staging, HostRole::Rehearsal})
        if (hostRoleId(role) == id)
            return role;
    return std::nullopt;
}

QString defaultRoleColour(HostRole role)
{
    switch (role) {
    case HostRole::Production: return QStringLiteral("#c62828");
    case HostRole::Staging: return QStringLiteral("#ef6c00");
    case HostRole::Rehearsal: return QStringLiteral("#6a1b9a");
    }
    return {};
}

QString validateRoleColour(const QString &colour)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (colour.isEmpty() || hex.match(colour).hasMatch())
        return {};
    return Text::tr("a colour is written #RRGGBB, e.g. #c62828");
}

QStringList hostRoleIds()
{
    QStringList ids;
    for (const HostRole role : {HostRole::Production, HostRole::Staging, HostRole::Rehearsal})
        ids << hostRoleId(role);
    return ids;
}

} // namespace Stratum
