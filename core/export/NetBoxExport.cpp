#include "core/export/NetBoxExport.hpp"
#include "core/export/SwitchStacks.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/ProjectFileGuard.hpp"
#include "core/model/EquipmentShapes.hpp"
#include "core/util/CsvText.hpp"
#include "core/util/EngineeringConstants.hpp"
#include "core/util/NumberFormat.hpp"
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>
#include <system_error>
#include <unordered_map>

namespace aifp::exchange {

namespace fs = std::filesystem;

namespace {

// NetBox's field limits (dcim models, v4.6.8): names of devices and interfaces 64 characters,
// other names, models and slugs 100.
constexpr std::size_t kDeviceNameMax = 64;
constexpr std::size_t kNameMax = 100;

std::string clip(const std::string& s, std::size_t max) {
    if (s.size() <= max)
        return s;
    std::size_t n = max;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80)
        --n; // never cut a UTF-8 sequence
    return s.substr(0, n);
}

// NetBox slugs: letters, digits, '-' and '_' (SlugField); ours are lower case ASCII.
std::string slugOf(const std::string& s) {
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c) && c < 0x80)
            out += static_cast<char>(std::tolower(c));
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return clip(out.empty() ? std::string("item") : out, kNameMax);
}

// Hands out slugs unique in one NetBox namespace: the wanted slug, else numbered "-2", "-3"...
class UniqueSlugs {
public:
    std::string take(const std::string& wanted) {
        std::string slug = slugOf(wanted);
        for (int n = 2; !used_.insert(slug).second; ++n) {
            const std::string suffix = "-" + std::to_string(n);
            slug = clip(slugOf(wanted), kNameMax - suffix.size()) + suffix;
        }
        return slug;
    }

private:
    std::set<std::string> used_;
};

// Hands out names unique in one NetBox namespace (devices of a site, racks of a location...):
// the wanted name when free, else qualified by where it is, else numbered.
class UniqueNames {
public:
    std::string take(const std::string& wanted, const std::string& qualifier, std::size_t max) {
        std::string name = clip(wanted, max);
        if (used_.insert(name).second)
            return name;
        if (!qualifier.empty()) {
            name = clip(qualifier + " " + wanted, max);
            if (used_.insert(name).second)
                return name;
        }
        for (int n = 2;; ++n) {
            const std::string suffix = " #" + std::to_string(n);
            name = clip(wanted, max - suffix.size()) + suffix;
            if (used_.insert(name).second)
                return name;
        }
    }

private:
    std::set<std::string> used_;
};

std::string roleName(NetworkRole role, int tier) {
    const char* tierName = tier <= 1 ? "leaf" : tier == 2 ? "spine" : "core";
    switch (role) {
    case NetworkRole::Compute:
        return std::string("Compute fabric ") + tierName;
    case NetworkRole::StorageInband:
        return std::string("Storage and in-band ") + tierName;
    case NetworkRole::OutOfBand:
        return std::string("Out-of-band ") + tierName;
    }
    return "Switch";
}

const char* roleColour(NetworkRole role) {
    switch (role) {
    case NetworkRole::Compute:
        return "673ab7";
    case NetworkRole::StorageInband:
        return "2196f3";
    case NetworkRole::OutOfBand:
        return "9e9e9e";
    }
    return "9e9e9e";
}

// Interface prefix on a GPU system for a link to a switch of this role.
const char* nicPrefix(NetworkRole role) {
    switch (role) {
    case NetworkRole::Compute:
        return "gpu-nic";
    case NetworkRole::StorageInband:
        return "storage-nic";
    case NetworkRole::OutOfBand:
        return "bmc";
    }
    return "nic";
}

// NetBox InterfaceTypeChoices (dcim/choices.py) for a port speed: the pluggable form factor
// the catalog's NICs and switches use at that speed; "other" when none fits.
const char* interfaceType(double speedGbps) {
    const long g = std::lround(speedGbps);
    switch (g) {
    case 1600:
        return "1.6tbase-x-osfp1600";
    case 800:
        return "800gbase-x-osfp";
    case 400:
        return "400gbase-x-osfp";
    case 200:
        return "200gbase-x-qsfp56";
    case 100:
        return "100gbase-x-qsfp28";
    case 25:
        return "25gbase-x-sfp28";
    case 10:
        return "10gbase-x-sfpp";
    case 1:
        return "1000base-t";
    default:
        return "other";
    }
}

// NetBox CableTypeChoices for our medium.
const char* cableType(LinkMedium m) {
    switch (m) {
    case LinkMedium::Copper:
        return "dac-passive";
    case LinkMedium::Multimode:
        return "mmf";
    case LinkMedium::SingleMode:
        return "smf";
    }
    return "";
}

// YAML double-quoted scalar (UTF-8 passes through).
std::string yamlString(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + "\"";
}

