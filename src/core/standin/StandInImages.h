#pragma once

#include "core/platform/Archive.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace Stratum {

// What the rehearsal's releases are like: each commit of its repository is one of these.
enum class ReleaseKind {
    Good,           // backend live and ready, the worker logs ingestion cycles, the frontend answers
    NeverReady,     // the backend answers live but never ready
    CrashingWorker, // the worker exits at once, again and again
    Migration,      // good, and it adds an Alembic migration
    MissingImages   // good code whose images were never pushed
};
QString releaseKindId(ReleaseKind kind); // "good", "never-ready", "crashing-worker", "migration", "missing-images"
std::optional<ReleaseKind> releaseKindFromId(const QString &id);
bool isHealthyKind(ReleaseKind kind); // runs healthy once deployed (good, migration)

// Stratum's stand-in images, made without network or a build tool: one layer with
// the machine's busybox-static (shared by every image) and one with the release's
// scripts and pages. Pure: the files of the second layer.
namespace StandInImages {
QList<ArchiveFile> backendFiles(ReleaseKind kind, const QString &sha);
QList<ArchiveFile> frontendFiles(const QString &sha);
QString busyboxPath(); // the static busybox the images run; empty when it is not installed
QString architecture(); // the image config's: amd64, arm64 …
} // namespace StandInImages

// Pushes images to a registry (the OCI distribution API over HTTP): blobs, then the
// manifest, one after the other; a blob already pushed in this run is not sent twice.
class ImagePusher : public QObject
{
    Q_OBJECT
public:
    struct Image {
        QString repository; // "qualitymaterial/stratum-sports-backend"
        QString tag;
        QList<QByteArray> layers; // uncompressed tars, lowest first
    };
    explicit ImagePusher(QUrl registry, QObject *parent = nullptr);
    void push(const QList<Image> &images, std::function<void(const QString &error)> done);

private:
    struct Upload {
        QString repository;
        QString tag;         // empty for a blob
        QString digest;      // of the blob
        QByteArray body;
        QByteArray mediaType; // of a manifest
    };
    QList<Upload> uploadsFor(const Image &image);
    void next();
    void finish(const QString &error);

    QNetworkAccessManager m_network;
    QUrl m_registry;
    QList<Upload> m_queue;
    QSet<QString> m_pushed; // repository@digest
    QHash<QByteArray, std::pair<QByteArray, QString>> m_compressed; // sha256 of a tar: its gzip and that gzip's digest
    std::function<void(const QString &)> m_done;
};

} // namespace Stratum
