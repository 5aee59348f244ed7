#include "cli/Commands.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/export/HallPlanDxf.hpp"
#include "core/export/NetBoxExport.hpp"
#include "core/export/SceneGlb.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/DesignJson.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/io/ProjectFileGuard.hpp"

namespace aifp::cli {

namespace {

int runExport(const Args& args, std::ostream& out, std::ostream&) {
    const std::string format = args.format();
    const std::string& path = args.positional().at(0);
    if (format != "json" && !args.has("out"))
        throw UsageError(fill(format == "netbox"
                                  ? tr("Cli", "--out: required with --format %1 (a folder)")
                                  : tr("Cli", "--out: required with --format %1 (a file)"),
                              {format}));
    if (args.has("out") && sameFile(path, args.value("out")))
        throw UsageError(fill(tr("Cli", "%1: is the project being exported; choose another --out"),
                              {args.value("out")}));
    const Design design = openDesign(args, path);

    const std::string target = args.value("out");
    if (format == "netbox") {
        const Catalog catalog = Catalog::builtin().withUserEntries(design.userCatalog);
        refusalAsUsage<exchange::ExportError>([&] {
            const exchange::NetBoxSummary s = exchange::writeNetBoxFiles(design, catalog, target);
            auto count = [](std::size_t n) { return std::to_string(n); }; // as before: plain
            out << fill(tr("Cli", "%1: NetBox %2 import files, %3 files: %4 racks, %5 devices, "
                                  "%6 network cables, %7 power feeds; import order in README.txt"),
                        {target, exchange::kNetBoxVersion, count(s.files.size()), count(s.racks),
                         count(s.devices), count(s.networkCables), count(s.powerFeeds)})
                << "\n";
        });
        return kExitOk;
    }
    if (format == "json" && !args.has("out")) {
        writeDesignJson(design, out); // streamed, entity by entity
        out << "\n";
        return kExitOk;
    }
    // Never over the project it reads; the old target stays whole until the new one is.
    if (sameFile(path, target))
        throw UsageError(
            fill(tr("Cli", "%1: is the project being exported; choose another --out"), {target}));
    refusalAsUsage<ProjectFileError>([&] {
        if (format == "json") {
            exportDesignJsonFile(design, target);
        } else {
            const Catalog catalog = Catalog::builtin().withUserEntries(design.userCatalog);
            writeFileAtomically(target, format == "dxf" ? exchange::hallPlansDxf(design, catalog)
                                                        : exchange::sceneGlb(design, catalog));
        }
    });
    return kExitOk;
}

} // namespace

Command exportCommand() {
    Command c;
    c.name = "export";
    c.summary = AIFP_TRANSLATE_NOOP(
        "Cli", "Write a project's design as JSON, NetBox import files, a DXF plan or a glTF scene");
    c.synopsis = "FILE";
    c.description = AIFP_TRANSLATE_NOOP(
        "Cli",
        "Reads FILE (an .aifp project) and writes it in one of four formats (docs/exchange.md):\n"
        "  json    the whole design (format aifp-design) to stdout, or to PATH with --out. The\n"
        "          JSON is exact: 'aifp-cli import' of it gives back the same design, and\n"
        "          exporting that again gives identical bytes (docs/file-format.md).\n"
        "  netbox  NetBox 4.6 bulk-import files into the folder PATH (new or empty): site,\n"
        "          halls as locations, racks, device types, devices, power panels and feeds,\n"
        "          one cable per physical cable; PATH/README.txt gives the import order.\n"
        "  dxf     the site and hall plans as DXF (R12) in metres, one layer per entity type.\n"
        "  glb     the 3D scene as binary glTF 2.0, one node per hall, rack and equipment.\n"
        "Files are written atomically; PATH may not be FILE itself.");
    c.options = {formatOption({"json", "netbox", "dxf", "glb"}),
                 {"out", "PATH",
                  AIFP_TRANSLATE_NOOP(
                      "Cli", "write to PATH (a folder for netbox); json: stdout without it")}};
    c.minPositional = c.maxPositional = 1;
    c.readsProject = true;
    c.run = runExport;
    return c;
}

} // namespace aifp::cli