struct DeviceType {
    std::string manufacturer;
    std::string model;
    std::string slug;
    int uHeight = 1;
    std::string description;
    // Interface templates: prefix -> (count, NetBox type), in name order.
    std::map<std::string, std::pair<int, std::string>> interfaces;
    std::vector<std::string> powerPorts; // names
    long maximumDrawW = 0;
};

struct NbRack {
    std::string name;
    std::string location; // "" for none
    std::string description;
    std::string facilityId;
    double widthM = 0.6, depthM = 1.2;
};

struct NbDevice {
    std::string name;
    std::string role;
    std::string typeKey;
    std::size_t rack = 0; // index into racks
    int position = 0;     // 0: in the rack without a position
    std::string description;
    std::map<std::string, int> used; // interface prefix -> interfaces used
};

// Everything decided before writing: names, types, racks, devices.
struct Plan {
    std::string site;
    std::vector<std::string> locations; // hall index -> location name
    std::map<std::string, DeviceType> types;
    std::map<std::string, std::string> roleColours; // role name -> colour
    std::vector<NbRack> racks;
    std::vector<NbDevice> devices;
    std::unordered_map<ObjectId, std::vector<std::size_t>> rackDevices; // Rack id -> devices
    std::unordered_map<ObjectId, std::size_t> switchDevice;             // switch id -> device
};

std::string positionText(double xM, double yM) {
    return "floor x " + fileFixed(xM, 2) + " m, y " + fileFixed(yM, 2) + " m";
}

class Writer {
public:
    Writer(std::string dir, ExportProgress progress)
        : dir_(std::move(dir)), progress_(std::move(progress)) {}

    void write(const std::string& name, const std::string& objects, const std::string& bytes,
               std::size_t rows) {
        const std::string path = (fs::path(dir_) / name).string();
        try {
            writeFileAtomically(path, bytes);
        } catch (const std::exception& e) {
            throw ExportError(e.what());
        }
        written_.push_back(path);
        summary.files.push_back({name, objects, rows, bytes.size()});
    }
    void progress(double f) {
        if (progress_ && !progress_(f))
            throw ExportCancelled();
    }
    void removeWritten() {
        std::error_code ec;
        for (const std::string& p : written_)
            fs::remove(p, ec);
    }
    NetBoxSummary summary;

private:
    std::string dir_;
    ExportProgress progress_;
    std::vector<std::string> written_;
};

// Decides the NetBox objects of a design: locations, device types, racks and devices.
class Planner {
public:
    Planner(const Design& design, const Catalog& catalog) : design_(design), catalog_(catalog) {}

    Plan run() {
        p_.site = clip(design_.site.name.empty() ? std::string("AI factory") : design_.site.name,
                       kNameMax);
        planLocations();
        for (const Row& r : design_.rows)
            rows_[r.id] = &r;
        for (const Rack& r : design_.racks)
            planGpuRack(r);
        p_.roleColours["GPU system"] = "4caf50";
        planNetworkRacks();
        for (std::size_t si = 0; si < design_.switches.size(); ++si)
            planSwitch(si);
        return std::move(p_);
    }

private:
    void planLocations() {
        UniqueNames locationNames;
        for (std::size_t i = 0; i < design_.halls.size(); ++i) {
            const Hall& h = design_.halls[i];
            hallIndex_[h.id] = i;
            p_.locations.push_back(locationNames.take(
                h.name.empty() ? "Hall " + std::to_string(i + 1) : h.name, "", kNameMax));
        }
    }

    std::string locationOf(ObjectId hallId) const {
        auto it = hallIndex_.find(hallId);
        return it == hallIndex_.end() ? std::string() : p_.locations[it->second];
    }

    // The device type of a GPU system, added once per catalog id.
    void addSystemType(const std::string& typeKey, const Rack& r, int systems) {
        if (p_.types.count(typeKey))
            return;
        const CatalogEntry* entry = catalog_.find(r.catalogId);
        DeviceType t;
        t.manufacturer = entry && !entry->vendor.empty() ? entry->vendor : "Unknown";
        t.model = clip(entry && !entry->model.empty() ? entry->model : r.catalogId, kNameMax);
        t.slug = slugOf(t.manufacturer + "-" + t.model);
        // Rack-scale systems fill the rack; servers take their catalog height, else an
        // equal share of the rack.
        const double units = entry ? entry->number("rack_units", 0.0) : 0.0;
        t.uHeight =
            units >= 1 ? static_cast<int>(std::lround(units)) : std::max(1, rackUnits() / systems);
        t.description = "aifp catalog id " + r.catalogId;
        double kw = 0;
        try {
            kw = systemSpec(catalog_, r.catalogId).rackPowerKw;
        } catch (const CatalogError&) {
        }
        t.maximumDrawW = std::lround(kw * 1000.0 / systems);
        p_.types[typeKey] = t;
    }

