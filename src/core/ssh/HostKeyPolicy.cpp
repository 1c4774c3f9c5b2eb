#include "HostKeyPolicy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::HostKeyPolicy)
};

} // namespace

QString sha256Fingerprint(const QByteArray &blob)
{
    QByteArray base64 = QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toBase64();
    while (base64.endsWith('='))
        base64.chop(1);
    return QStringLiteral("SHA256:") + QString::fromLatin1(base64);
}

bool isFingerprint(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^SHA256:[A-Za-z0-9+/]{43}$"));
    return pattern.match(text).hasMatch();
}

QList<QByteArray> HostKeyPolicy::revokedKeys(const QString &knownHostsText)
{
    QList<QByteArray> keys;
    const QStringList lines = knownHostsText.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (!line.startsWith(QLatin1String("@revoked")))
            continue;
        // @revoked <hosts> <type> <base64> [comment]
        const QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (fields.size() >= 4)
            keys << QByteArray::fromBase64(fields.at(3).toLatin1());
    }
    return keys;
}

HostKeyCheck HostKeyPolicy::decide(const HostKeyInfo &presented, int libssh2Result, const QString &knownHostsText,
                                   const QList<TrustedHostKey> &trusted, const QString &hostLabel)
{
    HostKeyCheck check;
    if (revokedKeys(knownHostsText).contains(presented.blob)) {
        check.verdict = HostKeyVerdict::Revoked;
        check.source = QStringLiteral("known_hosts");
        check.message = Text::tr("%1 presented a host key (%2 %3) that ~/.ssh/known_hosts marks @revoked. "
                           "Do not connect; find out why the server uses a revoked key.")
                            .arg(hostLabel, presented.type, presented.fingerprint);
        return check;
    }
    if (libssh2Result == 0) {
        check.verdict = HostKeyVerdict::Trusted;
        check.source = QStringLiteral("known_hosts");
        return check;
    }
    if (libssh2Result == 1) {
        check.verdict = HostKeyVerdict::Changed;
        check.source = QStringLiteral("known_hosts");
        check.message = Text::tr("The host key of %1 has CHANGED: it now presents %2 %3, which differs from the key in "
                           "~/.ssh/known_hosts. This may be an attack or a rebuilt droplet. Verify the new key with "
                           "the droplet's console (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub), then remove the "
                           "old line with ssh-keygen -R; the app will not connect until then.")
                            .arg(hostLabel, presented.type, presented.fingerprint);
        return check;
    }
    for (const TrustedHostKey &key : trusted) {
        if (key.type != presented.type)
            continue;
        if (key.fingerprint == presented.fingerprint) {
            check.verdict = HostKeyVerdict::Trusted;
            check.source = QStringLiteral("the app's trust store");
            return check;
        }
        check.verdict = HostKeyVerdict::Changed;
        check.source = QStringLiteral("the app's trust store");
        check.knownFingerprint = key.fingerprint;
        check.message = Text::tr("The host key of %1 has CHANGED: expected %2 %3, the server presents %4. This may be an "
                           "attack or a rebuilt droplet. Verify the new key on the droplet's console, remove the host "
                           "(stratumctl host remove) and add it again; there is no override.")
                            .arg(hostLabel, key.type, key.fingerprint, presented.fingerprint);
        return check;
    }
    check.verdict = HostKeyVerdict::Unknown;
    check.message = Text::tr("%1 presents an unknown host key: %2 %3. Compare it with the droplet's own "
                       "(ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on its console), then trust it: "
                       "stratumctl host trust NAME --fingerprint %3")
                        .arg(hostLabel, presented.type, presented.fingerprint);
    return check;
}

} // namespace Stratum
