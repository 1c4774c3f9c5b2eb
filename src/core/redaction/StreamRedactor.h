#pragma once

#include "core/redaction/Redactor.h"
#include "core/redaction/TerminalText.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Stratum {

// Redacts output that arrives in pieces on two streams (a remote command's
// stdout and stderr) so that no secret survives however the bytes were cut
// and interleaved: whole lines are redacted; an unfinished line waits; a line
// longer than `maxLine` is cut only where no stored secret spans the cut and
// where the piece shown does not end with the start of one; and the two
// streams' unfinished ends are redacted together when the output ends. A
// private key stays masked from its BEGIN line to its END line across pieces.
// Terminal control sequences are removed first (see TerminalControlFilter).
class StreamRedactor
{
public:
    enum Stream { Out = 0, Err = 1 };

    explicit StreamRedactor(const Redactor *redactor, qsizetype maxLine = 64 * 1024);

    // Raw bytes of one stream in; what may be shown now out, redacted (often empty).
    QString feed(Stream stream, const QByteArray &bytes);
    struct Piece {
        Stream stream;
        QString text;
    };
    // The output ended: what was held back, redacted.
    QList<Piece> finish();

    // Whole lines of one stream, redacted, with the private-key state carried across calls.
    QString redactLines(Stream stream, const QString &lines);

private:
    qsizetype safeCut(const QByteArray &buffer) const;
    QString redactText(const QString &text) const;

    const Redactor *m_redactor;
    qsizetype m_maxLine;
    QByteArray m_partial[2];
    TerminalControlFilter m_terminal[2];
    bool m_inPrivateKey[2] = {false, false};
};

} // namespace Stratum
