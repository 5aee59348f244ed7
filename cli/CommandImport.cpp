#include "cli/Commands.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/DesignJson.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/io/ProjectFileGuard.hpp"

namespace aifp::cli {

namespace {

int runImport(const Args& args, std::ostream& out, std::ostream&) {
    const std::string& source = args.positional().at(0);
    const std::string& target = args.positional().at(1);
    if (sameFile(source, target))
        throw UsageError(target + ": is the input file; choose another output");
    Design design;
    try {
        // Only a regular file of bounded size (a FIFO or /dev/zero would never end), read as a
        // stream: memory holds the design, not the document.
        design = importDesignJsonFile(source, Catalog::builtin());
    } catch (const ProjectFileError& e) {
        throw UsageError(e.what());
    } catch (const json::ParseError& e) {
        throw UsageError(source + ": not valid JSON (" + e.what() + ")");
    } catch (const DesignJsonError& e) {
        throw UsageError(source + ": " + e.what());
    }
    saveDesign(design, target);
    out << "wrote " << target << ": " << design.halls.size() << " halls, " << design.racks.size()
        << " racks, " << design.powerNodes.size() << " power nodes, " << design.coolingNodes.size()
        << " cooling nodes, " << design.switches.size() << " switches, "
        << design.networkLinks.size() << " network link bundles\n";
    return kExitOk;
}

} // namespace

Command importCommand() {
    Command c;
    c.name = "import";
    c.summary = AIFP_TRANSLATE_NOOP(
        "Cli", "Create a project file from a design in JSON (format aifp-design)");
    c.synopsis = "DESIGN.json OUT.aifp";
    c.description = AIFP_TRANSLATE_NOOP(
        "Cli",
        "Reads DESIGN.json, validates every field (types, ranges, enum names, unique ids,\n"
        "references, catalog ids) and writes OUT.aifp atomically (an existing OUT.aifp is\n"
        "replaced only when the new file is complete). An invalid document is reported as\n"
        "one line naming the field, e.g. 'racks[3].center.x_m: not a finite number', exit 2.");
    c.minPositional = c.maxPositional = 2;
    c.run = runImport;
    return c;
}

} // namespace aifp::cli
