// The NetBox export (core/export/NetBoxExport): every file parsed back, its columns checked
// against NetBox 4.6.8's import forms (tests/data/io/netbox-4.6.8-import-forms.txt, taken from
// the NetBox source at that tag) and every reference resolved the way NetBox resolves it on
// import (by name, within the site and location).
#include "core/catalog/Catalog.hpp"
#include "core/export/NetBoxExport.hpp"
#include "core/export/SwitchStacks.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/io/ProjectFile.hpp"
#include <QTemporaryDir>
#include <QTest>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace aifp;
namespace fs = std::filesystem;

namespace {

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// RFC 4180 reader (the dialect Python's csv module reads, as NetBox does).
std::vector<std::vector<std::string>> parseCsv(const std::string& text, std::string& error) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, inQuotes = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inQuotes) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                inQuotes = false;
            } else {
                field += c;
            }
        } else if (c == '"' && field.empty() && !quoted) {
            inQuotes = quoted = true;
        } else if (c == ',') {
            row.push_back(field);
            field.clear();
            quoted = false;
        } else if (c == '\n') {
            row.push_back(field);
            rows.push_back(row);
            row.clear();
            field.clear();
            quoted = false;
        } else if (c == '"' || c == '\r') {
            error = "stray quote or carriage return in row " + std::to_string(rows.size() + 1);
            return {};
        } else {
            field += c;
        }
    }
    if (inQuotes || !field.empty() || !row.empty())
        error = "file does not end with a complete record";
    return rows;
}

using Record = std::map<std::string, std::string>;

struct Table {
    std::vector<std::string> header;
    std::vector<Record> records;
};

// The subset of YAML the device-type file uses: documents of "key: value" and lists of maps.
struct YamlType {
    Record fields;
    std::map<std::string, std::vector<Record>> lists; // "interfaces", "power-ports"
};

std::string unquote(std::string v) {
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"') {
        std::string out;
        for (std::size_t i = 1; i + 1 < v.size(); ++i) {
            if (v[i] == '\\' && i + 2 < v.size())
                ++i;
            out += v[i];
        }
        return out;
    }
    return v;
}

std::vector<YamlType> parseDeviceTypes(const std::string& text, std::string& error) {
    std::vector<YamlType> docs;
    std::istringstream in(text);
    std::string line, list;
    while (std::getline(in, line)) {
        if (line == "---") {
            docs.emplace_back();
            list.clear();
            continue;
        }
        if (docs.empty()) {
            error = "content before the first document marker";
            return {};
        }
        YamlType& d = docs.back();
        if (line.rfind("  - ", 0) == 0 || line.rfind("    ", 0) == 0) {
            if (list.empty()) {
                error = "list item outside a list: " + line;
                return {};
            }
            const bool fresh = line.rfind("  - ", 0) == 0;
            const std::string kv = line.substr(4);
            const auto colon = kv.find(": ");
            if (colon == std::string::npos) {
                error = "not key: value: " + line;
                return {};
            }
            if (fresh)
                d.lists[list].emplace_back();
            d.lists[list].back()[kv.substr(0, colon)] = unquote(kv.substr(colon + 2));
        } else if (!line.empty() && line.back() == ':') {
            list = line.substr(0, line.size() - 1);
        } else {
            const auto colon = line.find(": ");
            if (colon == std::string::npos) {
                error = "not key: value: " + line;
                return {};
            }
            d.fields[line.substr(0, colon)] = unquote(line.substr(colon + 2));
            list.clear();
        }
    }
    return docs;
}

struct Reference {
    std::map<std::string, std::set<std::string>> fields, required, choices;
};

Reference loadReference() {
    Reference r;
    std::ifstream in(std::string(AIFP_TEST_DATA_DIR) + "/io/netbox-4.6.8-import-forms.txt");
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        std::istringstream words(line);
        std::string kind, key, w;
        words >> kind >> key;
        key.pop_back(); // the ':'
        auto& target = kind == "fields" ? r.fields : kind == "required" ? r.required : r.choices;
        while (words >> w)
            target[key].insert(w);
    }
    return r;
}

