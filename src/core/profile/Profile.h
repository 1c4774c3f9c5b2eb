#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Stratum {

// Where a runbook step is carried out. The rule "a [Droplet] block never runs
// locally, a [Mac] block never over SSH" is built on this (see CommandPolicy).
enum class Context { Mac, Droplet, GitHubUi };

QString contextId(Context context);
QString contextLabel(Context context);   // "[Mac]", "[Droplet]", "[GitHub UI]"
std::optional<Context> contextFromId(const QString &id);

struct CommandBlock {
    QString title;
    Context context = Context::Mac;
    QString code;             // shell text for Mac/Droplet blocks
    QString githubPage;       // GitHub UI blocks: path below the repository page
    QStringList uiSteps;      // GitHub UI blocks: what to click
    bool displayOnly = false; // never runnable, e.g. reads a private key
    QString warning;
};

struct CommandPack {
    QString id;       // runbook section, e.g. "6"
    QString title;
    QString summary;
    QList<CommandBlock> blocks;
};

enum class ChecklistItemKind { Manual, Automatic };

struct ChecklistItem {
    QString id;
    QString text;
    ChecklistItemKind kind = ChecklistItemKind::Manual;
    Context context = Context::Mac;
    QString probe; // automatic items: the probe that decides it
};

struct Checklist {
    QString id;
    QString title;
    QString section;
    bool requiredForDeploy = false;
    QList<ChecklistItem> items;
};

struct WorkflowRef {
    QString name;
    QString file;
    bool manualOnly = true;
    QString shaInput; // workflow_dispatch input carrying the SHA; empty = none
};

// Where a droplet keeps the product and how it answers: the profile's droplet and health
// sections, unless its environment has a place of its own (a staging beside production on one
// droplet: its own clone, lock directory and ports).
struct ProductPlace {
    QString appDir;
    QString lockDir;
    QString backendLiveUrl;
    QString backendReadyUrl;
    int frontendPort = 0;

    bool isEmpty() const;
};

// Where a release runs: staging, production, … (profile schema 2). A schema-1 profile is one
// environment, "production", whose host is the droplet set up in the keychain, as before.
struct Environment {
    enum class Engine { Compose, Swarm };
    QString name;      // "staging", "production"
    QString role;      // production, staging or rehearsal (core/hosts reads it as a HostRole)
    QString colour;    // #RRGGBB; empty: the role's colour
    QStringList hosts; // keychain host names, in the order a rolling change takes them; empty: the first host set up
    Engine engine = Engine::Compose;
    ProductPlace place; // what it sets replaces the profile's; an environment with a place names its hosts
    // A host of the environment that keeps the product elsewhere (a droplet mid-migration, two
    // droplets sharing one machine): what its place sets replaces the environment's.
    QMap<QString, ProductPlace> hostPlaces;
};

QString engineId(Environment::Engine engine); // "compose", "swarm"
QStringList environmentRoleIds();            // what `role` may be

struct Profile {
    static constexpr int schemaVersion = 2;
    static constexpr int oldestSchemaVersion = 1; // read as one production environment

    QString id;
    QString name;

    struct {
        QUrl apiBaseUrl;
        QUrl webBaseUrl;
        QString owner;
        QString repo;
        QString branch;
        WorkflowRef deployWorkflow;
        WorkflowRef ciWorkflow;
        QStringList requiredSecrets;
    } github;

    struct {
        QUrl apiBaseUrl;
        QString backendImage;
        QString frontendImage;
        QString workerImage; // "backend" or "frontend": which image the worker runs
        QString tagFormat;   // "{sha}" or "{short_sha}", optionally with a prefix/suffix
    } images;

    struct {
        QString appDir;
        QString composeFile;
        QString envFile;
        QString envExampleFile;
        QStringList services;
        QString lockDir;
        // Where the droplet's clone must come from (remote.origin.url). Empty: the profile's
        // GitHub repository, over HTTPS or SSH.
        QString origin;
        int minFreeDiskMb = 2048; // a rollback's pull needs this much free on the droplet
        // Where the repository keeps its database migrations (a rollback that crosses one
        // leaves the database at the newer schema), relative to the repository root.
        QString migrationsDir = QStringLiteral("backend/alembic/versions");
        // Optional: a command run in the backend container that prints the live revision.
        QStringList liveRevisionCommand; // e.g. {"alembic", "current"}; empty: not read
    } droplet;

    struct {
        QString backendLiveUrl;  // inside the backend container
        QString backendReadyUrl;
        int frontendPort = 3000;
        QString workerIngestionPattern;
        int pollIntervalSeconds = 5;
        int watchWindowSeconds = 900;
    } health;

    struct {
        QString projectDir;
        QString composeFile;
        QString envFile;
        QUrl backendUrl;
        QString readyPath;
        QString stripeWebhookPath;
    } local;

    struct {
        int sshConnectSeconds = 15;
        int stepSeconds = 600;
        int imageWaitSeconds = 1800;
        int imagePollSeconds = 20;
        int httpSeconds = 10;
        int keychainSeconds = 10;
        int runPollSeconds = 5;
        int gateSnapshotSeconds = 60; // a confirmed plan's gates are checked again when older
        int announceSeconds = 5;      // one attempt to tell the team's webhook (three attempts at most)
        int reattachSeconds = 300;    // how long a change keeps reconnecting after the connection dropped
        int runFindSeconds = 60;      // how long a dispatch looks for the run it started
        int bootSeconds = 60;         // how long the backend may take to answer live and ready after compose up
        int keepaliveSeconds = 15;    // SSH keepalives asking for a reply; a droplet silent for three is gone
        int credentialRotationDays = 90; // runbook §8.2: a token or deploy key older than this is due
    } timing;

    struct {
        QStringList required;
        QStringList recommended;
    } env;

    QList<CommandPack> commandPacks;
    QList<Checklist> checklists;
    QList<Environment> environments; // at least one; schema 1: one production environment
    // A SHA goes to a production environment only after its smoke passed on staging (on by
    // default when the profile has a staging environment).
    bool promotionRequiresStaging = false;

    QString imageTag(const QString &fullSha) const;
    QString backendImageRef(const QString &fullSha) const;
    QString frontendImageRef(const QString &fullSha) const;
    QUrl githubRepoPage(const QString &page) const;
    // Whether a clone's remote.origin.url is the repository this profile deploys.
    bool isExpectedOrigin(const QString &url) const;
    QString expectedOriginText() const; // for messages: the URL, or github.com/OWNER/REPO
    QString githubApiRepoPath() const; // /repos/OWNER/REPO, what every REST path of the repository starts with

    const CommandPack *pack(const QString &packId) const;
    const Environment *environment(const QString &name) const;
    // How the droplet of that name runs the product: its environment's engine (a swarm names its
    // hosts); compose for a host no environment names, as before environments.
    Environment::Engine engineOfHost(const QString &hostName) const;
    // Where the droplet of that name keeps the product: every field filled, from its
    // environment's place where it has one (and the host's own within it), else from the droplet
    // and health sections.
    ProductPlace placeOfHost(const QString &hostName) const;
    const Checklist *checklist(const QString &checklistId) const;
};

struct ProfileLoadResult {
    std::optional<Profile> profile;
    QString error; // names the field, e.g. "commandPacks[2].blocks[0].context: …"
    explicit operator bool() const { return profile.has_value(); }
};

ProfileLoadResult parseProfile(const QByteArray &json);
ProfileLoadResult loadProfileFile(const QString &path);
ProfileLoadResult defaultProfile();
QByteArray profileToJson(const Profile &profile);

} // namespace Stratum
