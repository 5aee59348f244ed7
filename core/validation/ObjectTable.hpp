#pragma once
#include "core/model/Design.hpp"
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace aifp {

// Object id -> (kind, index) for one design: the lookups of DesignIndex, built for validation
// runs that look up every link end. When the ids are dense (the generator, the editors and the
// importers number objects 1, 2, 3, ...: the largest id at most 4 per object plus 4,096), the
// table is an array indexed by id, 4 bytes per id; otherwise a hash map.
//
// find() answers like DesignIndex: for an id that two objects share (a design the file checks
// refuse), the later one in the order halls, rows, racks, power nodes, power links, cooling
// nodes, pipes, switches, network links. indexOf(id, kind) answers per kind, as a map of that
// kind's ids alone would: the last object of that kind with the id, also when another kind
// reuses the id.
class ObjectTable {
public:
    explicit ObjectTable(const Design& design);

    DesignIndex::Entry find(ObjectId id) const;
    ObjectKind kindOf(ObjectId id) const { return find(id).kind; }
    // Index into the design's list of objects of that kind, or -1 when no such object has the id.
    std::int64_t indexOf(ObjectId id, ObjectKind kind) const;
    // The object of kind `first` with the id, else the one of kind `second` (as two per-kind maps
    // asked in that order), else {None, 0}. One look-up when no id is shared between kinds.
    DesignIndex::Entry findAs(ObjectId id, ObjectKind first, ObjectKind second) const;

    const Hall* hall(ObjectId id) const;
    const Rack* rack(ObjectId id) const;
    const PowerNode* powerNode(ObjectId id) const;
    const CoolingNode* coolingNode(ObjectId id) const;
    const NetworkSwitch* networkSwitch(ObjectId id) const;

    // True when the table is an array indexed by id (for tests).
    bool dense() const { return dense_; }

private:
    // A slot packs (index + 1) << 4 | kind; 0 is "no object". Indices stay below 2^28: the
    // longest list (network links) is limited to 20 million (core/model/DesignLimits.hpp).
    static std::uint32_t pack(ObjectKind kind, std::size_t index) {
        return static_cast<std::uint32_t>(((index + 1) << 4) | static_cast<std::size_t>(kind));
    }
    static DesignIndex::Entry unpack(std::uint32_t slot) {
        if (slot == 0)
            return {};
        return {static_cast<ObjectKind>(slot & 0xF), (slot >> 4) - 1};
    }
    void set(ObjectId id, ObjectKind kind, std::size_t index);
    std::uint32_t slot(ObjectId id) const;

    const Design& design_;
    bool dense_ = true;
    std::vector<std::uint32_t> denseSlots_; // by id, when dense
    std::unordered_map<ObjectId, std::uint32_t> sparseSlots_;
    // Entries hidden by a later object of another kind with the same id (last of each kind).
    std::unordered_map<ObjectId, std::vector<std::uint32_t>> shadowed_;
};

} // namespace aifp
