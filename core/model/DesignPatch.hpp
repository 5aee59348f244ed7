#pragma once
#include "core/model/DesignChange.hpp"
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace aifp {

// The state of one object of a design, whatever its type.
using ObjectSnapshot = std::variant<Hall, Row, Rack, PowerNode, PowerLink, CoolingNode, Pipe,
                                    NetworkSwitch, NetworkLink>;

ObjectId idOf(const ObjectSnapshot& s);
ObjectKind kindOf(const ObjectSnapshot& s);
// The current state of the object with this id, or nothing when the design has none.
std::optional<ObjectSnapshot> snapshotOf(const Design& design, ObjectId id);

// An edit of a design as before/after states of the objects it touches: an absent "before" is an
// addition, an absent "after" a removal. Applying it forwards or backwards is the whole of undo and
// redo, and removed objects come back at their original positions in their vectors, so an undone
// design compares equal to the one before the edit.
struct DesignPatch {
    struct Entry {
        ObjectId id = kNoId;
        std::optional<ObjectSnapshot> before;
        std::optional<ObjectSnapshot> after;
        std::size_t indexBefore = 0; // position in its vector before the edit (removals)
    };
    std::vector<Entry> entries;
    ObjectId nextIdBefore = 0;
    ObjectId nextIdAfter = 0;
    std::optional<Site> siteBefore, siteAfter;
    std::optional<DesignSettings> settingsBefore, settingsAfter;
    // Design::assumptionOverrides as a whole (assumption edits in the estimates dock).
    std::optional<std::map<std::string, double>> overridesBefore, overridesAfter;
    // Design::ownedEquipment as a whole (owned equipment edits in the schedule dock).
    std::optional<std::vector<OwnedEquipment>> ownedBefore, ownedAfter;
    // Design::document as a whole (File > Document properties).
    std::optional<DocumentControl> documentBefore, documentAfter;

    bool empty() const {
        return entries.empty() && !siteAfter && !settingsAfter && !overridesAfter && !ownedAfter &&
               !documentAfter;
    }
    // Records the current state of id as "before" and newState as "after" (nullopt: removal).
    void set(const Design& design, ObjectId id, std::optional<ObjectSnapshot> newState);
    void add(ObjectSnapshot s) { set({}, idOf(s), std::move(s)); }

    void apply(Design& design, bool forward) const;
    DesignChange change(bool forward) const;
};

} // namespace aifp
