#include "StandInImages.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSysInfo>
#include <QUrlQuery>

namespace Stratum {

namespace {

QString sha256(const QByteArray &data)
{
    return QStringLiteral("sha256:") + QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

ArchiveFile script(const QString &path, const QByteArray &body)
{
    return {path, "#!/bin/busybox sh\n" + body, true};
}

// Every applet as a link in /bin, then the service: `compose exec backend curl …` and a
// shell for the operator work as on the real images.
QByteArray withApplets(const QByteArray &body)
{
    return "/bin/busybox --install -s /bin 2>/dev/null\n" + body;
}

QByteArray workerBody(ReleaseKind kind)
{
    if (kind == ReleaseKind::CrashingWorker)
        return "echo \"worker: cannot reach redis at redis:6379 (new client: connection refused)\" >&2\nexit 1\n";
    return withApplets("echo \"worker started: ingestion every 2 s\"\n"
                       "while :; do echo \"$(date -u +%H:%M:%S) ingestion cycle finished: 3 events\"; sleep 2; done\n");
}

} // namespace

QString releaseKindId(ReleaseKind kind)
{
    switch (kind) {
    case ReleaseKind::Good: return QStringLiteral("good");
    case ReleaseKind::NeverReady: return QStringLiteral("never-ready");
    case ReleaseKind::CrashingWorker: return QStringLiteral("crashing-worker");
    case ReleaseKind::Migration: return QStringLiteral("migration");
    case ReleaseKind::MissingImages: return QStringLiteral("missing-images");
    }
    return {};
}

std::optional<ReleaseKind> releaseKindFromId(const QString &id)
{
    for (ReleaseKind kind : {ReleaseKind::Good, ReleaseKind::NeverReady, ReleaseKind::CrashingWorker, ReleaseKind::Migration,
                             ReleaseKind::MissingImages}) {
        if (releaseKindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

bool isHealthyKind(ReleaseKind kind)
{
    return kind == ReleaseKind::Good || kind == ReleaseKind::Migration;
}

QList<ArchiveFile> StandInImages::backendFiles(ReleaseKind kind, const QString &sha)
{
    QList<ArchiveFile> files{
        {QStringLiteral("release"), sha.toUtf8() + '\n'},
        script(QStringLiteral("backend.sh"), withApplets("echo \"backend " + sha.left(12).toUtf8() + " listening on ${BACKEND_PORT:-8000}\"\n"
                                                          "exec httpd -f -p \"${BACKEND_PORT:-8000}\" -h /www\n")),
        script(QStringLiteral("worker.sh"), workerBody(kind)),
        // `curl -fsS URL` as the runbook writes it, with busybox's wget.
        script(QStringLiteral("bin/curl"), "for a; do url=$a; done\nexec /bin/busybox wget -q -O - \"$url\"\n"),
        {QStringLiteral("www/api/v1/health/live"), "{\"status\":\"live\"}\n"},
    };
    if (kind != ReleaseKind::NeverReady)
        files.append({QStringLiteral("www/api/v1/health/ready"), "{\"status\":\"ready\"}\n"});
    return files;
}

QList<ArchiveFile> StandInImages::frontendFiles(const QString &sha)
{
    return {{QStringLiteral("release"), sha.toUtf8() + '\n'},
            script(QStringLiteral("frontend.sh"), withApplets("exec httpd -f -p \"${FRONTEND_PORT:-3000}\" -h /www\n")),
            {QStringLiteral("www/index.html"), "<!doctype html><title>Stratum</title><h1>Stratum</h1><p>release " + sha.toUtf8() + "</p>\n"}};
}

QString StandInImages::busyboxPath()
{
    for (const QString &path : {QStringLiteral("/bin/busybox"), QStringLiteral("/usr/bin/busybox")}) {
        if (QFile::exists(path))
            return path;
    }
    return {};
}

QString StandInImages::architecture()
{
    const QString cpu = QSysInfo::currentCpuArchitecture();
    if (cpu == QLatin1String("x86_64"))
        return QStringLiteral("amd64");
    return cpu;
}

ImagePusher::ImagePusher(QUrl registry, QObject *parent)
    : QObject(parent), m_registry(std::move(registry))
{
}

QList<ImagePusher::Upload> ImagePusher::uploadsFor(const Image &image)
{
    QList<Upload> uploads;
    QJsonArray layers;
    QJsonArray diffIds;
    for (const QByteArray &tar : image.layers) {
        const QByteArray tarDigest = QCryptographicHash::hash(tar, QCryptographicHash::Sha256);
        if (!m_compressed.contains(tarDigest)) {
            const QByteArray gz = gzipCompress(tar);
            m_compressed.insert(tarDigest, {gz, sha256(gz)});
        }
        const auto &[gz, digest] = m_compressed.value(tarDigest);
        uploads.append({image.repository, {}, digest, gz, {}});
        layers.append(QJsonObject{{QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip")},
                                  {QStringLiteral("digest"), digest},
                                  {QStringLiteral("size"), gz.size()}});
        diffIds.append(QString(QStringLiteral("sha256:") + QString::fromLatin1(tarDigest.toHex())));
    }
    const QByteArray config = QJsonDocument(QJsonObject{
        {QStringLiteral("architecture"), StandInImages::architecture()},
        {QStringLiteral("os"), QStringLiteral("linux")},
        {QStringLiteral("config"), QJsonObject{{QStringLiteral("Env"), QJsonArray{QStringLiteral("PATH=/bin")}},
                                               {QStringLiteral("WorkingDir"), QStringLiteral("/")}}},
        {QStringLiteral("rootfs"), QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")}, {QStringLiteral("diff_ids"), diffIds}}},
    }).toJson(QJsonDocument::Compact);
    uploads.append({image.repository, {}, sha256(config), config, {}});
    const QByteArray manifest = QJsonDocument(QJsonObject{
        {QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.manifest.v1+json")},
        {QStringLiteral("config"), QJsonObject{{QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.config.v1+json")},
                                               {QStringLiteral("digest"), sha256(config)},
                                               {QStringLiteral("size"), config.size()}}},
        {QStringLiteral("layers"), layers},
    }).toJson(QJsonDocument::Compact);
    uploads.append({image.repository, image.tag, {}, manifest, "application/vnd.oci.image.manifest.v1+json"});
    return uploads;
}

void ImagePusher::push(const QList<Image> &images, std::function<void(const QString &)> done)
{
    m_done = std::move(done);
    for (const Image &image : images)
        m_queue += uploadsFor(image);
    next();
}

void ImagePusher::finish(const QString &error)
{
    m_queue.clear();
    if (auto done = std::exchange(m_done, nullptr))
        done(error);
}

void ImagePusher::next()
{
    while (!m_queue.isEmpty() && m_queue.first().tag.isEmpty()
           && m_pushed.contains(m_queue.first().repository + QLatin1Char('@') + m_queue.first().digest))
        m_queue.removeFirst();
    if (m_queue.isEmpty()) {
        finish({});
        return;
    }
    const Upload upload = m_queue.takeFirst();
    QUrl url = m_registry;
    if (!upload.tag.isEmpty()) {
        url.setPath(QStringLiteral("/v2/%1/manifests/%2").arg(upload.repository, upload.tag));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, upload.mediaType);
        QNetworkReply *reply = m_network.put(request, upload.body);
        connect(reply, &QNetworkReply::finished, this, [this, reply, upload]() {
            reply->deleteLater();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 201) {
                finish(tr("the registry refused the manifest of %1:%2: %3").arg(upload.repository, upload.tag, reply->errorString()));
                return;
            }
            next();
        });
        return;
    }
    url.setPath(QStringLiteral("/v2/%1/blobs/uploads/").arg(upload.repository));
    QNetworkReply *start = m_network.post(QNetworkRequest(url), QByteArray());
    connect(start, &QNetworkReply::finished, this, [this, start, upload]() {
        start->deleteLater();
        if (start->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 202) {
            finish(tr("the registry refused an upload to %1: %2").arg(upload.repository, start->errorString()));
            return;
        }
        QUrl location = m_registry.resolved(QUrl(QString::fromLatin1(start->rawHeader("Location"))));
        QUrlQuery query(location);
        query.addQueryItem(QStringLiteral("digest"), upload.digest);
        location.setQuery(query);
        QNetworkRequest put(location);
        put.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/octet-stream"));
        QNetworkReply *blob = m_network.put(put, upload.body);
        connect(blob, &QNetworkReply::finished, this, [this, blob, upload]() {
            blob->deleteLater();
            if (blob->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 201) {
                finish(tr("the registry refused a layer of %1: %2").arg(upload.repository, blob->errorString()));
                return;
            }
            m_pushed.insert(upload.repository + QLatin1Char('@') + upload.digest);
            next();
        });
    });
}

} // namespace Stratum
