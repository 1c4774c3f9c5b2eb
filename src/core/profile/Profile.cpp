#include "Profile.h"

#include "core/profile/Roles.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <cmath>

Q_LOGGING_CATEGORY(lcProfile, "stratum.profile")

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::Profile)
};

// Reads one JSON object, remembering where it is so that the first problem
// can be reported with the full field path ("commandPacks[2].title").
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString path, QString *error)
        : m_object(object), m_path(std::move(path)), m_error(error) {}

    bool ok() const { return m_error->isEmpty(); }

    QString field(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }

    void fail(const QString &key, const QString &message) const
    {
        if (m_error->isEmpty())
            *m_error = field(key) + QStringLiteral(": ") + message;
    }

    QString string(const QString &key, bool required = true) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(key, Text::tr("is missing"));
            return {};
        }
        if (!value.isString()) {
            fail(key, Text::tr("must be a string"));
            return {};
        }
        if (required && value.toString().trimmed().isEmpty())
            fail(key, Text::tr("must not be empty"));
        return value.toString();
    }

    bool boolean(const QString &key, bool fallback) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isBool()) {
            fail(key, Text::tr("must be true or false"));
            return fallback;
        }
        return value.toBool();
    }

    int integer(const QString &key, int fallback, int min, int max) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return fallback;
        const double number = value.toDouble(-1e300);
        // Range first: converting a number beyond int's range to int is undefined.
        if (!value.isDouble() || !(number >= min && number <= max) || number != std::trunc(number)) {
            fail(key, Text::tr("must be a whole number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return static_cast<int>(number);
    }

    QUrl url(const QString &key) const
    {
        const QString text = string(key);
        const QUrl parsed(text, QUrl::StrictMode);
        if (!text.isEmpty() && (!parsed.isValid() || (parsed.scheme() != QLatin1String("http")
                                                      && parsed.scheme() != QLatin1String("https")))) {
            fail(key, Text::tr("must be an http or https URL"));
        }
        return parsed;
    }

    QStringList strings(const QString &key, bool required = true) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(key, Text::tr("is missing"));
            return {};
        }
        if (!value.isArray()) {
            fail(key, Text::tr("must be a list of strings"));
            return {};
        }
        QStringList result;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                fail(key + QStringLiteral("[%1]").arg(i), Text::tr("must be a string"));
                return {};
            }
            result << array.at(i).toString();
        }
        return result;
    }

    Context context(const QString &key) const
    {
        const QString id = string(key);
        const auto context = contextFromId(id);
        if (!id.isEmpty() && !context)
            fail(key, Text::tr("must be one of mac, droplet, github-ui (found \"%1\")").arg(id));
        return context.value_or(Context::Mac);
    }

    FieldReader object(const QString &key, bool required = true) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(key, Text::tr("is missing"));
        }
        else if (!value.isObject())
            fail(key, Text::tr("must be an object"));
        return FieldReader(value.toObject(), field(key), m_error);
    }

    QStringList keys() const { return m_object.keys(); }

    QList<FieldReader> objects(const QString &key) const
    {
        QList<FieldReader> result;
        const QJsonValue value = m_object.value(key);
        if (!value.isArray()) {
            fail(key, value.isUndefined() ? Text::tr("is missing") : Text::tr("must be a list"));
            return result;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = field(key) + QStringLiteral("[%1]").arg(i);
            if (!array.at(i).isObject()) {
                if (m_error->isEmpty())
                    *m_error = itemPath + QStringLiteral(": ") + Text::tr("must be an object");
                return {};
            }
            result.append(FieldReader(array.at(i).toObject(), itemPath, m_error));
        }
        return result;
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

const QRegularExpression &identifierPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    return pattern;
}

const QRegularExpression &imagePattern()
{
    // registry/namespace/name, lowercase as OCI requires
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9.-]+(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)+$"));
    return pattern;
}

const QRegularExpression &absolutePathPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^/[A-Za-z0-9._/-]*$"));
    return pattern;
}

const QRegularExpression &relativePathPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$"));
    return pattern;
}

const QRegularExpression &commandWordPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._/:=-]+$"));
    return pattern;
}

const QRegularExpression &fileNamePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]+$"));
    return pattern;
}

const QRegularExpression &originPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9@:/._~+-]+$"));
    return pattern;
}

void requireMatch(const FieldReader &reader, const QString &key, const QString &value,
                  const QRegularExpression &pattern, const QString &what)
{
    if (reader.ok() && !pattern.match(value).hasMatch())
        reader.fail(key, what);
}

WorkflowRef readWorkflow(const FieldReader &reader)
{
    WorkflowRef workflow;
    workflow.name = reader.string(QStringLiteral("name"));
    workflow.file = reader.string(QStringLiteral("file"));
    requireMatch(reader, QStringLiteral("file"), workflow.file, fileNamePattern(),
                 Text::tr("must be a workflow file name such as deploy.yml"));
    workflow.manualOnly = reader.boolean(QStringLiteral("manualOnly"), true);
    workflow.shaInput = reader.string(QStringLiteral("shaInput"), false);
    return workflow;
}

