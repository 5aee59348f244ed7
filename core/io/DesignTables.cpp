#include "core/io/DesignTables.hpp"
#include "core/model/DesignLimits.hpp"
#include "core/util/Json.hpp"
#include <algorithm>
#include <bit>
#include <climits>
#include <cstring>
#include <sqlite3.h>

#ifndef AIFP_VERSION
#define AIFP_VERSION "0"
#endif

namespace aifp {

namespace {

using sqlite::Statement;

// Routes: little-endian IEEE-754 float64, x y z per point (24 bytes a point).
std::uint64_t toLittleEndian(std::uint64_t v) {
    if constexpr (std::endian::native == std::endian::little)
        return v;
    std::uint64_t r = 0;
    for (int i = 0; i < 8; ++i)
        r |= ((v >> (8 * i)) & 0xffu) << (8 * (7 - i));
    return r;
}

std::string encodeRoute(const std::vector<PointM>& route) {
    std::string bytes(route.size() * 24, '\0');
    char* out = bytes.data();
    for (const PointM& p : route)
        for (double d : {p.xM, p.yM, p.zM}) {
            const std::uint64_t le = toLittleEndian(std::bit_cast<std::uint64_t>(d));
            std::memcpy(out, &le, 8);
            out += 8;
        }
    return bytes;
}

std::vector<PointM> decodeRoute(const Statement& st, int col, const std::string& where) {
    const auto [data, size] = st.getBlob(col);
    if (size % 24 != 0)
        throw sqlite::Error(where + ": route_m is " + std::to_string(size) +
                                " bytes, not a whole number of 24-byte points",
                            SQLITE_CORRUPT);
    std::vector<PointM> route(size / 24);
    const char* in = static_cast<const char*>(data);
    auto next = [&in]() {
        std::uint64_t le = 0;
        std::memcpy(&le, in, 8);
        in += 8;
        return std::bit_cast<double>(toLittleEndian(le));
    };
    for (PointM& p : route) {
        p.xM = next();
        p.yM = next();
        p.zM = next();
    }
    return route;
}

void bindRoute(Statement& st, int index, const std::vector<PointM>& route) {
    const std::string bytes = encodeRoute(route);
    st.bindBlob(index, bytes.data(), bytes.size());
}

std::int64_t idValue(ObjectId id) {
    return static_cast<std::int64_t>(id);
}

// A reference column: kNoId is stored as NULL.
void bindRef(Statement& st, int index, ObjectId id) {
    if (id == kNoId)
        st.bindNull(index);
    else
        st.bind(index, idValue(id));
}

std::string textList(const std::vector<std::string>& items) {
    json::Value a = json::Value::array();
    for (const auto& s : items)
        a.push(s);
    return json::write(a, -1);
}

// The error of a failed insert, naming the table, the object and the columns that hold
// references.
sqlite::Error insertError(const sqlite::Error& e, const char* table, const std::string& key,
                          const char* references) {
    std::string msg = std::string(table) + " id " + key + ": " + e.what();
    if ((e.code & 0xff) == SQLITE_CONSTRAINT &&
        std::string(e.what()).find("FOREIGN") != std::string::npos)
        msg += std::string(" (") + references + " names no such object)";
    return sqlite::Error(msg, e.code);
}

// Runs an insert of a row keyed by text.
void insert(Statement& st, const char* table, const std::string& key, const char* references) {
    try {
        st.run();
    } catch (const sqlite::Error& e) {
        throw insertError(e, table, key, references);
    }
}

// Runs an insert of an object keyed by id: the key text is only built when the insert fails.
void insert(Statement& st, const char* table, ObjectId id, const char* references) {
    try {
        st.run();
    } catch (const sqlite::Error& e) {
        throw insertError(e, table, std::to_string(id), references);
    }
}

} // namespace

// ---- Packed link bundles (schema 6) ----

namespace {

constexpr LinkMedium kPackMedia[] = {LinkMedium::Copper, LinkMedium::Multimode,
                                     LinkMedium::SingleMode};

std::uint64_t zigzag(std::int64_t v) {
    return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}

std::int64_t unzigzag(std::uint64_t u) {
    return static_cast<std::int64_t>(u >> 1) ^ -static_cast<std::int64_t>(u & 1);
}

void putVarint(std::string& out, std::uint64_t u) {
    while (u >= 0x80) {
        out.push_back(static_cast<char>((u & 0x7f) | 0x80));
        u >>= 7;
    }
    out.push_back(static_cast<char>(u));
}

void putDouble(std::string& out, double d) {
    const std::uint64_t le = toLittleEndian(std::bit_cast<std::uint64_t>(d));
    char bytes[8];
    std::memcpy(bytes, &le, 8);
    out.append(bytes, 8);
}

[[noreturn]] void badPack(const char* column, const std::string& what) {
    throw sqlite::Error(std::string("network_link_pack: ") + column + ": " + what, SQLITE_CORRUPT);
}

// One column of n varints, read value by value; it must hold exactly them (no truncation, no
// trailing bytes, no varint longer than 10 bytes).
class VarintColumn {
public:
    VarintColumn(std::string_view bytes, std::size_t n, const char* column)
        : p_(reinterpret_cast<const unsigned char*>(bytes.data())), end_(p_ + bytes.size()), n_(n),
          column_(column) {}

