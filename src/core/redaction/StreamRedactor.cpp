#include "StreamRedactor.h"

#include <QRegularExpression>

#include <vector>

namespace Stratum {

namespace {

const QRegularExpression &privateKeyBegin()
{
    static const QRegularExpression begin(QStringLiteral("-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----"));
    return begin;
}

const QRegularExpression &privateKeyEnd()
{
    static const QRegularExpression end(QStringLiteral("-----END [A-Z0-9 ]*PRIVATE KEY-----[^\\n]*\\n?"));
    return end;
}

// Every line of `text` replaced by the mask, line ends kept.
QString maskLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (!line.isEmpty())
            line = Redactor::mask();
    }
    return lines.join(QLatin1Char('\n'));
}

// Moves a byte position back onto the start of a UTF-8 sequence.
qsizetype utf8Boundary(const QByteArray &bytes, qsizetype position)
{
    while (position > 0 && position < bytes.size() && (static_cast<unsigned char>(bytes.at(position)) & 0xC0) == 0x80)
        --position;
    return position;
}

bool isWordByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool isEnvName(QLatin1StringView word)
{
    return std::all_of(word.begin(), word.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; });
}

// A secret recognised by its shape is masked only when it arrives whole: no cut inside a word
// that begins like a token (ghp_…, or at the end what could still become one: "gh"), nor
// between a secret-named assignment and its value (JWT_SECRET= | value).
void blockShapedSecrets(const QByteArray &buffer, std::vector<bool> &blocked)
{
    const qsizetype size = buffer.size();
    for (qsizetype start = 0; start < size;) {
        if (!isWordByte(buffer[start])) {
            ++start;
            continue;
        }
        qsizetype end = start;
        while (end < size && isWordByte(buffer[end]))
            ++end;
        const bool open = end == size; // the next piece may continue it
        const QLatin1StringView word(buffer.constData() + start, end - start);
        const bool risky = std::any_of(Redactor::tokenPrefixes().cbegin(), Redactor::tokenPrefixes().cend(),
                                       [&](const QString &prefix) {
            return word.startsWith(prefix) || (open && QStringView(prefix).startsWith(word));
        }) || (open && isEnvName(word)); // JWT_SEC… may become JWT_SECRET=
        if (risky) {
            for (qsizetype c = start + 1; c < end || (open && c == end); ++c)
                blocked[size_t(c)] = true;
        }
        start = end;
    }
    const QString latin = QString::fromLatin1(buffer); // one character a byte: positions agree
    for (auto it = Redactor::secretAssignmentLead().globalMatch(latin); it.hasNext();) {
        const QRegularExpressionMatch lead = it.next();
        if (lead.captured(2).isEmpty() && lead.capturedEnd() < size)
            continue; // a name without a value: nothing to mask after it
        for (qsizetype c = lead.capturedStart() + 1; c <= lead.capturedEnd(); ++c)
            blocked[size_t(c)] = true;
    }
}

} // namespace

StreamRedactor::StreamRedactor(const Redactor *redactor, qsizetype maxLine)
    : m_redactor(redactor), m_maxLine(std::max<qsizetype>(maxLine, 16))
{
}

QString StreamRedactor::redactText(const QString &text) const
{
    return m_redactor ? m_redactor->redact(text) : Redactor::redactPatterns(text);
}

QString StreamRedactor::redactLines(Stream stream, const QString &lines)
{
    QString rest = lines;
    QString out;
    if (m_inPrivateKey[stream]) {
        const QRegularExpressionMatch end = privateKeyEnd().match(rest);
        if (!end.hasMatch())
            return maskLines(rest);
        out += maskLines(rest.left(end.capturedStart())) + end.captured(0);
        rest = rest.mid(end.capturedEnd());
        m_inPrivateKey[stream] = false;
    }
    out += redactText(rest);
    // A key that began here and has not ended yet: its next lines are masked too.
    qsizetype lastBegin = -1;
    for (auto it = privateKeyBegin().globalMatch(rest); it.hasNext();)
        lastBegin = it.next().capturedStart();
    if (lastBegin >= 0 && !privateKeyEnd().match(rest, lastBegin).hasMatch())
        m_inPrivateKey[stream] = true;
    return out;
}

