#pragma once

#include <QList>
#include <QString>

namespace Stratum {

// Replaces secrets before anything is shown, saved, copied or logged: every
// stored secret value (and its Base64 forms), and text shaped like a secret
// (Stripe and GitHub tokens, PEM private keys, values of *_SECRET, *_TOKEN,
// *_PASSWORD and *_KEY assignments).
class Redactor
{
public:
    static QString mask() { return QStringLiteral("***"); }

    void addSecret(const QString &value);
    void clearSecrets();
    int secretCount() const { return static_cast<int>(m_literals.size()); }

    QString redact(const QString &text) const;
    static QString redactPatterns(const QString &text);
    const QList<QString> &secretForms() const { return m_literals; } // every value and Base64 form it masks

private:
    QList<QString> m_literals; // longest first, so that overlaps mask fully
};

} // namespace Stratum