    // A GPU rack: one device per system in the rack. Rack names are unique per location,
    // device names per site.
    void planGpuRack(const Rack& r) {
        int systems = 1;
        double w = 0.6, d = 1.2; // the view's fallback footprint for an unknown system
        try {
            const SystemSpec s = systemSpec(catalog_, r.catalogId);
            systems = std::max(1, s.systemsPerRack);
            w = s.footprintWidthM;
            d = s.footprintDepthM;
        } catch (const CatalogError&) {
        }
        const std::string typeKey = "system:" + r.catalogId;
        addSystemType(typeKey, r, systems);
        const std::string location = locationOf(r.hallId);
        NbRack rack;
        rack.location = location;
        rack.name = rackNames_[location].take(
            r.name.empty() ? "Rack " + std::to_string(r.id) : r.name, "", kNameMax);
        rack.facilityId = "aifp-" + std::to_string(r.id);
        const bool turned = std::fmod(std::abs(r.rotationDeg), 180.0) > 45.0;
        rack.widthM = turned ? d : w;
        rack.depthM = turned ? w : d;
        std::string rowName;
        if (auto it = rows_.find(r.rowId); it != rows_.end())
            rowName = it->second->name;
        rack.description = "GPU rack, " + positionText(r.centerM.xM, r.centerM.yM) +
                           " (footprint centre, site coordinates), front facing " +
                           fileNumber(r.rotationDeg, 1) + " deg from south" +
                           (rowName.empty() ? std::string() : ", row " + rowName);
        p_.racks.push_back(rack);
        const int uHeight = p_.types[typeKey].uHeight;
        std::vector<std::size_t>& devs = p_.rackDevices[r.id];
        for (int k = 0; k < systems; ++k) {
            NbDevice dev;
            const std::string wanted =
                systems == 1 ? rack.name : rack.name + "-" + std::to_string(k + 1);
            dev.name = deviceNames_.take(wanted, location, kDeviceNameMax);
            dev.role = "GPU system";
            dev.typeKey = typeKey;
            dev.rack = p_.racks.size() - 1;
            const int position = 1 + k * uHeight;
            dev.position = position + uHeight - 1 <= rackUnits() ? position : 0;
            dev.description = "aifp id " + std::to_string(r.id);
            devs.push_back(p_.devices.size());
            p_.devices.push_back(std::move(dev));
        }
    }

    // Network racks: the switches standing at one floor position of a hall share a rack.
    void planNetworkRacks() {
        nextUnit_.assign(p_.racks.size(), rackUnits() + 1); // network racks only
        rackOfSwitch_.assign(design_.switches.size(), 0);
        const ShapeM shape = switchRackShape();
        for (const SwitchStack& stack : switchStacks(design_)) {
            const std::string location = locationOf(stack.hallId);
            NbRack rack;
            rack.location = location;
            rack.name = rackNames_[location].take("NET " + fileFixed(stack.positionM.xM, 1) + "/" +
                                                      fileFixed(stack.positionM.yM, 1),
                                                  "", kNameMax);
            rack.facilityId = "aifp-net-" + std::to_string(design_.switches[stack.switches[0]].id);
            rack.widthM = shape.widthM;
            rack.depthM = shape.depthM;
            rack.description = "Network rack, " +
                               positionText(stack.positionM.xM, stack.positionM.yM) +
                               " (site coordinates)";
            p_.racks.push_back(rack);
            nextUnit_.push_back(1);
            for (std::size_t i : stack.switches)
                rackOfSwitch_[i] = p_.racks.size() - 1;
        }
    }

    // The device type of a switch: its catalog entry's, else a generic one per port count and
    // speed. Its "p" template holds at least the ports of every switch of the type.
    std::string addSwitchType(const NetworkSwitch& s) {
        const std::string typeKey = s.catalogId.empty()
                                        ? "switch:generic-" + fileInteger(s.portCount) + "x" +
                                              fileNumber(s.portSpeedGbps, 0) + "g"
                                        : "switch:" + s.catalogId;
        if (p_.types.count(typeKey)) {
            auto& port = p_.types[typeKey].interfaces["p"];
            port.first = std::max(port.first, s.portCount);
            return typeKey;
        }
        const CatalogEntry* entry = s.catalogId.empty() ? nullptr : catalog_.find(s.catalogId);
        DeviceType t;
        t.manufacturer = entry && !entry->vendor.empty() ? entry->vendor : "Generic";
        t.model =
            clip(entry && !entry->model.empty() ? entry->model
                                                : "Switch " + fileInteger(s.portCount) + " x " +
                                                      fileNumber(s.portSpeedGbps, 0) + " Gb/s",
                 kNameMax);
        t.slug = slugOf(t.manufacturer + "-" + t.model);
        // Assumption: 1 U when the catalog gives no height (docs/exchange.md).
        const double units = entry ? entry->number("rack_units", 0.0) : 0.0;
        t.uHeight = units >= 1 ? static_cast<int>(std::lround(units)) : 1;
        t.description = s.catalogId.empty() ? std::string("aifp generic switch")
                                            : "aifp catalog id " + s.catalogId;
        t.interfaces["p"] = {s.portCount, interfaceType(s.portSpeedGbps)};
        p_.types[typeKey] = t;
        return typeKey;
    }

