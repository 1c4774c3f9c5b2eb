#include "Redactor.h"

#include <QRegularExpression>

namespace Stratum {

namespace {

constexpr qsizetype shortestMaskedSecret = 4; // shorter values would mask ordinary words

QStringList base64Forms(const QByteArray &utf8)
{
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

// As a JSON string holds it; `asciiOnly` as Python's json.dumps writes it (\u00e9).
QString jsonEscaped(const QString &value, bool asciiOnly)
{
    QString out;
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += QLatin1Char('\\');
            out += c;
        } else if (u < 0x20 || (asciiOnly && u > 0x7e)) {
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

QStringList Redactor::formsOf(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.size() < shortestMaskedSecret)
        return {};
    QStringList forms{trimmed};
    if (trimmed != value)
        forms << value;
    const QByteArray utf8 = trimmed.toUtf8();
    forms << base64Forms(utf8);
    const QString percent = QString::fromLatin1(utf8.toPercentEncoding());
    forms << percent << percent.toLower(); // %2F and %2f both occur
    QString form = percent;
    forms << form.replace(QLatin1String("%20"), QLatin1String("+")); // application/x-www-form-urlencoded
    forms << jsonEscaped(trimmed, false) << jsonEscaped(trimmed, true);
    QString slashes = jsonEscaped(trimmed, false);
    forms << slashes.replace(QLatin1Char('/'), QLatin1String("\\/")); // PHP's and older encoders' \/
    forms.removeDuplicates();
    forms.removeIf([](const QString &f) { return f.size() < shortestMaskedSecret; });
    return forms;
}

void Redactor::addSecret(const QString &value, Origin origin)
{
    addForms(formsOf(value), origin);
}

void Redactor::addCredentialPair(const QString &user, const QString &secret, Origin origin)
{
    if (user.isEmpty() || secret.trimmed().size() < shortestMaskedSecret)
        return;
    addForms(base64Forms((user + QLatin1Char(':') + secret.trimmed()).toUtf8()), origin);
}

void Redactor::addForms(const QStringList &forms, Origin origin)
{
    QList<QString> &mine = m_byOrigin[int(origin)];
    const qsizetype before = mine.size();
    for (const QString &form : forms) {
        if (form.size() >= shortestMaskedSecret && !mine.contains(form))
            mine.append(form);
    }
    if (mine.size() != before)
        merge();
}

void Redactor::clearSecrets(Origin origin)
{
    for (QString &literal : m_byOrigin[int(origin)])
        literal.fill(QLatin1Char('\0'));
    m_byOrigin[int(origin)].clear();
    merge();
}

void Redactor::merge()
{
    for (QString &literal : m_literals)
        literal.fill(QLatin1Char('\0'));
    m_literals = m_byOrigin[0];
    for (const QString &form : std::as_const(m_byOrigin[1])) {
        if (!m_literals.contains(form))
            m_literals.append(form);
    }
    std::stable_sort(m_literals.begin(), m_literals.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    m_expression = QRegularExpression();
    m_expressionStale = true;
}

// One alternation, longest first: one pass over the text however many forms there are.
const QRegularExpression &Redactor::literalsExpression() const
{
    if (m_expressionStale) {
        QStringList escaped;
        escaped.reserve(m_literals.size());
        for (const QString &literal : m_literals)
            escaped << QRegularExpression::escape(literal);
        m_expression = QRegularExpression(escaped.join(QLatin1Char('|')), QRegularExpression::DontCaptureOption);
        m_expression.optimize();
        m_expressionStale = false;
    }
    return m_expression;
}

QString Redactor::redact(const QString &text) const
{
    if (m_literals.isEmpty())
        return redactPatterns(text);
    QString result = text;
    result.replace(literalsExpression(), mask());
    return redactPatterns(result);
}

const QStringList &Redactor::tokenPrefixes()
{
    static const QStringList prefixes{QStringLiteral("sk_live_"), QStringLiteral("sk_test_"), QStringLiteral("rk_live_"),
                                      QStringLiteral("rk_test_"), QStringLiteral("whsec_"),   QStringLiteral("ghp_"),
                                      QStringLiteral("gho_"),     QStringLiteral("ghu_"),     QStringLiteral("ghs_"),
                                      QStringLiteral("ghr_"),     QStringLiteral("github_pat_")};
    return prefixes;
}

const QRegularExpression &Redactor::secretAssignmentLead()
{
    // The `[=:]` part may still be to come at the end of a piece.
    static const QRegularExpression lead(
        QStringLiteral("\\b[A-Z0-9_]*(SECRET|TOKEN|PASSWORD|PASSWD|KEY)\"?\\s*([=:]\\s*\"?)?"));
    return lead;
}

QString Redactor::redactPatterns(const QString &text)
{
    static const QRegularExpression pemBlock(
        QStringLiteral("-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----[\\s\\S]*?(-----END \\1PRIVATE KEY-----|$)"));
    static const QRegularExpression tokens(
        QStringLiteral("\\b(") + tokenPrefixes().join(QLatin1Char('|')) + QStringLiteral(")[A-Za-z0-9_]+"));
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
