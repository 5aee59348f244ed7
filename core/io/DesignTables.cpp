#include "core/io/DesignTables.hpp"
#include "core/io/EntityFields.hpp"
#include "core/model/DesignLimits.hpp"
#include "core/util/Json.hpp"
#include <algorithm>
#include <bit>
#include <climits>
#include <cstring>
#include <limits>
#include <optional>
#include <sqlite3.h>
#include <unordered_map>

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

// Schema 6 keeps a design's network link bundles in one packed row of network_link_pack, not a
// row each in network_links (Entity<NetworkLink>::list).
template <class T> constexpr bool packedInOneRow = std::is_same_v<T, NetworkLink>;
constexpr const char* kNetworkLinkPackTable = "network_link_pack";

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
    insert(st, kNetworkLinkPackTable, std::string("1"), "");
}

// ---- The tables of the entities, column by column from their descriptions ----

// The columns of an entity's fields, in order (a point has three, every other field one).
template <class T> std::vector<std::string> fieldColumns() {
    std::vector<std::string> columns;
    fields::forEachField<T>([&columns](const auto& f) {
        using F = std::decay_t<decltype(f)>;
        if constexpr (std::is_same_v<F, fields::Id<T>>) {
            columns.emplace_back("id");
        } else if constexpr (std::is_same_v<F, fields::Point<T>>) {
            for (const char* axis : {"_x_m", "_y_m", "_z_m"})
                columns.push_back(std::string(f.key) + axis);
        } else if constexpr (std::is_same_v<F, fields::Route<T>>) {
            columns.emplace_back(fields::kRouteColumn);
        } else if constexpr (std::is_same_v<F, fields::Key<T>>) {
            columns.emplace_back(f.column ? f.column : f.key);
        } else if constexpr (fields::isEntries<F>) {
            // Rows of their own table.
        } else {
            columns.emplace_back(f.key);
        }
    });
    return columns;
}

std::string joined(const std::vector<std::string>& items, const char* separator) {
    std::string out;
    for (const std::string& item : items)
        out += (out.empty() ? "" : separator) + item;
    return out;
}

std::string quotedTable(const char* table) {
    return std::string("\"") + table + "\"";
}

// The reference columns that are foreign keys (those to one kind of object), for the message of
// a failed insert: "hall_id or row_id".
template <class T> std::string foreignKeyColumns() {
    std::vector<std::string> keys;
    fields::forEachField<T>([&keys](const auto& f) {
        if constexpr (std::is_same_v<std::decay_t<decltype(f)>, fields::Ref<T>>)
            if (f.orTo == ObjectKind::None)
                keys.emplace_back(f.key);
    });
    return joined(keys, " or ");
}

// Binds the fields of o from parameter `column` on (advanced past them).
template <class T> struct FieldBinder {
    Statement& st;
    const T& o;
    int& column;

    void operator()(const fields::Id<T>& f) const { st.bind(column++, idValue(o.*f.member)); }
    void operator()(const fields::Ref<T>& f) const { bindRef(st, column++, o.*f.member); }
    void operator()(const fields::Text<T>& f) const { st.bind(column++, o.*f.member); }
    void operator()(const fields::CatalogRef<T>& f) const { st.bind(column++, o.*f.member); }
    void operator()(const fields::Number<T>& f) const { st.bind(column++, o.*f.member); }
    void operator()(const fields::OptionalNumber<T>& f) const {
        const double v = o.*f.member;
        std::isnan(v) ? st.bindNull(column++) : st.bind(column++, v);
    }
    void operator()(const fields::Integer<T>& f) const { st.bind(column++, o.*f.member); }
    void operator()(const fields::Flag<T>& f) const { st.bind(column++, o.*f.member ? 1 : 0); }
    template <class E> void operator()(const fields::Choice<T, E>& f) const {
        st.bind(column++, std::string(toString(o.*f.member)));
    }
    void operator()(const fields::Point<T>& f) const {
        const PointM& p = o.*f.member;
        st.bind(column, p.xM).bind(column + 1, p.yM).bind(column + 2, p.zM);
        column += 3;
    }
    void operator()(const fields::Route<T>& f) const { bindRoute(st, column++, o.*f.member); }
    void operator()(const fields::Key<T>& f) const { st.bind(column++, o.*f.member); }
    void operator()(const fields::Texts<T>& f) const { st.bind(column++, textList(o.*f.member)); }
    template <class E> void operator()(const fields::OptionalChoice<T, E>& f) const {
        const std::optional<E>& v = o.*f.member;
        v ? st.bind(column++, std::string(toString(*v))) : st.bindNull(column++);
    }
    template <class V> void operator()(const fields::Entries<T, V>&) const {} // own table
};

