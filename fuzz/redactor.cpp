// The redactor as a property: for any text with secrets in it, cut into any
// pieces and interleaved on two streams (stdout and stderr) in any order, no
// planted secret and none of its Base64 forms appears in what is shown, and no
// terminal control sequence either (they are removed before redaction).
#include "FuzzInput.h"

#include "redaction/StreamRedactor.h"

#include <cstdlib>

namespace {

// A secret of 4 to 40 printable ASCII characters; '*' is the mask itself.
QByteArray secretFrom(StratumFuzz::Reader &input)
{
    QByteArray secret;
    const int length = 4 + input.below(37);
    for (int i = 0; i < length; ++i) {
        char c = static_cast<char>(0x21 + input.below(0x7e - 0x21 + 1));
        if (c == '*')
            c = 'q';
        secret += c;
    }
    return secret;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    StratumFuzz::Reader input(data, size);
    Stratum::Redactor redactor;
    QList<QByteArray> secrets;
    const int count = 1 + input.below(3);
    for (int i = 0; i < count; ++i) {
        secrets << secretFrom(input);
        redactor.addSecret(QString::fromLatin1(secrets.last()));
    }
    // Two streams of text with the secrets (and their Base64 forms) dropped in.
    QByteArray streams[2];
    const int parts = input.below(12);
    for (int i = 0; i < parts; ++i) {
        QByteArray &stream = streams[input.below(2)];
        switch (input.below(4)) {
        case 0: stream += secrets.at(input.below(count)); break;
        case 1: stream += secrets.at(input.below(count)).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals); break;
        case 2: stream += secrets.at(input.below(count)).toBase64(); break;
        default: stream += input.take(input.below(24)); break;
        }
    }
    // Cut into pieces and interleaved as the input says.
    Stratum::StreamRedactor stream(&redactor, 16 + input.below(64));
    QString shown;
    qsizetype at[2] = {0, 0};
    while (at[0] < streams[0].size() || at[1] < streams[1].size()) {
        int which = input.below(2);
        if (at[which] >= streams[which].size())
            which = 1 - which;
        const qsizetype piece = 1 + input.below(20);
        shown += stream.feed(which == 0 ? Stratum::StreamRedactor::Out : Stratum::StreamRedactor::Err,
                             streams[which].mid(at[which], piece));
        at[which] += piece;
    }
    for (const Stratum::StreamRedactor::Piece &piece : stream.finish())
        shown += piece.text;
    for (const QString &form : redactor.secretForms()) {
        if (shown.contains(form))
            std::abort();
    }
    if (shown.contains(QLatin1Char('\x1b')))
        std::abort();
    return 0;
}
