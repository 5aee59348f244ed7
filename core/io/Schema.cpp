#include "core/io/Schema.hpp"
#include "core/io/DesignTables.hpp"
#include "core/io/ProjectFile.hpp"
#include <algorithm>
#include <sqlite3.h>

namespace aifp {

namespace {

// Schema 1. Every table is STRICT; ids are the design's ObjectIds (INTEGER PRIMARY KEY, so they
// are the rowids). "seq" keeps the order of the design's lists. Lengths in metres, power in kW or
// kVA, temperatures in degrees C, as the column names say. Routes (route_m) are BLOBs of
// little-endian IEEE-754 float64 triples (x, y, z metres per point; 24 bytes per point).
// Links whose end is "a rack or a node" (power_links.to_id, pipes.to_id, network_links.from_id)
// cannot be foreign keys: SQL has no FK to one of two tables.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE meta (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    next_id INTEGER NOT NULL CHECK (next_id >= 1),
    program TEXT NOT NULL,
    program_version TEXT NOT NULL
) STRICT;
CREATE TABLE site (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    location TEXT NOT NULL,
    customer TEXT NOT NULL,
    author TEXT NOT NULL,
    grid_connection_mw REAL NOT NULL,
    design_ambient_c REAL NOT NULL,
    latitude_deg REAL NOT NULL,
    longitude_deg REAL NOT NULL
) STRICT;
CREATE TABLE settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    power_redundancy TEXT NOT NULL,
    cooling TEXT NOT NULL,
    fabric TEXT NOT NULL,
    fabric_switch_id TEXT NOT NULL,
    rail_optimized INTEGER NOT NULL CHECK (rail_optimized IN (0, 1)),
    oversubscription REAL NOT NULL,
    fabric_tiers INTEGER NOT NULL,
    air_cooling_limit_kw REAL NOT NULL,
    model_id TEXT NOT NULL,
    scenario TEXT NOT NULL,
    precision TEXT NOT NULL,
    schedule_start TEXT NOT NULL,
    delivery TEXT NOT NULL
) STRICT;
CREATE TABLE halls (
    id INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL,
    name TEXT NOT NULL,
    origin_x_m REAL NOT NULL,
    origin_y_m REAL NOT NULL,
    width_m REAL NOT NULL,
    depth_m REAL NOT NULL,
    clear_height_m REAL NOT NULL,
    floor_load_kg_per_m2 REAL NOT NULL,
    cooling TEXT NOT NULL,
    facility_water_supply_c REAL NOT NULL,
    max_rack_kw REAL NOT NULL
) STRICT;
CREATE TABLE "rows" (
    id INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL,
    hall_id INTEGER NOT NULL REFERENCES halls (id),
    name TEXT NOT NULL,
    rotation_deg REAL NOT NULL,
    front_faces TEXT NOT NULL
) STRICT;
CREATE TABLE racks (
    id INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL,
    hall_id INTEGER NOT NULL REFERENCES halls (id),
    row_id INTEGER REFERENCES "rows" (id),
    name TEXT NOT NULL,
    catalog_id TEXT NOT NULL,
    center_x_m REAL NOT NULL,
    center_y_m REAL NOT NULL,
    center_z_m REAL NOT NULL,
    rotation_deg REAL NOT NULL
) STRICT;
CREATE TABLE power_nodes (
    id INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    catalog_id TEXT NOT NULL,
    hall_id INTEGER REFERENCES halls (id),
    position_x_m REAL NOT NULL,
    position_y_m REAL NOT NULL,
    position_z_m REAL NOT NULL,
    rating_kva REAL NOT NULL,
    rating_kw REAL NOT NULL,
    voltage_v REAL NOT NULL,
    efficiency REAL NOT NULL,
    module_count INTEGER NOT NULL,
    redundant_modules INTEGER NOT NULL,
    current_rating_a REAL NOT NULL,
    path TEXT NOT NULL,
    route_m BLOB NOT NULL
) STRICT;
CREATE TABLE power_links (
    id INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL,
    from_id INTEGER NOT NULL REFERENCES power_nodes (id),
    to_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    current_rating_a REAL NOT NULL,
    route_m BLOB NOT NULL,
    length_m REAL NOT NULL
) STRICT;
CREATE TABLE cooling_nodes (
    id INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    catalog_id TEXT NOT NULL,
    hall_id INTEGER REFERENCES halls (id),
    position_x_m REAL NOT NULL,
    position_y_m REAL NOT NULL,
    position_z_m REAL NOT NULL,
    capacity_kw REAL NOT NULL,
    flow_rating_lpm REAL NOT NULL,
    pump_head_kpa REAL NOT NULL,
    supply_temp_c REAL NOT NULL,
    delta_t_k REAL NOT NULL,
    power_per_kw_heat REAL NOT NULL,
    path TEXT NOT NULL
) STRICT;
CREATE TABLE pipes (
    id INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL,
    from_id INTEGER NOT NULL REFERENCES cooling_nodes (id),
    to_id INTEGER NOT NULL,
    loop TEXT NOT NULL,
    route_m BLOB NOT NULL,
    inner_diameter_mm REAL NOT NULL,
    length_m REAL NOT NULL,
    roughness_mm REAL NOT NULL
) STRICT;
CREATE TABLE switches (
    id INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL,
    name TEXT NOT NULL,
    catalog_id TEXT NOT NULL,
    role TEXT NOT NULL,
    tier INTEGER NOT NULL,
    rail INTEGER NOT NULL,
    port_count INTEGER NOT NULL,
    port_speed_gbps REAL NOT NULL,
    hall_id INTEGER REFERENCES halls (id),
    position_x_m REAL NOT NULL,
    position_y_m REAL NOT NULL,
    position_z_m REAL NOT NULL
) STRICT;
CREATE TABLE network_links (
    id INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL,
    from_id INTEGER NOT NULL,
    to_id INTEGER NOT NULL REFERENCES switches (id),
    count INTEGER NOT NULL,
    speed_gbps REAL NOT NULL,
    length_m REAL NOT NULL,
    medium TEXT NOT NULL
) STRICT;
CREATE TABLE user_catalog (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    reference_id TEXT NOT NULL,
    vendor TEXT NOT NULL,
    model TEXT NOT NULL,
    category TEXT NOT NULL,
    confidence TEXT NOT NULL,
    sources TEXT NOT NULL,
    notes TEXT NOT NULL,
    user_defined INTEGER NOT NULL CHECK (user_defined IN (0, 1))
) STRICT;
CREATE TABLE user_catalog_ratings (
    entry_id TEXT NOT NULL REFERENCES user_catalog (id),
    key TEXT NOT NULL,
    value REAL,
    text TEXT NOT NULL,
    unit TEXT NOT NULL,
    note TEXT NOT NULL,
    sources TEXT NOT NULL,
    confidence TEXT,
    PRIMARY KEY (entry_id, key)
) STRICT;
CREATE TABLE assumption_overrides (
    key TEXT PRIMARY KEY,
    value REAL NOT NULL
) STRICT;
)sql";

