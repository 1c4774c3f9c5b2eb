#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace Stratum {

// Replaces secrets before anything is shown, saved, copied or logged: every
// stored secret value in the forms it travels in (as it is, Base64 and
// Base64url, URL-encoded, JSON-escaped, and `user:secret` in Base64 as HTTP
// Basic and Docker's `auth` carry it), and text shaped like a secret (Stripe
// and GitHub tokens, PEM private keys, values of *_SECRET, *_TOKEN,
// *_PASSWORD and *_KEY assignments).
class Redactor
{
public:
    static QString mask() { return QStringLiteral("***"); }

    // Where a secret came from: the keychain's are replaced whenever the keychain is read again;
    // the droplet's env values stay for as long as the app runs.
    enum class Origin { Keychain, Droplet };

    void addSecret(const QString &value, Origin origin = Origin::Keychain);
    // The secret as `user:secret` in Base64 too (an Authorization: Basic header, Docker's config.json).
    void addCredentialPair(const QString &user, const QString &secret, Origin origin = Origin::Keychain);
    void clearSecrets(Origin origin = Origin::Keychain);
    int secretCount() const { return static_cast<int>(m_literals.size()); }

    QString redact(const QString &text) const;
    static QString redactPatterns(const QString &text);
    const QList<QString> &secretForms() const { return m_literals; } // every form it masks, longest first

    // The token shapes masked by pattern (ghp_…, sk_live_…), and what comes before a value
    // that is masked because of its name (JWT_SECRET=, "API_KEY": "): a stream is never cut there.
    static const QStringList &tokenPrefixes();
    static const QRegularExpression &secretAssignmentLead();

    // Every form a secret is masked in, as `addSecret` adds them (for tests and the fuzz target).
    static QStringList formsOf(const QString &value);

private:
    void addForms(const QStringList &forms, Origin origin);
    void merge();
    const QRegularExpression &literalsExpression() const;

    QList<QString> m_byOrigin[2];
    QList<QString> m_literals; // both origins, longest first, so that overlaps mask fully
    mutable QRegularExpression m_expression; // all literals in one pass; rebuilt when they change
    mutable bool m_expressionStale = true;
};

} // namespace Stratum
