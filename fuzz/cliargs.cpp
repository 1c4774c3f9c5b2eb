// stratumctl's command line: the words of the input (split at NUL bytes)
// matched against the command table. Either a command whose every value has
// its kind, or one sentence saying what is wrong.
#include "FuzzInput.h"

#include "cli/CommandTable.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringList arguments;
    for (const QByteArray &word : StratumFuzz::bytes(data, size).split('\0'))
        arguments << QString::fromUtf8(word);
    const Stratum::Invocation invocation = Stratum::parseCommandLine(arguments);
    if (!invocation.ok()) {
        if (invocation.error.contains(QLatin1Char('\n')) && !invocation.error.startsWith(QLatin1String("usage:")))
            std::abort(); // one sentence
        return 0;
    }
    if (!invocation.command)
        return 0;
    for (const Stratum::OptionSpec &option : invocation.command->options) {
        if ((option.kind == Stratum::ValueKind::Sha || option.kind == Stratum::ValueKind::FullSha)
            && invocation.values.contains(option.name) && !invocation.sha(option.name))
            std::abort(); // a SHA option that got through is a SHA
    }
    return 0;
}