// Which import form takes each file.
std::string formOf(const std::string& file) {
    static const std::map<std::string, std::string> forms = {
        {"01-manufacturers.csv", "ManufacturerImportForm"},
        {"02-device-roles.csv", "DeviceRoleImportForm"},
        {"04-sites.csv", "SiteImportForm"},
        {"05-locations.csv", "LocationImportForm"},
        {"06-racks.csv", "RackImportForm"},
        {"07-devices.csv", "DeviceImportForm"},
        {"08-power-panels.csv", "PowerPanelImportForm"},
        {"09-power-feeds.csv", "PowerFeedImportForm"}};
    if (auto it = forms.find(file); it != forms.end())
        return it->second;
    if (file.rfind("10-cables-", 0) == 0 || file.rfind("11-cables-", 0) == 0)
        return "CableImportForm";
    return {};
}

struct Checked {
    std::vector<std::string> problems;
    std::map<std::string, Table> tables; // by form (cables merged)
    std::vector<YamlType> types;
    std::size_t networkCables = 0, powerCables = 0;
};

// Parses every file of dir and checks it against NetBox's forms and its own references.
Checked checkExport(const std::string& dir) {
    Checked c;
    auto problem = [&](const std::string& s) {
        if (c.problems.size() < 20)
            c.problems.push_back(s);
    };
    const Reference ref = loadReference();
    if (ref.fields.size() != 12)
        problem("reference list incomplete");
    const std::string readme = readAll(dir + "/README.txt");
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(dir))
        files.push_back(e.path().filename().string());
    std::sort(files.begin(), files.end());
    std::size_t lastOrder = 0;
    for (const std::string& f : files) {
        if (f == "README.txt")
            continue;
        // README lists every file, in this (dependency) order.
        const std::size_t at = readme.find(". " + f + "  (");
        if (at == std::string::npos || at < lastOrder)
            problem("README.txt does not list " + f + " in order");
        lastOrder = at == std::string::npos ? lastOrder : at;
        const std::string text = readAll(dir + "/" + f);
        if (text.rfind("\xEF\xBB\xBF", 0) == 0)
            problem(f + ": starts with a byte order mark (NetBox would read it into the header)");
        if (f == "03-device-types.yaml") {
            std::string error;
            c.types = parseDeviceTypes(text, error);
            if (!error.empty())
                problem(f + ": " + error);
            for (const YamlType& t : c.types) {
                for (const auto& [k, v] : t.fields)
                    if (!ref.fields.at("DeviceTypeImportForm").count(k))
                        problem(f + ": unknown key " + k);
                for (const std::string& k : ref.required.at("DeviceTypeImportForm"))
                    if (!t.fields.count(k))
                        problem(f + ": missing " + k);
                for (const auto& [list, items] : t.lists) {
                    const std::string form = list == "interfaces"    ? "InterfaceTemplateImportForm"
                                             : list == "power-ports" ? "PowerPortTemplateImportForm"
                                                                     : "";
                    if (form.empty()) {
                        problem(f + ": unknown component list " + list);
                        continue;
                    }
                    std::set<std::string> names;
                    for (const Record& item : items) {
                        for (const auto& [k, v] : item)
                            if (!ref.fields.at(form).count(k))
                                problem(f + ": " + list + ": unknown key " + k);
                        for (const std::string& k : ref.required.at(form))
                            if (!item.count(k))
                                problem(f + ": " + list + ": missing " + k);
                        if (!names.insert(item.at("name")).second)
                            problem(f + ": duplicate template " + item.at("name"));
                        if (list == "interfaces" &&
                            !ref.choices.at("Interface.type").count(item.at("type")))
                            problem(f + ": interface type " + item.at("type"));
                    }
                }
            }
            continue;
        }
        const std::string form = formOf(f);
        if (form.empty()) {
            problem(f + ": a file no import form takes");
            continue;
        }
        std::string error;
        const auto rows = parseCsv(text, error);
        if (!error.empty() || rows.empty()) {
            problem(f + ": " + (error.empty() ? "empty" : error));
            continue;
        }
        Table& t = c.tables[form];
        if (t.header.empty())
            t.header = rows[0];
        std::set<std::string> seen;
        for (const std::string& h : rows[0]) {
            if (!ref.fields.at(form).count(h))
                problem(f + ": column " + h + " is not a field of " + form);
            if (!seen.insert(h).second)
                problem(f + ": duplicate column " + h);
        }
        for (const std::string& r : ref.required.at(form))
            if (!seen.count(r))
                problem(f + ": required column " + r + " missing");
        for (std::size_t i = 1; i < rows.size(); ++i) {
            if (rows[i].size() != rows[0].size()) {
                problem(f + ": row " + std::to_string(i) + " has " +
                        std::to_string(rows[i].size()) + " columns");
                continue;
            }
            Record rec;
            for (std::size_t k = 0; k < rows[0].size(); ++k)
                rec[rows[0][k]] = rows[i][k];
            for (const std::string& r : ref.required.at(form))
                if (rec.count(r) && rec[r].empty())
                    problem(f + ": row " + std::to_string(i) + ": empty " + r);
            // NetBox's SlugField: letters, digits, '-' and '_' only.
            if (rec.count("slug") &&
                (rec["slug"].empty() || rec["slug"].find_first_not_of(
                                            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                            "0123456789-_") != std::string::npos))
                problem(f + ": row " + std::to_string(i) + ": slug '" + rec["slug"] + "'");
            t.records.push_back(std::move(rec));
        }
        if (f.rfind("11-", 0) == 0)
            c.networkCables += rows.size() - 1;
        if (f.rfind("10-", 0) == 0)
            c.powerCables += rows.size() - 1;
    }
    if (!c.problems.empty())
        return c;

    auto choice = [&](const std::string& key, const std::string& v, const std::string& where) {
        if (!v.empty() && !ref.choices.at(key).count(v))
            problem(where + ": " + key + " '" + v + "' is not a NetBox choice");
    };
    auto& T = c.tables;
    // Names as NetBox looks them up.
    std::set<std::string> manufacturers, roles, sites;
    for (const auto& [form, table] : T) {
        std::set<std::string> slugs;
        for (const Record& r : table.records)
            if (r.count("slug") && !slugs.insert(r.at("slug")).second)
                problem(form + ": slug " + r.at("slug") + " twice");
    }
    for (const Record& r : T["ManufacturerImportForm"].records)
        manufacturers.insert(r.at("name"));
    for (const Record& r : T["DeviceRoleImportForm"].records)
        roles.insert(r.at("name"));
    for (const Record& r : T["SiteImportForm"].records) {
        sites.insert(r.at("name"));
        choice("Site.status", r.at("status"), "site " + r.at("name"));
    }
    std::map<std::pair<std::string, std::string>, const YamlType*> types; // (manufacturer, model)
    for (const YamlType& t : c.types) {
        if (!manufacturers.count(t.fields.at("manufacturer")))
            problem("device type " + t.fields.at("model") + ": unknown manufacturer");
        if (!types.emplace(std::pair{t.fields.at("manufacturer"), t.fields.at("model")}, &t).second)
            problem("device type " + t.fields.at("model") + " twice");
    }
    std::set<std::pair<std::string, std::string>> locations; // (site, name)
    for (const Record& r : T["LocationImportForm"].records) {
        if (!sites.count(r.at("site")))
            problem("location " + r.at("name") + ": unknown site");
        if (!locations.insert({r.at("site"), r.at("name")}).second)
            problem("location " + r.at("name") + " twice");
        choice("Location.status", r.at("status"), "location " + r.at("name"));
    }
    std::map<std::tuple<std::string, std::string, std::string>, int> racks; // -> u_height
    for (const Record& r : T["RackImportForm"].records) {
        if (!sites.count(r.at("site")))
            problem("rack " + r.at("name") + ": unknown site");
        if (!r.at("location").empty() && !locations.count({r.at("site"), r.at("location")}))
            problem("rack " + r.at("name") + ": unknown location " + r.at("location"));
        if (!racks
                 .emplace(std::tuple{r.at("site"), r.at("location"), r.at("name")},
                          std::stoi(r.at("u_height")))
                 .second)
            problem("rack " + r.at("name") + " twice in its location");
        choice("Rack.status", r.at("status"), "rack " + r.at("name"));
        choice("Rack.width", r.at("width"), "rack " + r.at("name"));
        choice("Rack.outer_unit", r.at("outer_unit"), "rack " + r.at("name"));
    }
    struct Dev {
        const YamlType* type;
    };
    std::map<std::string, Dev> devices; // unique per site (one site)
    std::map<std::tuple<std::string, std::string, std::string>, std::vector<bool>> units;
    for (const Record& r : T["DeviceImportForm"].records) {
        const std::string& name = r.at("name");
        if (!roles.count(r.at("role")))
            problem("device " + name + ": unknown role");
        auto type = types.find({r.at("manufacturer"), r.at("device_type")});
        if (type == types.end()) {
            problem("device " + name + ": unknown device type " + r.at("device_type"));
            continue;
        }
        if (!devices.emplace(name, Dev{type->second}).second)
            problem("device " + name + " twice in the site");
        choice("Device.status", r.at("status"), "device " + name);
        choice("Device.face", r.at("face"), "device " + name);
        const auto rackKey = std::tuple{r.at("site"), r.at("location"), r.at("rack")};
        auto rack = racks.find(rackKey);
        if (rack == racks.end()) {
            problem("device " + name + ": rack " + r.at("rack") + " not in location " +
                    r.at("location"));
            continue;
        }
        if (!r.at("position").empty()) {
            if (r.at("face").empty())
                problem("device " + name + ": position without a face");
            const int pos = std::stoi(r.at("position"));
            const int h = std::stoi(type->second->fields.at("u_height"));
            auto& used = units[rackKey];
            used.resize(static_cast<std::size_t>(rack->second) + 1, false);
            if (pos < 1 || pos + h - 1 > rack->second)
                problem("device " + name + ": units " + std::to_string(pos) + "+" +
                        std::to_string(h) + " outside the rack");
            else
                for (int u = pos; u < pos + h; ++u) {
                    if (used[static_cast<std::size_t>(u)])
                        problem("device " + name + ": unit " + std::to_string(u) + " taken");
                    used[static_cast<std::size_t>(u)] = true;
                }
        }
    }
    std::map<std::string, std::string> panels; // name -> site
    for (const Record& r : T["PowerPanelImportForm"].records) {
        if (!sites.count(r.at("site")))
            problem("power panel " + r.at("name") + ": unknown site");
        if (!r.at("location").empty() && !locations.count({r.at("site"), r.at("location")}))
            problem("power panel " + r.at("name") + ": unknown location");
        if (!panels.emplace(r.at("name"), r.at("site")).second)
            problem("power panel " + r.at("name") + " twice");
    }
    std::set<std::pair<std::string, std::string>> feeds; // (panel, name)
    for (const Record& r : T["PowerFeedImportForm"].records) {
        const std::string& name = r.at("name");
        if (!panels.count(r.at("power_panel")))
            problem("feed " + name + ": unknown panel");
        if (!r.at("rack").empty() && !racks.count({r.at("site"), r.at("location"), r.at("rack")}))
            problem("feed " + name + ": rack not in its location");
        if (!feeds.insert({r.at("power_panel"), name}).second)
            problem("feed " + name + " twice on its panel");
        choice("PowerFeed.status", r.at("status"), "feed " + name);
        choice("PowerFeed.type", r.at("type"), "feed " + name);
        choice("PowerFeed.supply", r.at("supply"), "feed " + name);
        choice("PowerFeed.phase", r.at("phase"), "feed " + name);
        if (std::stoi(r.at("amperage")) < 1 || std::stoi(r.at("voltage")) == 0)
            problem("feed " + name + ": amperage or voltage out of range");
    }
    // Each cable end: its device (or panel) exists, the termination exists on it, and no
    // termination carries two cables (NetBox refuses "already connected").
    std::set<std::string> taken;
    for (const Record& r : T["CableImportForm"].records) {
        choice("Cable.status", r.at("status"), "cable " + r.at("label"));
        choice("Cable.type", r.at("type"), "cable " + r.at("label"));
        if (r.count("length_unit"))
            choice("Cable.length_unit", r.at("length_unit"), "cable " + r.at("label"));
        for (const char* side : {"side_a_", "side_b_"}) {
            const std::string s = side;
            const std::string type = r.at(s + "type"), name = r.at(s + "name");
            choice("Cable.termination", type, "cable " + r.at("label"));
            std::string owner;
            if (type == "dcim.powerfeed") {
                owner = r.at(s + "power_panel");
                if (!feeds.count({owner, name}))
                    problem("cable " + r.at("label") + ": no feed " + name + " on " + owner);
            } else {
                owner = r.at(s + "device");
                auto dev = devices.find(owner);
                if (dev == devices.end()) {
                    problem("cable " + r.at("label") + ": no device " + owner);
                    continue;
                }
                const std::string list = type == "dcim.interface" ? "interfaces" : "power-ports";
                const auto& items = dev->second.type->lists;
                auto it = items.find(list);
                const bool found =
                    it != items.end() &&
                    std::any_of(it->second.begin(), it->second.end(),
                                [&](const Record& x) { return x.at("name") == name; });
                if (!found)
                    problem("cable " + r.at("label") + ": " + owner + " has no " + name);
            }
            if (!taken.insert(type + "|" + owner + "|" + name).second)
                problem("cable " + r.at("label") + ": " + owner + " " + name +
                        " already connected");
        }
    }
    return c;
}

