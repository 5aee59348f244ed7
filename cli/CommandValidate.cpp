#include "cli/Commands.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/util/JsonShapes.hpp"
#include "core/validation/Validator.hpp"

namespace aifp::cli {

namespace {

json::Value findingJson(const Finding& f) {
    return json::object({{"rule", f.rule},
                         {"severity", toString(f.severity)},
                         {"objects", json::arrayOf(f.objects)},
                         {"message", f.message},
                         {"fix", f.fix},
                         {"source", f.source}});
}

int runValidate(const Args& args, std::ostream& out, std::ostream&) {
    const std::string format = args.format();
    ValidationOptions options;
    if (args.has("air-limit-kw")) {
        options.airCoolingLimitKw = args.number("air-limit-kw", 0.0);
        if (options.airCoolingLimitKw <= 0)
            throw UsageError("--air-limit-kw: must be a positive number of kW");
    }
    const Design design = openDesign(args, args.positional().at(0));

    Validator validator(Catalog::builtin(), options);
    const ValidationResult result = validator.validateAll(design);
    if (format == "json") {
        printJson(out, json::object({{"findings", json::arrayOf(result.findings, findingJson)},
                                     {"errors", result.errors},
                                     {"warnings", result.warnings},
                                     {"infos", result.infos}}));
    } else {
        // Severity words as the text shows them (JSON keeps the identifiers).
        [[maybe_unused]] static const char* const kSeverityWords[] = {
            AIFP_TRANSLATE_NOOP("Cli", "error"), AIFP_TRANSLATE_NOOP("Cli", "warning"),
            AIFP_TRANSLATE_NOOP("Cli", "info")};
        for (const Finding& f : result.findings) {
            out << tr("Cli", toString(f.severity)) << " " << f.rule << ": " << f.message << "\n";
            if (!f.fix.empty())
                out << "    " << fill(tr("Cli", "fix: %1"), {f.fix}) << "\n";
            if (!f.source.empty())
                out << "    " << fill(tr("Cli", "source: %1"), {f.source}) << "\n";
        }
        out << fill(tr("Cli", "%1 error(s), %2 warning(s), %3 info(s)"),
                    {std::to_string(result.errors), std::to_string(result.warnings),
                     std::to_string(result.infos)})
            << "\n";
    }
    return result.errors > 0 ? kExitFindings : kExitOk;
}

} // namespace

Command validateCommand() {
    Command c;
    c.name = "validate";
    c.summary = AIFP_TRANSLATE_NOOP(
        "Cli", "Check a design against the engineering rules (power, cooling, network, ...)");
    c.synopsis = "FILE";
    c.description = AIFP_TRANSLATE_NOOP(
        "Cli",
        "Runs every validation rule (density, power, cooling, network, geometry; see\n"
        "docs/validation.md) on the design in FILE and prints each finding with its rule id,\n"
        "severity, objects, message, suggested fix and the source of its threshold.\n"
        "Exit code 1 when there is at least one error finding, 0 otherwise, 2 when FILE\n"
        "cannot be read.");
    c.options = {
        formatOption({"text", "json"}),
        {"air-limit-kw", "X",
         AIFP_TRANSLATE_NOOP("Cli", "air-cooling limit per rack, kW (default: the design's)")}};
    c.minPositional = c.maxPositional = 1;
    c.readsProject = true;
    c.run = runValidate;
    return c;
}

} // namespace aifp::cli
