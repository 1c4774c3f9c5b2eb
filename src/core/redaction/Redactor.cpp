#include "Redactor.h"

#include <QRegularExpression>

namespace Stratum {

namespace {

constexpr qsizetype shortestMaskedSecret = 4; // shorter values would mask ordinary words

QStringList base64Forms(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    QStringList forms;
    for (auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        const QString padded = QString::fromLatin1(utf8.toBase64(options));
        forms << padded;
        QString unpadded = padded;
        while (unpadded.endsWith(QLatin1Char('=')))
            unpadded.chop(1);
        forms << unpadded;
    }
    return forms;
}

} // namespace

void Redactor::addSecret(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.size() < shortestMaskedSecret)
        return;
    QStringList forms{trimmed};
    if (trimmed != value)
        forms << value;
    forms << base64Forms(trimmed);
    for (const QString &form : std::as_const(forms)) {
        if (form.size() >= shortestMaskedSecret && !m_literals.contains(form))
            m_literals.append(form);
    }
    std::sort(m_literals.begin(), m_literals.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void Redactor::clearSecrets()
{
    for (QString &literal : m_literals)
        literal.fill(QLatin1Char('\0'));
    m_literals.clear();
}

QString Redactor::redact(const QString &text) const
{
    QString result = text;
    for (const QString &literal : m_literals)
        result.replace(literal, mask());
    return redactPatterns(result);
}

QString Redactor::redactPatterns(const QString &text)
{
    static const QRegularExpression pemBlock(
        QStringLiteral("-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----[\\s\\S]*?(-----END \\1PRIVATE KEY-----|$)"));
    static const QRegularExpression tokens(
        QStringLiteral("\\b(sk_live_|sk_test_|rk_live_|rk_test_|whsec_|ghp_|gho_|ghu_|ghs_|ghr_|github_pat_)[A-Za-z0-9_]+"));
    // NAME=value, NAME: value, "NAME": "value" where NAME is an environment-style
    // name ending in SECRET, TOKEN, PASSWORD or KEY.
    static const QRegularExpression assignment(
        QStringLiteral("\\b([A-Z0-9_]*(SECRET|TOKEN|PASSWORD|PASSWD|KEY))(\"?\\s*[=:]\\s*\"?)([^\\s\"',;\\[\\]{}]+)"));

    QString result = text;
    // Cheap substring checks first: most output holds none of these shapes.
    if (result.contains(QLatin1String("PRIVATE KEY-----")))
        result.replace(pemBlock, QStringLiteral("-----BEGIN \\1PRIVATE KEY----- *** -----END \\1PRIVATE KEY-----"));
    static const QLatin1StringView tokenHints[] = {QLatin1StringView("k_live_"), QLatin1StringView("k_test_"),
                                                   QLatin1StringView("whsec_"), QLatin1StringView("gh"),
                                                   QLatin1StringView("github_pat_")};
    if (std::any_of(std::begin(tokenHints), std::end(tokenHints),
                    [&result](QLatin1StringView hint) { return result.contains(hint); }))
        result.replace(tokens, QStringLiteral("\\1***"));
    static const QLatin1StringView nameHints[] = {QLatin1StringView("SECRET"), QLatin1StringView("TOKEN"),
                                                  QLatin1StringView("PASSWORD"), QLatin1StringView("PASSWD"),
                                                  QLatin1StringView("KEY")};
    if (std::none_of(std::begin(nameHints), std::end(nameHints),
                     [&result](QLatin1StringView hint) { return result.contains(hint); }))
        return result;
    QString out;
    qsizetype last = 0;
    auto it = assignment.globalMatch(result);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(4) == mask() || match.captured(4).endsWith(QLatin1String("***")))
            continue;
        out += QStringView(result).mid(last, match.capturedStart(4) - last);
        out += mask();
        last = match.capturedEnd(4);
    }
    out += QStringView(result).mid(last);
    return out;
}

} // namespace Stratum
