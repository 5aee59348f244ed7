#include "cli/Commands.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/io/ProjectFileGuard.hpp"
#include "core/report/CairoRender.hpp"
#include "core/report/SiteAxonometricView.hpp"

namespace aifp::cli {

namespace {

// The drawing is made at this size in points and rasterised to the requested pixels, so the line
// weights and margins of the report's site view keep their proportions at any size.
constexpr double kDrawingSizePt = 400.0;
constexpr long kMinSizePx = 16;
constexpr long kMaxSizePx = 1024;
constexpr long kDefaultSizePx = 256; // freedesktop "large" thumbnails

int runThumbnail(const Args& args, std::ostream&, std::ostream&) {
    const std::string& path = args.positional().at(0);
    const std::string target = args.value("out");
    if (target.empty())
        throw UsageError(tr("Cli", "--out: the PNG file to write is required"));
    const long sizePx = args.integer("size");
    if (sizePx < kMinSizePx || sizePx > kMaxSizePx)
        throw UsageError(
            fill(tr("Cli", "--size: %1 is not between %2 and %3"),
                 {std::to_string(sizePx), std::to_string(kMinSizePx), std::to_string(kMaxSizePx)}));
    if (sameFile(path, target))
        throw UsageError(
            fill(tr("Cli", "%1: is the project itself; choose another --out"), {target}));
    const Design design = openDesign(args, path);

    const Catalog catalog = Catalog::builtin().withUserEntries(design.userCatalog);
    const report::Canvas view =
        report::drawSiteAxonometricView(design, catalog, kDrawingSizePt, kDrawingSizePt);
    const std::string png = report::writePng(view, static_cast<double>(sizePx) / kDrawingSizePt);
    refusalAsUsage<ProjectFileError>([&] { writeFileAtomically(target, png); });
    return kExitOk;
}

} // namespace

Command thumbnailCommand() {
    Command c;
    c.name = "thumbnail";
    c.summary = AIFP_TRANSLATE_NOOP(
        "Cli", "Draw a project's site view as a square PNG (file-manager thumbnails)");
    c.synopsis = "FILE --out PNG";
    c.description = AIFP_TRANSLATE_NOOP(
        "Cli",
        "Reads FILE (an .aifp project) and draws the report's site view (halls, racks, power,\n"
        "cooling and network equipment seen from the south-west) as an N x N pixel PNG, written\n"
        "atomically to PNG. Needs no display: the desktop's file managers call it through\n"
        "/usr/share/thumbnailers/aifp.thumbnailer.");
    c.options = {{"out", "PNG", AIFP_TRANSLATE_NOOP("Cli", "the PNG file to write (required)")},
                 {"size", "N", AIFP_TRANSLATE_NOOP("Cli", "width and height in pixels, 16 to 1024"),
                  false, std::to_string(kDefaultSizePx)}};
    c.minPositional = c.maxPositional = 1;
    c.readsProject = true;
    c.run = runThumbnail;
    return c;
}

} // namespace aifp::cli