CommandBlock readBlock(const FieldReader &reader)
{
    CommandBlock block;
    block.title = reader.string(QStringLiteral("title"));
    block.context = reader.context(QStringLiteral("context"));
    block.displayOnly = reader.boolean(QStringLiteral("displayOnly"), false);
    block.warning = reader.string(QStringLiteral("warning"), false);
    if (block.context == Context::GitHubUi) {
        block.githubPage = reader.string(QStringLiteral("githubPage"));
        block.uiSteps = reader.strings(QStringLiteral("steps"), false);
        if (reader.ok() && block.githubPage.contains(QLatin1String("..")))
            reader.fail(QStringLiteral("githubPage"), Text::tr("must be a path below the repository"));
    } else {
        block.code = reader.string(QStringLiteral("code"));
    }
    return block;
}

Checklist readChecklist(const FieldReader &reader)
{
    Checklist checklist;
    checklist.id = reader.string(QStringLiteral("id"));
    requireMatch(reader, QStringLiteral("id"), checklist.id, identifierPattern(),
                 Text::tr("may hold only letters, digits, '.', '_' and '-'"));
    checklist.title = reader.string(QStringLiteral("title"));
    checklist.section = reader.string(QStringLiteral("section"), false);
    checklist.requiredForDeploy = reader.boolean(QStringLiteral("requiredForDeploy"), false);
    for (const FieldReader &itemReader : reader.objects(QStringLiteral("items"))) {
        ChecklistItem item;
        item.id = itemReader.string(QStringLiteral("id"));
        requireMatch(itemReader, QStringLiteral("id"), item.id, identifierPattern(),
                     Text::tr("may hold only letters, digits, '.', '_' and '-'"));
        item.text = itemReader.string(QStringLiteral("text"));
        const QString kind = itemReader.string(QStringLiteral("kind"));
        if (kind == QLatin1String("automatic"))
            item.kind = ChecklistItemKind::Automatic;
        else if (kind == QLatin1String("manual"))
            item.kind = ChecklistItemKind::Manual;
        else if (itemReader.ok())
            itemReader.fail(QStringLiteral("kind"), Text::tr("must be \"manual\" or \"automatic\""));
        item.context = itemReader.context(QStringLiteral("context"));
        item.probe = itemReader.string(QStringLiteral("probe"), item.kind == ChecklistItemKind::Automatic);
        checklist.items.append(item);
    }
    return checklist;
}

void readGithub(const FieldReader &reader, Profile &profile)
{
    profile.github.apiBaseUrl = reader.url(QStringLiteral("apiBaseUrl"));
    profile.github.webBaseUrl = reader.url(QStringLiteral("webBaseUrl"));
    profile.github.owner = reader.string(QStringLiteral("owner"));
    requireMatch(reader, QStringLiteral("owner"), profile.github.owner, identifierPattern(),
                 Text::tr("must be a GitHub user or organisation name"));
    profile.github.repo = reader.string(QStringLiteral("repo"));
    requireMatch(reader, QStringLiteral("repo"), profile.github.repo, identifierPattern(),
                 Text::tr("must be a GitHub repository name"));
    profile.github.branch = reader.string(QStringLiteral("branch"));
    requireMatch(reader, QStringLiteral("branch"), profile.github.branch, identifierPattern(),
                 Text::tr("must be a plain branch name"));
    profile.github.deployWorkflow = readWorkflow(reader.object(QStringLiteral("deployWorkflow")));
    profile.github.ciWorkflow = readWorkflow(reader.object(QStringLiteral("ciWorkflow")));
    profile.github.requiredSecrets = reader.strings(QStringLiteral("requiredSecrets"));
}

void readImages(const FieldReader &reader, Profile &profile)
{
    profile.images.apiBaseUrl = reader.url(QStringLiteral("registryApiBaseUrl"));
    profile.images.backendImage = reader.string(QStringLiteral("backend"));
    requireMatch(reader, QStringLiteral("backend"), profile.images.backendImage, imagePattern(),
                 Text::tr("must be a lowercase image name such as ghcr.io/owner/name"));
    profile.images.frontendImage = reader.string(QStringLiteral("frontend"));
    requireMatch(reader, QStringLiteral("frontend"), profile.images.frontendImage, imagePattern(),
                 Text::tr("must be a lowercase image name such as ghcr.io/owner/name"));
    profile.images.workerImage = reader.string(QStringLiteral("worker"));
    if (reader.ok() && profile.images.workerImage != QLatin1String("backend")
        && profile.images.workerImage != QLatin1String("frontend")) {
        reader.fail(QStringLiteral("worker"), Text::tr("must be \"backend\" or \"frontend\""));
    }
    profile.images.tagFormat = reader.string(QStringLiteral("tagFormat"));
    static const QRegularExpression tagPattern(
        QStringLiteral("^[A-Za-z0-9_.-]*\\{(sha|short_sha)\\}[A-Za-z0-9_.-]*$"));
    requireMatch(reader, QStringLiteral("tagFormat"), profile.images.tagFormat, tagPattern,
                 Text::tr("must contain {sha} or {short_sha} once, with only letters, digits, '.', '_' or '-' around it"));
}

