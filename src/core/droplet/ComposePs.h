#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Stratum {

struct ContainerState {
    QString service;
    QString name;
    QString image;   // repository:tag
    QString state;   // running, exited, restarting, …
    QString health;  // healthy, unhealthy, starting or empty
    QString status;  // "Up 3 hours (healthy)"
    int exitCode = 0;
    // From docker inspect (runningDetail); empty when not read.
    QString imageId;   // sha256:…
    QString digest;    // repository@sha256:… of the image as pulled
    QDateTime startedAt;

    QString imageTag() const;        // the part after the last ':' of the last path segment
    QString imageRepository() const; // the image without its tag, registry host included
};

struct ComposePsResult {
    std::optional<QList<ContainerState>> containers;
    QString error;
};

// `docker compose ps --format json` in both of its forms: one JSON array
// (Compose before v2.21) or one JSON object per line (v2.21 and later).
ComposePsResult parseComposePs(const QByteArray &output);

// RemoteCommands::runningDetail's answer: compose ps, then "@inspect" lines
// (/NAME|IMAGE-ID|STARTED-AT) and "@images" lines (IMAGE-ID|REPO@DIGEST,…).
ComposePsResult parseRunningDetail(const QByteArray &output);

} // namespace Stratum
