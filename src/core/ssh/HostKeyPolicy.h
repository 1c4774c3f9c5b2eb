#pragma once

#include "core/hosts/HostEntry.h"

#include <QByteArray>
#include <QString>

namespace Stratum {

struct HostKeyInfo {
    QString type;        // ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256, …
    QByteArray blob;     // the raw public key blob as sent by the server
    QString fingerprint; // SHA256:… exactly as `ssh-keygen -lf` prints it
};

QString sha256Fingerprint(const QByteArray &blob);
bool isFingerprint(const QString &text); // "SHA256:" + 43 base64 characters

enum class HostKeyVerdict { Trusted, Unknown, Changed, Revoked, Error };

struct HostKeyCheck {
    HostKeyVerdict verdict = HostKeyVerdict::Error;
    QString source;             // "known_hosts" or "the app's trust store"
    QString knownFingerprint;   // for Changed: what was expected
    QString message;            // what a person should do
};

// OpenSSH semantics without libssh2's gaps: the user's known_hosts (hashed
// entries and [host]:port included, read only, never rewritten), @revoked
// lines, and the keys trusted in the app (kept with the host in the keychain).
class HostKeyPolicy
{
public:
    // `libssh2Result`: what libssh2_knownhost_checkp said for known_hosts
    // (0 match, 1 mismatch, 2 not found, 3 failure), or -1 if it was not consulted.
    static HostKeyCheck decide(const HostKeyInfo &presented, int libssh2Result, const QString &knownHostsText,
                               const QList<TrustedHostKey> &trusted, const QString &hostLabel);

    // Keys listed under @revoked in known_hosts text (base64 blobs).
    static QList<QByteArray> revokedKeys(const QString &knownHostsText);
};

} // namespace Stratum