// Where a line too long to wait for may be cut: no stored secret (or Base64 form) spans
// the cut, and the piece before it does not end with the beginning of one — else the
// other stream's next piece, or this stream's, could complete it in what a person sees;
// nor does a secret recognised by its shape.
// Each secret is followed through the buffer with a KMP automaton. 0: nowhere.
qsizetype StreamRedactor::safeCut(const QByteArray &buffer) const
{
    const qsizetype size = buffer.size();
    std::vector<bool> blocked(size_t(size) + 1, false);
    blocked[0] = true;
    if (m_redactor) {
        for (const QString &form : m_redactor->secretForms()) {
            const QByteArray secret = form.toUtf8();
            const qsizetype length = secret.size();
            if (length < 2)
                continue;
            std::vector<qsizetype> fail(size_t(length), 0); // KMP: the longest proper border of each prefix
            for (qsizetype i = 1, k = 0; i < length; ++i) {
                while (k > 0 && secret[i] != secret[k])
                    k = fail[size_t(k - 1)];
                if (secret[i] == secret[k])
                    ++k;
                fail[size_t(i)] = k;
            }
            qsizetype matched = 0; // how much of the secret the buffer up to here ends with
            for (qsizetype c = 1; c <= size; ++c) {
                const char byte = buffer[c - 1];
                while (matched > 0 && (matched == length || byte != secret[matched]))
                    matched = fail[size_t(matched - 1)];
                if (byte == secret[matched])
                    ++matched;
                if (matched == length) {
                    for (qsizetype inside = c - length + 1; inside < c; ++inside)
                        blocked[size_t(inside)] = true; // a whole occurrence spans these
                    if (fail[size_t(length - 1)] > 0)
                        blocked[size_t(c)] = true; // it also ends with the secret's beginning ("abab…")
                } else if (matched > 0) {
                    blocked[size_t(c)] = true; // the piece would end with the secret's beginning
                }
            }
        }
    }
    blockShapedSecrets(buffer, blocked);
    // The latest free position, a word boundary when there is one near the end.
    qsizetype last = 0;
    for (qsizetype c = size; c > 0 && last == 0; --c) {
        if (!blocked[size_t(c)] && utf8Boundary(buffer, c) == c)
            last = c;
    }
    for (qsizetype c = last; c > last / 2 && c > 0; --c) {
        if (!blocked[size_t(c)] && buffer[c - 1] == ' ' && utf8Boundary(buffer, c) == c)
            return c;
    }
    return last;
}

QString StreamRedactor::feed(Stream stream, const QByteArray &bytes)
{
    QByteArray &partial = m_partial[stream];
    partial += m_terminal[stream].feed(bytes);
    const qsizetype end = partial.lastIndexOf('\n');
    if (end >= 0) {
        const QString lines = QString::fromUtf8(partial.left(end + 1));
        partial.remove(0, end + 1);
        return redactLines(stream, lines);
    }
    if (partial.size() <= m_maxLine)
        return {};
    const qsizetype cut = safeCut(partial);
    if (cut > 0) {
        const QString piece = QString::fromUtf8(partial.left(cut));
        partial.remove(0, cut);
        return redactLines(stream, piece);
    }
    if (partial.size() <= 4 * m_maxLine)
        return {};
    // Nowhere safe to cut in four times the limit (every byte could begin a secret):
    // masked as a whole rather than kept without bound or risked.
    partial.clear();
    return Redactor::mask();
}

QList<StreamRedactor::Piece> StreamRedactor::finish()
{
    m_terminal[Out].finish();
    m_terminal[Err].finish();
    const QString out = QString::fromUtf8(std::exchange(m_partial[Out], {}));
    const QString err = QString::fromUtf8(std::exchange(m_partial[Err], {}));
    QList<Piece> pieces;
    if (!out.isEmpty() && !err.isEmpty() && !m_inPrivateKey[Out] && !m_inPrivateKey[Err]) {
        // Shown one after the other, the two ends could make one secret: redact them as one.
        const QString joint = redactText(out + err);
        if (joint != redactText(out) + redactText(err)) {
            pieces.append({Err, joint});
            return pieces;
        }
    }
    if (!out.isEmpty())
        pieces.append({Out, redactLines(Out, out)});
    if (!err.isEmpty())
        pieces.append({Err, redactLines(Err, err)});
    return pieces;
}

} // namespace Stratum
