#include "core/profile/Profile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Stratum;

class TestProfile : public QObject
{
    Q_OBJECT
private:
    static QJsonObject defaultJson()
    {
        const ProfileLoadResult loaded = defaultProfile();
        return QJsonDocument::fromJson(profileToJson(*loaded.profile)).object();
    }

    // Sets the value at a dotted path such as "commandPacks.2.blocks.0.context".
    static QJsonValue setPath(QJsonValue node, QStringList path, const QJsonValue &value)
    {
        if (path.isEmpty())
            return value;
        const QString key = path.takeFirst();
        bool isIndex = false;
        const int index = key.toInt(&isIndex);
        if (isIndex) {
            QJsonArray array = node.toArray();
            array[index] = setPath(array.at(index), path, value);
            return array;
        }
        QJsonObject object = node.toObject();
        if (path.isEmpty() && value.isUndefined())
            object.remove(key);
        else
            object[key] = setPath(object.value(key), path, value);
        return object;
    }

private Q_SLOTS:
    void defaultProfileIsTheRunbook()
    {
        const ProfileLoadResult loaded = defaultProfile();
        QVERIFY2(loaded, qPrintable(loaded.error));
        const Profile &profile = *loaded.profile;
        QCOMPARE(profile.github.owner, QStringLiteral("qualitymaterial"));
        QCOMPARE(profile.github.branch, QStringLiteral("main"));
        QCOMPARE(profile.github.deployWorkflow.name, QStringLiteral("Deploy to DigitalOcean"));
        QVERIFY(profile.github.deployWorkflow.manualOnly);
        QCOMPARE(profile.images.backendImage, QStringLiteral("ghcr.io/qualitymaterial/stratum-sports-backend"));
        QCOMPARE(profile.images.frontendImage, QStringLiteral("ghcr.io/qualitymaterial/stratum-sports-frontend"));
        QCOMPARE(profile.images.workerImage, QStringLiteral("backend"));
        QCOMPARE(profile.droplet.appDir, QStringLiteral("/opt/stratum-sports"));
        QCOMPARE(profile.droplet.composeFile, QStringLiteral("docker-compose.prod.yml"));
        QCOMPARE(profile.droplet.envFile, QStringLiteral(".env.production"));
        QCOMPARE(profile.droplet.services, QStringList({QStringLiteral("backend"), QStringLiteral("frontend"),
                                                        QStringLiteral("worker")}));
        QCOMPARE(profile.health.backendReadyUrl, QStringLiteral("http://localhost:8000/api/v1/health/ready"));
        QCOMPARE(profile.health.frontendPort, 3000);
        QCOMPARE(profile.local.stripeWebhookPath, QStringLiteral("/api/v1/billing/webhook"));
        QCOMPARE(profile.github.requiredSecrets.size(), 5);
        QVERIFY(profile.env.required.contains(QStringLiteral("JWT_SECRET")));

        const QStringList sections{QStringLiteral("0.1"), QStringLiteral("0.2"), QStringLiteral("1.1"),
                                   QStringLiteral("1.2"), QStringLiteral("1.3"), QStringLiteral("1.4"),
                                   QStringLiteral("3.1"), QStringLiteral("3.2"), QStringLiteral("4.1"),
                                   QStringLiteral("4.2"), QStringLiteral("6"), QStringLiteral("7"),
                                   QStringLiteral("9"), QStringLiteral("10.1"), QStringLiteral("10.2"),
                                   QStringLiteral("10.3")};
        for (const QString &section : sections)
            QVERIFY2(profile.pack(section), qPrintable(section));
        QCOMPARE(profile.pack(QStringLiteral("6"))->blocks.first().context, Context::Droplet);
        QVERIFY(profile.pack(QStringLiteral("6"))->blocks.first().code.contains(
            QLatin1String("up -d --no-build --remove-orphans")));
        QCOMPARE(profile.pack(QStringLiteral("3.1"))->blocks.first().context, Context::Mac);
        QCOMPARE(profile.pack(QStringLiteral("1.3"))->blocks.first().context, Context::GitHubUi);
        QVERIFY(profile.checklist(QStringLiteral("stripe-sandbox"))->requiredForDeploy);
        QCOMPARE(profile.checklist(QStringLiteral("stripe-sandbox"))->items.size(), 9);
        QCOMPARE(profile.checklist(QStringLiteral("post-deploy-smoke"))->items.size(), 6);
    }

