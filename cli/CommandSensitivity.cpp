#include "cli/AnalysisCommand.hpp"
#include "cli/Commands.hpp"
#include "core/i18n/Translate.hpp"
#include "core/options/Sensitivity.hpp"

namespace aifp::cli {

namespace {

int runSensitivity(const Args& args, std::ostream& out, std::ostream&) {
    return printAnalysis(args, out, sensitivity, sensitivityJson, sensitivityText);
}

} // namespace

Command sensitivityCommand() {
    Command c;
    c.name = "sensitivity";
    c.summary = AIFP_TRANSLATE_NOOP(
        "Cli", "Sweep prices, utilisation, speed, PUE and lead times: cost per token and first "
               "token");
    c.synopsis = "FILE";
    c.description = AIFP_TRANSLATE_NOOP(
        "Cli",
        "Sweeps one input at a time over a stated range (docs/options.md) and prints cost per\n"
        "million tokens against GPU system price, electricity price, utilisation, per-user speed,\n"
        "annual PUE and IT amortisation life, and first token against each equipment lead time\n"
        "and the construction durations; drivers in tornado order (largest swing first).");
    c.options = {formatOption({"text", "json"})};
    c.minPositional = c.maxPositional = 1;
    c.readsProject = true;
    c.run = runSensitivity;
    return c;
}

} // namespace aifp::cli