// Schema 2 (issues 13, 14, 16, 18): the site's climate location and readiness, the per-user
// service level, bridging power and supply priority, document control, equipment already owned,
// and the serving models the user brought. Every new column has the default a version-1 design
// means, so migrated files read as they did.
constexpr const char* kSchemaV1ToV2 = R"sql(
ALTER TABLE site ADD COLUMN climate_id TEXT NOT NULL DEFAULT '';
ALTER TABLE site ADD COLUMN readiness TEXT NOT NULL DEFAULT 'greenfield';
ALTER TABLE settings ADD COLUMN user_tokens_per_s REAL NOT NULL DEFAULT 50.0;
ALTER TABLE settings ADD COLUMN bridge_power_mw REAL NOT NULL DEFAULT 0.0;
ALTER TABLE settings ADD COLUMN supply_priority INTEGER NOT NULL DEFAULT 0
    CHECK (supply_priority IN (0, 1));
CREATE TABLE document_control (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    revision TEXT NOT NULL,
    document_number TEXT NOT NULL,
    confidentiality TEXT NOT NULL,
    price_date TEXT NOT NULL,
    currency TEXT NOT NULL
) STRICT;
INSERT INTO document_control VALUES (1, '', '', '', '', 'USD');
CREATE TABLE owned_equipment (
    equipment_class TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    on_site_date TEXT NOT NULL
) STRICT;
CREATE TABLE user_models (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    name TEXT NOT NULL,
    config_json TEXT NOT NULL,
    source TEXT NOT NULL
) STRICT;
)sql";

// Schema 3 (issue 17): named variants of the design in one project. The design tables hold the
// base variant exactly as in schema 2 (its name and notes are in meta); every other variant is a
// row of "variants" whose image is a complete project database of that variant (the bytes this
// program writes for a project holding that design alone; docs/file-format.md, "Variants").
constexpr const char* kSchemaV2ToV3 = R"sql(
ALTER TABLE meta ADD COLUMN base_variant_name TEXT NOT NULL DEFAULT 'base';
ALTER TABLE meta ADD COLUMN base_variant_description TEXT NOT NULL DEFAULT '';
ALTER TABLE meta ADD COLUMN base_variant_created_from TEXT NOT NULL DEFAULT '';
ALTER TABLE meta ADD COLUMN base_variant_created_at TEXT NOT NULL DEFAULT '';
CREATE TABLE variants (
    name TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    description TEXT NOT NULL,
    created_from TEXT NOT NULL,
    created_at TEXT NOT NULL,
    image BLOB NOT NULL
) STRICT;
)sql";

