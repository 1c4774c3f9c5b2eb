#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stratum {

// What stratumctl and the app (or `stratumctl keep`) say to each other over the
// private local socket: frames of one type byte, a 4-byte big-endian length and
// the payload. The CLI asks for an operation (its command line), never for a
// credential; the answer is the command's output and its exit code.
namespace RelayFrames {

enum class Type : char {
    Request = 'R',   // CLI → app: the command line, UTF-8 words separated by '\0'
    Interrupt = 'I', // CLI → app: Ctrl-C (the payload is empty)
    Out = 'O',       // app → CLI: standard output bytes
    Err = 'E',       // app → CLI: standard error bytes
    Exit = 'X',      // app → CLI: the exit code, in decimal
    Declined = 'D',  // app → CLI, before anything ran: not here (another profile); the CLI runs it itself
};

constexpr qsizetype maxPayload = 1 << 20; // longer frames are a broken peer: the connection ends

QByteArray frame(Type type, const QByteArray &payload = {});
QByteArray request(const QStringList &arguments);
QStringList requestArguments(const QByteArray &payload);

struct Frame {
    Type type;
    QByteArray payload;
};

// Takes bytes as they arrive, in any cuts, and gives whole frames back.
class Reader
{
public:
    void feed(const QByteArray &bytes) { m_buffer += bytes; }
    std::optional<Frame> next(); // nullopt: wait for more, or broken() says why not
    bool broken() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    QByteArray m_buffer;
    QString m_error;
};

} // namespace RelayFrames

} // namespace Stratum
