#pragma once
#include "core/model/DesignChange.hpp"
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
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
//
// Cost: a patch is applied to the design it was made from (forward) or to the one it made
// (backward), so each entry's object is found at the position the patch knows (indexBefore,
// shifted by the removals before it), checked by id, and only a miss (a design in another
// order) indexes that one list; removals and restorations move each list's tail once. A patch of
// k entries costs O(k log k) plus the moved tails, not O(k x n). set() finds entries through a
// map and, after the first few, objects through the design's id index.
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
    // Design::userModels as a whole (the Models dialog).
    std::optional<std::vector<UserModel>> userModelsBefore, userModelsAfter;

    bool empty() const {
        return entries.empty() && !siteAfter && !settingsAfter && !overridesAfter && !ownedAfter &&
               !documentAfter && !userModelsAfter;
    }
    // Records the current state of id as "before" and newState as "after" (nullopt: removal).
    void set(const Design& design, ObjectId id, std::optional<ObjectSnapshot> newState);
    // An object the design does not have yet.
    void add(ObjectSnapshot s);

    void apply(Design& design, bool forward) const;
    DesignChange change(bool forward) const;

private:
    // set()'s look-ups: the entries by id and the design's id index. Rebuilt when needed and
    // never copied (a copied patch starts without them).
    struct Lookup {
        std::unordered_map<ObjectId, std::size_t> entryAt; // covers entries [0, entriesMapped)
        std::size_t entriesMapped = 0;
        std::unique_ptr<DesignIndex> index; // of the design with this signature
        std::vector<std::size_t> signature; // list sizes and next id of the indexed design
        std::size_t scans = 0;              // objects found by scanning the design
        Lookup() = default;
        Lookup(const Lookup&) {}
        Lookup& operator=(const Lookup&) {
            *this = Lookup();
            return *this;
        }
        Lookup(Lookup&&) = default;
        Lookup& operator=(Lookup&&) = default;
        ~Lookup() = default;
    };
    Entry* findEntry(ObjectId id);
    // The object with this id in the design and its position in its list.
    std::optional<std::pair<ObjectSnapshot, std::size_t>> locate(const Design& design, ObjectId id);
    Lookup lookup_;
};

} // namespace aifp
