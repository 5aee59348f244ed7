#pragma once
#include "core/catalog/CatalogEntry.hpp"
#include "core/model/CoolingNode.hpp"
#include "core/model/DesignSettings.hpp"
#include "core/model/DocumentControl.hpp"
#include "core/model/Hall.hpp"
#include "core/model/Network.hpp"
#include "core/model/OwnedEquipment.hpp"
#include "core/model/PowerNode.hpp"
#include "core/model/Rack.hpp"
#include "core/model/Row.hpp"
#include "core/model/Site.hpp"
#include "core/model/UserModel.hpp"
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace aifp {

enum class ObjectKind {
    None,
    Hall,
    Row,
    Rack,
    PowerNode,
    PowerLink,
    CoolingNode,
    Pipe,
    NetworkSwitch,
    NetworkLink
};

// The whole design of one AI factory: what a project file holds.
struct Design {
    Site site;
    DesignSettings settings;
    std::vector<Hall> halls;
    std::vector<Row> rows;
    std::vector<Rack> racks;
    std::vector<PowerNode> powerNodes;
    std::vector<PowerLink> powerLinks;
    std::vector<CoolingNode> coolingNodes;
    std::vector<Pipe> pipes;
    std::vector<NetworkSwitch> switches;
    std::vector<NetworkLink> networkLinks;
    std::vector<CatalogEntry> userCatalog; // user-defined equipment, stored in the project
    // User edits of default assumptions (unit prices, durations, lead times, ...), keyed by the
    // assumption's id, e.g. "price.system.gb300-nvl72_usd" or "schedule.lead.transformer_weeks".
    // Each engine documents its keys; an absent key means the sourced default.
    std::map<std::string, double> assumptionOverrides;
    DocumentControl document;
    std::vector<OwnedEquipment> ownedEquipment;
    std::vector<UserModel> userModels;
    ObjectId nextId = 1;

    ObjectId allocateId() { return nextId++; }
    friend bool operator==(const Design&, const Design&) = default;
};

// Where an object lives in a Design: built once, O(1) lookups; rebuild after structural edits.
// Object id -> (kind, index) for one design, built once and never updated (validation runs look
// up every link end through it). When the ids are dense (the generator, the editors and the
// importers number objects 1, 2, 3, ...: the largest id at most 4 per object plus 4,096), the
// table is an array indexed by id, 4 bytes per id; otherwise a hash map.
//
// find(): for an id that two objects share (a design the file checks refuse), the later one in the
// order halls, rows, racks, power nodes, power links, cooling nodes, pipes, switches, network
// links. indexOf(id, kind) answers per kind, as a map of that kind's ids alone would: the last
// object of that kind with the id, also when another kind reuses the id.
class DesignIndex {
public:
    struct Entry {
        ObjectKind kind = ObjectKind::None;
        std::size_t index = 0;
    };
    explicit DesignIndex(const Design& design);

    Entry find(ObjectId id) const;
    ObjectKind kindOf(ObjectId id) const { return find(id).kind; }
    // Index into the design's list of objects of that kind, or -1 when no such object has the id.
    std::int64_t indexOf(ObjectId id, ObjectKind kind) const;
    // The object of kind `first` with the id, else the one of kind `second` (as two per-kind maps
    // asked in that order), else {None, 0}. One look-up when no id is shared between kinds.
    Entry findAs(ObjectId id, ObjectKind first, ObjectKind second) const;

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
    static Entry unpack(std::uint32_t slot) {
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

const char* toString(ObjectKind k);
const char* toString(CoolingProvision v);
const char* toString(AisleSide v);
const char* toString(PowerNodeKind v);
const char* toString(PowerLinkKind v);
const char* toString(CoolingNodeKind v);
const char* toString(CoolantLoop v);
const char* toString(NetworkRole v);
const char* toString(LinkMedium v);
const char* toString(RedundancyScheme v);
const char* toString(FabricKind v);
const char* toString(CoolingMode v);
const char* toString(SiteReadiness v);
const char* toString(Procurement v);

// Every name of an enum, in its table's order (command-line choices and help).
std::vector<std::string> redundancyNames();
std::vector<std::string> coolingModeNames();

// Parse the strings written by toString. Return false when the text names no value.
bool fromString(const std::string& s, CoolingProvision& out);
bool fromString(const std::string& s, AisleSide& out);
bool fromString(const std::string& s, PowerNodeKind& out);
bool fromString(const std::string& s, PowerLinkKind& out);
bool fromString(const std::string& s, CoolingNodeKind& out);
bool fromString(const std::string& s, CoolantLoop& out);
bool fromString(const std::string& s, NetworkRole& out);
bool fromString(const std::string& s, LinkMedium& out);
bool fromString(const std::string& s, RedundancyScheme& out);
bool fromString(const std::string& s, FabricKind& out);
bool fromString(const std::string& s, CoolingMode& out);
bool fromString(const std::string& s, SiteReadiness& out);
bool fromString(const std::string& s, Procurement& out);

} // namespace aifp
