#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/DesignPatch.hpp"
#include <string>
#include <vector>

namespace aifp::ui {

// MIME type of a copied selection on the clipboard (also offered as text/plain).
inline constexpr const char* kSelectionMime = "application/x-aifp-selection+json";

// The selection as clipboard JSON: {"aifp_selection": 1, "source": ..., "copied": [ids],
// "design": <aifp-design JSON of a fragment>}. The fragment holds the selected objects (a hall
// brings its rows, racks, equipment and switches; a row its racks), every power link, pipe and
// network link whose two ends are both copied, and, as context only, the halls and rows the
// copies stand in. sourceTag names the project it came from (same-project pastes are offset).
std::string selectionToJson(const Design& design, const std::vector<ObjectId>& ids,
                            const std::string& sourceTag);

struct PasteResult {
    DesignPatch patch;
    std::vector<ObjectId> newIds; // the pasted objects (connections included)
    std::string sourceTag;
};

// Adds the clipboard's objects to target with new ids, moved by (dxM, dyM); references between
// copies follow the copies; a copy that stood in a hall that was not copied goes into the
// target's hall under it (or the same hall id when the target has it). Throws EditError with the
// reason when the text is not a copied selection, a catalog id is unknown here, or a rack would
// stand outside every hall.
PasteResult pasteFromJson(const Design& target, const Catalog& catalog, const std::string& text,
                          double dxM, double dyM);

} // namespace aifp::ui
