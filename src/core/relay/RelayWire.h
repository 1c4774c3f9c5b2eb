#pragma once

// The relay's wire format, shared by the app's side (RelayFrames, with Qt) and
// stratumctl's launcher (RelayClient, without Qt, so that it starts in a few
// milliseconds): frames of one type byte, a 4-byte big-endian payload length and
// the payload. A request's payload is '1' or '0' (standard input is a terminal)
// followed by the command line's words, each ended by '\0'.
namespace Stratum::RelayWire {

constexpr char request = 'R';   // CLI → app
constexpr char interrupt = 'I'; // CLI → app: Ctrl-C (empty payload)
constexpr char out = 'O';       // app → CLI: standard output bytes
constexpr char err = 'E';       // app → CLI: standard error bytes
constexpr char exit = 'X';      // app → CLI: the exit code, in decimal
constexpr char declined = 'D';  // app → CLI, before anything ran: the CLI runs the command itself

constexpr int headerSize = 5;
constexpr long maxPayload = 1L << 20; // longer frames are a broken peer: the connection ends

} // namespace Stratum::RelayWire
