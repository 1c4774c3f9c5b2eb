#include "RelayFrames.h"

#include <QtEndian>

namespace Stratum::RelayFrames {

namespace {

bool knownType(char type)
{
    switch (static_cast<Type>(type)) {
    case Type::Request:
    case Type::Interrupt:
    case Type::Out:
    case Type::Err:
    case Type::Exit:
    case Type::Declined:
        return true;
    }
    return false;
}

} // namespace

QByteArray frame(Type type, const QByteArray &payload)
{
    QByteArray bytes(5, Qt::Uninitialized);
    bytes[0] = static_cast<char>(type);
    qToBigEndian<quint32>(static_cast<quint32>(payload.size()), bytes.data() + 1);
    return bytes + payload;
}

QByteArray request(const QStringList &arguments)
{
    return arguments.join(QChar(u'\0')).toUtf8();
}

QStringList requestArguments(const QByteArray &payload)
{
    return payload.isEmpty() ? QStringList() : QString::fromUtf8(payload).split(QChar(u'\0'));
}

std::optional<Frame> Reader::next()
{
    if (broken() || m_buffer.size() < 5)
        return std::nullopt;
    const char type = m_buffer.at(0);
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData() + 1);
    if (!knownType(type) || length > quint32(maxPayload)) {
        m_error = QStringLiteral("a broken frame (type %1, %2 bytes)").arg(int(static_cast<unsigned char>(type))).arg(length);
        m_buffer.clear();
        return std::nullopt;
    }
    if (m_buffer.size() < 5 + qsizetype(length))
        return std::nullopt;
    Frame frame{static_cast<Type>(type), m_buffer.mid(5, length)};
    m_buffer.remove(0, 5 + length);
    return frame;
}

} // namespace Stratum::RelayFrames
