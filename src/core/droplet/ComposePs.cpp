#include "ComposePs.h"

#include <QCoreApplication>
#include <QHash>
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

QString ContainerState::imageRepository() const
{
    const QString tag = imageTag();
    return tag.isEmpty() ? image : image.left(image.size() - tag.size() - 1);
}

namespace {

struct DetailSections {
    QByteArray ps;
    QList<QByteArray> inspect;
    QList<QByteArray> images;
};

DetailSections splitSections(const QByteArray &output)
{
    DetailSections sections;
    QList<QByteArray> *current = nullptr;
    for (const QByteArray &line : output.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed == "@inspect")
            current = &sections.inspect;
        else if (trimmed == "@images")
            current = &sections.images;
        else if (current)
            current->append(trimmed);
        else
            sections.ps += line + '\n';
    }
    return sections;
}

QString digestFor(const QString &repository, const QStringList &repoDigests)
{
    for (const QString &digest : repoDigests) {
        if (digest.section(QLatin1Char('@'), 0, 0) == repository)
            return digest;
    }
    return repoDigests.value(0);
}

} // namespace

ComposePsResult parseRunningDetail(const QByteArray &output)
{
    const DetailSections sections = splitSections(output);
    ComposePsResult result = parseComposePs(sections.ps);
    if (!result.containers)
        return result;
    QHash<QString, QStringList> digestsById;
    for (const QByteArray &line : sections.images) {
        const QList<QByteArray> fields = line.split('|');
        if (fields.size() == 2 && fields.first().startsWith("sha256:"))
            digestsById.insert(QString::fromUtf8(fields.first()),
                               QString::fromUtf8(fields.last()).split(QLatin1Char(','), Qt::SkipEmptyParts));
    }
    for (const QByteArray &line : sections.inspect) {
        const QList<QByteArray> fields = line.split('|');
        if (fields.size() != 3)
            continue;
        const QString name = QString::fromUtf8(fields.at(0)).remove(0, fields.at(0).startsWith('/') ? 1 : 0);
        for (ContainerState &container : *result.containers) {
            if (container.name != name)
                continue;
            container.imageId = QString::fromUtf8(fields.at(1));
            const QDateTime started = QDateTime::fromString(QString::fromUtf8(fields.at(2)), Qt::ISODateWithMs);
            // Docker answers 0001-01-01T00:00:00Z for a container that never started.
            if (started.isValid() && started.date().year() > 1970)
                container.startedAt = started.toUTC();
            container.digest = digestFor(container.imageRepository(), digestsById.value(container.imageId));
        }
    }
    return result;
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
