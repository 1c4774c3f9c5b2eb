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
    QByteArray bytes(RelayWire::headerSize, Qt::Uninitialized);
    bytes[0] = static_cast<char>(type);
    qToBigEndian<quint32>(static_cast<quint32>(payload.size()), bytes.data() + 1);
    return bytes + payload;
}

QByteArray request(const QStringList &arguments, bool fromTerminal)
{
    QByteArray payload(1, fromTerminal ? '1' : '0');
    for (const QString &argument : arguments)
        payload += argument.toUtf8() + '\0';
    return payload;
}

QStringList requestArguments(const QByteArray &payload)
{
    QStringList arguments = QString::fromUtf8(payload.mid(1)).split(QChar(u'\0'));
    arguments.removeLast(); // after the last word's end
    return arguments;
}

bool requestFromTerminal(const QByteArray &payload)
{
    return payload.startsWith('1');
}

std::optional<Frame> Reader::next()
{
    if (broken() || m_buffer.size() < RelayWire::headerSize)
        return std::nullopt;
    const char type = m_buffer.at(0);
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData() + 1);
    if (!knownType(type) || length > quint32(maxPayload)) {
        m_error = QStringLiteral("a broken frame (type %1, %2 bytes)").arg(int(static_cast<unsigned char>(type))).arg(length);
        m_buffer.clear();
        return std::nullopt;
    }
    if (m_buffer.size() < RelayWire::headerSize + qsizetype(length))
        return std::nullopt;
    Frame frame{static_cast<Type>(type), m_buffer.mid(RelayWire::headerSize, length)};
    m_buffer.remove(0, RelayWire::headerSize + length);
    return frame;
}

} // namespace Stratum::RelayFrames