    void planSwitch(std::size_t si) {
        const NetworkSwitch& s = design_.switches[si];
        const std::string location = locationOf(s.hallId);
        const std::string typeKey = addSwitchType(s);
        const std::size_t rackIndex = rackOfSwitch_[si];
        const int uHeight = p_.types[typeKey].uHeight;
        NbDevice dev;
        dev.name = deviceNames_.take(s.name.empty() ? "Switch " + std::to_string(s.id) : s.name,
                                     location, kDeviceNameMax);
        dev.role = roleName(s.role, s.tier);
        p_.roleColours[dev.role] = roleColour(s.role);
        dev.typeKey = typeKey;
        dev.rack = rackIndex;
        if (nextUnit_[rackIndex] + uHeight - 1 <= rackUnits()) {
            dev.position = nextUnit_[rackIndex];
            nextUnit_[rackIndex] += uHeight;
        }
        dev.description = "aifp id " + std::to_string(s.id) +
                          (s.rail >= 0 ? ", rail " + std::to_string(s.rail) : std::string());
        p_.switchDevice[s.id] = p_.devices.size();
        p_.devices.push_back(std::move(dev));
    }

    const Design& design_;
    const Catalog& catalog_;
    Plan p_;
    std::unordered_map<ObjectId, std::size_t> hallIndex_;
    std::unordered_map<ObjectId, const Row*> rows_;
    std::map<std::string, UniqueNames> rackNames_; // by location
    UniqueNames deviceNames_;
    std::vector<int> nextUnit_;             // next free unit of each network rack
    std::vector<std::size_t> rackOfSwitch_; // switch index -> rack index
};

// 11: the network cables, one row per physical cable, in files of kNetBoxCablesPerFile rows.
// They come first in memory order, to learn how many interfaces each device uses (the device
// types' templates must hold them); interface names need only their prefix and number, so the
// rows are written as we go. If a later step fails the files are removed with every other file
// (Writer::removeWritten).
class NetworkCableWriter {
public:
    NetworkCableWriter(Writer& w, Plan& p, const Design& design, const DesignIndex& index)
        : w_(w), p_(p), design_(design), index_(index) {}

    void run() {
        for (const NetworkLink& l : design_.networkLinks)
            physical_ += static_cast<std::size_t>(std::max(0, l.count));
        for (const NetworkLink& l : design_.networkLinks)
            writeLink(l);
        flush();
        countPortsOverCatalog();
    }

private:
    void flush() {
        if (chunkRows_ == 0)
            return;
        ++chunkNo_;
        std::string n = fileInteger(static_cast<long long>(chunkNo_));
        n.insert(0, 4 - std::min<std::size_t>(4, n.size()), '0');
        w_.write("11-cables-network-" + n + ".csv", "Cables", header_ + chunk_, chunkRows_);
        chunk_.clear();
        chunkRows_ = 0;
    }

    void writeLink(const NetworkLink& l) {
        const ObjectKind fromKind = index_.kindOf(l.fromId);
        auto up = p_.switchDevice.find(l.toId);
        if (up == p_.switchDevice.end())
            return; // not to a switch: not a cable NetBox can hold
        const NetworkSwitch* upper = index_.networkSwitch(l.toId);
        const std::vector<std::size_t>* systems = nullptr;
        std::size_t lowerSwitch = 0;
        if (fromKind == ObjectKind::Rack) {
            auto it = p_.rackDevices.find(l.fromId);
            if (it == p_.rackDevices.end() || it->second.empty())
                return;
            systems = &it->second;
        } else if (auto it = p_.switchDevice.find(l.fromId); it != p_.switchDevice.end()) {
            lowerSwitch = it->second;
        } else {
            return;
        }
        const std::string type = cableType(l.medium);
        const std::string length = l.lengthM > 0 ? fileFixed(l.lengthM, 2) : std::string();
        for (int k = 0; k < l.count; ++k) {
            std::size_t a;
            std::string aIf;
            if (systems) {
                a = (*systems)[static_cast<std::size_t>(k) % systems->size()];
                aIf = takeNic(a, upper->role, l.speedGbps);
            } else {
                a = lowerSwitch;
                aIf = "p" + std::to_string(++p_.devices[a].used["p"]);
            }
            const std::size_t b = up->second;
            const std::string bIf = "p" + std::to_string(++p_.devices[b].used["p"]);
            chunk_ += csvRecord({p_.site, p_.devices[a].name, "dcim.interface", aIf, p_.site,
                                 p_.devices[b].name, "dcim.interface", bIf, type, "planned",
                                 "L" + std::to_string(l.id) + "-" + std::to_string(k + 1), length,
                                 length.empty() ? std::string() : "m",
                                 "aifp link bundle " + std::to_string(l.id) + ", cable " +
                                     std::to_string(k + 1) + " of " + std::to_string(l.count) +
                                     ", " + fileNumber(l.speedGbps, 0) + " Gb/s"});
            ++chunkRows_;
            ++w_.summary.networkCables;
            if (chunkRows_ == kNetBoxCablesPerFile)
                flush();
            if (++done_ % 20000 == 0)
                w_.progress(0.05 + 0.9 * static_cast<double>(done_) /
                                       static_cast<double>(std::max<std::size_t>(physical_, 1)));
        }
    }

