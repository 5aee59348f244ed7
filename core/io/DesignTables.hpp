#pragma once
#include "core/io/Sqlite.hpp"
#include "core/model/Design.hpp"
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace aifp {

// Rows of the project tables <-> Design (the table layout is in Schema.cpp).

// Inserts the whole design into the empty tables of db, inside the caller's transaction, with one
// prepared statement per table. Throws sqlite::Error naming the table and the object id.
void writeDesignTables(sqlite::Connection& db, const Design& design);

// Reads the whole design. Throws sqlite::Error naming the table, the id and the column when a
// value is out of the model's domain (unknown enum string, malformed route blob, bad id).
Design readDesignTables(sqlite::Connection& db);

// The tables that hold exactly one row: meta and one per part of a design (site, settings,
// document control).
std::vector<std::string> singleRowTables();

// The most rows each table of a design may hold, taken from the entity descriptions
// (core/io/EntityFields.hpp: each list's maxCount, core/model/DesignLimits.hpp), so that a new
// table has its cap: a list's table, the entries of its Entries fields (maxCount per owner), the
// assumption overrides; the network link bundles' one packed row. Table names unquoted.
struct TableRowCap {
    const char* table;
    std::size_t maxRows;
};
std::vector<TableRowCap> tableRowCaps();

// Schema 6: the network link bundles of a design in one row of network_link_pack, column by
// column (docs/file-format.md, "Packed link bundles"). Format 1: ids, from_ids, to_ids are
// zigzag LEB128 varints of the difference to the previous bundle's value (the first to 0);
// counts zigzag LEB128 varints; speeds_gbps, lengths_m little-endian IEEE-754 float64; media one
// byte per bundle (0 copper, 1 multimode, 2 single-mode).
inline constexpr int kNetworkLinkPackFormat = 1;
inline constexpr std::array<const char*, 7> kNetworkLinkPackColumns{
    "ids", "from_ids", "to_ids", "counts", "speeds_gbps", "lengths_m", "media"};
struct PackedNetworkLinks {
    std::int64_t linkCount = 0;
    std::array<std::string, 7> columns; // in the order of kNetworkLinkPackColumns
};
PackedNetworkLinks packNetworkLinks(const std::vector<NetworkLink>& links);
// The bundles of a pack. Throws sqlite::Error (SQLITE_CORRUPT) "network_link_pack: <column>:
// <reason>" for an unknown format, a count out of 0..limits::kMaxNetworkLinks, a column of the
// wrong length (truncated, trailing bytes, an overlong varint), an id that is not positive, a
// count outside int or an unknown medium. References and ranges are the domain check's.
std::vector<NetworkLink> unpackNetworkLinks(std::int64_t format, std::int64_t linkCount,
                                            const std::array<std::string_view, 7>& columns);

// The step 5 -> 6 of the schema: moves the rows of network_links (at most
// limits::kMaxNetworkLinks, read as schema 5 read them) into network_link_pack.
void packNetworkLinkTable(sqlite::Connection& db);

} // namespace aifp