// Schema 4 (issue 17, build or rent): how the capacity is procured and the horizon its total
// cost of ownership is compared over. The defaults mean "build", what every older file meant.
constexpr const char* kSchemaV3ToV4 = R"sql(
ALTER TABLE settings ADD COLUMN procurement TEXT NOT NULL DEFAULT 'build';
ALTER TABLE settings ADD COLUMN rent_term_months INTEGER NOT NULL DEFAULT 60
    CHECK (rent_term_months BETWEEN 1 AND 240);
ALTER TABLE settings ADD COLUMN tco_horizon_years INTEGER NOT NULL DEFAULT 5
    CHECK (tco_horizon_years BETWEEN 1 AND 30);
)sql";

// Schema 5 (issue 15): the cluster each hall belongs to (its own compute fabric). '' is the
// campus's one unnamed cluster, what every older file means.
constexpr const char* kSchemaV4ToV5 = R"sql(
ALTER TABLE halls ADD COLUMN cluster TEXT NOT NULL DEFAULT '';
)sql";

// Schema 6 (issue 15): the network link bundles, hundreds of thousands on a gigawatt campus,
// packed column by column into one row (one BLOB per field; the encoding is in
// core/io/DesignTables.hpp and docs/file-format.md, "Packed link bundles") instead of one row
// each. The step creates the table, moves the rows of network_links into it in their seq order
// (packNetworkLinkTable) and drops network_links.
constexpr const char* kSchemaV5ToV6 = R"sql(
CREATE TABLE network_link_pack (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    format INTEGER NOT NULL,
    link_count INTEGER NOT NULL,
    ids BLOB NOT NULL,
    from_ids BLOB NOT NULL,
    to_ids BLOB NOT NULL,
    counts BLOB NOT NULL,
    speeds_gbps BLOB NOT NULL,
    lengths_m BLOB NOT NULL,
    media BLOB NOT NULL
) STRICT;
)sql";

} // namespace

void createSchemaVersion1(sqlite::Connection& db) {
    db.exec(kSchemaV1);
}

void createSchema(sqlite::Connection& db) {
    // A new file is schema 1 upgraded step by step, so new and migrated files cannot differ.
    createSchemaVersion1(db);
    db.exec("PRAGMA application_id = " + std::to_string(kAifpApplicationId));
    for (const SchemaMigration& step : schemaMigrations())
        step.apply(db);
    db.exec("PRAGMA user_version = " + std::to_string(kAifpSchemaVersion));
}

const std::vector<SchemaMigration>& schemaMigrations() {
    // One step per version, applied in order by migrateSchema (and by createSchema).
    static const std::vector<SchemaMigration> steps{
        {1,
         "add site climate and readiness, service level, bridging power, document control, "
         "owned equipment and user models",
         [](sqlite::Connection& db) { db.exec(kSchemaV1ToV2); }},
        {2, "add variants and the base variant's name",
         [](sqlite::Connection& db) { db.exec(kSchemaV2ToV3); }},
        {3, "add the procurement (build, colocation, cloud), rent term and TCO horizon",
         [](sqlite::Connection& db) { db.exec(kSchemaV3ToV4); }},
        {4, "add the cluster of each hall", [](sqlite::Connection& db) { db.exec(kSchemaV4ToV5); }},
        {5, "pack the network link bundles column by column",
         [](sqlite::Connection& db) {
             db.exec(kSchemaV5ToV6);
             packNetworkLinkTable(db);
             db.exec("DROP TABLE network_links");
         }},
    };
    return steps;
}

void migrateSchema(sqlite::Connection& db, int fromVersion, int toVersion,
                   const std::vector<SchemaMigration>& steps) {
    for (int v = fromVersion; v < toVersion; ++v) {
        const SchemaMigration* step = nullptr;
        for (const auto& s : steps)
            if (s.fromVersion == v)
                step = &s;
        if (!step) {
            int oldest = toVersion; // the oldest schema this program can still read
            for (const auto& s : steps)
                oldest = std::min(oldest, s.fromVersion);
            throw sqlite::Error("schema version " + std::to_string(v) +
                                    " is too old or not a project (this program reads schema " +
                                    std::to_string(oldest) + " to " + std::to_string(toVersion) +
                                    ")",
                                SQLITE_ERROR);
        }
        db.exec("BEGIN");
        try {
            step->apply(db);
            db.exec("PRAGMA user_version = " + std::to_string(v + 1));
            db.exec("COMMIT");
        } catch (const sqlite::Error& e) {
            db.exec("ROLLBACK");
            throw sqlite::Error("upgrading schema " + std::to_string(v) + " to " +
                                    std::to_string(v + 1) + " (" + step->what +
                                    ") failed: " + e.what(),
                                e.code);
        }
    }
}

} // namespace aifp
