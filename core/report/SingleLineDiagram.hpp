#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include "core/report/Canvas.hpp"
#include <string>
#include <vector>

namespace aifp::report {

// One box of the single-line diagram: identical power nodes (same level, path, kind, catalog id
// and ratings) aggregated, e.g. "x24 Busway 800 A".
struct SldGroup {
    int level = 0;    // utility 0 ... racks last
    std::string path; // "A", "B", ... or "" for shared equipment
    PowerNodeKind kind = PowerNodeKind::LvSwitchboard;
    std::string title;  // "x24 Busway"
    std::string rating; // "800 A, 415 V"
    std::string load;   // "load <= 1,620 kW each (68 %)"
    std::vector<ObjectId> members;
    // On a path's page: a group of another path drawn for context because it is linked to the
    // path's equipment (e.g. the LV switchboards a generator feeds); dashed outline.
    bool context = false;
};

struct SldEdge {
    std::size_t from = 0; // group index; racks group is groups.size()
    std::size_t to = 0;
    int links = 0;
};

struct SingleLineModel {
    std::vector<SldGroup> groups;
    std::vector<SldEdge> edges;
    std::size_t racksGroup = 0; // index used for the racks box in edges
    int rackCount = 0;
    double rackLoadKw = 0.0; // sum of nameplate rack power (catalog rack_power_kw)
    std::vector<std::string> paths;
    // Every path of the design in order, for colours (a path page shows one path but colours
    // its context groups as their own path).
    std::vector<std::string> colorPaths;
};

// Groups the design's power chain for drawing: downstream connected load per node is the sum of
// the nameplate power of the racks it reaches.
SingleLineModel buildSingleLineModel(const Design& design, const Catalog& catalog);

// The single-line diagram of a model from the utility to the racks; onlyPath names the path
// when the model holds one path and the shared equipment.
Canvas drawSingleLineDiagram(const Design& design, const SingleLineModel& m,
                             const std::string& onlyPath);

// The single-line diagrams of a design: one per redundancy path (A, B, ...) with the shared
// equipment linked to it and, when the path does not feed racks itself, for context the other
// paths' groups linked to it (a generator path shows the switchboards it feeds), or one when there
// is at most one path. Every box drawn is linked to another; the racks box is drawn when the page's
// equipment feeds racks. Rows follow the power flow (longest chain from the sources; a source sits
// one row above what it feeds), links enter and leave boxes at distinct points, and the link counts
// ("x24") are placed so that no two texts overlap (measured with Pango).
std::vector<Canvas> drawSingleLineDiagrams(const Design& design, const Catalog& catalog);

} // namespace aifp::report
