#pragma once

#include "core/relay/RelayWire.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stratum {

// What stratumctl and the app (or `stratumctl keep`) say to each other over the
// private local socket (RelayWire.h), on the app's side. The CLI asks for an
// operation (its command line), never for a credential; the answer is the
// command's output and its exit code.
namespace RelayFrames {

enum class Type : char { // RelayWire.h says what each is
    Request = RelayWire::request,
    Interrupt = RelayWire::interrupt,
    Out = RelayWire::out,
    Err = RelayWire::err,
    Exit = RelayWire::exit,
    Declined = RelayWire::declined,
};

constexpr qsizetype maxPayload = RelayWire::maxPayload;

QByteArray frame(Type type, const QByteArray &payload = {});
QByteArray request(const QStringList &arguments, bool fromTerminal);
QStringList requestArguments(const QByteArray &payload);
bool requestFromTerminal(const QByteArray &payload); // stratumctl's standard input is a terminal

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