    // The next NIC of a GPU system towards a switch of this role; its type's template grows to
    // hold it.
    std::string takeNic(std::size_t device, NetworkRole role, double speedGbps) {
        const std::string prefix = nicPrefix(role);
        const int n = ++p_.devices[device].used[prefix];
        auto& tmpl = p_.types[p_.devices[device].typeKey].interfaces[prefix];
        tmpl.first = std::max(tmpl.first, n);
        if (tmpl.second.empty() || tmpl.second == "other")
            tmpl.second = interfaceType(speedGbps);
        return prefix + std::to_string(n);
    }

    // Switch templates hold at least the ports used; count what goes beyond the catalog.
    void countPortsOverCatalog() {
        for (const NbDevice& d : p_.devices) {
            auto it = d.used.find("p");
            if (it == d.used.end())
                continue;
            auto& tmpl = p_.types[d.typeKey].interfaces["p"];
            if (it->second > tmpl.first) {
                w_.summary.portsOverCatalog += static_cast<std::size_t>(it->second - tmpl.first);
                tmpl.first = it->second;
            }
        }
    }

    Writer& w_;
    Plan& p_;
    const Design& design_;
    const DesignIndex& index_;
    const std::string header_ =
        csvRecord({"side_a_site", "side_a_device", "side_a_type", "side_a_name", "side_b_site",
                   "side_b_device", "side_b_type", "side_b_name", "type", "status", "label",
                   "length", "length_unit", "description"});
    std::string chunk_;
    std::size_t chunkRows_ = 0, chunkNo_ = 0, done_ = 0, physical_ = 0;
};

// Power: the node feeding each rack power shelf (or the rack itself) is a power panel; each
// shelf (or direct link) is a power feed to the rack, cabled to the first system's power port
// named after the path.
struct Feed {
    std::size_t panel;
    std::string name;
    ObjectId rackId;
    std::string path;
    const PowerNode* supply; // the shelf (or the panel node for a direct feed)
    std::string port = {};   // the power port of the rack's system it is cabled to
};
struct PowerPlan {
    std::vector<const PowerNode*> panels;
    std::vector<Feed> feeds;
};

PowerPlan planPower(Plan& p, const Design& design, const DesignIndex& index) {
    PowerPlan power;
    std::unordered_map<ObjectId, std::size_t> panelIndex;
    std::unordered_map<ObjectId, ObjectId> shelfRack; // shelf id -> rack id
    for (const PowerLink& l : design.powerLinks) {
        const PowerNode* from = index.powerNode(l.fromId);
        if (from && from->kind == PowerNodeKind::RackPowerShelf &&
            index.kindOf(l.toId) == ObjectKind::Rack)
            shelfRack[from->id] = l.toId;
    }
    auto panelOf = [&](const PowerNode* n) {
        auto [it, fresh] = panelIndex.emplace(n->id, power.panels.size());
        if (fresh)
            power.panels.push_back(n);
        return it->second;
    };
    for (const PowerLink& l : design.powerLinks) {
        const PowerNode* from = index.powerNode(l.fromId);
        if (!from || from->kind == PowerNodeKind::RackPowerShelf)
            continue;
        if (const PowerNode* to = index.powerNode(l.toId);
            to && to->kind == PowerNodeKind::RackPowerShelf && shelfRack.count(to->id)) {
            power.feeds.push_back({panelOf(from), to->name, shelfRack[to->id], to->path, to});
        } else if (index.kindOf(l.toId) == ObjectKind::Rack) {
            power.feeds.push_back({panelOf(from), from->name, l.toId, from->path, from});
        }
    }
    // Power ports on the system types: one per path that feeds racks of the type ("PS-A",
    // "PS-B"; a second feed on one path of a rack "PS-A2"), so no port takes two cables.
    std::map<std::string, std::set<std::string>> typePorts;
    std::map<std::pair<ObjectId, std::string>, int> feedsOnPath;
    for (Feed& f : power.feeds) {
        const int k = ++feedsOnPath[{f.rackId, f.path}];
        f.port = (f.path.empty() ? std::string("PS") : "PS-" + f.path) +
                 (k > 1 ? std::to_string(k) : std::string());
        if (auto it = p.rackDevices.find(f.rackId); it != p.rackDevices.end())
            typePorts[p.devices[it->second.front()].typeKey].insert(f.port);
    }
    for (auto& [key, names] : typePorts)
        p.types[key].powerPorts.assign(names.begin(), names.end());
    return power;
}

