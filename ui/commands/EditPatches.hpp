#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/DesignPatch.hpp"
#include <optional>
#include <stdexcept>
#include <vector>

namespace aifp::ui {

// An edit that cannot be made, with the reason for the user ("hall width must be positive").
struct EditError : std::invalid_argument {
    using std::invalid_argument::invalid_argument;
};

// Removes the objects and everything that references them: a hall's rows, racks, equipment and
// switches; a row's racks; the links and pipes attached to any removed object.
DesignPatch removeObjectsPatch(const Design& design, const std::vector<ObjectId>& ids);

// Moves racks, equipment, switches and halls (with their contents) by (dxM, dyM); routes attached
// to a moved object follow at that end, and their lengths are recomputed.
DesignPatch moveObjectsPatch(const Design& design, const std::vector<ObjectId>& ids, double dxM,
                             double dyM);

// Turns racks (and rows) by deltaDeg about their own centres, normalised to [0, 360).
DesignPatch rotateObjectsPatch(const Design& design, const std::vector<ObjectId>& ids,
                               double deltaDeg);

// Copies racks, equipment and switches with new ids, offset by (dxM, dyM). newIds receives the
// copies' ids in the order of ids.
DesignPatch duplicateObjectsPatch(const Design& design, const std::vector<ObjectId>& ids,
                                  double dxM, double dyM, std::vector<ObjectId>* newIds);

// A patch that sets one part of the design (its settings, site, project models) from a dock or
// dialog, one undo step: before and after are the patch's members for that part, current its value
// now, and edit changes the copy that becomes after.
template <class Part, class Edit>
DesignPatch partPatch(std::optional<Part> DesignPatch::*before,
                      std::optional<Part> DesignPatch::*after, const Part& current, Edit&& edit) {
    DesignPatch p;
    p.*before = current;
    p.*after = current;
    edit(*(p.*after));
    return p;
}
template <class Edit> DesignPatch settingsPatch(const Design& design, Edit&& edit) {
    return partPatch(&DesignPatch::settingsBefore, &DesignPatch::settingsAfter, design.settings,
                     edit);
}
template <class Edit> DesignPatch sitePatch(const Design& design, Edit&& edit) {
    return partPatch(&DesignPatch::siteBefore, &DesignPatch::siteAfter, design.site, edit);
}
template <class Edit> DesignPatch userModelsPatch(const Design& design, Edit&& edit) {
    return partPatch(&DesignPatch::userModelsBefore, &DesignPatch::userModelsAfter,
                     design.userModels, edit);
}

// Sets a hall's size. Throws EditError for a missing hall or a non-positive or non-finite size.
DesignPatch resizeHallPatch(const Design& design, ObjectId hallId, double widthM, double depthM);

// The hall whose floor contains the point, or kNoId.
ObjectId hallAt(const Design& design, double xM, double yM);

// A rack's footprint on the floor (rotation applied), from its catalog entry; 0.6 m x 1.2 m when
// the catalog has no footprint (catalog assumption "standard 600 mm x 1200 mm rack footprint").
RectM rackFootprint(const Catalog& catalog, const Rack& rack);

} // namespace aifp::ui