// "INSERT INTO <table> (<columns>) VALUES (?, ...)".
std::string insertSql(const char* table, const std::vector<std::string>& columns) {
    return "INSERT INTO " + quotedTable(table) + " (" + joined(columns, ", ") + ") VALUES (" +
           joined(std::vector<std::string>(columns.size(), "?"), ", ") + ")";
}

// The one row of the site, the settings or the document control (id 1).
template <class T> void writePart(sqlite::Connection& db, const T& part) {
    using E = fields::Entity<T>;
    const std::vector<std::string> columns = fieldColumns<T>();
    Statement st(db, std::string(E::replacesRow ? "INSERT OR REPLACE" : "INSERT") + " INTO " +
                         quotedTable(E::table) + " (id, " + joined(columns, ", ") + ") VALUES (1" +
                         joined(std::vector<std::string>(columns.size(), ", ?"), "") + ")");
    int column = 0;
    fields::forEachField<T>(FieldBinder<T>{st, part, column});
    insert(st, E::table, std::string("1"), "");
}

// The entries of an Entries field of each owner, one row each: the owner's key, the entry's key,
// the entry's fields.
template <class T, class V>
void writeEntryRows(sqlite::Connection& db, const std::vector<T>& owners,
                    const fields::Entries<T, V>& f) {
    using E = fields::Entity<V>;
    std::vector<std::string> columns{E::ownerColumn, E::keyColumn};
    for (std::string& c : fieldColumns<V>())
        columns.push_back(std::move(c));
    Statement st(db, insertSql(E::table, columns));
    for (const T& owner : owners)
        for (const auto& [key, entry] : owner.*f.member) {
            st.bind(0, fields::keyOf(owner)).bind(1, key);
            int column = 2;
            fields::forEachField<V>(FieldBinder<V>{st, entry, column});
            insert(st, E::table, "'" + fields::keyOf(owner) + "' " + f.key + " '" + key + "'", "");
        }
}

// The objects (or entries keyed by text) of a list, one row each, seq numbering them in the
// list's order; then the rows of their Entries fields.
template <class T> void writeObjects(sqlite::Connection& db, const std::vector<T>& objects) {
    using E = fields::Entity<T>;
    std::vector<std::string> columns = fieldColumns<T>();
    const std::string references = foreignKeyColumns<T>();
    columns.emplace_back("seq");
    {
        Statement st(db, insertSql(E::list, columns));
        std::int64_t seq = 0;
        for (const T& o : objects) {
            int column = 0;
            fields::forEachField<T>(FieldBinder<T>{st, o, column});
            st.bind(column, seq++);
            if constexpr (fields::keyedByText<T>)
                insert(st, E::list, "'" + fields::keyOf(o) + "'", references.c_str());
            else
                insert(st, E::list, o.id, references.c_str());
        }
    }
    fields::forEachField<T>([&](const auto& f) {
        if constexpr (fields::isEntries<std::decay_t<decltype(f)>>)
            writeEntryRows(db, objects, f);
    });
}

} // namespace

void writeDesignTables(sqlite::Connection& db, const Design& d) {
    {
        Statement st(db, "INSERT INTO meta (id, next_id, program, program_version) "
                         "VALUES (1, ?, 'AI Factory Planner', ?)");
        st.bind(0, idValue(d.nextId)).bind(1, std::string(AIFP_VERSION));
        insert(st, "meta", std::string("1"), "");
    }
    fields::forEachPart(d, [&db](const auto& part) { writePart(db, part); });
    writeObjects(db, d.ownedEquipment);
    writeObjects(db, d.userModels);
    fields::forEachObjectList(d, [&db](const auto& objects) {
        using T = typename std::decay_t<decltype(objects)>::value_type;
        if constexpr (packedInOneRow<T>)
            writeNetworkLinkPack(db, objects);
        else
            writeObjects(db, objects);
    });
    writeObjects(db, d.userCatalog);
    {
        const fields::NumberMap& map = fields::kAssumptionOverrides;
        Statement st(db, insertSql(map.table, {map.keyColumn, map.valueColumn}));
        for (const auto& [k, v] : d.*map.member) {
            st.bind(0, k).bind(1, v);
            insert(st, map.table, "'" + k + "'", "");
        }
    }
}