std::string report(const Checked& c) {
    std::string s;
    for (const std::string& p : c.problems)
        s += p + "\n";
    return s;
}

std::size_t physicalCables(const Design& d) {
    std::size_t n = 0;
    for (const NetworkLink& l : d.networkLinks)
        n += static_cast<std::size_t>(l.count);
    return n;
}

} // namespace

class TestExchangeNetBox : public QObject {
    Q_OBJECT
private slots:
    // The 10 MW sample hall: 48 GB300 racks, 165 switches at 11 floor points, 6,912 cables in
    // 1,536 bundles (counted in the project with sqlite3), 2N power with one shelf per path.
    void sampleHall() {
        const Design d = openProject(std::string(AIFP_PROJECTS_DIR) + "/sample-gb300-hall.aifp");
        const Catalog catalog = Catalog::builtin().withUserEntries(d.userCatalog);
        QTemporaryDir tmp;
        const std::string dir = tmp.path().toStdString() + "/netbox";
        const exchange::NetBoxSummary s = exchange::writeNetBoxFiles(d, catalog, dir);
        QCOMPARE(s.racks, std::size_t(48 + 11));
        QCOMPARE(s.devices, std::size_t(48 + 165));
        QCOMPARE(s.networkCables, std::size_t(6912));
        QCOMPARE(physicalCables(d), std::size_t(6912));
        QCOMPARE(s.powerFeeds, std::size_t(96)); // A and B per rack
        QCOMPARE(s.powerCables, std::size_t(96));
        const Checked c = checkExport(dir);
        QVERIFY2(c.problems.empty(), report(c).c_str());
        QCOMPARE(c.networkCables, std::size_t(6912));
        QCOMPARE(c.tables.at("RackImportForm").records.size(), std::size_t(59));
        // Rack R1 stands at (24.5, 39.8) in the project: its description carries the position.
        const auto& racks = c.tables.at("RackImportForm").records;
        auto r1 = std::find_if(racks.begin(), racks.end(),
                               [](const Record& r) { return r.at("name") == "R1"; });
        QVERIFY(r1 != racks.end());
        QVERIFY(r1->at("description").find("x 24.50 m, y 39.80 m") != std::string::npos);
        QCOMPARE(r1->at("location"), std::string("Hall 1"));
        QCOMPARE(r1->at("outer_width"), std::string("600"));
    }