    void roundTripKeepsEverything()
    {
        const ProfileLoadResult loaded = defaultProfile();
        const QByteArray once = profileToJson(*loaded.profile);
        const ProfileLoadResult again = parseProfile(once);
        QVERIFY2(again, qPrintable(again.error));
        QCOMPARE(profileToJson(*again.profile), once);
    }

    // The built-in profile is schema 1, as every profile before environments: it reads as one
    // production environment on the first host set up, with no promotion gate.
    void schemaOneIsOneProductionEnvironment()
    {
        QFile builtIn(QStringLiteral(":/stratum/profiles/stratum-sports.json"));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(builtIn.readAll()).object().value(QStringLiteral("schema")).toInt(), 1);
        const ProfileLoadResult loaded = defaultProfile();
        QVERIFY2(loaded, qPrintable(loaded.error));
        QCOMPARE(loaded.profile->environments.size(), 1);
        const Environment &production = loaded.profile->environments.first();
        QCOMPARE(production.name, QStringLiteral("production"));
        QCOMPARE(production.role, QStringLiteral("production"));
        QVERIFY(production.hosts.isEmpty());
        QCOMPARE(production.engine, Environment::Engine::Compose);
        QVERIFY(!loaded.profile->promotionRequiresStaging);
        QCOMPARE(loaded.profile->environment(QStringLiteral("production")), &production);
        QVERIFY(!loaded.profile->environment(QStringLiteral("staging")));
    }

    // Schema 2: staging before production, two production hosts in rolling order, Swarm.
    void environmentsAreRead()
    {
        QJsonObject root = defaultJson();
        root[QStringLiteral("environments")] = QJsonArray{
            QJsonObject{{QStringLiteral("name"), QStringLiteral("staging")}, {QStringLiteral("role"), QStringLiteral("staging")},
                        {QStringLiteral("hosts"), QJsonArray{QStringLiteral("staging-1")}}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("production")}, {QStringLiteral("role"), QStringLiteral("production")},
                        {QStringLiteral("hosts"), QJsonArray{QStringLiteral("prod-2"), QStringLiteral("prod-1")}},
                        {QStringLiteral("engine"), QStringLiteral("swarm")}, {QStringLiteral("colour"), QStringLiteral("#aa0000")}}};
        root.remove(QStringLiteral("promotion"));
        const ProfileLoadResult loaded = parseProfile(QJsonDocument(root).toJson());
        QVERIFY2(loaded, qPrintable(loaded.error));
        QCOMPARE(loaded.profile->environments.size(), 2);
        const Environment *production = loaded.profile->environment(QStringLiteral("production"));
        QVERIFY(production);
        QCOMPARE(production->hosts, (QStringList{QStringLiteral("prod-2"), QStringLiteral("prod-1")}));
        QCOMPARE(production->engine, Environment::Engine::Swarm);
        QCOMPARE(production->colour, QStringLiteral("#aa0000"));
        QCOMPARE(loaded.profile->engineOfHost(QStringLiteral("prod-1")), Environment::Engine::Swarm);
        QCOMPARE(loaded.profile->engineOfHost(QStringLiteral("staging-1")), Environment::Engine::Compose);
        QCOMPARE(loaded.profile->engineOfHost(QStringLiteral("not-named")), Environment::Engine::Compose);
        QVERIFY2(loaded.profile->promotionRequiresStaging, "on by default when there is a staging environment");
        const ProfileLoadResult again = parseProfile(profileToJson(*loaded.profile));
        QVERIFY2(again, qPrintable(again.error));
        QCOMPARE(profileToJson(*again.profile), profileToJson(*loaded.profile));

        root[QStringLiteral("promotion")] = QJsonObject{{QStringLiteral("requireStagingSmoke"), false}};
        QVERIFY(!parseProfile(QJsonDocument(root).toJson()).profile->promotionRequiresStaging);

        // One host in two environments: a change to one would change the other.
        QJsonArray environments = root[QStringLiteral("environments")].toArray();
        QJsonObject staging = environments[0].toObject();
        staging[QStringLiteral("hosts")] = QJsonArray{QStringLiteral("prod-1")};
        environments[0] = staging;
        root[QStringLiteral("environments")] = environments;
        const ProfileLoadResult shared = parseProfile(QJsonDocument(root).toJson());
        QVERIFY(!shared);
        QVERIFY2(shared.error.startsWith(QLatin1String("environments[1].hosts:")) && shared.error.contains(QLatin1String("prod-1")),
                 qPrintable(shared.error));
        staging[QStringLiteral("hosts")] = QJsonArray{QStringLiteral("staging-1")};
        staging[QStringLiteral("name")] = QStringLiteral("production");
        environments[0] = staging;
        root[QStringLiteral("environments")] = environments;
        const ProfileLoadResult twice = parseProfile(QJsonDocument(root).toJson());
        QVERIFY2(!twice && twice.error.contains(QLatin1String("used twice")), qPrintable(twice.error));
    }

    void imageReferencesFollowTheTagFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expectedTag");
        const QString sha = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        QTest::addRow("full sha") << QStringLiteral("{sha}") << sha;
        QTest::addRow("short sha") << QStringLiteral("{short_sha}") << QStringLiteral("0123456");
        QTest::addRow("prefixed") << QStringLiteral("sha-{sha}") << QStringLiteral("sha-") + sha;
    }

    void imageReferencesFollowTheTagFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, expectedTag);
        Profile profile = *defaultProfile().profile;
        profile.images.tagFormat = format;
        const QString sha = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        QCOMPARE(profile.imageTag(sha), expectedTag);
        QCOMPARE(profile.backendImageRef(sha), profile.images.backendImage + QLatin1Char(':') + expectedTag);
    }

    void githubPagesPointAtTheRepository()
    {
        const Profile profile = *defaultProfile().profile;
        QCOMPARE(profile.githubRepoPage(QStringLiteral("settings/branches")).toString(),
                 QStringLiteral("https://github.com/qualitymaterial/stratum-sports/settings/branches"));
    }

    // A staging beside production on one droplet: its own clone, lock directory and ports;
    // what it does not set is the profile's. A host no environment names keeps the profile's.
    void environmentsKeepTheirPlace()
    {
        QJsonObject root = defaultJson();
        const QJsonObject place{{QStringLiteral("appDir"), QStringLiteral("/opt/stratum-staging")},
                                {QStringLiteral("lockDir"), QStringLiteral("/var/lib/stratum-deploy/staging")},
                                {QStringLiteral("backendReadyUrl"), QStringLiteral("http://127.0.0.1:8100/api/v1/health/ready")},
                                {QStringLiteral("frontendPort"), 3100}};
        root[QStringLiteral("environments")] = QJsonArray{
            QJsonObject{{QStringLiteral("name"), QStringLiteral("staging")}, {QStringLiteral("role"), QStringLiteral("staging")},
                        {QStringLiteral("hosts"), QJsonArray{QStringLiteral("box")}}, {QStringLiteral("place"), place}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("production")}, {QStringLiteral("role"), QStringLiteral("production")},
                        {QStringLiteral("hosts"), QJsonArray{QStringLiteral("prod-1")}}}};
        const ProfileLoadResult loaded = parseProfile(QJsonDocument(root).toJson());
        QVERIFY2(loaded, qPrintable(loaded.error));
        const Profile &profile = *loaded.profile;

        const ProductPlace staging = profile.placeOfHost(QStringLiteral("box"));
        QCOMPARE(staging.appDir, QStringLiteral("/opt/stratum-staging"));
        QCOMPARE(staging.lockDir, QStringLiteral("/var/lib/stratum-deploy/staging"));
        QCOMPARE(staging.backendLiveUrl, profile.health.backendLiveUrl);
        QCOMPARE(staging.backendReadyUrl, QStringLiteral("http://127.0.0.1:8100/api/v1/health/ready"));
        QCOMPARE(staging.frontendPort, 3100);

        for (const QString &host : {QStringLiteral("prod-1"), QStringLiteral("not-named"), QString()}) {
            const ProductPlace other = profile.placeOfHost(host);
            QCOMPARE(other.appDir, profile.droplet.appDir);
            QCOMPARE(other.lockDir, profile.droplet.lockDir);
            QCOMPARE(other.backendReadyUrl, profile.health.backendReadyUrl);
            QCOMPARE(other.frontendPort, profile.health.frontendPort);
        }
        const ProfileLoadResult again = parseProfile(profileToJson(profile));
        QVERIFY2(again, qPrintable(again.error));
        QCOMPARE(again.profile->placeOfHost(QStringLiteral("box")).appDir, QStringLiteral("/opt/stratum-staging"));
        QCOMPARE(profileToJson(*again.profile), profileToJson(profile));
    }

    void aHostCanKeepTheProductElsewhereThanItsEnvironment()
    {
        QJsonObject root = defaultJson();
        const QJsonObject environmentPlace{{QStringLiteral("lockDir"), QStringLiteral("/var/lib/stratum-deploy/prod")}};
        const QJsonObject secondHost{{QStringLiteral("appDir"), QStringLiteral("/srv/stratum")}, {QStringLiteral("frontendPort"), 3200}};
        root[QStringLiteral("environments")] = QJsonArray{
            QJsonObject{{QStringLiteral("name"), QStringLiteral("production")}, {QStringLiteral("role"), QStringLiteral("production")},
                        {QStringLiteral("hosts"), QJsonArray{QStringLiteral("prod-1"), QStringLiteral("prod-2")}},
                        {QStringLiteral("place"), environmentPlace},
                        {QStringLiteral("hostPlaces"), QJsonObject{{QStringLiteral("prod-2"), secondHost}}}}};
        const ProfileLoadResult loaded = parseProfile(QJsonDocument(root).toJson());
        QVERIFY2(loaded, qPrintable(loaded.error));
        const Profile &profile = *loaded.profile;

        const ProductPlace first = profile.placeOfHost(QStringLiteral("prod-1"));
        QCOMPARE(first.appDir, profile.droplet.appDir);
        QCOMPARE(first.lockDir, QStringLiteral("/var/lib/stratum-deploy/prod"));
        QCOMPARE(first.frontendPort, profile.health.frontendPort);
        const ProductPlace second = profile.placeOfHost(QStringLiteral("prod-2"));
        QCOMPARE(second.appDir, QStringLiteral("/srv/stratum"));
        QCOMPARE(second.lockDir, QStringLiteral("/var/lib/stratum-deploy/prod")); // the environment's, where the host sets none
        QCOMPARE(second.frontendPort, 3200);
        QCOMPARE(second.backendReadyUrl, profile.health.backendReadyUrl);

        const ProfileLoadResult again = parseProfile(profileToJson(profile));
        QVERIFY2(again, qPrintable(again.error));
        QCOMPARE(again.profile->placeOfHost(QStringLiteral("prod-2")).appDir, QStringLiteral("/srv/stratum"));
        QCOMPARE(profileToJson(*again.profile), profileToJson(profile));
    }

    void invalidFieldsAreNamed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expectedField");
        const QJsonValue removed(QJsonValue::Undefined);
        QTest::addRow("missing schema") << "schema" << removed << "schema";
        QTest::addRow("future schema") << "schema" << QJsonValue(3) << "schema";
        QTest::addRow("schema 0") << "schema" << QJsonValue(0) << "schema";
        QTest::addRow("no environment") << "environments" << QJsonValue(QJsonArray()) << "environments";
        QTest::addRow("unknown role") << "environments.0.role" << QJsonValue(QStringLiteral("qa")) << "environments[0].role";
        QTest::addRow("unknown engine") << "environments.0.engine" << QJsonValue(QStringLiteral("k8s")) << "environments[0].engine";
        QTest::addRow("swarm without its manager") << "environments.0.engine" << QJsonValue(QStringLiteral("swarm")) << "environments[0].hosts";
        QTest::addRow("place without its hosts") << "environments.0.place" << QJsonValue(QJsonObject{{QStringLiteral("frontendPort"), 3100}})
                                                 << "environments[0].hosts";
        QTest::addRow("place app dir relative") << "environments.0.place" << QJsonValue(QJsonObject{{QStringLiteral("appDir"), QStringLiteral("opt/x")}})
                                                << "environments[0].place.appDir";
        QTest::addRow("place lock inside its work tree")
            << "environments.0.place"
            << QJsonValue(QJsonObject{{QStringLiteral("appDir"), QStringLiteral("/opt/s")}, {QStringLiteral("lockDir"), QStringLiteral("/opt/s/lock")}})
            << "environments[0].place.lockDir";
        QTest::addRow("host place of a host not named")
            << "environments.0.hostPlaces" << QJsonValue(QJsonObject{{QStringLiteral("prod-9"), QJsonObject{{QStringLiteral("frontendPort"), 3100}}}})
            << "environments[0].hostPlaces.prod-9";
        QTest::addRow("host place not an object")
            << "environments.0.hostPlaces" << QJsonValue(QJsonObject{{QStringLiteral("prod-9"), 3100}}) << "environments[0].hostPlaces.prod-9";
        QTest::addRow("place port out of range") << "environments.0.place" << QJsonValue(QJsonObject{{QStringLiteral("frontendPort"), 0}})
                                                 << "environments[0].place.frontendPort";
        QTest::addRow("place url not http")
            << "environments.0.place" << QJsonValue(QJsonObject{{QStringLiteral("backendLiveUrl"), QStringLiteral("file:///etc/passwd")}})
            << "environments[0].place.backendLiveUrl";
        QTest::addRow("colour not #RRGGBB") << "environments.0.colour" << QJsonValue(QStringLiteral("red")) << "environments[0].colour";
        QTest::addRow("host with shell chars") << "environments.0.hosts" << QJsonValue(QJsonArray{QStringLiteral("a;b")})
                                               << "environments[0].hosts";
        QTest::addRow("host twice") << "environments.0.hosts" << QJsonValue(QJsonArray{QStringLiteral("a"), QStringLiteral("a")})
                                    << "environments[0].hosts";
        QTest::addRow("promotion without staging") << "promotion.requireStagingSmoke" << QJsonValue(true)
                                                   << "promotion.requireStagingSmoke";
        QTest::addRow("missing owner") << "github.owner" << removed << "github.owner";
        QTest::addRow("owner with shell chars") << "github.owner" << QJsonValue(QStringLiteral("a;rm -rf /"))
                                                << "github.owner";
        QTest::addRow("api url not http") << "github.apiBaseUrl" << QJsonValue(QStringLiteral("ftp://x"))
                                          << "github.apiBaseUrl";
        QTest::addRow("uppercase image") << "images.backend" << QJsonValue(QStringLiteral("ghcr.io/Owner/App"))
                                         << "images.backend";
        QTest::addRow("tag without sha") << "images.tagFormat" << QJsonValue(QStringLiteral("latest"))
                                         << "images.tagFormat";
        QTest::addRow("worker image") << "images.worker" << QJsonValue(QStringLiteral("db")) << "images.worker";
        QTest::addRow("relative app dir") << "droplet.appDir" << QJsonValue(QStringLiteral("opt/x")) << "droplet.appDir";
        QTest::addRow("app dir with $") << "droplet.appDir" << QJsonValue(QStringLiteral("/opt/$(x)"))
                                        << "droplet.appDir";
        QTest::addRow("lock inside work tree") << "droplet.lockDir"
                                               << QJsonValue(QStringLiteral("/opt/stratum-sports/.lock"))
                                               << "droplet.lockDir";
        QTest::addRow("compose file path") << "droplet.composeFile" << QJsonValue(QStringLiteral("../x.yml"))
                                           << "droplet.composeFile";
        QTest::addRow("port out of range") << "health.frontendPort" << QJsonValue(70000) << "health.frontendPort";
        QTest::addRow("bad worker regex") << "health.workerIngestionPattern" << QJsonValue(QStringLiteral("(["))
                                          << "health.workerIngestionPattern";
        QTest::addRow("timeout not a number") << "timing.stepSeconds" << QJsonValue(QStringLiteral("ten"))
                                              << "timing.stepSeconds";
        QTest::addRow("unknown context") << "commandPacks.2.blocks.0.context" << QJsonValue(QStringLiteral("laptop"))
                                         << "commandPacks[2].blocks[0].context";
        QTest::addRow("block without code") << "commandPacks.0.blocks.0.code" << removed
                                            << "commandPacks[0].blocks[0].code";
        QTest::addRow("checklist item kind") << "checklists.1.items.0.kind" << QJsonValue(QStringLiteral("maybe"))
                                             << "checklists[1].items[0].kind";
        QTest::addRow("packs not a list") << "commandPacks" << QJsonValue(QStringLiteral("x")) << "commandPacks";
    }

    void invalidFieldsAreNamed()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedField);
        const QJsonValue changed = setPath(defaultJson(), path.split(QLatin1Char('.')), value);
        const ProfileLoadResult result = parseProfile(QJsonDocument(changed.toObject()).toJson());
        QVERIFY(!result);
        QVERIFY2(result.error.startsWith(expectedField + QLatin1Char(':')), qPrintable(result.error));
    }

    void brokenFilesAreRejected_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::addRow("not json") << "not-json.json" << "not valid JSON";
        QTest::addRow("array") << "array.json" << "must be a JSON object";
        QTest::addRow("duplicate pack") << "duplicate-pack.json" << "is used twice";
    }

    void brokenFilesAreRejected()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const QString path = QFINDTESTDATA(QStringLiteral("data/profiles/") + file);
        QVERIFY(!path.isEmpty());
        const ProfileLoadResult result = loadProfileFile(path);
        QVERIFY(!result);
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        QVERIFY2(result.error.startsWith(path), "the error names the file");
    }

    void missingFileSaysSo()
    {
        const ProfileLoadResult result = loadProfileFile(QStringLiteral("/nonexistent/profile.json"));
        QVERIFY(!result);
        QVERIFY(result.error.contains(QLatin1String("cannot read")));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