// 01 manufacturers, 02 device roles.
void writeManufacturersAndRoles(Writer& w, const Plan& p) {
    std::set<std::string> manufacturers;
    for (const auto& [key, t] : p.types)
        manufacturers.insert(t.manufacturer);
    {
        std::string out = csvRecord({"name", "slug", "description"});
        UniqueSlugs slugs;
        for (const std::string& m : manufacturers)
            out += csvRecord({clip(m, kNameMax), slugs.take(m), ""});
        w.write("01-manufacturers.csv", "Manufacturers", out, manufacturers.size());
    }
    std::string out = csvRecord({"name", "slug", "color", "description"});
    UniqueSlugs slugs;
    for (const auto& [role, colour] : p.roleColours)
        out += csvRecord({role, slugs.take(role), colour, "AI Factory Planner role"});
    w.write("02-device-roles.csv", "Device roles", out, p.roleColours.size());
}

// 03 device types (YAML: the only import that carries component templates).
void writeDeviceTypes(Writer& w, const Plan& p) {
    std::string out;
    UniqueSlugs slugs;
    for (const auto& [key, t] : p.types) {
        const std::string slug = slugs.take(t.slug);
        out += "---\n";
        out += "manufacturer: " + yamlString(t.manufacturer) + "\n";
        out += "model: " + yamlString(t.model) + "\n";
        out += "slug: " + yamlString(slug) + "\n";
        out += "u_height: " + std::to_string(t.uHeight) + "\n";
        out += "is_full_depth: true\n";
        out += "description: " + yamlString(t.description) + "\n";
        bool anyInterface = false;
        for (const auto& [prefix, spec] : t.interfaces)
            anyInterface = anyInterface || spec.first > 0;
        if (anyInterface) {
            out += "interfaces:\n";
            for (const auto& [prefix, spec] : t.interfaces)
                for (int i = 1; i <= spec.first; ++i)
                    out += "  - name: " + yamlString(prefix + std::to_string(i)) +
                           "\n    type: " + yamlString(spec.second) + "\n" +
                           (prefix == "bmc" ? "    mgmt_only: true\n" : "");
        }
        if (!t.powerPorts.empty()) {
            out += "power-ports:\n";
            for (const std::string& name : t.powerPorts) {
                out += "  - name: " + yamlString(name) + "\n";
                if (t.maximumDrawW > 0)
                    out += "    maximum_draw: " + fileInteger(t.maximumDrawW) + "\n";
            }
        }
    }
    w.write("03-device-types.yaml", "Device types", out, p.types.size());
    w.summary.deviceTypes = p.types.size();
}

// 04 site, 05 locations.
void writeSiteAndLocations(Writer& w, const Plan& p, const Design& design) {
    {
        const Site& s = design.site;
        const bool located = s.latitudeDeg != 0.0 || s.longitudeDeg != 0.0;
        std::string out = csvRecord(
            {"name", "slug", "status", "physical_address", "latitude", "longitude", "description"});
        out += csvRecord({p.site, slugOf(p.site), "planned", s.location,
                          located ? fileFixed(s.latitudeDeg, 6) : std::string(),
                          located ? fileFixed(s.longitudeDeg, 6) : std::string(),
                          "AI factory planned with AI Factory Planner" +
                              (s.customer.empty() ? std::string() : " for " + s.customer)});
        w.write("04-sites.csv", "Sites", out, 1);
    }
    std::string out = csvRecord({"site", "name", "slug", "status", "description"});
    UniqueSlugs slugs;
    for (std::size_t i = 0; i < design.halls.size(); ++i) {
        const Hall& h = design.halls[i];
        out += csvRecord({p.site, p.locations[i], slugs.take(p.locations[i]), "planned",
                          "Data hall " + fileFixed(h.widthM, 1) + " x " + fileFixed(h.depthM, 1) +
                              " m, south-west corner at x " + fileFixed(h.originXM, 2) + " m, y " +
                              fileFixed(h.originYM, 2) + " m (site coordinates)"});
    }
    w.write("05-locations.csv", "Locations", out, design.halls.size());
}

