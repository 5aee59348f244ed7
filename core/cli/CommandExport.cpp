#include "core/cli/Commands.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/DesignJson.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/io/ProjectFileGuard.hpp"

namespace aifp::cli {

namespace {

int runExport(const Args& args, std::ostream& out, std::ostream&) {
    args.format({"json"});
    const std::string& path = args.positional().at(0);
    if (args.has("out") && sameFile(path, args.value("out")))
        throw UsageError(args.value("out") +
                         ": is the project being exported; choose another --out");
    Design design;
    try {
        design = openProject(path);
    } catch (const ProjectFileError& e) {
        throw UsageError(e.what());
    }
    const std::string text = json::write(designToJson(design)) + "\n";
    if (!args.has("out")) {
        out << text;
        return kExitOk;
    }
    const std::string target = args.value("out");
    // Never over the project it reads; the old target stays whole until the new one is.
    if (sameFile(path, target))
        throw UsageError(target + ": is the project being exported; choose another --out");
    try {
        writeFileAtomically(target, text);
    } catch (const ProjectFileError& e) {
        throw UsageError(e.what());
    }
    return kExitOk;
}

} // namespace

Command exportCommand() {
    Command c;
    c.name = "export";
    c.summary =
        AIFP_TRANSLATE_NOOP("Cli", "Write a project's whole design as JSON (format aifp-design)");
    c.usage = "aifp-cli export FILE --format json [--out PATH]";
    c.description = AIFP_TRANSLATE_NOOP(
        "Cli",
        "Reads FILE (an .aifp project) and writes the whole design as JSON to stdout, or to\n"
        "PATH with --out (written atomically; PATH may not be FILE itself). The JSON is exact: "
        "'aifp-cli import' of it gives back the same\n"
        "design, and exporting that again gives identical bytes. docs/file-format.md lists\n"
        "every key.");
    c.options = {{"format", "json", AIFP_TRANSLATE_NOOP("Cli", "output format (only json)")},
                 {"out", "PATH", AIFP_TRANSLATE_NOOP("Cli", "write to PATH instead of stdout")}};
    c.minPositional = c.maxPositional = 1;
    c.run = runExport;
    return c;
}

} // namespace aifp::cli