    void smallSample() {
        const Design d = openProject(std::string(AIFP_PROJECTS_DIR) + "/sample-1mw.aifp");
        const Catalog catalog = Catalog::builtin().withUserEntries(d.userCatalog);
        QTemporaryDir tmp;
        const exchange::NetBoxSummary s =
            exchange::writeNetBoxFiles(d, catalog, tmp.path().toStdString());
        const Checked c = checkExport(tmp.path().toStdString());
        QVERIFY2(c.problems.empty(), report(c).c_str());
        QCOMPARE(s.networkCables, physicalCables(d));
        QCOMPARE(s.racks, d.racks.size() + exchange::switchStacks(d).size());
        QCOMPARE(c.tables.at("RackImportForm").records.size(), s.racks);
    }

    // Servers four to a rack, several halls, the same rack names in every hall, names that
    // need CSV quoting and UTF-8: still one device per system and every reference resolves.
    void serversInManyHallsWithAwkwardNames() {
        const Catalog catalog = Catalog::builtin();
        FactoryTargets t;
        t.systemId = "dgx-b200";
        t.targetGpus = 2560;
        t.cooling = CoolingMode::Air;
        t.maxRacksPerHall = 36; // one scalable unit per hall
        GeneratedFactory g = generateFactoryWithRacks(t, catalog, 72);
        QVERIFY(!g.design.racks.empty());
        Design& d = g.design;
        QVERIFY(d.halls.size() >= 2);
        d.site.name = "Campus \"Norte\", Sevilla";
        for (std::size_t i = 0; i < d.halls.size(); ++i)
            d.halls[i].name = "Sala Ñ, " + std::to_string(i / 2); // two halls share each name
        for (Rack& r : d.racks)
            r.name = "R1"; // every rack the same name
        QTemporaryDir tmp;
        const exchange::NetBoxSummary s =
            exchange::writeNetBoxFiles(d, catalog, tmp.path().toStdString());
        const Checked c = checkExport(tmp.path().toStdString());
        QVERIFY2(c.problems.empty(), report(c).c_str());
        const int perRack = systemSpec(catalog, "dgx-b200").systemsPerRack;
        QVERIFY(perRack > 1);
        QCOMPARE(s.devices, d.racks.size() * static_cast<std::size_t>(perRack) + d.switches.size());
        QCOMPARE(s.networkCables, physicalCables(d));
        QCOMPARE(c.tables.at("SiteImportForm").records.at(0).at("name"), d.site.name);
        std::set<std::string> locations;
        for (const Record& r : c.tables.at("LocationImportForm").records)
            locations.insert(r.at("name"));
        QCOMPARE(locations.size(), d.halls.size()); // made unique
        QVERIFY(locations.count("Sala Ñ, 0"));
    }

