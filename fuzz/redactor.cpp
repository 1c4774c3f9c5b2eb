// The redactor as a property: for any text with secrets in it (ASCII or not),
// planted in any of the forms they travel in (as they are, Base64, URL-encoded,
// JSON-escaped, user:secret in Base64), cut into any pieces and interleaved on
// two streams (stdout and stderr) in any order, no planted secret and none of
// its forms appears in what is shown, and no terminal control sequence either
// (they are removed before redaction).
#include "FuzzInput.h"

#include "core/redaction/StreamRedactor.h"

#include <cstdlib>

namespace {

// A secret of 4 to 40 characters: printable ASCII ('*' is the mask itself) and now and then
// one beyond ASCII, as passwords have them.
QString secretFrom(StratumFuzz::Reader &input)
{
    static const QString beyondAscii = QStringLiteral("äöüßé€部署✓");
    QString secret;
    const int length = 4 + input.below(37);
    for (int i = 0; i < length; ++i) {
        if (input.below(8) == 0) {
            secret += beyondAscii.at(input.below(int(beyondAscii.size())));
            continue;
        }
        char c = static_cast<char>(0x21 + input.below(0x7e - 0x21 + 1));
        if (c == '*')
            c = 'q';
        secret += QLatin1Char(c);
    }
    return secret;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    StratumFuzz::Reader input(data, size);
    Stratum::Redactor redactor;
    QList<QString> secrets;
    const int count = 1 + input.below(3);
    for (int i = 0; i < count; ++i) {
        secrets << secretFrom(input);
        redactor.addSecret(secrets.last());
    }
    const QString user = QStringLiteral("deploy-user");
    redactor.addCredentialPair(user, secrets.first());
    // Two streams of text with the secrets, in any of their forms, dropped in.
    QByteArray streams[2];
    const int parts = input.below(12);
    for (int i = 0; i < parts; ++i) {
        QByteArray &stream = streams[input.below(2)];
        switch (input.below(3)) {
        case 0: {
            const QStringList forms = Stratum::Redactor::formsOf(secrets.at(input.below(count)));
            stream += forms.at(input.below(int(forms.size()))).toUtf8();
            break;
        }
        case 1: stream += (user + QLatin1Char(':') + secrets.first()).toUtf8().toBase64(); break;
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