// 06 racks, 07 devices.
void writeRacksAndDevices(Writer& w, const Plan& p) {
    {
        std::string out =
            csvRecord({"site", "location", "name", "facility_id", "status", "width", "u_height",
                       "outer_width", "outer_depth", "outer_unit", "description"});
        for (const NbRack& r : p.racks)
            out +=
                csvRecord({p.site, r.location, r.name, r.facilityId, "planned", "19",
                           std::to_string(rackUnits()), fileInteger(std::lround(r.widthM * 1000)),
                           fileInteger(std::lround(r.depthM * 1000)), "mm", r.description});
        w.write("06-racks.csv", "Racks", out, p.racks.size());
        w.summary.racks = p.racks.size();
    }
    std::string out = csvRecord({"name", "role", "manufacturer", "device_type", "status", "site",
                                 "location", "rack", "position", "face", "description"});
    for (const NbDevice& d : p.devices) {
        const DeviceType& t = p.types.at(d.typeKey);
        const NbRack& r = p.racks[d.rack];
        out += csvRecord({d.name, d.role, t.manufacturer, t.model, "planned", p.site, r.location,
                          r.name, d.position ? std::to_string(d.position) : std::string(),
                          d.position ? "front" : "", d.description});
    }
    w.write("07-devices.csv", "Devices", out, p.devices.size());
    w.summary.devices = p.devices.size();
}

// 08 power panels. Returns their names.
std::vector<std::string> writePowerPanels(Writer& w, const Plan& p, const Design& design,
                                          const PowerPlan& power) {
    std::vector<std::string> panelNames;
    std::string out = csvRecord({"site", "location", "name", "description"});
    UniqueNames names;
    for (const PowerNode* n : power.panels) {
        auto hall = std::find_if(design.halls.begin(), design.halls.end(),
                                 [&](const Hall& h) { return h.id == n->hallId; });
        const std::string location =
            hall == design.halls.end()
                ? std::string()
                : p.locations[static_cast<std::size_t>(hall - design.halls.begin())];
        panelNames.push_back(names.take(
            n->name.empty() ? "Panel " + std::to_string(n->id) : n->name, location, kNameMax));
        out += csvRecord({p.site, location, panelNames.back(),
                          std::string(toString(n->kind)) + " path " +
                              (n->path.empty() ? std::string("shared") : n->path) + ", " +
                              fileNumber(n->ratingKva, 0) + " kVA at " +
                              fileNumber(n->voltageV, 0) + " V, aifp id " + std::to_string(n->id)});
    }
    w.write("08-power-panels.csv", "Power panels", out, power.panels.size());
    w.summary.powerPanels = power.panels.size();
    return panelNames;
}

// 09 power feeds, 10 power cables.
void writePowerFeeds(Writer& w, const Plan& p, const Design& design, const PowerPlan& power,
                     const std::vector<std::string>& panelNames) {
    std::string feedsOut =
        csvRecord({"site", "power_panel", "location", "rack", "name", "status", "type", "supply",
                   "phase", "voltage", "amperage", "description"});
    std::string cablesOut = csvRecord({"side_a_site", "side_a_power_panel", "side_a_type",
                                       "side_a_name", "side_b_site", "side_b_device", "side_b_type",
                                       "side_b_name", "type", "status", "label", "description"});
    std::map<std::size_t, UniqueNames> feedNames; // per panel
    std::unordered_map<ObjectId, int> feedsPerRack;
    std::unordered_map<ObjectId, std::size_t> rackIndexById;
    for (std::size_t i = 0; i < design.racks.size(); ++i)
        rackIndexById[design.racks[i].id] = i; // GPU racks come first in p.racks
    std::size_t cables = 0;
    for (const Feed& f : power.feeds) {
        auto ri = rackIndexById.find(f.rackId);
        if (ri == rackIndexById.end())
            continue;
        const NbRack& rack = p.racks[ri->second];
        const PowerNode* panel = power.panels[f.panel];
        const std::string name = feedNames[f.panel].take(
            f.name.empty() ? rack.name + " feed " + f.path : f.name, "", kNameMax);
        const double volts = panel->voltageV > 0 ? panel->voltageV : 415.0;
        // Three-phase current from the feed's apparent power (power factor 1 on kVA).
        const double kva = f.supply->ratingKva > 0 ? f.supply->ratingKva : f.supply->ratingKw;
        double amps = f.supply->currentRatingA > 0 ? f.supply->currentRatingA
                                                   : threePhaseCurrentA(kva, volts, 1.0);
        amps = std::clamp(std::ceil(amps), 1.0, 32767.0);
        const bool primary = feedsPerRack[f.rackId]++ == 0;
        feedsOut +=
            csvRecord({p.site, panelNames[f.panel], rack.location, rack.name, name, "planned",
                       primary ? "primary" : "redundant", "ac", "three-phase",
                       fileInteger(std::lround(std::min(volts, 32767.0))),
                       fileInteger(static_cast<long long>(amps)),
                       "path " + (f.path.empty() ? std::string("shared") : f.path) + ", " +
                           fileNumber(kva, 1) + " kVA, aifp id " + std::to_string(f.supply->id)});
        ++w.summary.powerFeeds;
        auto devs = p.rackDevices.find(f.rackId);
        if (devs == p.rackDevices.end() || devs->second.empty())
            continue;
        const NbDevice& dev = p.devices[devs->second.front()];
        cablesOut += csvRecord({p.site, panelNames[f.panel], "dcim.powerfeed", name, p.site,
                                dev.name, "dcim.powerport", f.port, "power", "planned",
                                "P" + std::to_string(f.supply->id), "power feed to " + rack.name});
        ++cables;
    }
    w.write("09-power-feeds.csv", "Power feeds", feedsOut, w.summary.powerFeeds);
    w.write("10-cables-power.csv", "Cables", cablesOut, cables);
    w.summary.powerCables = cables;
}

