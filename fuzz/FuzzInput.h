#pragma once

// Helpers shared by the fuzz targets: the input as Qt types, and a reader that
// draws small decisions (lengths, choices) from the front of the input.
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace StratumFuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

class Reader
{
public:
    Reader(const uint8_t *data, size_t size) : m_data(data), m_size(size) {}
    bool atEnd() const { return m_at >= m_size; }
    uint8_t byte() { return atEnd() ? 0 : m_data[m_at++]; }
    int below(int limit) { return limit <= 1 ? 0 : byte() % limit; }
    QByteArray take(size_t count)
    {
        count = std::min(count, m_size - m_at);
        const QByteArray taken(reinterpret_cast<const char *>(m_data + m_at), static_cast<qsizetype>(count));
        m_at += count;
        return taken;
    }
    QByteArray rest() { return take(m_size - m_at); }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_at = 0;
};

} // namespace StratumFuzz
