#include "Sha.h"

#include <QRegularExpression>

namespace Stratum {

bool Sha::isFullText(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{40}$"));
    return pattern.match(text).hasMatch();
}

bool Sha::isPrefixText(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-fA-F]{7,40}$"));
    return pattern.match(text).hasMatch();
}

std::optional<Sha> Sha::parse(const QString &text)
{
    if (!isPrefixText(text))
        return std::nullopt;
    return Sha(text.toLower());
}

std::optional<Sha> Sha::parseFull(const QString &text)
{
    std::optional<Sha> sha = parse(text);
    if (!sha || !sha->isFull())
        return std::nullopt;
    return sha;
}

// The typed text, fit to be quoted on one line.
static QString echoed(const QString &typed)
{
    QString line = typed.left(60);
    for (QChar &c : line) {
        if (!c.isPrint() || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char('?');
    }
    return typed.size() > 60 ? line + QStringLiteral("…") : line;
}

QString Sha::problem(const QString &text, bool fullRequired)
{
    if (fullRequired ? parseFull(text).has_value() : parse(text).has_value())
        return {};
    return fullRequired ? tr("\"%1\" is not a full 40-character commit SHA").arg(echoed(text))
                        : tr("\"%1\" is not a commit SHA: use 7 to 40 hex digits").arg(echoed(text));
}

} // namespace Stratum
