#include "cli/Commands.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/Project.hpp"

namespace aifp::cli {

namespace {

int runCheck(const Args& args, std::ostream& out, std::ostream&) {
    const std::vector<std::string> problems = checkProjectFile(args.positional().at(0));
    if (problems.empty()) {
        out << tr("Cli", "OK") << "\n";
        return kExitOk;
    }
    for (const std::string& p : problems)
        out << p << "\n";
    return kExitFindings;
}

} // namespace

Command checkCommand() {
    Command c;
    c.name = "check";
    c.summary = AIFP_TRANSLATE_NOOP(
        "Cli", "Check a project file completely: storage integrity, references, every variant");
    c.synopsis = "FILE";
    c.description = AIFP_TRANSLATE_NOOP(
        "Cli",
        "Runs every check of a project file, the slow ones that opening leaves out included\n"
        "(docs/file-format.md, \"Limits and guarantees\"): the header, SQLite's full\n"
        "integrity check (every page and index entry) and the foreign keys, then everything\n"
        "opening checks (tables and columns, row limits, values, the domain check of the\n"
        "design), and the same for the stored image of every variant. Prints OK, or each\n"
        "problem on one line naming the file (and the variant). Never changes FILE.\n"
        "Exit code 0 when the file is sound, 1 when there are problems.");
    c.minPositional = c.maxPositional = 1;
    c.run = runCheck;
    return c;
}

} // namespace aifp::cli