// README.txt: the import order (files sorted by name are in dependency order).
void writeReadme(Writer& w, const Plan& p) {
    std::vector<NetBoxFile> files = w.summary.files;
    std::sort(files.begin(), files.end(),
              [](const NetBoxFile& a, const NetBoxFile& b) { return a.name < b.name; });
    w.summary.files = files;
    std::string readme =
        "NetBox bulk-import files written by AI Factory Planner for \"" + p.site +
        "\"\nFormat: NetBox " + kNetBoxVersion +
        " import forms (dcim/forms/bulk_import.py, object_import.py).\n\n"
        "Import the files in this order, each on the import page of its object type\n"
        "(e.g. Devices > Device types > Import; paste or upload; format auto-detected).\n"
        "A file depends only on the files above it. Everything is created with status\n"
        "'planned'. Interfaces and power ports come from the device types' templates:\n"
        "import the device types before the devices so NetBox creates them.\n\n";
    for (std::size_t i = 0; i < files.size(); ++i)
        readme += (i < 9 ? " " : "") + std::to_string(i + 1) + ". " + files[i].name + "  (" +
                  files[i].objects + ", " + std::to_string(files[i].rows) + ")\n";
    readme += "\nCables: one row per physical cable (" + std::to_string(w.summary.networkCables) +
              " network, " + std::to_string(w.summary.powerCables) +
              " power); network cables in files of at most " +
              std::to_string(kNetBoxCablesPerFile) +
              " rows. Each row's label names the\n"
              "design's link bundle (L<bundle>-<n>), its description the bundle size.\n"
              "Rack positions on the floor are in each rack's description (metres, site\n"
              "coordinates: x east, y north).\n";
    if (w.summary.portsOverCatalog > 0)
        readme += "\nWarning: the design uses " + std::to_string(w.summary.portsOverCatalog) +
                  " switch ports beyond the catalog's port counts; those switch types'\n"
                  "templates list as many ports as are cabled. Run 'aifp-cli validate'.\n";
    readme += "\nSee docs/exchange.md of AI Factory Planner for the mapping.\n";
    w.write("README.txt", "(read me)", readme, 0);
}

// The export folder: a new or empty folder, created when missing.
void prepareFolder(const std::string& dir) {
    std::error_code ec;
    if (fs::exists(dir, ec)) {
        if (!fs::is_directory(dir, ec))
            throw ExportError(
                fill(tr("Cli", "%1: is a file; NetBox export writes a folder"), {dir}));
        if (!fs::is_empty(dir, ec))
            throw ExportError(
                fill(tr("Cli", "%1: folder is not empty; choose a new or empty folder"), {dir}));
    } else if (!fs::create_directories(dir, ec) || ec) {
        throw ExportError(
            fill(tr("Cli", "%1: cannot create the folder (%2)"), {dir, ec.message()}));
    }
}

} // namespace

NetBoxSummary writeNetBoxFiles(const Design& design, const Catalog& catalog, const std::string& dir,
                               const ExportProgress& progress) {
    prepareFolder(dir);
    Writer w(dir, progress);
    try {
        Plan p = Planner(design, catalog).run();
        const DesignIndex index(design);
        w.progress(0.02);
        NetworkCableWriter(w, p, design, index).run();
        const PowerPlan power = planPower(p, design, index);
        w.progress(0.96);
        writeManufacturersAndRoles(w, p);
        writeDeviceTypes(w, p);
        writeSiteAndLocations(w, p, design);
        writeRacksAndDevices(w, p);
        const std::vector<std::string> panelNames = writePowerPanels(w, p, design, power);
        writePowerFeeds(w, p, design, power, panelNames);
        writeReadme(w, p);
        w.progress(1.0);
    } catch (...) {
        w.removeWritten();
        throw;
    }
    return w.summary;
}

} // namespace aifp::exchange
