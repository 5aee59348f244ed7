#include "cli/AnalysisCommand.hpp"
#include "cli/Commands.hpp"
#include "core/i18n/Translate.hpp"
#include "core/options/RiskRegister.hpp"
#include "core/options/Sensitivity.hpp"

namespace aifp::cli {

namespace {

int runRisks(const Args& args, std::ostream& out, std::ostream&) {
    return printAnalysis(
        args, out,
        [](const Design& design, const Catalog& catalog) {
            return riskRegister(design, catalog, sensitivity(design, catalog));
        },
        riskRegisterJson, riskRegisterText);
}

} // namespace

Command risksCommand() {
    Command c;
    c.name = "risks";
    c.summary = AIFP_TRANSLATE_NOOP(
        "Cli", "Risk register derived from the engines: long leads, findings, assumptions");
    c.synopsis = "FILE";
    c.description = AIFP_TRANSLATE_NOOP(
        "Cli",
        "Derives the proposal's risks from the engines, highest first: long-lead items that move\n"
        "first token within their lead-time range, validation findings of severity error or\n"
        "warning, the estimate's error band, assumed inputs that move cost per token by 5 % or\n"
        "more, bridging power and supply priority. Each has probability, impact (quantified\n"
        "where possible), owner role and mitigation; rating rules in docs/options.md.");
    c.options = {formatOption({"text", "json"})};
    c.minPositional = c.maxPositional = 1;
    c.readsProject = true;
    c.run = runRisks;
    return c;
}

} // namespace aifp::cli