void readDroplet(const FieldReader &reader, Profile &profile)
{
    auto &droplet = profile.droplet;
    droplet.appDir = reader.string(QStringLiteral("appDir"));
    requireMatch(reader, QStringLiteral("appDir"), droplet.appDir, absolutePathPattern(),
                 Text::tr("must be an absolute path of letters, digits, '.', '_', '-' and '/'"));
    droplet.composeFile = reader.string(QStringLiteral("composeFile"));
    requireMatch(reader, QStringLiteral("composeFile"), droplet.composeFile, fileNamePattern(), Text::tr("must be a file name"));
    droplet.envFile = reader.string(QStringLiteral("envFile"));
    requireMatch(reader, QStringLiteral("envFile"), droplet.envFile, fileNamePattern(), Text::tr("must be a file name"));
    droplet.envExampleFile = reader.string(QStringLiteral("envExampleFile"));
    requireMatch(reader, QStringLiteral("envExampleFile"), droplet.envExampleFile, fileNamePattern(),
                 Text::tr("must be a file name"));
    droplet.services = reader.strings(QStringLiteral("services"));
    for (qsizetype i = 0; reader.ok() && i < droplet.services.size(); ++i) {
        requireMatch(reader, QStringLiteral("services[%1]").arg(i), droplet.services.at(i), identifierPattern(),
                     Text::tr("must be a compose service name"));
    }
    droplet.lockDir = reader.string(QStringLiteral("lockDir"));
    requireMatch(reader, QStringLiteral("lockDir"), droplet.lockDir, absolutePathPattern(),
                 Text::tr("must be an absolute path of letters, digits, '.', '_', '-' and '/'"));
    if (reader.ok() && (droplet.lockDir == droplet.appDir
                        || droplet.lockDir.startsWith(droplet.appDir + QLatin1Char('/')))) {
        reader.fail(QStringLiteral("lockDir"), Text::tr("must be outside the app directory (the git work tree)"));
    }
    droplet.origin = reader.string(QStringLiteral("origin"), false);
    if (!droplet.origin.isEmpty())
        requireMatch(reader, QStringLiteral("origin"), droplet.origin, originPattern(),
                     Text::tr("must be a git URL or path without spaces or quotes"));
    droplet.minFreeDiskMb = reader.integer(QStringLiteral("minFreeDiskMb"), 2048, 0, 1024 * 1024);
    const QString migrations = reader.string(QStringLiteral("migrationsDir"), false);
    if (!migrations.isEmpty())
        droplet.migrationsDir = migrations;
    requireMatch(reader, QStringLiteral("migrationsDir"), droplet.migrationsDir, relativePathPattern(),
                 Text::tr("must be a path inside the repository (letters, digits, '.', '_', '-', '/'; no '..')"));
    droplet.liveRevisionCommand = reader.string(QStringLiteral("liveRevisionCommand"), false)
                                      .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : std::as_const(droplet.liveRevisionCommand))
        requireMatch(reader, QStringLiteral("liveRevisionCommand"), word, commandWordPattern(),
                     Text::tr("must be plain words (letters, digits and . _ - / : =)"));
}

void readHealth(const FieldReader &reader, Profile &profile)
{
    auto &health = profile.health;
    health.backendLiveUrl = reader.url(QStringLiteral("backendLiveUrl")).toString();
    health.backendReadyUrl = reader.url(QStringLiteral("backendReadyUrl")).toString();
    health.frontendPort = reader.integer(QStringLiteral("frontendPort"), 3000, 1, 65535);
    health.workerIngestionPattern = reader.string(QStringLiteral("workerIngestionPattern"));
    if (reader.ok() && !QRegularExpression(health.workerIngestionPattern).isValid())
        reader.fail(QStringLiteral("workerIngestionPattern"), Text::tr("must be a valid regular expression"));
    health.pollIntervalSeconds = reader.integer(QStringLiteral("pollIntervalSeconds"), 5, 1, 3600);
    health.watchWindowSeconds = reader.integer(QStringLiteral("watchWindowSeconds"), 900, 1, 24 * 3600);
}

void readLocal(const FieldReader &reader, Profile &profile)
{
    auto &local = profile.local;
    local.projectDir = reader.string(QStringLiteral("projectDir"));
    local.composeFile = reader.string(QStringLiteral("composeFile"));
    local.envFile = reader.string(QStringLiteral("envFile"));
    local.backendUrl = reader.url(QStringLiteral("backendUrl"));
    local.readyPath = reader.string(QStringLiteral("readyPath"));
    local.stripeWebhookPath = reader.string(QStringLiteral("stripeWebhookPath"));
}