    // Value i (values are read in order, i = 0 .. n-1).
    std::uint64_t next(std::size_t i) {
        // Fast path: a one- or two-byte varint (nearly all: ids grow by small steps).
        if (end_ - p_ >= 2) {
            if (!(p_[0] & 0x80))
                return *p_++;
            if (!(p_[1] & 0x80)) {
                const std::uint64_t u = std::uint64_t(p_[0] & 0x7f) | (std::uint64_t(p_[1]) << 7);
                p_ += 2;
                return u;
            }
        }
        std::uint64_t u = 0;
        int shift = 0;
        for (;;) {
            if (p_ == end_)
                badPack(column_, "truncated: " + std::to_string(i) + " of " + std::to_string(n_) +
                                     " values");
            const unsigned char b = *p_++;
            if (shift == 63 && b > 1)
                badPack(column_, "value " + std::to_string(i) + " is longer than 64 bits");
            u |= std::uint64_t(b & 0x7f) << shift;
            if (!(b & 0x80))
                return u;
            shift += 7;
        }
    }
    // After the n values: nothing may follow.
    void finish() const {
        if (p_ != end_)
            badPack(column_, std::to_string(end_ - p_) + " bytes after the " + std::to_string(n_) +
                                 " values");
    }

private:
    const unsigned char* p_;
    const unsigned char* end_;
    std::size_t n_;
    const char* column_;
};

void checkFixedLength(std::string_view bytes, std::size_t n, std::size_t width,
                      const char* column) {
    if (bytes.size() != n * width)
        badPack(column, std::to_string(bytes.size()) + " bytes, expected " +
                            std::to_string(n * width) + " (" + std::to_string(n) + " x " +
                            std::to_string(width) + ")");
}

double readDouble(const char* at) {
    std::uint64_t le = 0;
    std::memcpy(&le, at, 8);
    return std::bit_cast<double>(toLittleEndian(le));
}

} // namespace

PackedNetworkLinks packNetworkLinks(const std::vector<NetworkLink>& links) {
    PackedNetworkLinks out;
    out.linkCount = static_cast<std::int64_t>(links.size());
    auto& [ids, from, to, counts, speeds, lengths, media] = out.columns;
    // Ids mostly grow by small steps: 1 to 3 bytes each.
    ids.reserve(links.size() * 2);
    from.reserve(links.size() * 2);
    to.reserve(links.size() * 2);
    counts.reserve(links.size());
    speeds.reserve(links.size() * 8);
    lengths.reserve(links.size() * 8);
    media.reserve(links.size());
    std::uint64_t lastId = 0, lastFrom = 0, lastTo = 0;
    auto delta = [](std::uint64_t v, std::uint64_t& last) {
        const auto d = static_cast<std::int64_t>(v - last); // wraps: exact for every uint64
        last = v;
        return zigzag(d);
    };
    for (const NetworkLink& l : links) {
        putVarint(ids, delta(l.id, lastId));
        putVarint(from, delta(l.fromId, lastFrom));
        putVarint(to, delta(l.toId, lastTo));
        putVarint(counts, zigzag(l.count));
        putDouble(speeds, l.speedGbps);
        putDouble(lengths, l.lengthM);
        std::size_t m = 0;
        while (m < std::size(kPackMedia) && kPackMedia[m] != l.medium)
            ++m;
        media.push_back(static_cast<char>(m));
    }
    return out;
}

std::vector<NetworkLink> unpackNetworkLinks(std::int64_t format, std::int64_t linkCount,
                                            const std::array<std::string_view, 7>& columns) {
    if (format != kNetworkLinkPackFormat)
        badPack("format", std::to_string(format) + " is not a format this program reads (" +
                              std::to_string(kNetworkLinkPackFormat) + ")");
    if (linkCount < 0 || linkCount > static_cast<std::int64_t>(limits::kMaxNetworkLinks))
        badPack("link_count", std::to_string(linkCount) + " is not within 0.." +
                                  std::to_string(limits::kMaxNetworkLinks));
    const auto n = static_cast<std::size_t>(linkCount);
    const auto& [ids, from, to, counts, speeds, lengths, media] = columns;
    // Lengths first: nothing is allocated for a count the columns cannot hold (a varint is at
    // least one byte).
    checkFixedLength(speeds, n, 8, "speeds_gbps");
    checkFixedLength(lengths, n, 8, "lengths_m");
    checkFixedLength(media, n, 1, "media");
    for (std::size_t c = 0; c < 4; ++c)
        if (columns[c].size() < n)
            badPack(kNetworkLinkPackColumns[c], "truncated: " + std::to_string(columns[c].size()) +
                                                    " bytes for " + std::to_string(n) + " values");
    // One pass over the bundles, every column read in step (each bundle is written once).
    VarintColumn idColumn(ids, n, "ids"), fromColumn(from, n, "from_ids"),
        toColumn(to, n, "to_ids"), countColumn(counts, n, "counts");
    std::uint64_t lastId = 0, lastFrom = 0, lastTo = 0;
    auto nextId = [](VarintColumn& column, std::size_t i, std::uint64_t& last, const char* name) {
        last += static_cast<std::uint64_t>(unzigzag(column.next(i)));
        if (last == 0 || last > static_cast<std::uint64_t>(INT64_MAX))
            badPack(name, "bundle " + std::to_string(i) + ": " +
                              std::to_string(static_cast<std::int64_t>(last)) +
                              " is not a valid id");
        return static_cast<ObjectId>(last);
    };
    std::vector<NetworkLink> links;
    links.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        NetworkLink l;
        l.id = nextId(idColumn, i, lastId, "ids");
        l.fromId = nextId(fromColumn, i, lastFrom, "from_ids");
        l.toId = nextId(toColumn, i, lastTo, "to_ids");
        const std::int64_t count = unzigzag(countColumn.next(i));
        if (count < INT_MIN || count > INT_MAX)
            badPack("counts", "network_links id " + std::to_string(l.id) + ": " +
                                  std::to_string(count) + " is out of range");
        l.count = static_cast<int>(count);
        l.speedGbps = readDouble(speeds.data() + 8 * i);
        l.lengthM = readDouble(lengths.data() + 8 * i);
        const auto m = static_cast<unsigned char>(media[i]);
        if (m >= std::size(kPackMedia))
            badPack("media", "network_links id " + std::to_string(l.id) + ": " + std::to_string(m) +
                                 " is not a medium (0..2)");
        l.medium = kPackMedia[m];
        links.push_back(l);
    }
    idColumn.finish();
    fromColumn.finish();
    toColumn.finish();
    countColumn.finish();
    return links;
}

