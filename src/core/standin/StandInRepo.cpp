#include "StandInRepo.h"

#include "core/standin/LocalDroplet.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>

namespace Stratum {

namespace {

QByteArray randomSecret(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(data.begin(), data.end());
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QList<PlannedRelease> rehearsalHistory()
{
    const auto app = [](const char *line) -> QByteArray { return QByteArray("# Stratum backend\n") + line + '\n'; };
    return {
        {ReleaseKind::Good, QStringLiteral("Stratum 1.0: odds dashboard and billing"), QStringLiteral("backend/app/version.py"),
         app("VERSION = '1.0.0'")},
        {ReleaseKind::Migration, QStringLiteral("Line movement history (adds an Alembic migration)"),
         QStringLiteral("backend/alembic/versions/20261120_add_line_movement_history.py"),
         "\"\"\"add line movement history\"\"\"\nrevision = '20261120'\ndown_revision = None\n\n\ndef upgrade():\n    pass\n"},
        {ReleaseKind::Good, QStringLiteral("Faster odds ingestion"), QStringLiteral("backend/app/version.py"), app("VERSION = '1.1.0'")},
        {ReleaseKind::Good, QStringLiteral("Odds page: sort by line movement"), QStringLiteral("frontend/app/odds.txt"),
         "Sort by line movement.\n"},
        {ReleaseKind::NeverReady, QStringLiteral("Readiness check on the new database pool"), QStringLiteral("backend/app/health.py"),
         app("READY_NEEDS_POOL = 'v2'")},
        {ReleaseKind::CrashingWorker, QStringLiteral("Worker on the new Redis client"), QStringLiteral("backend/app/worker.py"),
         app("REDIS_CLIENT = 'v5'")},
        {ReleaseKind::MissingImages, QStringLiteral("Frontend rebuild (its images were never pushed)"),
         QStringLiteral("frontend/package.json"), "{\"name\": \"stratum-frontend\", \"version\": \"1.2.0\"}\n"},
        {ReleaseKind::Good, QStringLiteral("Billing page copy"), QStringLiteral("frontend/app/billing.txt"),
         "Upgrade to Pro for live line movement.\n"},
    };
}

StandInRepo::StandInRepo(QString root)
    : m_root(std::move(root))
{
}

bool StandInRepo::exists() const
{
    return QFile::exists(m_root + QStringLiteral("/releases.json")) && QDir(appDir()).exists();
}

bool StandInRepo::git(const QString &dir, const QStringList &arguments, QByteArray *out)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(findTool(QStringLiteral("git")),
                  QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Stratum Rehearsal"), QStringLiteral("-c"),
                              QStringLiteral("user.email=rehearsal@stratum.invalid"), QStringLiteral("-c"),
                              QStringLiteral("init.defaultBranch=main"), QStringLiteral("-c"), QStringLiteral("core.hooksPath=/dev/null")}
                      + arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        m_error = QStringLiteral("git %1: %2").arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    if (out)
        *out = process.readAllStandardOutput();
    return true;
}

QString StandInRepo::commit(const QString &file, const QByteArray &content, const QString &subject)
{
    const QString dev = m_root + QStringLiteral("/dev");
    const QString path = dev + QLatin1Char('/') + file;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    out.write(content);
    out.close();
    QByteArray sha;
    if (!git(dev, {QStringLiteral("add"), QStringLiteral("-A")}) || !git(dev, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), subject})
        || !git(dev, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, &sha))
        return {};
    return QString::fromLatin1(sha.trimmed());
}

QByteArray StandInRepo::generatedEnv()
{
    return "APP_ENV=production\nDATABASE_URL=postgresql+asyncpg://stratum:" + randomSecret(18) + "@127.0.0.1:5432/stratum\n"
           "POSTGRES_PASSWORD=" + randomSecret(18) + "\nJWT_SECRET=" + randomSecret(32) + "\nOPS_INTERNAL_TOKEN=" + randomSecret(24)
           + "\nSTRIPE_SECRET_KEY=sk_test_rehearsal" + randomSecret(18) + "\nSTRIPE_WEBHOOK_SECRET=whsec_" + randomSecret(24) + '\n';
}

bool StandInRepo::create(const QByteArray &composeFile, const QByteArray &envFile)
{
    QDir(m_root).removeRecursively();
    QDir().mkpath(m_root + QStringLiteral("/droplet"));
    QDir().mkpath(lockDir());
    const QString dev = m_root + QStringLiteral("/dev");
    if (!git(m_root, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), originDir()})
        || !git(m_root, {QStringLiteral("clone"), QStringLiteral("-q"), originDir(), dev}))
        return false;
    if (commit(QStringLiteral("docker-compose.prod.yml"), composeFile, QStringLiteral("Production stack (docker-compose.prod.yml)")).isEmpty()
        || commit(QStringLiteral(".env.production.example"), "APP_ENV=production\nDATABASE_URL=\nPOSTGRES_PASSWORD=\nJWT_SECRET=\n"
                                                              "OPS_INTERNAL_TOKEN=\nSTRIPE_SECRET_KEY=\nSTRIPE_WEBHOOK_SECRET=\n"
                                                              "BACKEND_PORT=\nFRONTEND_PORT=\n",
                  QStringLiteral("Document the production environment"))
               .isEmpty()
        || commit(QStringLiteral(".gitignore"), ".env.production\n", QStringLiteral("Never commit the production environment"))
               .isEmpty())
        return false;
    m_releases.clear();
    for (const PlannedRelease &planned : rehearsalHistory()) {
        const QString sha = commit(planned.file, planned.content, planned.subject);
        if (sha.isEmpty())
            return false;
        m_releases.append({sha, planned.kind, planned.subject});
    }
    if (!git(dev, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("HEAD:main")})
        || !git(m_root, {QStringLiteral("clone"), QStringLiteral("-q"), originDir(), appDir()})
        || !git(appDir(), {QStringLiteral("checkout"), QStringLiteral("-q"), m_releases.first().sha}))
        return false;
    QFile env(appDir() + QStringLiteral("/.env.production"));
    if (!env.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    env.write(envFile);
    env.close();
    env.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QJsonArray list;
    for (const StandInRelease &release : m_releases) {
        list.append(QJsonObject{{QStringLiteral("sha"), release.sha}, {QStringLiteral("kind"), releaseKindId(release.kind)},
                                {QStringLiteral("subject"), release.subject}});
    }
    QFile releases(m_root + QStringLiteral("/releases.json"));
    if (!releases.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    releases.write(QJsonDocument(list).toJson());
    return true;
}

bool StandInRepo::load()
{
    QFile file(m_root + QStringLiteral("/releases.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("the rehearsal's repository has no releases.json");
        return false;
    }
    m_releases.clear();
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonObject object = value.toObject();
        const auto kind = releaseKindFromId(object.value(QStringLiteral("kind")).toString());
        if (kind)
            m_releases.append({object.value(QStringLiteral("sha")).toString(), *kind, object.value(QStringLiteral("subject")).toString()});
    }
    return !m_releases.isEmpty();
}

bool StandInRepo::setPortLines(const QByteArray &lines)
{
    QFile env(appDir() + QStringLiteral("/.env.production"));
    if (!env.open(QIODevice::ReadOnly))
        return false;
    QByteArray kept;
    for (const QByteArray &line : env.readAll().split('\n')) {
        if (!line.isEmpty() && !line.startsWith("BACKEND_PORT=") && !line.startsWith("FRONTEND_PORT="))
            kept += line + '\n';
    }
    env.close();
    if (!env.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    env.write(kept + lines);
    return true;
}

} // namespace Stratum