void readTiming(const FieldReader &reader, Profile &profile)
{
    auto &timing = profile.timing;
    timing.sshConnectSeconds = reader.integer(QStringLiteral("sshConnectSeconds"), 15, 1, 600);
    timing.stepSeconds = reader.integer(QStringLiteral("stepSeconds"), 600, 1, 24 * 3600);
    timing.imageWaitSeconds = reader.integer(QStringLiteral("imageWaitSeconds"), 1800, 1, 24 * 3600);
    timing.imagePollSeconds = reader.integer(QStringLiteral("imagePollSeconds"), 20, 1, 3600);
    timing.httpSeconds = reader.integer(QStringLiteral("httpSeconds"), 10, 1, 600);
    timing.keychainSeconds = reader.integer(QStringLiteral("keychainSeconds"), 10, 1, 600);
    timing.runPollSeconds = reader.integer(QStringLiteral("runPollSeconds"), 5, 1, 600);
    timing.gateSnapshotSeconds = reader.integer(QStringLiteral("gateSnapshotSeconds"), 60, 0, 3600);
    timing.announceSeconds = reader.integer(QStringLiteral("announceSeconds"), 5, 1, 60);
    timing.reattachSeconds = reader.integer(QStringLiteral("reattachSeconds"), 300, 1, 24 * 3600);
    timing.runFindSeconds = reader.integer(QStringLiteral("runFindSeconds"), 60, 1, 3600);
    timing.bootSeconds = reader.integer(QStringLiteral("bootSeconds"), 60, 0, 3600);
    timing.keepaliveSeconds = reader.integer(QStringLiteral("keepaliveSeconds"), 15, 1, 600);
    timing.credentialRotationDays = reader.integer(QStringLiteral("credentialRotationDays"), 90, 1, 3650);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject workflowToJson(const WorkflowRef &workflow)
{
    QJsonObject object{{QStringLiteral("name"), workflow.name},
                       {QStringLiteral("file"), workflow.file},
                       {QStringLiteral("manualOnly"), workflow.manualOnly}};
    if (!workflow.shaInput.isEmpty())
        object.insert(QStringLiteral("shaInput"), workflow.shaInput);
    return object;
}

QJsonObject blockToJson(const CommandBlock &block)
{
    QJsonObject object{{QStringLiteral("title"), block.title},
                       {QStringLiteral("context"), contextId(block.context)}};
    if (block.context == Context::GitHubUi) {
        object.insert(QStringLiteral("githubPage"), block.githubPage);
        if (!block.uiSteps.isEmpty())
            object.insert(QStringLiteral("steps"), toArray(block.uiSteps));
    } else {
        object.insert(QStringLiteral("code"), block.code);
    }
    if (block.displayOnly)
        object.insert(QStringLiteral("displayOnly"), true);
    if (!block.warning.isEmpty())
        object.insert(QStringLiteral("warning"), block.warning);
    return object;
}

QJsonObject checklistToJson(const Checklist &checklist)
{
    QJsonArray items;
    for (const ChecklistItem &item : checklist.items) {
        QJsonObject object{{QStringLiteral("id"), item.id},
                           {QStringLiteral("text"), item.text},
                           {QStringLiteral("kind"), item.kind == ChecklistItemKind::Automatic
                                                        ? QStringLiteral("automatic") : QStringLiteral("manual")},
                           {QStringLiteral("context"), contextId(item.context)}};
        if (!item.probe.isEmpty())
            object.insert(QStringLiteral("probe"), item.probe);
        items.append(object);
    }
    return {{QStringLiteral("id"), checklist.id},
            {QStringLiteral("title"), checklist.title},
            {QStringLiteral("section"), checklist.section},
            {QStringLiteral("requiredForDeploy"), checklist.requiredForDeploy},
            {QStringLiteral("items"), items}};
}

QString optionalUrl(const FieldReader &reader, const QString &key)
{
    return reader.string(key, false).isEmpty() ? QString() : reader.url(key).toString();
}

ProductPlace readPlace(const FieldReader &reader)
{
    ProductPlace place;
    const QString pathRule = Text::tr("must be an absolute path of letters, digits, '.', '_', '-' and '/'");
    place.appDir = reader.string(QStringLiteral("appDir"), false);
    if (!place.appDir.isEmpty())
        requireMatch(reader, QStringLiteral("appDir"), place.appDir, absolutePathPattern(), pathRule);
    place.lockDir = reader.string(QStringLiteral("lockDir"), false);
    if (!place.lockDir.isEmpty())
        requireMatch(reader, QStringLiteral("lockDir"), place.lockDir, absolutePathPattern(), pathRule);
    place.backendLiveUrl = optionalUrl(reader, QStringLiteral("backendLiveUrl"));
    place.backendReadyUrl = optionalUrl(reader, QStringLiteral("backendReadyUrl"));
    place.frontendPort = reader.integer(QStringLiteral("frontendPort"), 0, 1, 65535);
    if (reader.ok() && !place.appDir.isEmpty() && (place.lockDir == place.appDir || place.lockDir.startsWith(place.appDir + QLatin1Char('/'))))
        reader.fail(QStringLiteral("lockDir"), Text::tr("must be outside the app directory (the git work tree)"));
    return place;
}

QJsonObject placeToJson(const ProductPlace &place)
{
    QJsonObject object;
    const auto put = [&object](const char *key, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    put("appDir", place.appDir);
    put("lockDir", place.lockDir);
    put("backendLiveUrl", place.backendLiveUrl);
    put("backendReadyUrl", place.backendReadyUrl);
    if (place.frontendPort > 0)
        object.insert(QStringLiteral("frontendPort"), place.frontendPort);
    return object;
}

Environment readEnvironment(const FieldReader &reader)
{
    Environment environment;
    environment.name = reader.string(QStringLiteral("name"));
    requireMatch(reader, QStringLiteral("name"), environment.name, identifierPattern(),
                 Text::tr("may hold only letters, digits, '.', '_' and '-'"));
    environment.role = reader.string(QStringLiteral("role"));
    if (reader.ok() && !environmentRoleIds().contains(environment.role))
        reader.fail(QStringLiteral("role"), Text::tr("must be one of %1 (found \"%2\")")
                                                 .arg(environmentRoleIds().join(QStringLiteral(", ")), environment.role));
    environment.colour = reader.string(QStringLiteral("colour"), false);
    if (reader.ok() && !validateRoleColour(environment.colour).isEmpty())
        reader.fail(QStringLiteral("colour"), validateRoleColour(environment.colour));
    environment.hosts = reader.strings(QStringLiteral("hosts"));
    for (const QString &host : std::as_const(environment.hosts))
        requireMatch(reader, QStringLiteral("hosts"), host, identifierPattern(), Text::tr("must hold host names as `stratumctl host add` takes them"));
    if (reader.ok() && environment.hosts.removeDuplicates() > 0)
        reader.fail(QStringLiteral("hosts"), Text::tr("names a host twice"));
    const QString engine = reader.string(QStringLiteral("engine"), false);
    if (engine == QLatin1String("swarm"))
        environment.engine = Environment::Engine::Swarm;
    else if (reader.ok() && !engine.isEmpty() && engine != QLatin1String("compose"))
        reader.fail(QStringLiteral("engine"), Text::tr("must be compose or swarm (found \"%1\")").arg(engine));
    // A swarm is reached on a manager node the profile names: "the first host set up" could be any droplet.
    if (reader.ok() && environment.engine == Environment::Engine::Swarm && environment.hosts.isEmpty())
        reader.fail(QStringLiteral("hosts"), Text::tr("a swarm environment names its manager host"));
    environment.place = readPlace(reader.object(QStringLiteral("place"), false));
    // Its own place is on the droplets it names: "the first host set up" is production's.
    if (reader.ok() && !environment.place.isEmpty() && environment.hosts.isEmpty())
        reader.fail(QStringLiteral("hosts"), Text::tr("an environment with a place of its own names its hosts"));
    const FieldReader hostPlaces = reader.object(QStringLiteral("hostPlaces"), false);
    for (const QString &host : hostPlaces.keys()) {
        if (reader.ok() && !environment.hosts.contains(host))
            hostPlaces.fail(host, Text::tr("is not one of the environment's hosts"));
        environment.hostPlaces.insert(host, readPlace(hostPlaces.object(host)));
    }
    return environment;
}

// Schema 1 knew one droplet: it is the production environment, on the first host set up.
QList<Environment> schemaOneEnvironments()
{
    return {Environment{QStringLiteral("production"), QStringLiteral("production"), {}, {}, Environment::Engine::Compose, {}, {}}};
}

void readEnvironments(const FieldReader &root, int schema, Profile &profile)
{
    if (schema < 2) {
        profile.environments = schemaOneEnvironments();
        return;
    }
    QStringList names;
    QStringList hostsSeen;
    bool hasStaging = false;
    for (const FieldReader &reader : root.objects(QStringLiteral("environments"))) {
        Environment environment = readEnvironment(reader);
        if (reader.ok() && names.contains(environment.name))
            reader.fail(QStringLiteral("name"), Text::tr("\"%1\" is used twice").arg(environment.name));
        for (const QString &host : std::as_const(environment.hosts)) {
            if (reader.ok() && hostsSeen.contains(host))
                reader.fail(QStringLiteral("hosts"), Text::tr("\"%1\" belongs to another environment already").arg(host));
            hostsSeen << host;
        }
        names << environment.name;
        hasStaging = hasStaging || environment.role == QLatin1String("staging");
        profile.environments.append(environment);
    }
    if (root.ok() && profile.environments.isEmpty())
        root.fail(QStringLiteral("environments"), Text::tr("must hold at least one environment"));
    const FieldReader promotion(root.object(QStringLiteral("promotion"), false));
    profile.promotionRequiresStaging = promotion.boolean(QStringLiteral("requireStagingSmoke"), hasStaging);
    if (root.ok() && profile.promotionRequiresStaging && !hasStaging)
        promotion.fail(QStringLiteral("requireStagingSmoke"), Text::tr("needs an environment whose role is staging"));
}

QJsonObject environmentsToJson(const Profile &profile)
{
    QJsonArray environments;
    bool hasStaging = false;
    for (const Environment &environment : profile.environments) {
        hasStaging = hasStaging || environment.role == QLatin1String("staging");
        QJsonObject object{{QStringLiteral("name"), environment.name},
                           {QStringLiteral("role"), environment.role},
                           {QStringLiteral("hosts"), toArray(environment.hosts)},
                           {QStringLiteral("engine"), engineId(environment.engine)}};
        if (!environment.colour.isEmpty())
            object.insert(QStringLiteral("colour"), environment.colour);
        if (!environment.place.isEmpty())
            object.insert(QStringLiteral("place"), placeToJson(environment.place));
        QJsonObject hostPlaces;
        for (auto host = environment.hostPlaces.cbegin(); host != environment.hostPlaces.cend(); ++host)
            hostPlaces.insert(host.key(), placeToJson(host.value()));
        if (!hostPlaces.isEmpty())
            object.insert(QStringLiteral("hostPlaces"), hostPlaces);
        environments.append(object);
    }
    QJsonObject written{{QStringLiteral("environments"), environments}};
    // Written only when it is not the default, so that adding staging to an exported profile turns it on.
    if (profile.promotionRequiresStaging != hasStaging)
        written.insert(QStringLiteral("promotion"), QJsonObject{{QStringLiteral("requireStagingSmoke"), profile.promotionRequiresStaging}});
    return written;
}

} // namespace

QString contextId(Context context)
{
    switch (context) {
    case Context::Mac: return QStringLiteral("mac");
    case Context::Droplet: return QStringLiteral("droplet");
    case Context::GitHubUi: return QStringLiteral("github-ui");
    }
    return {};
}

QString contextLabel(Context context)
{
    switch (context) {
    case Context::Mac: return QStringLiteral("[Mac]");
    case Context::Droplet: return QStringLiteral("[Droplet]");
    case Context::GitHubUi: return QStringLiteral("[GitHub UI]");
    }
    return {};
}

std::optional<Context> contextFromId(const QString &id)
{
    for (Context context : {Context::Mac, Context::Droplet, Context::GitHubUi}) {
        if (contextId(context) == id)
            return context;
    }
    return std::nullopt;
}

QString Profile::imageTag(const QString &fullSha) const
{
    QString tag = images.tagFormat;
    tag.replace(QLatin1String("{short_sha}"), fullSha.left(7));
    tag.replace(QLatin1String("{sha}"), fullSha);
    return tag;
}

bool Profile::isExpectedOrigin(const QString &url) const
{
    auto bare = [](QString u) {
        while (u.endsWith(QLatin1Char('/')))
            u.chop(1);
        if (u.endsWith(QLatin1String(".git")))
            u.chop(4);
        return u;
    };
    const QString given = bare(url.trimmed());
    if (!droplet.origin.isEmpty())
        return given == bare(droplet.origin);
    const QString path = github.owner + QLatin1Char('/') + github.repo;
    for (const QString &form : {QStringLiteral("https://github.com/"), QStringLiteral("git@github.com:"),
                                QStringLiteral("ssh://git@github.com/"), QStringLiteral("https://x-access-token@github.com/")}) {
        if (given.compare(form + path, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString Profile::expectedOriginText() const
{
    return droplet.origin.isEmpty() ? QStringLiteral("github.com/%1/%2").arg(github.owner, github.repo) : droplet.origin;
}

QString Profile::githubApiRepoPath() const
{
    return QStringLiteral("/repos/%1/%2").arg(github.owner, github.repo);
}

QString Profile::backendImageRef(const QString &fullSha) const
{
    return images.backendImage + QLatin1Char(':') + imageTag(fullSha);
}

QString Profile::frontendImageRef(const QString &fullSha) const
{
    return images.frontendImage + QLatin1Char(':') + imageTag(fullSha);
}

QUrl Profile::githubRepoPage(const QString &page) const
{
    QUrl url = github.webBaseUrl;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    path += github.owner + QLatin1Char('/') + github.repo;
    if (!page.isEmpty())
        path += QLatin1Char('/') + page;
    url.setPath(path);
    return url;
}

const CommandPack *Profile::pack(const QString &packId) const
{
    for (const CommandPack &candidate : commandPacks) {
        if (candidate.id == packId)
            return &candidate;
    }
    return nullptr;
}

Environment::Engine Profile::engineOfHost(const QString &hostName) const
{
    for (const Environment &candidate : environments) {
        if (candidate.hosts.contains(hostName))
            return candidate.engine;
    }
    return Environment::Engine::Compose;
}

bool ProductPlace::isEmpty() const
{
    return appDir.isEmpty() && lockDir.isEmpty() && backendLiveUrl.isEmpty() && backendReadyUrl.isEmpty() && frontendPort == 0;
}

namespace {

void overlay(ProductPlace &place, const ProductPlace &own)
{
    place.appDir = own.appDir.isEmpty() ? place.appDir : own.appDir;
    place.lockDir = own.lockDir.isEmpty() ? place.lockDir : own.lockDir;
    place.backendLiveUrl = own.backendLiveUrl.isEmpty() ? place.backendLiveUrl : own.backendLiveUrl;
    place.backendReadyUrl = own.backendReadyUrl.isEmpty() ? place.backendReadyUrl : own.backendReadyUrl;
    place.frontendPort = own.frontendPort > 0 ? own.frontendPort : place.frontendPort;
}

} // namespace

ProductPlace Profile::placeOfHost(const QString &hostName) const
{
    ProductPlace place{droplet.appDir, droplet.lockDir, health.backendLiveUrl, health.backendReadyUrl, health.frontendPort};
    for (const Environment &candidate : environments) {
        if (hostName.isEmpty() || !candidate.hosts.contains(hostName))
            continue;
        overlay(place, candidate.place);
        overlay(place, candidate.hostPlaces.value(hostName));
    }
    return place;
}

const Environment *Profile::environment(const QString &environmentName) const
{
    for (const Environment &candidate : environments) {
        if (candidate.name == environmentName)
            return &candidate;
    }
    return nullptr;
}

QString engineId(Environment::Engine engine)
{
    return engine == Environment::Engine::Swarm ? QStringLiteral("swarm") : QStringLiteral("compose");
}

QStringList environmentRoleIds()
{
    return hostRoleIds();
}

const Checklist *Profile::checklist(const QString &checklistId) const
{
    for (const Checklist &candidate : checklists) {
        if (candidate.id == checklistId)
            return &candidate;
    }
    return nullptr;
}

ProfileLoadResult parseProfile(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return {std::nullopt, Text::tr("not valid JSON at offset %1: %2")
                                  .arg(parseError.offset).arg(parseError.errorString())};
    }
    if (!document.isObject())
        return {std::nullopt, Text::tr("the profile must be a JSON object")};

    QString error;
    const FieldReader root(document.object(), QString(), &error);
    const int schema = root.integer(QStringLiteral("schema"), -1, 0, 1000);
    if (root.ok() && schema == -1)
        root.fail(QStringLiteral("schema"), Text::tr("is missing"));
    else if (root.ok() && (schema < Profile::oldestSchemaVersion || schema > Profile::schemaVersion))
        root.fail(QStringLiteral("schema"), Text::tr("version %1 is not supported (this build reads versions %2 to %3)")
                                                .arg(schema).arg(Profile::oldestSchemaVersion).arg(Profile::schemaVersion));
    if (!error.isEmpty())
        return {std::nullopt, error};

    Profile profile;
    profile.id = root.string(QStringLiteral("id"));
    requireMatch(root, QStringLiteral("id"), profile.id, identifierPattern(),
                 Text::tr("may hold only letters, digits, '.', '_' and '-'"));
    profile.name = root.string(QStringLiteral("name"));
    readGithub(root.object(QStringLiteral("github")), profile);
    readImages(root.object(QStringLiteral("images")), profile);
    readDroplet(root.object(QStringLiteral("droplet")), profile);
    readHealth(root.object(QStringLiteral("health")), profile);
    readLocal(root.object(QStringLiteral("local")), profile);
    readTiming(root.object(QStringLiteral("timing")), profile);
    const FieldReader env = root.object(QStringLiteral("env"));
    profile.env.required = env.strings(QStringLiteral("required"));
    profile.env.recommended = env.strings(QStringLiteral("recommended"), false);

    QStringList packIds;
    for (const FieldReader &packReader : root.objects(QStringLiteral("commandPacks"))) {
        CommandPack pack;
        pack.id = packReader.string(QStringLiteral("id"));
        if (packReader.ok() && packIds.contains(pack.id))
            packReader.fail(QStringLiteral("id"), Text::tr("\"%1\" is used twice").arg(pack.id));
        packIds << pack.id;
        pack.title = packReader.string(QStringLiteral("title"));
        pack.summary = packReader.string(QStringLiteral("summary"), false);
        for (const FieldReader &blockReader : packReader.objects(QStringLiteral("blocks")))
            pack.blocks.append(readBlock(blockReader));
        if (packReader.ok() && pack.blocks.isEmpty())
            packReader.fail(QStringLiteral("blocks"), Text::tr("must hold at least one block"));
        profile.commandPacks.append(pack);
    }
    QStringList checklistIds;
    for (const FieldReader &checklistReader : root.objects(QStringLiteral("checklists"))) {
        Checklist checklist = readChecklist(checklistReader);
        if (checklistReader.ok() && checklistIds.contains(checklist.id))
            checklistReader.fail(QStringLiteral("id"), Text::tr("\"%1\" is used twice").arg(checklist.id));
        checklistIds << checklist.id;
        profile.checklists.append(checklist);
    }
    readEnvironments(root, schema, profile);

    if (!error.isEmpty()) {
        qCDebug(lcProfile) << "profile rejected:" << error;
        return {std::nullopt, error};
    }
    return {std::move(profile), QString()};
}

ProfileLoadResult loadProfileFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, Text::tr("cannot read %1: %2").arg(path, file.errorString())};
    ProfileLoadResult result = parseProfile(file.readAll());
    if (!result)
        result.error = path + QStringLiteral(": ") + result.error;
    return result;
}

ProfileLoadResult defaultProfile()
{
    QFile file(QStringLiteral(":/stratum/profiles/stratum-sports.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, Text::tr("the built-in profile is missing from this build")};
    return parseProfile(file.readAll());
}

QByteArray profileToJson(const Profile &profile)
{
    QJsonArray packs;
    for (const CommandPack &pack : profile.commandPacks) {
        QJsonArray blocks;
        for (const CommandBlock &block : pack.blocks)
            blocks.append(blockToJson(block));
        QJsonObject object{{QStringLiteral("id"), pack.id},
                           {QStringLiteral("title"), pack.title},
                           {QStringLiteral("blocks"), blocks}};
        if (!pack.summary.isEmpty())
            object.insert(QStringLiteral("summary"), pack.summary);
        packs.append(object);
    }
    QJsonArray checklists;
    for (const Checklist &checklist : profile.checklists)
        checklists.append(checklistToJson(checklist));

    const QJsonObject root{
        {QStringLiteral("schema"), Profile::schemaVersion},
        {QStringLiteral("id"), profile.id},
        {QStringLiteral("name"), profile.name},
        {QStringLiteral("github"), QJsonObject{
             {QStringLiteral("apiBaseUrl"), profile.github.apiBaseUrl.toString()},
             {QStringLiteral("webBaseUrl"), profile.github.webBaseUrl.toString()},
             {QStringLiteral("owner"), profile.github.owner},
             {QStringLiteral("repo"), profile.github.repo},
             {QStringLiteral("branch"), profile.github.branch},
             {QStringLiteral("deployWorkflow"), workflowToJson(profile.github.deployWorkflow)},
             {QStringLiteral("ciWorkflow"), workflowToJson(profile.github.ciWorkflow)},
             {QStringLiteral("requiredSecrets"), toArray(profile.github.requiredSecrets)}}},
        {QStringLiteral("images"), QJsonObject{
             {QStringLiteral("registryApiBaseUrl"), profile.images.apiBaseUrl.toString()},
             {QStringLiteral("backend"), profile.images.backendImage},
             {QStringLiteral("frontend"), profile.images.frontendImage},
             {QStringLiteral("worker"), profile.images.workerImage},
             {QStringLiteral("tagFormat"), profile.images.tagFormat}}},
        {QStringLiteral("droplet"), QJsonObject{
             {QStringLiteral("appDir"), profile.droplet.appDir},
             {QStringLiteral("composeFile"), profile.droplet.composeFile},
             {QStringLiteral("envFile"), profile.droplet.envFile},
             {QStringLiteral("envExampleFile"), profile.droplet.envExampleFile},
             {QStringLiteral("services"), toArray(profile.droplet.services)},
             {QStringLiteral("lockDir"), profile.droplet.lockDir},
             {QStringLiteral("origin"), profile.droplet.origin},
             {QStringLiteral("minFreeDiskMb"), profile.droplet.minFreeDiskMb},
             {QStringLiteral("migrationsDir"), profile.droplet.migrationsDir},
             {QStringLiteral("liveRevisionCommand"), profile.droplet.liveRevisionCommand.join(QLatin1Char(' '))}}},
        {QStringLiteral("health"), QJsonObject{
             {QStringLiteral("backendLiveUrl"), profile.health.backendLiveUrl},
             {QStringLiteral("backendReadyUrl"), profile.health.backendReadyUrl},
             {QStringLiteral("frontendPort"), profile.health.frontendPort},
             {QStringLiteral("workerIngestionPattern"), profile.health.workerIngestionPattern},
             {QStringLiteral("pollIntervalSeconds"), profile.health.pollIntervalSeconds},
             {QStringLiteral("watchWindowSeconds"), profile.health.watchWindowSeconds}}},
        {QStringLiteral("local"), QJsonObject{
             {QStringLiteral("projectDir"), profile.local.projectDir},
             {QStringLiteral("composeFile"), profile.local.composeFile},
             {QStringLiteral("envFile"), profile.local.envFile},
             {QStringLiteral("backendUrl"), profile.local.backendUrl.toString()},
             {QStringLiteral("readyPath"), profile.local.readyPath},
             {QStringLiteral("stripeWebhookPath"), profile.local.stripeWebhookPath}}},
        {QStringLiteral("timing"), QJsonObject{
             {QStringLiteral("sshConnectSeconds"), profile.timing.sshConnectSeconds},
             {QStringLiteral("stepSeconds"), profile.timing.stepSeconds},
             {QStringLiteral("imageWaitSeconds"), profile.timing.imageWaitSeconds},
             {QStringLiteral("imagePollSeconds"), profile.timing.imagePollSeconds},
             {QStringLiteral("httpSeconds"), profile.timing.httpSeconds},
             {QStringLiteral("keychainSeconds"), profile.timing.keychainSeconds},
             {QStringLiteral("runPollSeconds"), profile.timing.runPollSeconds},
             {QStringLiteral("gateSnapshotSeconds"), profile.timing.gateSnapshotSeconds},
             {QStringLiteral("announceSeconds"), profile.timing.announceSeconds},
             {QStringLiteral("reattachSeconds"), profile.timing.reattachSeconds},
             {QStringLiteral("runFindSeconds"), profile.timing.runFindSeconds},
             {QStringLiteral("bootSeconds"), profile.timing.bootSeconds},
             {QStringLiteral("keepaliveSeconds"), profile.timing.keepaliveSeconds},
             {QStringLiteral("credentialRotationDays"), profile.timing.credentialRotationDays}}},
        {QStringLiteral("env"), QJsonObject{
             {QStringLiteral("required"), toArray(profile.env.required)},
             {QStringLiteral("recommended"), toArray(profile.env.recommended)}}},
        {QStringLiteral("commandPacks"), packs},
        {QStringLiteral("checklists"), checklists},
    };
    QJsonObject withEnvironments = root;
    const QJsonObject environments = environmentsToJson(profile);
    for (auto it = environments.begin(); it != environments.end(); ++it)
        withEnvironments.insert(it.key(), it.value());
    return QJsonDocument(withEnvironments).toJson(QJsonDocument::Indented);
}

} // namespace Stratum
