#include "core/model/Design.hpp"
#include "core/model/ObjectLists.hpp"
#include <algorithm>
#include <array>
#include <utility>

namespace aifp {

DesignIndex::DesignIndex(const Design& design) : design_(design) {
    std::size_t count = 0;
    ObjectId maxId = 0;
    forEachObjectList(design, [&](const auto& items, ObjectKind) {
        count += items.size();
        for (const auto& x : items)
            maxId = std::max(maxId, x.id);
    });
    // Implementation choice: an array while it costs at most 16 bytes per object (+ 16 KiB).
    dense_ = maxId <= 4 * static_cast<ObjectId>(count) + 4096;
    if (dense_)
        denseSlots_.assign(static_cast<std::size_t>(maxId) + 1, 0);
    else
        sparseSlots_.reserve(count);
    // A later kind hides an earlier one with the same id.
    forEachObjectList(design, [this](const auto& items, ObjectKind kind) {
        for (std::size_t i = 0; i < items.size(); ++i)
            set(items[i].id, kind, i);
    });
}

void DesignIndex::set(ObjectId id, ObjectKind kind, std::size_t index) {
    std::uint32_t& s = dense_ ? denseSlots_[static_cast<std::size_t>(id)] : sparseSlots_[id];
    if (s != 0 && unpack(s).kind != kind) {
        // Keep the last object of the earlier kind for indexOf; kinds are added one after the
        // other, so it is final.
        std::vector<std::uint32_t>& hidden = shadowed_[id];
        const ObjectKind was = unpack(s).kind;
        auto same = std::find_if(hidden.begin(), hidden.end(),
                                 [was](std::uint32_t h) { return unpack(h).kind == was; });
        if (same != hidden.end())
            *same = s;
        else
            hidden.push_back(s);
    }
    s = pack(kind, index);
}

std::uint32_t DesignIndex::slot(ObjectId id) const {
    if (dense_)
        return id < denseSlots_.size() ? denseSlots_[static_cast<std::size_t>(id)] : 0;
    auto it = sparseSlots_.find(id);
    return it == sparseSlots_.end() ? 0 : it->second;
}

DesignIndex::Entry DesignIndex::find(ObjectId id) const {
    return unpack(slot(id));
}

std::int64_t DesignIndex::indexOf(ObjectId id, ObjectKind kind) const {
    const DesignIndex::Entry e = unpack(slot(id));
    if (e.kind == kind)
        return static_cast<std::int64_t>(e.index);
    if (e.kind == ObjectKind::None || shadowed_.empty())
        return -1;
    auto it = shadowed_.find(id);
    if (it == shadowed_.end())
        return -1;
    for (std::uint32_t h : it->second)
        if (unpack(h).kind == kind)
            return static_cast<std::int64_t>(unpack(h).index);
    return -1;
}

DesignIndex::Entry DesignIndex::findAs(ObjectId id, ObjectKind first, ObjectKind second) const {
    if (shadowed_.empty()) {
        const DesignIndex::Entry e = unpack(slot(id));
        return e.kind == first || e.kind == second ? e : DesignIndex::Entry{};
    }
    for (ObjectKind k : {first, second})
        if (const std::int64_t i = indexOf(id, k); i >= 0)
            return {k, static_cast<std::size_t>(i)};
    return {};
}

namespace {
template <class T>
const T* lookup(const std::vector<T>& items, DesignIndex::Entry e, ObjectKind want) {
    return e.kind == want ? &items[e.index] : nullptr;
}
} // namespace

const Hall* DesignIndex::hall(ObjectId id) const {
    return lookup(design_.halls, find(id), ObjectKind::Hall);
}
const Rack* DesignIndex::rack(ObjectId id) const {
    return lookup(design_.racks, find(id), ObjectKind::Rack);
}
const PowerNode* DesignIndex::powerNode(ObjectId id) const {
    return lookup(design_.powerNodes, find(id), ObjectKind::PowerNode);
}
const CoolingNode* DesignIndex::coolingNode(ObjectId id) const {
    return lookup(design_.coolingNodes, find(id), ObjectKind::CoolingNode);
}
const NetworkSwitch* DesignIndex::networkSwitch(ObjectId id) const {
    return lookup(design_.switches, find(id), ObjectKind::NetworkSwitch);
}

// One table per enum: the names written to files, JSON and the command line.
namespace {
template <class E, std::size_t N> using Names = std::array<std::pair<E, const char*>, N>;

constexpr Names<ObjectKind, 10> kObjectKinds{{{ObjectKind::None, "none"},
                                              {ObjectKind::Hall, "hall"},
                                              {ObjectKind::Row, "row"},
                                              {ObjectKind::Rack, "rack"},
                                              {ObjectKind::PowerNode, "power_node"},
                                              {ObjectKind::PowerLink, "power_link"},
                                              {ObjectKind::CoolingNode, "cooling_node"},
                                              {ObjectKind::Pipe, "pipe"},
                                              {ObjectKind::NetworkSwitch, "switch"},
                                              {ObjectKind::NetworkLink, "network_link"}}};
constexpr Names<CoolingProvision, 3> kProvisions{{{CoolingProvision::Air, "air"},
                                                  {CoolingProvision::Liquid, "liquid"},
                                                  {CoolingProvision::Both, "both"}}};
constexpr Names<AisleSide, 2> kAisles{{{AisleSide::Cold, "cold"}, {AisleSide::Hot, "hot"}}};
constexpr Names<PowerNodeKind, 10> kPowerKinds{
    {{PowerNodeKind::UtilityFeed, "utility_feed"},
     {PowerNodeKind::MvSwitchgear, "mv_switchgear"},
     {PowerNodeKind::Transformer, "transformer"},
     {PowerNodeKind::LvSwitchboard, "lv_switchboard"},
     {PowerNodeKind::Ups, "ups"},
     {PowerNodeKind::Generator, "generator"},
     {PowerNodeKind::Pdu, "pdu"},
     {PowerNodeKind::Rpp, "rpp"},
     {PowerNodeKind::Busway, "busway"},
     {PowerNodeKind::RackPowerShelf, "rack_power_shelf"}}};
constexpr Names<PowerLinkKind, 3> kPowerLinkKinds{{{PowerLinkKind::Cable, "cable"},
                                                   {PowerLinkKind::Busway, "busway"},
                                                   {PowerLinkKind::Tap, "tap"}}};
constexpr Names<CoolingNodeKind, 5> kCoolingKinds{{{CoolingNodeKind::Chiller, "chiller"},
                                                   {CoolingNodeKind::DryCooler, "dry_cooler"},
                                                   {CoolingNodeKind::Cdu, "cdu"},
                                                   {CoolingNodeKind::Manifold, "manifold"},
                                                   {CoolingNodeKind::AirHandler, "air_handler"}}};
constexpr Names<CoolantLoop, 2> kLoops{
    {{CoolantLoop::Facility, "facility"}, {CoolantLoop::Technology, "technology"}}};
constexpr Names<NetworkRole, 3> kRoles{{{NetworkRole::Compute, "compute"},
                                        {NetworkRole::StorageInband, "storage_inband"},
                                        {NetworkRole::OutOfBand, "out_of_band"}}};
constexpr Names<LinkMedium, 3> kMedia{{{LinkMedium::Copper, "copper"},
                                       {LinkMedium::Multimode, "multimode"},
                                       {LinkMedium::SingleMode, "single_mode"}}};
constexpr Names<RedundancyScheme, 5> kSchemes{{{RedundancyScheme::N, "N"},
                                               {RedundancyScheme::NPlus1, "N+1"},
                                               {RedundancyScheme::TwoN, "2N"},
                                               {RedundancyScheme::Distributed4N3, "4N/3"},
                                               {RedundancyScheme::Distributed3N2, "3N/2"}}};
constexpr Names<FabricKind, 3> kFabrics{{{FabricKind::InfinibandXdr, "infiniband_xdr"},
                                         {FabricKind::InfinibandNdr, "infiniband_ndr"},
                                         {FabricKind::SpectrumX, "spectrum_x"}}};
constexpr Names<CoolingMode, 3> kModes{
    {{CoolingMode::Liquid, "liquid"}, {CoolingMode::Air, "air"}, {CoolingMode::Hybrid, "hybrid"}}};
constexpr Names<SiteReadiness, 4> kReadiness{{{SiteReadiness::Greenfield, "greenfield"},
                                              {SiteReadiness::PoweredLand, "powered-land"},
                                              {SiteReadiness::PoweredShell, "powered-shell"},
                                              {SiteReadiness::ReadyHall, "ready-hall"}}};
constexpr Names<Procurement, 3> kProcurements{{{Procurement::Build, "build"},
                                               {Procurement::Colocation, "colocation"},
                                               {Procurement::Cloud, "cloud"}}};

template <class E, std::size_t N> const char* nameOf(const Names<E, N>& names, E v) {
    for (const auto& [value, name] : names)
        if (value == v)
            return name;
    return "?";
}
template <class E, std::size_t N> std::vector<std::string> namesOf(const Names<E, N>& names) {
    std::vector<std::string> out;
    for (const auto& entry : names)
        out.emplace_back(entry.second);
    return out;
}
template <class E, std::size_t N>
bool valueOf(const Names<E, N>& names, const std::string& s, E& out) {
    for (const auto& [value, name] : names)
        if (s == name) {
            out = value;
            return true;
        }
    return false;
}
} // namespace

std::vector<std::string> redundancyNames() {
    return namesOf(kSchemes);
}
std::vector<std::string> coolingModeNames() {
    return namesOf(kModes);
}

const char* toString(ObjectKind v) {
    return nameOf(kObjectKinds, v);
}
const char* toString(CoolingProvision v) {
    return nameOf(kProvisions, v);
}
const char* toString(AisleSide v) {
    return nameOf(kAisles, v);
}
const char* toString(PowerNodeKind v) {
    return nameOf(kPowerKinds, v);
}
const char* toString(PowerLinkKind v) {
    return nameOf(kPowerLinkKinds, v);
}
const char* toString(CoolingNodeKind v) {
    return nameOf(kCoolingKinds, v);
}
const char* toString(CoolantLoop v) {
    return nameOf(kLoops, v);
}
const char* toString(NetworkRole v) {
    return nameOf(kRoles, v);
}
const char* toString(LinkMedium v) {
    return nameOf(kMedia, v);
}
const char* toString(RedundancyScheme v) {
    return nameOf(kSchemes, v);
}
const char* toString(FabricKind v) {
    return nameOf(kFabrics, v);
}
const char* toString(CoolingMode v) {
    return nameOf(kModes, v);
}
const char* toString(SiteReadiness v) {
    return nameOf(kReadiness, v);
}
const char* toString(Procurement v) {
    return nameOf(kProcurements, v);
}

bool fromString(const std::string& s, CoolingProvision& o) {
    return valueOf(kProvisions, s, o);
}
bool fromString(const std::string& s, AisleSide& o) {
    return valueOf(kAisles, s, o);
}
bool fromString(const std::string& s, PowerNodeKind& o) {
    return valueOf(kPowerKinds, s, o);
}
bool fromString(const std::string& s, PowerLinkKind& o) {
    return valueOf(kPowerLinkKinds, s, o);
}
bool fromString(const std::string& s, CoolingNodeKind& o) {
    return valueOf(kCoolingKinds, s, o);
}
bool fromString(const std::string& s, CoolantLoop& o) {
    return valueOf(kLoops, s, o);
}
bool fromString(const std::string& s, NetworkRole& o) {
    return valueOf(kRoles, s, o);
}
bool fromString(const std::string& s, LinkMedium& o) {
    return valueOf(kMedia, s, o);
}
bool fromString(const std::string& s, RedundancyScheme& o) {
    return valueOf(kSchemes, s, o);
}
bool fromString(const std::string& s, FabricKind& o) {
    return valueOf(kFabrics, s, o);
}
bool fromString(const std::string& s, CoolingMode& o) {
    return valueOf(kModes, s, o);
}
bool fromString(const std::string& s, SiteReadiness& o) {
    return valueOf(kReadiness, s, o);
}
bool fromString(const std::string& s, Procurement& o) {
    return valueOf(kProcurements, s, o);
}

} // namespace aifp