namespace {

// Reading: every value out of the model's domain is an error naming table, row and column.
// The row's name ("racks id 42") is only built when something is wrong: no allocation per row.
struct RowReader {
    const Statement& st;
    const char* table;      // names the row as "<table> id <column 0>"; or null: use label
    std::string label = {}; // "settings id 1"
    // Rows keyed by text: named "<table> <textKey> '<column 0>'" ("user_catalog id 'x'").
    const char* textKey = nullptr;

    std::string where() const {
        if (!table)
            return label;
        if (textKey)
            return std::string(table) + " " + textKey + " '" + st.getText(0) + "'";
        return std::string(table) + " id " + std::to_string(st.getInt(0));
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

// Reads the fields of o from column `column` on (advanced past them).
template <class T> struct FieldGetter {
    const RowReader& r;
    T& o;
    int& column;

    void operator()(const fields::Id<T>& f) const {
        o.*f.member = readId(r);
        ++column;
    }
    void operator()(const fields::Ref<T>& f) const { o.*f.member = r.ref(column++, f.key); }
    void operator()(const fields::Text<T>& f) const { o.*f.member = r.st.getText(column++); }
    void operator()(const fields::CatalogRef<T>& f) const { o.*f.member = r.st.getText(column++); }
    void operator()(const fields::Number<T>& f) const { o.*f.member = r.st.getDouble(column++); }
    void operator()(const fields::OptionalNumber<T>& f) const {
        o.*f.member =
            r.st.isNull(column) ? std::numeric_limits<double>::quiet_NaN() : r.st.getDouble(column);
        ++column;
    }
    void operator()(const fields::Integer<T>& f) const { o.*f.member = r.integer(column++, f.key); }
    void operator()(const fields::Flag<T>& f) const { o.*f.member = r.st.getInt(column++) != 0; }
    template <class E> void operator()(const fields::Choice<T, E>& f) const {
        o.*f.member = r.enumValue<E>(column++, f.key);
    }
    void operator()(const fields::Point<T>& f) const {
        o.*f.member = {r.st.getDouble(column), r.st.getDouble(column + 1),
                       r.st.getDouble(column + 2)};
        column += 3;
    }
    void operator()(const fields::Route<T>& f) const {
        o.*f.member = decodeRoute(r.st, column++, r.where());
    }
    void operator()(const fields::Key<T>& f) const { o.*f.member = r.st.getText(column++); }
    void operator()(const fields::Texts<T>& f) const { o.*f.member = r.textList(column++, f.key); }
    template <class E> void operator()(const fields::OptionalChoice<T, E>& f) const {
        if (r.st.isNull(column))
            o.*f.member = std::nullopt;
        else
            o.*f.member = r.enumValue<E>(column, f.key);
        ++column;
    }
    template <class V> void operator()(const fields::Entries<T, V>&) const {} // own table
};

// The one row of the site, the settings or the document control; without it, the defaults.
template <class T> void readPart(sqlite::Connection& db, T& part) {
    using E = fields::Entity<T>;
    forEachRow(db,
               ("SELECT " + joined(fieldColumns<T>(), ", ") + " FROM " + quotedTable(E::table) +
                " WHERE id = 1")
                   .c_str(),
               [&](const Statement& st) {
                   const RowReader r{st, nullptr, E::row};
                   int column = 0;
                   fields::forEachField<T>(FieldGetter<T>{r, part, column});
               });
}

template <class T, class V>
void readEntryRows(sqlite::Connection& db, std::vector<T>& owners, const fields::Entries<T, V>& f);

// The objects (or entries keyed by text) of a table, in the order of its seq column; then the
// rows of their Entries fields.
template <class T> void readObjects(sqlite::Connection& db, std::vector<T>& objects) {
    using E = fields::Entity<T>;
    const std::vector<std::string> columns = fieldColumns<T>();
    const std::string table = quotedTable(E::list);
    objects.reserve(static_cast<std::size_t>(db.queryInt("SELECT count(*) FROM " + table)));
    readInSeqOrder(db, ("SELECT " + joined(columns, ", ") + ", seq FROM " + table).c_str(),
                   static_cast<int>(columns.size()), objects, [](const Statement& st) {
                       const char* textKey = nullptr;
                       if constexpr (fields::keyedByText<T>)
                           textKey = std::get<0>(E::fields).key;
                       const RowReader r{st, E::list, {}, textKey};
                       T o;
                       int column = 0;
                       fields::forEachField<T>(FieldGetter<T>{r, o, column});
                       return o;
                   });
    fields::forEachField<T>([&](const auto& f) {
        if constexpr (fields::isEntries<std::decay_t<decltype(f)>>)
            readEntryRows(db, objects, f);
    });
}

// The entries of an Entries field of each owner (owners: the entries of a list keyed by text).
template <class T, class V>
void readEntryRows(sqlite::Connection& db, std::vector<T>& owners, const fields::Entries<T, V>& f) {
    using E = fields::Entity<V>;
    std::unordered_map<std::string, std::size_t> ownerIndex;
    for (std::size_t i = 0; i < owners.size(); ++i)
        ownerIndex[fields::keyOf(owners[i])] = i;
    const std::string sql = "SELECT " + std::string(E::ownerColumn) + ", " + E::keyColumn + ", " +
                            joined(fieldColumns<V>(), ", ") + " FROM " + quotedTable(E::table) +
                            " ORDER BY " + E::ownerColumn + ", " + E::keyColumn;
    forEachRow(db, sql.c_str(), [&](const Statement& st) {
        const std::string owner = st.getText(0);
        const std::string key = st.getText(1);
        const RowReader r{st, nullptr, std::string(E::table) + " '" + owner + "' '" + key + "'"};
        const auto it = ownerIndex.find(owner);
        if (it == ownerIndex.end())
            r.bad(E::ownerColumn, std::string("no such ") + fields::Entity<T>::list + " entry");
        V entry;
        int column = 2;
        fields::forEachField<V>(FieldGetter<V>{r, entry, column});
        (owners[it->second].*f.member)[key] = std::move(entry);
    });
}

// The bundles of a schema-5 file, one row each (the layout before network_link_pack).
std::vector<NetworkLink> readNetworkLinkRows(sqlite::Connection& db) {
    std::vector<NetworkLink> links;
    readObjects(db, links);
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
    fields::forEachPart(d, [&db](auto& part) { readPart(db, part); });
    readObjects(db, d.ownedEquipment);
    readObjects(db, d.userModels);
    fields::forEachObjectList(d, [&db](auto& objects) {
        using T = typename std::decay_t<decltype(objects)>::value_type;
        if constexpr (!packedInOneRow<T>) // read below
            readObjects(db, objects);
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
    readObjects(db, d.userCatalog);
    const fields::NumberMap& overrides = fields::kAssumptionOverrides;
    forEachRow(
        db,
        ("SELECT " + std::string(overrides.keyColumn) + ", " + overrides.valueColumn + " FROM " +
         quotedTable(overrides.table) + " ORDER BY " + overrides.keyColumn)
            .c_str(),
        [&](const Statement& st) { (d.*overrides.member)[st.getText(0)] = st.getDouble(1); });
    return d;
}

std::vector<std::string> singleRowTables() {
    std::vector<std::string> tables{"meta"};
    const Design parts; // only the types of its parts are used
    fields::forEachPart(parts, [&tables](const auto& part) {
        tables.emplace_back(fields::Entity<std::decay_t<decltype(part)>>::table);
    });
    return tables;
}

namespace {

// The cap of each table of entries of an Entries field: maxCount per owner.
template <class T, class V>
void addEntryRowCaps(std::vector<TableRowCap>& caps, const fields::Entries<T, V>&) {
    caps.push_back(
        {fields::Entity<V>::table, fields::Entity<T>::maxCount * fields::Entity<V>::maxCount});
}

} // namespace

std::vector<TableRowCap> tableRowCaps() {
    std::vector<TableRowCap> caps;
    const auto addList = [&caps](const auto& objects) {
        using T = typename std::decay_t<decltype(objects)>::value_type;
        using E = fields::Entity<T>;
        if constexpr (packedInOneRow<T>)
            caps.push_back({kNetworkLinkPackTable, 1}); // unpackNetworkLinks caps its link_count
        else
            caps.push_back({E::list, E::maxCount});
        fields::forEachField<T>([&caps](const auto& f) {
            if constexpr (fields::isEntries<std::decay_t<decltype(f)>>)
                addEntryRowCaps(caps, f);
        });
    };
    const Design lists; // only the types of its lists are used
    fields::forEachObjectList(lists, addList);
    fields::forEachKeyedList(lists, addList);
    caps.push_back({fields::kAssumptionOverrides.table, fields::kAssumptionOverrides.maxCount});
    return caps;
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
