#include "ComposePs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::ComposePs)
};

std::optional<ContainerState> containerFrom(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    ContainerState container;
    container.service = object.value(QStringLiteral("Service")).toString();
    container.name = object.value(QStringLiteral("Name")).toString();
    container.image = object.value(QStringLiteral("Image")).toString();
    container.state = object.value(QStringLiteral("State")).toString();
    container.health = object.value(QStringLiteral("Health")).toString();
    container.status = object.value(QStringLiteral("Status")).toString();
    container.exitCode = object.value(QStringLiteral("ExitCode")).toInt();
    if (container.service.isEmpty() || container.state.isEmpty())
        return std::nullopt;
    return container;
}

} // namespace

QString ContainerState::imageTag() const
{
    const qsizetype slash = image.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = image.lastIndexOf(QLatin1Char(':'));
    return colon > slash ? image.mid(colon + 1) : QString();
}

ComposePsResult parseComposePs(const QByteArray &output)
{
    const QByteArray trimmed = output.trimmed();
    QList<ContainerState> containers;
    if (trimmed.isEmpty())
        return {containers, {}};
    if (trimmed.startsWith('[')) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
        if (error.error != QJsonParseError::NoError)
            return {std::nullopt, Text::tr("compose ps: invalid JSON (%1)").arg(error.errorString())};
        const QJsonArray array = document.array();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const auto container = containerFrom(array.at(i));
            if (!container)
                return {std::nullopt, Text::tr("compose ps: entry %1 has no Service or State").arg(i)};
            containers.append(*container);
        }
        return {containers, {}};
    }
    const QList<QByteArray> lines = trimmed.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return {std::nullopt, Text::tr("compose ps: line %1 is not a JSON object").arg(i + 1)};
        const auto container = containerFrom(document.object());
        if (!container)
            return {std::nullopt, Text::tr("compose ps: line %1 has no Service or State").arg(i + 1)};
        containers.append(*container);
    }
    return {containers, {}};
}

} // namespace Stratum
