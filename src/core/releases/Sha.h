#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Stratum {

// A commit SHA as the app accepts one: 7 to 40 hex digits (a prefix) or all
// 40 (full), kept lowercase. Text that is anything else never becomes a Sha,
// so a Sha is always safe to put into a remote command.
class Sha
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::Sha)
public:
    static constexpr int fullLength = 40;
    static constexpr int shortLength = 12; // how SHAs are shown to people

    Sha() = default; // null: no SHA given
    static std::optional<Sha> parse(const QString &text);     // prefix or full, any case
    static std::optional<Sha> parseFull(const QString &text); // all 40 digits, any case
    // One sentence saying why `text` is not a SHA (empty when it is one).
    static QString problem(const QString &text, bool fullRequired = false);

    static bool isFullText(const QString &text);   // exactly 40 lowercase hex digits, as git prints them
    static bool isPrefixText(const QString &text); // 7 to 40 hex digits in any case, nothing else

    bool isNull() const { return m_text.isEmpty(); }
    bool isFull() const { return m_text.size() == fullLength; }
    const QString &text() const { return m_text; }
    QString shortForm() const { return m_text.left(shortLength); }
    bool isPrefixOf(const QString &fullSha) const { return !isNull() && fullSha.startsWith(m_text); }

    friend bool operator==(const Sha &a, const Sha &b) { return a.m_text == b.m_text; }

private:
    explicit Sha(QString text) : m_text(std::move(text)) {}
    QString m_text;
};

} // namespace Stratum
