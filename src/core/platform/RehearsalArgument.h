#pragma once

namespace Stratum {

// `--rehearsal` among the options (before a lone "--", which ends them), or `rehearsal` as the
// command. Without Qt: the app, stratumctl-engine and stratumctl's launcher decide alike.
bool rehearsalInArguments(int argc, char **argv);

} // namespace Stratum
