#include "HostEntry.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::HostEntry)
};

} // namespace

QString validateHostName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"));
    if (!pattern.match(name).hasMatch())
        return Text::tr("host name \"%1\": use 1 to 63 letters, digits, '.', '_' or '-', starting with a letter or digit")
            .arg(name.left(80));
    return {};
}

QString validateHostAddress(const QString &address)
{
    QHostAddress ip;
    if (ip.setAddress(address))
        return {};
    static const QRegularExpression dnsName(
        QStringLiteral("^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    if (!dnsName.match(address).hasMatch())
        return Text::tr("address \"%1\" is neither an IP address nor a DNS name").arg(address.left(80));
    return {};
}

QString validateUserName(const QString &user)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_-]{0,31}$"));
    if (!pattern.match(user).hasMatch())
        return Text::tr("user \"%1\" is not a valid login name").arg(user.left(40));
    return {};
}

QString validateKeyPath(const QString &path)
{
    if (path.isEmpty())
        return {};
    for (const QChar c : path) {
        if (c.category() == QChar::Other_Control)
            return Text::tr("key path contains control characters");
    }
    return {};
}

QString validateHostEntry(const HostEntry &host)
{
    for (const QString &problem : {validateHostName(host.name), validateHostAddress(host.address),
                                   validateUserName(host.user), validateKeyPath(host.keyPath)}) {
        if (!problem.isEmpty())
            return problem;
    }
    if (host.port < 1 || host.port > 65535)
        return Text::tr("port %1 is outside 1–65535").arg(host.port);
    if (!host.useAgent && host.keyPath.isEmpty())
        return Text::tr("give a key file or choose ssh-agent");
    return validateRoleColour(host.colour);
}

QByteArray hostsToJson(const QList<HostEntry> &hosts)
{
    QJsonArray array;
    for (const HostEntry &host : hosts) {
        QJsonArray keys;
        for (const TrustedHostKey &key : host.trustedKeys) {
            keys.append(QJsonObject{{QStringLiteral("type"), key.type},
                                    {QStringLiteral("fingerprint"), key.fingerprint},
                                    {QStringLiteral("key"), key.keyBase64}});
        }
        QJsonObject object{{QStringLiteral("name"), host.name},
                           {QStringLiteral("address"), host.address},
                           {QStringLiteral("port"), host.port},
                           {QStringLiteral("user"), host.user},
                           {QStringLiteral("keyPath"), host.keyPath},
                           {QStringLiteral("useAgent"), host.useAgent},
                           {QStringLiteral("trustedKeys"), keys}};
        if (host.keySetAt.isValid())
            object.insert(QStringLiteral("keySetAt"), host.keySetAt.toUTC().toString(Qt::ISODate));
        object.insert(QStringLiteral("role"), hostRoleId(host.role));
        if (!host.colour.isEmpty())
            object.insert(QStringLiteral("colour"), host.colour);
        array.append(object);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("hosts"), array}})
        .toJson(QJsonDocument::Compact);
}

std::optional<QList<HostEntry>> hostsFromJson(const QByteArray &json, QString *error)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.value(QStringLiteral("version")).toInt() != 1 || !root.value(QStringLiteral("hosts")).isArray()) {
        *error = Text::tr("the stored host list is damaged or from a newer version");
        return std::nullopt;
    }
    QList<HostEntry> hosts;
    for (const QJsonValue &value : root.value(QStringLiteral("hosts")).toArray()) {
        const QJsonObject object = value.toObject();
        HostEntry host;
        host.name = object.value(QStringLiteral("name")).toString();
        host.address = object.value(QStringLiteral("address")).toString();
        host.port = object.value(QStringLiteral("port")).toInt(22);
        host.user = object.value(QStringLiteral("user")).toString();
        host.keyPath = object.value(QStringLiteral("keyPath")).toString();
        host.useAgent = object.value(QStringLiteral("useAgent")).toBool(true);
        host.keySetAt = QDateTime::fromString(object.value(QStringLiteral("keySetAt")).toString(), Qt::ISODate);
        host.role = parseHostRole(object.value(QStringLiteral("role")).toString()).value_or(HostRole::Production);
        host.colour = object.value(QStringLiteral("colour")).toString();
        for (const QJsonValue &keyValue : object.value(QStringLiteral("trustedKeys")).toArray()) {
            const QJsonObject key = keyValue.toObject();
            host.trustedKeys.append({key.value(QStringLiteral("type")).toString(),
                                     key.value(QStringLiteral("fingerprint")).toString(),
                                     key.value(QStringLiteral("key")).toString()});
        }
        const QString problem = validateHostEntry(host);
        if (!problem.isEmpty()) {
            *error = Text::tr("a stored host is invalid: %1").arg(problem);
            return std::nullopt;
        }
        hosts.append(host);
    }
    return hosts;
}

QList<HostEntry> hostsWithFirst(QList<HostEntry> hosts, const QString &name)
{
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        if (hosts.at(i).name == name) {
            hosts.move(i, 0);
            break;
        }
    }
    return hosts;
}

} // namespace Stratum
