#include "TerminalText.h"

#include <algorithm>

namespace Stratum {

namespace {

constexpr char escape = '\x1b';
constexpr unsigned char c1Lead = 0xc2; // U+0080–U+009F in UTF-8: C2 80 … C2 9F
constexpr qsizetype longestHeldSequence = 4096; // an OSC that never ends is dropped, not kept without bound

bool isControl(unsigned char c)
{
    return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f;
}

bool inRange(unsigned char c, unsigned char low, unsigned char high)
{
    return c >= low && c <= high;
}

// A byte where something may have to be taken out: a C0 control, DEL, or the first byte of
// a C1 control (U+0080–U+009F, which terminals also obey: U+009B is a CSI).
bool mayBeginControl(unsigned char c)
{
    return isControl(c) || c == c1Lead;
}

// One past the escape sequence that starts at `at`, or -1 when the bytes end inside it.
// A malformed sequence ends before the byte that does not belong to it.
qsizetype sequenceEnd(const QByteArray &bytes, qsizetype at)
{
    const qsizetype size = bytes.size();
    qsizetype i = at + 1;
    if (i >= size)
        return -1;
    const unsigned char kind = static_cast<unsigned char>(bytes[i]);
    if (kind == '[') { // CSI: parameter and intermediate bytes, then one final byte
        for (++i; i < size; ++i) {
            const unsigned char c = static_cast<unsigned char>(bytes[i]);
            if (inRange(c, 0x40, 0x7e))
                return i + 1;
            if (!inRange(c, 0x20, 0x3f))
                return i;
        }
        return -1;
    }
    if (kind == ']' || kind == 'P' || kind == 'X' || kind == '^' || kind == '_') { // a string, to BEL or ESC '\'
        for (++i; i < size; ++i) {
            if (bytes[i] == '\x07')
                return i + 1;
            if (bytes[i] == escape) {
                if (i + 1 >= size)
                    return -1;
                return bytes[i + 1] == '\\' ? i + 2 : i;
            }
        }
        return -1;
    }
    while (i < size && inRange(static_cast<unsigned char>(bytes[i]), 0x20, 0x2f)) // ESC, intermediates, a final byte
        ++i;
    if (i >= size)
        return -1;
    return inRange(static_cast<unsigned char>(bytes[i]), 0x30, 0x7e) ? i + 1 : i;
}

// `in` without its complete sequences and control bytes, into `out`; returns where an
// unfinished sequence begins (the size of `in` when there is none).
qsizetype firstControl(const QByteArray &bytes)
{
    const auto first = std::find_if(bytes.cbegin(), bytes.cend(), [](char c) { return mayBeginControl(static_cast<unsigned char>(c)); });
    return first - bytes.cbegin();
}

qsizetype strip(const QByteArray &in, QByteArray &out)
{
    qsizetype i = firstControl(in);
    if (i == in.size()) {
        out += in;
        return in.size();
    }
    out += QByteArrayView(in).first(i);
    while (i < in.size()) {
        const unsigned char c = static_cast<unsigned char>(in[i]);
        if (c == static_cast<unsigned char>(escape)) {
            const qsizetype end = sequenceEnd(in, i);
            if (end < 0)
                return i;
            i = end;
            continue;
        }
        if (c == c1Lead) {
            if (i + 1 >= in.size())
                return i; // the next piece says whether it is a C1 control
            if (inRange(static_cast<unsigned char>(in[i + 1]), 0x80, 0x9f)) {
                i += 2;
                continue;
            }
        }
        if (!isControl(c))
            out += static_cast<char>(c);
        ++i;
    }
    return in.size();
}

} // namespace

QString withoutTerminalControls(const QString &text)
{
    const bool clean = std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c.unicode() < 0x80 && isControl(static_cast<unsigned char>(c.unicode())))
               || (c.unicode() >= 0x80 && c.unicode() <= 0x9f);
    });
    if (clean)
        return text;
    QByteArray out;
    strip(text.toUtf8(), out); // an unfinished sequence at the end is dropped
    return QString::fromUtf8(out);
}

QByteArray TerminalControlFilter::feed(const QByteArray &bytes)
{
    if (m_held.isEmpty() && firstControl(bytes) == bytes.size())
        return bytes; // the common case: nothing to take out, nothing copied
    const QByteArray in = m_held.isEmpty() ? bytes : m_held + bytes;
    m_held.clear();
    QByteArray out;
    const qsizetype unfinished = strip(in, out);
    if (unfinished < in.size() && in.size() - unfinished <= longestHeldSequence)
        m_held = in.mid(unfinished);
    return out;
}

QByteArray TerminalControlFilter::finish()
{
    m_held.clear();
    return {};
}

} // namespace Stratum