    // The checker itself: a broken reference or a column NetBox does not know is caught.
    void checkerCatchesMistakes() {
        const Design d = openProject(std::string(AIFP_PROJECTS_DIR) + "/sample-1mw.aifp");
        QTemporaryDir tmp;
        const std::string dir = tmp.path().toStdString();
        exchange::writeNetBoxFiles(d, Catalog::builtin(), dir);
        QVERIFY(checkExport(dir).problems.empty());
        auto edit = [&](const std::string& file, const std::string& from, const std::string& to) {
            std::string text = readAll(dir + "/" + file);
            const auto at = text.find(from);
            QVERIFY(at != std::string::npos);
            text.replace(at, from.size(), to);
            std::ofstream(dir + "/" + file, std::ios::binary) << text;
        };
        edit("06-racks.csv", "facility_id", "rack_number");
        QVERIFY(report(checkExport(dir)).find("rack_number is not a field") != std::string::npos);
        edit("06-racks.csv", "rack_number", "facility_id");
        edit("11-cables-network-0001.csv", ",dcim.interface,p1,", ",dcim.interface,p9999,");
        QVERIFY(report(checkExport(dir)).find("has no p9999") != std::string::npos);
    }

    void refusesAFolderInUseAndCleansUpOnCancel() {
        const Design d = openProject(std::string(AIFP_PROJECTS_DIR) + "/sample-1mw.aifp");
        const Catalog catalog = Catalog::builtin();
        QTemporaryDir tmp;
        const std::string dir = tmp.path().toStdString();
        std::ofstream(dir + "/old.csv") << "x\n";
        try {
            exchange::writeNetBoxFiles(d, catalog, dir);
            QFAIL("wrote into a folder that was not empty");
        } catch (const exchange::ExportError& e) {
            QVERIFY(std::string(e.what()).rfind(dir + ": ", 0) == 0);
        }
        const std::string fresh = dir + "/new";
        int calls = 0;
        QVERIFY_THROWS_EXCEPTION(exchange::ExportCancelled,
                                 exchange::writeNetBoxFiles(d, catalog, fresh, [&](double f) {
                                     ++calls;
                                     return f < 0.5;
                                 }));
        QVERIFY(calls > 0);
        QVERIFY(fs::is_empty(fresh));
    }
};

QTEST_GUILESS_MAIN(TestExchangeNetBox)
#include "test_exchange_netbox.moc"