namespace {

// Writes the pack row (none for a design without bundles).
void writeNetworkLinkPack(sqlite::Connection& db, const std::vector<NetworkLink>& links) {
    if (links.empty())
        return;
    const PackedNetworkLinks pack = packNetworkLinks(links);
    Statement st(db, "INSERT INTO network_link_pack (id, format, link_count, ids, from_ids, "
                     "to_ids, counts, speeds_gbps, lengths_m, media) "
                     "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(0, kNetworkLinkPackFormat).bind(1, pack.linkCount);
    for (std::size_t c = 0; c < pack.columns.size(); ++c)
        st.bindBlobUncopied(static_cast<int>(c) + 2, pack.columns[c].data(),
                            pack.columns[c].size()); // pack outlives st
    insert(st, "network_link_pack", std::string("1"), "");
}

} // namespace

void writeDesignTables(sqlite::Connection& db, const Design& d) {
    {
        Statement st(db, "INSERT INTO meta (id, next_id, program, program_version) "
                         "VALUES (1, ?, 'AI Factory Planner', ?)");
        st.bind(0, idValue(d.nextId)).bind(1, std::string(AIFP_VERSION));
        insert(st, "meta", std::string("1"), "");
    }
    {
        const Site& s = d.site;
        Statement st(db, "INSERT INTO site VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        st.bind(0, s.name).bind(1, s.location).bind(2, s.customer).bind(3, s.author);
        st.bind(4, s.gridConnectionMw).bind(5, s.designAmbientC).bind(6, s.latitudeDeg);
        st.bind(7, s.longitudeDeg).bind(8, s.climateId);
        st.bind(9, std::string(toString(s.readiness)));
        insert(st, "site", std::string("1"), "");
    }
    {
        const DesignSettings& s = d.settings;
        Statement st(db, "INSERT INTO settings VALUES "
                         "(1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        st.bind(0, std::string(toString(s.powerRedundancy)))
            .bind(1, std::string(toString(s.cooling)))
            .bind(2, std::string(toString(s.fabric)))
            .bind(3, s.fabricSwitchId)
            .bind(4, s.railOptimized ? 1 : 0)
            .bind(5, s.oversubscription)
            .bind(6, s.fabricTiers)
            .bind(7, s.airCoolingLimitKw)
            .bind(8, s.modelId)
            .bind(9, s.scenario)
            .bind(10, s.precision)
            .bind(11, s.scheduleStart)
            .bind(12, s.delivery)
            .bind(13, s.userTokensPerS)
            .bind(14, s.bridgePowerMw)
            .bind(15, s.supplyPriority ? 1 : 0)
            .bind(16, std::string(toString(s.procurement)))
            .bind(17, s.rentTermMonths)
            .bind(18, s.tcoHorizonYears);
        insert(st, "settings", std::string("1"), "");
    }
    {
        const DocumentControl& c = d.document;
        // The schema step 1 -> 2 creates the row with its defaults (so migrated files have it);
        // the design's values replace it.
        Statement st(db, "INSERT OR REPLACE INTO document_control VALUES (1, ?, ?, ?, ?, ?)");
        st.bind(0, c.revision).bind(1, c.documentNumber).bind(2, c.confidentiality);
        st.bind(3, c.priceDate).bind(4, c.currency);
        insert(st, "document_control", std::string("1"), "");
    }
    {
        Statement st(db, "INSERT INTO owned_equipment VALUES (?, ?, ?)");
        std::int64_t seq = 0;
        for (const OwnedEquipment& e : d.ownedEquipment) {
            st.bind(0, e.equipmentClass).bind(1, seq++).bind(2, e.onSiteDate);
            insert(st, "owned_equipment", "'" + e.equipmentClass + "'", "");
        }
    }
    {
        Statement st(db, "INSERT INTO user_models VALUES (?, ?, ?, ?, ?)");
        std::int64_t seq = 0;
        for (const UserModel& m : d.userModels) {
            st.bind(0, m.id).bind(1, seq++).bind(2, m.name).bind(3, m.configJson).bind(4, m.source);
            insert(st, "user_models", "'" + m.id + "'", "");
        }
    }
    {
        Statement st(db, "INSERT INTO halls VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        std::int64_t seq = 0;
        for (const Hall& h : d.halls) {
            st.bind(0, idValue(h.id)).bind(1, seq++).bind(2, h.name).bind(3, h.originXM);
            st.bind(4, h.originYM).bind(5, h.widthM).bind(6, h.depthM).bind(7, h.clearHeightM);
            st.bind(8, h.floorLoadKgPerM2).bind(9, std::string(toString(h.cooling)));
            st.bind(10, h.facilityWaterSupplyC).bind(11, h.maxRackKw).bind(12, h.cluster);
            insert(st, "halls", h.id, "");
        }
    }
    {
        Statement st(db, "INSERT INTO \"rows\" VALUES (?, ?, ?, ?, ?, ?)");
        std::int64_t seq = 0;
        for (const Row& r : d.rows) {
            st.bind(0, idValue(r.id)).bind(1, seq++);
            bindRef(st, 2, r.hallId);
            st.bind(3, r.name).bind(4, r.rotationDeg);
            st.bind(5, std::string(toString(r.frontFaces)));
            insert(st, "rows", r.id, "hall_id");
        }
    }
    {
        Statement st(db, "INSERT INTO racks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        std::int64_t seq = 0;
        for (const Rack& r : d.racks) {
            st.bind(0, idValue(r.id)).bind(1, seq++);
            bindRef(st, 2, r.hallId);
            bindRef(st, 3, r.rowId);
            st.bind(4, r.name).bind(5, r.catalogId).bind(6, r.centerM.xM).bind(7, r.centerM.yM);
            st.bind(8, r.centerM.zM).bind(9, r.rotationDeg);
            insert(st, "racks", r.id, "hall_id or row_id");
        }
    }
    {
        Statement st(db, "INSERT INTO power_nodes VALUES "
                         "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        std::int64_t seq = 0;
        for (const PowerNode& n : d.powerNodes) {
            st.bind(0, idValue(n.id)).bind(1, seq++).bind(2, std::string(toString(n.kind)));
            st.bind(3, n.name).bind(4, n.catalogId);
            bindRef(st, 5, n.hallId);
            st.bind(6, n.positionM.xM).bind(7, n.positionM.yM).bind(8, n.positionM.zM);
            st.bind(9, n.ratingKva).bind(10, n.ratingKw).bind(11, n.voltageV);
            st.bind(12, n.efficiency).bind(13, n.moduleCount).bind(14, n.redundantModules);
            st.bind(15, n.currentRatingA).bind(16, n.path);
            bindRoute(st, 17, n.routeM);
            insert(st, "power_nodes", n.id, "hall_id");
        }
    }
    {
        Statement st(db, "INSERT INTO power_links VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        std::int64_t seq = 0;
        for (const PowerLink& l : d.powerLinks) {
            st.bind(0, idValue(l.id)).bind(1, seq++);
            bindRef(st, 2, l.fromId);
            bindRef(st, 3, l.toId);
            st.bind(4, std::string(toString(l.kind))).bind(5, l.currentRatingA);
            bindRoute(st, 6, l.routeM);
            st.bind(7, l.lengthM);
            insert(st, "power_links", l.id, "from_id");
        }
    }
    {
        Statement st(db, "INSERT INTO cooling_nodes VALUES "
                         "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        std::int64_t seq = 0;
        for (const CoolingNode& n : d.coolingNodes) {
            st.bind(0, idValue(n.id)).bind(1, seq++).bind(2, std::string(toString(n.kind)));
            st.bind(3, n.name).bind(4, n.catalogId);
            bindRef(st, 5, n.hallId);
            st.bind(6, n.positionM.xM).bind(7, n.positionM.yM).bind(8, n.positionM.zM);
            st.bind(9, n.capacityKw).bind(10, n.flowRatingLpm).bind(11, n.pumpHeadKpa);
            st.bind(12, n.supplyTempC).bind(13, n.deltaTK).bind(14, n.powerPerKwHeat);
            st.bind(15, n.path);
            insert(st, "cooling_nodes", n.id, "hall_id");
        }
    }
    {
        Statement st(db, "INSERT INTO pipes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        std::int64_t seq = 0;
        for (const Pipe& p : d.pipes) {
            st.bind(0, idValue(p.id)).bind(1, seq++);
            bindRef(st, 2, p.fromId);
            bindRef(st, 3, p.toId);
            st.bind(4, std::string(toString(p.loop)));
            bindRoute(st, 5, p.routeM);
            st.bind(6, p.innerDiameterMm).bind(7, p.lengthM).bind(8, p.roughnessMm);
            insert(st, "pipes", p.id, "from_id");
        }
    }
    {
        Statement st(db, "INSERT INTO switches VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        std::int64_t seq = 0;
        for (const NetworkSwitch& s : d.switches) {
            st.bind(0, idValue(s.id)).bind(1, seq++).bind(2, s.name).bind(3, s.catalogId);
            st.bind(4, std::string(toString(s.role))).bind(5, s.tier).bind(6, s.rail);
            st.bind(7, s.portCount).bind(8, s.portSpeedGbps);
            bindRef(st, 9, s.hallId);
            st.bind(10, s.positionM.xM).bind(11, s.positionM.yM).bind(12, s.positionM.zM);
            insert(st, "switches", s.id, "hall_id");
        }
    }
    writeNetworkLinkPack(db, d.networkLinks);
    {
        Statement entry(db, "INSERT INTO user_catalog VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Statement rating(db, "INSERT INTO user_catalog_ratings VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        std::int64_t seq = 0;
        for (const CatalogEntry& e : d.userCatalog) {
            entry.bind(0, e.id).bind(1, seq++).bind(2, e.referenceId).bind(3, e.vendor);
            entry.bind(4, e.model).bind(5, e.category);
            entry.bind(6, std::string(toString(e.confidence))).bind(7, textList(e.sources));
            entry.bind(8, e.notes).bind(9, e.userDefined ? 1 : 0);
            insert(entry, "user_catalog", "'" + e.id + "'", "");
            for (const auto& [k, r] : e.ratings) {
                rating.bind(0, e.id).bind(1, k);
                if (r.hasValue())
                    rating.bind(2, r.value);
                else
                    rating.bindNull(2);
                rating.bind(3, r.text).bind(4, r.unit).bind(5, r.note);
                rating.bind(6, textList(r.sources));
                if (r.confidence)
                    rating.bind(7, std::string(toString(*r.confidence)));
                else
                    rating.bindNull(7);
                insert(rating, "user_catalog_ratings", "'" + e.id + "' rating '" + k + "'", "");
            }
        }
    }
    {
        Statement st(db, "INSERT INTO assumption_overrides VALUES (?, ?)");
        for (const auto& [k, v] : d.assumptionOverrides) {
            st.bind(0, k).bind(1, v);
            insert(st, "assumption_overrides", "'" + k + "'", "");
        }
    }
}

namespace {

// Reading: every value out of the model's domain is an error naming table, row and column.
// The row's name ("racks id 42") is only built when something is wrong: no allocation per row.
struct RowReader {
    const Statement& st;
    const char* table;      // names the row as "<table> id <column 0>"; or null: use label
    std::string label = {}; // "user_catalog id 'x'" for rows keyed by text

    std::string where() const {
        return table ? std::string(table) + " id " + std::to_string(st.getInt(0)) : label;
    }
    [[noreturn]] void bad(const char* column, const std::string& what) const {
        throw sqlite::Error(where() + ": " + column + ": " + what, SQLITE_CORRUPT);
    }
    template <class E> E enumValue(int col, const char* column) const {
        const std::string s = st.getText(col);
        E out{};
        if (!fromString(s, out))
            bad(column, "unknown value '" + s + "'");
        return out;
    }
    ObjectId ref(int col, const char* column) const {
        if (st.isNull(col))
            return kNoId;
        const std::int64_t v = st.getInt(col);
        if (v < 1)
            bad(column, std::to_string(v) + " is not a valid id");
        return static_cast<ObjectId>(v);
    }
    int integer(int col, const char* column) const {
        const std::int64_t v = st.getInt(col);
        if (v < INT_MIN || v > INT_MAX)
            bad(column, std::to_string(v) + " is out of range");
        return static_cast<int>(v);
    }
    std::vector<std::string> textList(int col, const char* column) const {
        std::vector<std::string> out;
        try {
            const json::Value v = json::parse(st.getText(col));
            if (!v.isArray())
                bad(column, "not a JSON list of strings");
            for (const auto& s : v.asArray()) {
                if (!s.isString())
                    bad(column, "not a JSON list of strings");
                out.push_back(s.asString());
            }
        } catch (const json::ParseError& e) {
            bad(column, std::string("not a JSON list of strings (") + e.what() + ")");
        }
        return out;
    }
};

template <class F> void forEachRow(sqlite::Connection& db, const char* sql, F&& f) {
    Statement st(db, sql);
    while (st.step())
        f(st);
}

ObjectId readId(const RowReader& r) {
    const ObjectId id = r.ref(0, "id");
    if (id == kNoId)
        r.bad("id", "missing");
    return id;
}

// The objects of a table in the order of its seq column, each made by make(st) from a row of sql
// (a SELECT whose column seqColumn is seq, without ORDER BY). A large table is read in storage
// order: seq has no index, and an ORDER BY would make SQLite copy and sort every row; the seq
// order is restored here, which costs nothing when the rows were written in it (ours are).
template <class T, class Make>
void readInSeqOrder(sqlite::Connection& db, const char* sql, int seqColumn, std::vector<T>& out,
                    Make&& make) {
    out.clear();
    std::vector<std::int64_t> seqs;
    {
        Statement st(db, sql);
        while (st.step()) {
            out.push_back(make(st));
            seqs.push_back(st.getInt(seqColumn));
        }
    }
    if (std::is_sorted(seqs.begin(), seqs.end()))
        return;
    std::vector<std::size_t> order(seqs.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return seqs[a] < seqs[b]; });
    std::vector<T> sorted;
    sorted.reserve(order.size());
    for (std::size_t i : order)
        sorted.push_back(std::move(out[i]));
    out = std::move(sorted);
}

// The bundles of a schema-5 file, one row each (the layout before network_link_pack).
std::vector<NetworkLink> readNetworkLinkRows(sqlite::Connection& db) {
    std::vector<NetworkLink> links;
    {
        const auto n = db.queryInt("SELECT count(*) FROM network_links");
        links.reserve(static_cast<std::size_t>(n));
    }
    readInSeqOrder(db,
                   "SELECT id, from_id, to_id, count, speed_gbps, length_m, medium, seq "
                   "FROM network_links",
                   7, links, [](const Statement& st) {
                       const RowReader r{st, "network_links"};
                       NetworkLink l;
                       l.id = readId(r);
                       l.fromId = r.ref(1, "from_id");
                       l.toId = r.ref(2, "to_id");
                       l.count = r.integer(3, "count");
                       l.speedGbps = st.getDouble(4);
                       l.lengthM = st.getDouble(5);
                       l.medium = r.enumValue<LinkMedium>(6, "medium");
                       return l;
                   });
    return links;
}

} // namespace

Design readDesignTables(sqlite::Connection& db) {
    Design d;
    bool haveMeta = false;
    forEachRow(db, "SELECT next_id FROM meta WHERE id = 1", [&](const Statement& st) {
        const std::int64_t next = st.getInt(0);
        if (next < 1)
            throw sqlite::Error("meta: next_id " + std::to_string(next) + " is not positive",
                                SQLITE_CORRUPT);
        d.nextId = static_cast<ObjectId>(next);
        haveMeta = true;
    });
    if (!haveMeta)
        throw sqlite::Error("meta: the row is missing", SQLITE_CORRUPT);
    forEachRow(db,
               "SELECT name, location, customer, author, grid_connection_mw, design_ambient_c, "
               "latitude_deg, longitude_deg, climate_id, readiness FROM site WHERE id = 1",
               [&](const Statement& st) {
                   const RowReader r{st, nullptr, "site"};
                   Site& s = d.site;
                   s.name = st.getText(0);
                   s.location = st.getText(1);
                   s.customer = st.getText(2);
                   s.author = st.getText(3);
                   s.gridConnectionMw = st.getDouble(4);
                   s.designAmbientC = st.getDouble(5);
                   s.latitudeDeg = st.getDouble(6);
                   s.longitudeDeg = st.getDouble(7);
                   s.climateId = st.getText(8);
                   s.readiness = r.enumValue<SiteReadiness>(9, "readiness");
               });
    forEachRow(db,
               "SELECT 1, power_redundancy, cooling, fabric, fabric_switch_id, rail_optimized, "
               "oversubscription, fabric_tiers, air_cooling_limit_kw, model_id, scenario, "
               "precision, schedule_start, delivery, user_tokens_per_s, bridge_power_mw, "
               "supply_priority, procurement, rent_term_months, tco_horizon_years FROM settings "
               "WHERE id = 1",
               [&](const Statement& st) {
                   const RowReader r{st, "settings"};
                   DesignSettings& s = d.settings;
                   s.powerRedundancy = r.enumValue<RedundancyScheme>(1, "power_redundancy");
                   s.cooling = r.enumValue<CoolingMode>(2, "cooling");
                   s.fabric = r.enumValue<FabricKind>(3, "fabric");
                   s.fabricSwitchId = st.getText(4);
                   s.railOptimized = st.getInt(5) != 0;
                   s.oversubscription = st.getDouble(6);
                   s.fabricTiers = r.integer(7, "fabric_tiers");
                   s.airCoolingLimitKw = st.getDouble(8);
                   s.modelId = st.getText(9);
                   s.scenario = st.getText(10);
                   s.precision = st.getText(11);
                   s.scheduleStart = st.getText(12);
                   s.delivery = st.getText(13);
                   s.userTokensPerS = st.getDouble(14);
                   s.bridgePowerMw = st.getDouble(15);
                   s.supplyPriority = st.getInt(16) != 0;
                   s.procurement = r.enumValue<Procurement>(17, "procurement");
                   s.rentTermMonths = r.integer(18, "rent_term_months");
                   s.tcoHorizonYears = r.integer(19, "tco_horizon_years");
               });
    forEachRow(db,
               "SELECT revision, document_number, confidentiality, price_date, currency "
               "FROM document_control WHERE id = 1",
               [&](const Statement& st) {
                   DocumentControl& c = d.document;
                   c.revision = st.getText(0);
                   c.documentNumber = st.getText(1);
                   c.confidentiality = st.getText(2);
                   c.priceDate = st.getText(3);
                   c.currency = st.getText(4);
               });
    forEachRow(db, "SELECT equipment_class, on_site_date FROM owned_equipment ORDER BY seq",
               [&](const Statement& st) {
                   d.ownedEquipment.push_back(OwnedEquipment{st.getText(0), st.getText(1)});
               });
    forEachRow(db, "SELECT id, name, config_json, source FROM user_models ORDER BY seq",
               [&](const Statement& st) {
                   d.userModels.push_back(
                       UserModel{st.getText(0), st.getText(1), st.getText(2), st.getText(3)});
               });
    readInSeqOrder(db,
                   "SELECT id, name, origin_x_m, origin_y_m, width_m, depth_m, clear_height_m, "
                   "floor_load_kg_per_m2, cooling, facility_water_supply_c, max_rack_kw, cluster, "
                   "seq FROM halls",
                   12, d.halls, [&](const Statement& st) {
                       const RowReader r{st, "halls"};
                       Hall h;
                       h.id = readId(r);
                       h.name = st.getText(1);
                       h.originXM = st.getDouble(2);
                       h.originYM = st.getDouble(3);
                       h.widthM = st.getDouble(4);
                       h.depthM = st.getDouble(5);
                       h.clearHeightM = st.getDouble(6);
                       h.floorLoadKgPerM2 = st.getDouble(7);
                       h.cooling = r.enumValue<CoolingProvision>(8, "cooling");
                       h.facilityWaterSupplyC = st.getDouble(9);
                       h.maxRackKw = st.getDouble(10);
                       h.cluster = st.getText(11);
                       return h;
                   });
    readInSeqOrder(db, "SELECT id, hall_id, name, rotation_deg, front_faces, seq FROM \"rows\"", 5,
                   d.rows, [&](const Statement& st) {
                       const RowReader r{st, "rows"};
                       Row row;
                       row.id = readId(r);
                       row.hallId = r.ref(1, "hall_id");
                       row.name = st.getText(2);
                       row.rotationDeg = st.getDouble(3);
                       row.frontFaces = r.enumValue<AisleSide>(4, "front_faces");
                       return row;
                   });
    {
        const auto n = db.queryInt("SELECT count(*) FROM racks");
        d.racks.reserve(static_cast<std::size_t>(n));
    }
    readInSeqOrder(db,
                   "SELECT id, hall_id, row_id, name, catalog_id, center_x_m, center_y_m, "
                   "center_z_m, rotation_deg, seq FROM racks",
                   9, d.racks, [&](const Statement& st) {
                       const RowReader r{st, "racks"};
                       Rack k;
                       k.id = readId(r);
                       k.hallId = r.ref(1, "hall_id");
                       k.rowId = r.ref(2, "row_id");
                       k.name = st.getText(3);
                       k.catalogId = st.getText(4);
                       k.centerM = {st.getDouble(5), st.getDouble(6), st.getDouble(7)};
                       k.rotationDeg = st.getDouble(8);
                       return k;
                   });
    readInSeqOrder(db,
                   "SELECT id, kind, name, catalog_id, hall_id, position_x_m, position_y_m, "
                   "position_z_m, rating_kva, rating_kw, voltage_v, efficiency, module_count, "
                   "redundant_modules, current_rating_a, path, route_m, seq FROM power_nodes",
                   17, d.powerNodes, [&](const Statement& st) {
                       const RowReader r{st, "power_nodes"};
                       PowerNode n;
                       n.id = readId(r);
                       n.kind = r.enumValue<PowerNodeKind>(1, "kind");
                       n.name = st.getText(2);
                       n.catalogId = st.getText(3);
                       n.hallId = r.ref(4, "hall_id");
                       n.positionM = {st.getDouble(5), st.getDouble(6), st.getDouble(7)};
                       n.ratingKva = st.getDouble(8);
                       n.ratingKw = st.getDouble(9);
                       n.voltageV = st.getDouble(10);
                       n.efficiency = st.getDouble(11);
                       n.moduleCount = r.integer(12, "module_count");
                       n.redundantModules = r.integer(13, "redundant_modules");
                       n.currentRatingA = st.getDouble(14);
                       n.path = st.getText(15);
                       n.routeM = decodeRoute(st, 16, r.where());
                       return n;
                   });
    readInSeqOrder(db,
                   "SELECT id, from_id, to_id, kind, current_rating_a, route_m, length_m, "
                   "seq FROM power_links",
                   7, d.powerLinks, [&](const Statement& st) {
                       const RowReader r{st, "power_links"};
                       PowerLink l;
                       l.id = readId(r);
                       l.fromId = r.ref(1, "from_id");
                       l.toId = r.ref(2, "to_id");
                       l.kind = r.enumValue<PowerLinkKind>(3, "kind");
                       l.currentRatingA = st.getDouble(4);
                       l.routeM = decodeRoute(st, 5, r.where());
                       l.lengthM = st.getDouble(6);
                       return l;
                   });
    readInSeqOrder(db,
                   "SELECT id, kind, name, catalog_id, hall_id, position_x_m, position_y_m, "
                   "position_z_m, capacity_kw, flow_rating_lpm, pump_head_kpa, supply_temp_c, "
                   "delta_t_k, power_per_kw_heat, path, seq FROM cooling_nodes",
                   15, d.coolingNodes, [&](const Statement& st) {
                       const RowReader r{st, "cooling_nodes"};
                       CoolingNode n;
                       n.id = readId(r);
                       n.kind = r.enumValue<CoolingNodeKind>(1, "kind");
                       n.name = st.getText(2);
                       n.catalogId = st.getText(3);
                       n.hallId = r.ref(4, "hall_id");
                       n.positionM = {st.getDouble(5), st.getDouble(6), st.getDouble(7)};
                       n.capacityKw = st.getDouble(8);
                       n.flowRatingLpm = st.getDouble(9);
                       n.pumpHeadKpa = st.getDouble(10);
                       n.supplyTempC = st.getDouble(11);
                       n.deltaTK = st.getDouble(12);
                       n.powerPerKwHeat = st.getDouble(13);
                       n.path = st.getText(14);
                       return n;
                   });
    readInSeqOrder(db,
                   "SELECT id, from_id, to_id, loop, route_m, inner_diameter_mm, length_m, "
                   "roughness_mm, seq FROM pipes",
                   8, d.pipes, [&](const Statement& st) {
                       const RowReader r{st, "pipes"};
                       Pipe p;
                       p.id = readId(r);
                       p.fromId = r.ref(1, "from_id");
                       p.toId = r.ref(2, "to_id");
                       p.loop = r.enumValue<CoolantLoop>(3, "loop");
                       p.routeM = decodeRoute(st, 4, r.where());
                       p.innerDiameterMm = st.getDouble(5);
                       p.lengthM = st.getDouble(6);
                       p.roughnessMm = st.getDouble(7);
                       return p;
                   });
    readInSeqOrder(db,
                   "SELECT id, name, catalog_id, role, tier, rail, port_count, port_speed_gbps, "
                   "hall_id, position_x_m, position_y_m, position_z_m, seq FROM switches",
                   12, d.switches, [&](const Statement& st) {
                       const RowReader r{st, "switches"};
                       NetworkSwitch s;
                       s.id = readId(r);
                       s.name = st.getText(1);
                       s.catalogId = st.getText(2);
                       s.role = r.enumValue<NetworkRole>(3, "role");
                       s.tier = r.integer(4, "tier");
                       s.rail = r.integer(5, "rail");
                       s.portCount = r.integer(6, "port_count");
                       s.portSpeedGbps = st.getDouble(7);
                       s.hallId = r.ref(8, "hall_id");
                       s.positionM = {st.getDouble(9), st.getDouble(10), st.getDouble(11)};
                       return s;
                   });
    {
        Statement st(db, "SELECT format, link_count, ids, from_ids, to_ids, counts, speeds_gbps, "
                         "lengths_m, media FROM network_link_pack WHERE id = 1");
        if (st.step()) {
            std::array<std::string_view, 7> columns;
            for (std::size_t c = 0; c < columns.size(); ++c) {
                const auto [data, bytes] = st.getBlob(static_cast<int>(c) + 2);
                columns[c] = std::string_view(static_cast<const char*>(data), bytes);
            }
            d.networkLinks = unpackNetworkLinks(st.getInt(0), st.getInt(1), columns);
        }
    }
    std::unordered_map<std::string, std::size_t> entryIndex;
    forEachRow(db,
               "SELECT id, reference_id, vendor, model, category, confidence, sources, notes, "
               "user_defined FROM user_catalog ORDER BY seq",
               [&](const Statement& st) {
                   CatalogEntry e;
                   e.id = st.getText(0);
                   const RowReader r{st, nullptr, "user_catalog id '" + e.id + "'"};
                   e.referenceId = st.getText(1);
                   e.vendor = st.getText(2);
                   e.model = st.getText(3);
                   e.category = st.getText(4);
                   const std::string conf = st.getText(5);
                   const auto c = confidenceFromString(conf);
                   if (!c)
                       r.bad("confidence", "unknown value '" + conf + "'");
                   e.confidence = *c;
                   e.sources = r.textList(6, "sources");
                   e.notes = st.getText(7);
                   e.userDefined = st.getInt(8) != 0;
                   entryIndex[e.id] = d.userCatalog.size();
                   d.userCatalog.push_back(std::move(e));
               });
    forEachRow(
        db,
        "SELECT entry_id, key, value, text, unit, note, sources, confidence "
        "FROM user_catalog_ratings ORDER BY entry_id, key",
        [&](const Statement& st) {
            const std::string entryId = st.getText(0);
            const std::string k = st.getText(1);
            const RowReader r{st, nullptr, "user_catalog_ratings '" + entryId + "' '" + k + "'"};
            auto it = entryIndex.find(entryId);
            if (it == entryIndex.end())
                r.bad("entry_id", "no such user_catalog entry");
            CatalogRating rating;
            if (!st.isNull(2))
                rating.value = st.getDouble(2);
            rating.text = st.getText(3);
            rating.unit = st.getText(4);
            rating.note = st.getText(5);
            rating.sources = r.textList(6, "sources");
            if (!st.isNull(7)) {
                const std::string conf = st.getText(7);
                rating.confidence = confidenceFromString(conf);
                if (!rating.confidence)
                    r.bad("confidence", "unknown value '" + conf + "'");
            }
            d.userCatalog[it->second].ratings[k] = std::move(rating);
        });
    forEachRow(
        db, "SELECT key, value FROM assumption_overrides ORDER BY key",
        [&](const Statement& st) { d.assumptionOverrides[st.getText(0)] = st.getDouble(1); });
    return d;
}

void packNetworkLinkTable(sqlite::Connection& db) {
    // Bounded before any row is read (the row caps of the open run after the migration).
    const auto rows = db.queryInt("SELECT count(*) FROM (SELECT 1 FROM network_links LIMIT " +
                                  std::to_string(limits::kMaxNetworkLinks + 1) + ")");
    if (rows > static_cast<std::int64_t>(limits::kMaxNetworkLinks))
        throw sqlite::Error("table network_links has more than " +
                                std::to_string(limits::kMaxNetworkLinks) +
                                " rows (the limit of a design)",
                            SQLITE_CORRUPT);
    writeNetworkLinkPack(db, readNetworkLinkRows(db));
}

} // namespace aifp
