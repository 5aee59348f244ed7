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
};

// Groups the design's power chain for drawing: downstream connected load per node is the sum of
// the nameplate power of the racks it reaches.
SingleLineModel buildSingleLineModel(const Design& design, const Catalog& catalog);

// The single-line diagram of a model from the utility to the racks; onlyPath names the path
// when the model holds one path and the shared equipment.
Canvas drawSingleLineDiagram(const Design& design, const SingleLineModel& m,
                             const std::string& onlyPath);

// The single-line diagrams of a design: one per redundancy path (A, B, ...) with the shared
// equipment, or one when there is at most one path.
std::vector<Canvas> drawSingleLineDiagrams(const Design& design, const Catalog& catalog);

} // namespace aifp::report
