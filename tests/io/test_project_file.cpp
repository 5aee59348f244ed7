// The .aifp project file: exact round trip of every field, stable ids, and a clear one-line
// error naming the file for each kind of bad file, without ever changing the file.
#include "FieldComparison.hpp"
#include "SampleDesign.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/io/DesignJson.hpp"
#include "core/io/DesignTables.hpp"
#include "core/io/Project.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/io/ProjectImage.hpp"
#include "core/io/Schema.hpp"
#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QIODevice>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <array>
#include <bit>
#include <climits>
#include <cmath>
#include <cstring>
#include <limits>
#include <set>
#include <sqlite3.h>
#include <sstream>
#include <unistd.h>

using namespace aifp;

namespace {

QByteArray fileHash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray readBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// An SQLite database with the given header values and one table (not a project layout).
void writeSqlite(const std::string& path, std::int32_t applicationId, int userVersion) {
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    const std::string sql = "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);"
                            "PRAGMA application_id = " +
                            std::to_string(applicationId) +
                            "; PRAGMA user_version = " + std::to_string(userVersion) + ";";
    QCOMPARE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

// Runs sql on the database file at path (to craft a file as another program could).
void execSql(const std::string& path, const char* sql) {
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

// The message of the Error f throws, empty when it throws none.
template <class Error = sqlite::Error, class F> std::string errorOf(F&& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

} // namespace

// Field by field, so a failure names the field (operator== alone would not).
void compareDesigns(const Design& a, const Design& b) {
    testing::compareDescribedFields(a, b);
    QVERIFY(a == b);
}

class TestProjectFile : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString path(const QString& name) const { return dir_.filePath(name); }
    // A valid project written by saveProject, as bytes.
    QByteArray validProjectBytes() {
        const QString p = path("valid-source.aifp");
        saveProject(testing::sampleDesign(), p.toStdString());
        return readBytes(p);
    }

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void roundTripEveryField() {
        const Design original = testing::sampleDesign();
        const std::string p = path("round.aifp").toStdString();
        saveProject(original, p);
        const QByteArray before = fileHash(QString::fromStdString(p));
        const Design loaded = openProject(p);
        QCOMPARE(fileHash(QString::fromStdString(p)), before); // opening never writes
        compareDesigns(original, loaded);
        if (QTest::currentTestFailed())
            return;
        // Saving the loaded design again gives the same design (ids stay stable).
        saveProject(loaded, p);
        compareDesigns(original, openProject(p));
    }

    // Every member of each described entity is in its description (core/io/EntityFields.hpp),
    // and every described field comes back from the project file and from the JSON export with
    // a value other than its default: a path that dropped a field would read the default back.
    void everyDescribedFieldRoundTrips() {
        static_assert(
            testing::everyMemberDescribed<Site, DesignSettings, DocumentControl, Hall, Row, Rack,
                                          PowerNode, PowerLink, CoolingNode, Pipe, NetworkSwitch,
                                          NetworkLink, OwnedEquipment, UserModel, CatalogEntry,
                                          CatalogRating>());
        // The sample keeps what the committed golden files (versions 1 to 5) hold; the fields
        // those versions lack get values here.
        Design d = testing::sampleDesign();
        d.settings.procurement = Procurement::Colocation;
        d.settings.rentTermMonths = 36;
        d.settings.tcoHorizonYears = 7;
        d.halls[1].cluster = "Cluster 2";
        testing::requireNonDefaultValues(d);
        if (QTest::currentTestFailed())
            return;
        const std::string p = path("every-field.aifp").toStdString();
        saveProject(d, p);
        testing::compareDescribedFields(d, openProject(p));
        if (QTest::currentTestFailed())
            return;
        std::ostringstream json;
        writeDesignJson(d, json);
        testing::compareDescribedFields(d, readDesignJson(json.str(), Catalog::builtin()));
    }

    void keepsListOrderWhenIdsAreNotInIt() {
        // The tables are read in id (storage) order and put back in seq order: lists whose ids
        // run backwards read back in their own order, and so does a file whose seq column says
        // another order than the ids (the list order is the file's seq, not the ids).
        Design reversed = testing::sampleDesign();
        auto flip = [](auto& list) { std::reverse(list.begin(), list.end()); };
        flip(reversed.halls);
        flip(reversed.rows);
        flip(reversed.racks);
        flip(reversed.powerNodes);
        flip(reversed.powerLinks);
        flip(reversed.coolingNodes);
        flip(reversed.pipes);
        flip(reversed.switches);
        flip(reversed.networkLinks);
        QVERIFY(reversed.racks.size() > 1 && reversed.racks[0].id > reversed.racks[1].id);
        const std::string p = path("reversed.aifp").toStdString();
        saveProject(reversed, p);
        const Design back = openProject(p);
        compareDesigns(reversed, back);
        QVERIFY(back == reversed);
        if (QTest::currentTestFailed())
            return;

        const Design original = testing::sampleDesign();
        saveProject(original, p);
        execSql(p, "UPDATE racks SET seq = -seq; UPDATE power_nodes SET seq = -seq");
        Design expected = original;
        flip(expected.racks);
        flip(expected.powerNodes);
        QVERIFY(expected.racks.size() > 1 && expected.powerNodes.size() > 1);
        QVERIFY(openProject(p) == expected);
    }

    void headerFacts() {
        const std::string p = path("facts.aifp").toStdString();
        saveProject(testing::sampleDesign(), p);
        const ProjectFileInfo info = readProjectFileInfo(p);
        QCOMPARE(info.applicationId, kAifpApplicationId); // "AIFP" = 0x41494650
        QCOMPARE(info.schemaVersion, kAifpSchemaVersion);
        QCOMPARE(info.fileBytes,
                 static_cast<std::int64_t>(QFileInfo(QString::fromStdString(p)).size()));
        QVERIFY(QString::fromStdString(info.writtenBy).startsWith("AI Factory Planner "));
    }

    void fileLayout() {
        // The schema promises of docs/file-format.md, checked on the file itself.
        const std::string p = path("layout.aifp").toStdString();
        saveProject(testing::sampleDesign(), p);
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open_v2(p.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        auto scalar = [&](const char* sql) {
            sqlite3_stmt* st = nullptr;
            sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
            std::string out;
            if (st && sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
                out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
            sqlite3_finalize(st);
            return out;
        };
        QCOMPARE(scalar("PRAGMA application_id"), std::to_string(0x41494650));
        QCOMPARE(scalar("PRAGMA user_version"), std::string("6"));
        QCOMPARE(scalar("PRAGMA journal_mode"), std::string("delete")); // rollback, not WAL
        // Every table is STRICT (sqlite_schema sql ends with "STRICT").
        QCOMPARE(scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND "
                        "sql NOT LIKE '%) STRICT'"),
                 std::string("0"));
        QCOMPARE(scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'table'"),
                 std::string("19"));
        // Ids are the model's ids: rack 12 is in hall 2 (sampleDesign).
        QCOMPARE(scalar("SELECT hall_id FROM racks WHERE id = 12"), std::string("2"));
        QCOMPARE(scalar("SELECT next_id FROM meta"), std::string("101"));
        // 3 points x 3 doubles x 8 bytes = 72 bytes of route.
        QCOMPARE(scalar("SELECT length(route_m) FROM power_nodes WHERE id = 20"),
                 std::string("72"));
        QCOMPARE(scalar("SELECT count(*) FROM pragma_foreign_key_list('racks')"), std::string("2"));
        // Schema 6: the one link bundle (id 70, 11 -> 60, 72 cables, 800 Gb/s, 58.25 m,
        // single-mode) packed in one row; network_links is gone. Each varint here is one byte
        // (zigzag 70 = 140 is two: 0x8c 0x01), each double 8 bytes, the medium 1 byte.
        QCOMPARE(scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'network_links'"),
                 std::string("0"));
        QCOMPARE(scalar("SELECT format || ' ' || link_count || ' ' || hex(ids) || ' ' || "
                        "hex(from_ids) || ' ' || hex(to_ids) || ' ' || hex(counts) || ' ' || "
                        "hex(speeds_gbps) || ' ' || hex(lengths_m) || ' ' || hex(media) "
                        "FROM network_link_pack"),
                 // ids 70 -> zigzag 140 = 0x8c 0x01; from 11 -> 22 = 16; to 60 -> 120 = 78;
                 // count 72 -> 144 = 0x90 0x01; 800.0 = 0x4089000000000000 and 58.25 =
                 // 0x404D200000000000, little-endian; single-mode = 2.
                 std::string("1 1 8C01 16 78 9001 0000000000008940 0000000000204D40 02"));
        sqlite3_close(db);
        // No temporary file is left next to the project.
        const QStringList left = QDir(dir_.path()).entryList({"layout.aifp*"}, QDir::Files);
        QCOMPARE(left, QStringList{"layout.aifp"});
    }

    void everyTableIsCapped() {
        // The row caps come from the entity descriptions: every table of a new file has exactly
        // one row, a cap, or is the variants (capped by kMaxVariants), and each names a table.
        const std::string p = path("caps.aifp").toStdString();
        saveProject(testing::sampleDesign(), p);
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open_v2(p.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        std::multiset<std::string> fileTables;
        sqlite3_stmt* st = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'table'", -1,
                                    &st, nullptr),
                 SQLITE_OK);
        while (sqlite3_step(st) == SQLITE_ROW)
            fileTables.insert(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        sqlite3_close(db);
        std::multiset<std::string> described{"variants"};
        for (const std::string& table : singleRowTables())
            described.insert(table);
        for (const TableRowCap& cap : tableRowCaps()) {
            described.insert(cap.table);
            QVERIFY2(cap.maxRows >= 1, cap.table);
        }
        QCOMPARE(described, fileTables);
    }

    void refusesTooManyRows_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        // One row more than limits::kMaxOwnedEquipment, kMaxUserModels (1,000 each).
        const QString rows = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                             "WHERE i < 1001) ";
        QTest::newRow("owned equipment")
            << rows + "INSERT INTO owned_equipment SELECT 'class ' || i, 100 + i, '' FROM n"
            << "table owned_equipment has more than 1000 rows (the limit of a design)";
        QTest::newRow("user models")
            << rows + "INSERT INTO user_models SELECT 'model ' || i, 100 + i, '', '{}', '' FROM n"
            << "table user_models has more than 1000 rows (the limit of a design)";
        QTest::newRow("no settings row")
            << QString("DELETE FROM settings") << "table settings: the row is missing";
    }
    void refusesTooManyRows() {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const std::string p = path("too-many-rows.aifp").toStdString();
        saveProject(testing::sampleDesign(), p);
        execSql(p, sql.toStdString().c_str());
        const std::string m = errorOf<ProjectFileError>([&] { openProject(p); });
        QVERIFY2(m.rfind(p + ": ", 0) == 0, m.c_str()); // refused, the file's name first
        QVERIFY2(m.find(expected.toStdString()) != std::string::npos, m.c_str());
    }

    void emptyDesign() {
        const std::string p = path("empty-design.aifp").toStdString();
        saveProject(Design{}, p);
        compareDesigns(Design{}, openProject(p));
    }

    void badFiles_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes"); // written as the file (unless "missing")
        QTest::addColumn<QString>("reason");   // expected in the message

        const QByteArray valid = validProjectBytes();
        QVERIFY(valid.size() > 8192);
        QTest::newRow("text file") << "notes.aifp" << QByteArray("hello, this is text\n")
                                   << "not an AI Factory Planner project (not an SQLite database)";
        QTest::newRow("empty file") << "empty.aifp" << QByteArray() << "file is empty";
        QTest::newRow("truncated")
            << "truncated.aifp" << valid.left(valid.size() / 2) << "file is truncated";
        QTest::newRow("truncated header") << "header.aifp" << valid.left(50) << "file is truncated";
        // Overwrite one whole page in the middle with garbage: quick_check must notice.
        QByteArray corrupt = valid;
        const int page = 4096;
        const int middle = (corrupt.size() / 2 / page) * page;
        for (int i = middle; i < middle + page; ++i)
            corrupt[i] = static_cast<char>(0xA5 ^ (i * 7));
        QTest::newRow("corrupted page") << "corrupt.aifp" << corrupt << "file is corrupted";
        QTest::newRow("missing") << "missing.aifp" << QByteArray("<missing>") << "no such file";
    }

    void badFiles() {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString p = path(name);
        if (bytes != "<missing>")
            writeBytes(p, bytes);
        const QByteArray before = fileHash(p);
        try {
            openProject(p.toStdString());
            QFAIL("openProject accepted a bad file");
        } catch (const ProjectFileError& e) {
            const QString msg = QString::fromUtf8(e.what());
            QVERIFY2(msg.startsWith(p + ": "), qPrintable(msg));
            QVERIFY2(msg.contains(reason), qPrintable(msg));
            QVERIFY2(!msg.contains('\n'), qPrintable(msg));
        }
        QCOMPARE(fileHash(p), before); // unchanged (also: still missing)
        QVERIFY(!QFileInfo::exists(p + "-journal"));
    }

    void notOurs() {
        const QString p = path("other.db");
        writeSqlite(p.toStdString(), 0x12345678, 1);
        const QByteArray before = fileHash(p);
        try {
            openProject(p.toStdString());
            QFAIL("accepted another program's database");
        } catch (const ProjectFileError& e) {
            QCOMPARE(QString::fromUtf8(e.what()),
                     p + ": not an AI Factory Planner project (application_id 0x12345678)");
        }
        QCOMPARE(fileHash(p), before);
    }

    void newerVersion() {
        const QString p = path("future.aifp");
        writeSqlite(p.toStdString(), kAifpApplicationId, 99);
        const QByteArray before = fileHash(p);
        try {
            openProject(p.toStdString());
            QFAIL("accepted a newer schema");
        } catch (const ProjectFileError& e) {
            QCOMPARE(QString::fromUtf8(e.what()),
                     p + ": written by a newer version of AI Factory Planner (schema 99; this "
                         "program reads up to 6)");
        }
        QCOMPARE(fileHash(p), before);
        // The header facts are still readable (for "aifp-cli info").
        QCOMPARE(readProjectFileInfo(p.toStdString()).schemaVersion, 99);
    }

    void versionZeroIsTooOld() {
        // Schema 0 never existed as a project: an SQLite file with our application_id and
        // user_version 0 (what "PRAGMA application_id" alone on an empty database gives).
        const QString p = path("v0.aifp");
        writeSqlite(p.toStdString(), kAifpApplicationId, 0);
        const QByteArray before = fileHash(p);
        try {
            openProject(p.toStdString());
            QFAIL("accepted a version-0 file");
        } catch (const ProjectFileError& e) {
            const QString msg = QString::fromUtf8(e.what());
            QVERIFY2(msg.startsWith(p + ": "), qPrintable(msg));
            QVERIFY2(msg.contains("schema version 0 is too old or not a project"), qPrintable(msg));
        }
        QCOMPARE(fileHash(p), before); // the migration attempt ran on an in-memory copy
    }

    void migrationFramework() {
        // The step-by-step framework with a made-up step 0 -> 1: the v0 layout "t(x)" gets a
        // column, user_version follows each step, and a failing step rolls back.
        sqlite::Connection db(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY);
        db.exec("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (4);");
        std::vector<SchemaMigration> steps{
            {0, "add column y", [](sqlite::Connection& c) {
                 c.exec("ALTER TABLE t ADD COLUMN y INTEGER NOT NULL DEFAULT 0;"
                        "UPDATE t SET y = 2 * x;");
             }}};
        migrateSchema(db, 0, 1, steps);
        QCOMPARE(db.queryInt("PRAGMA user_version"), std::int64_t(1));
        QCOMPARE(db.queryInt("SELECT y FROM t"), std::int64_t(8)); // 2 x 4
        // A step that fails leaves the database at the version before it.
        steps.push_back({1, "broken step", [](sqlite::Connection& c) {
                             c.exec("UPDATE t SET y = 0; SELECT * FROM no_such_table;");
                         }});
        QVERIFY_THROWS_EXCEPTION(sqlite::Error, migrateSchema(db, 1, 2, steps));
        QCOMPARE(db.queryInt("PRAGMA user_version"), std::int64_t(1));
        QCOMPARE(db.queryInt("SELECT y FROM t"), std::int64_t(8)); // rolled back
        try {
            migrateSchema(db, 1, 2, steps);
        } catch (const sqlite::Error& e) {
            QVERIFY2(QString(e.what()).contains("upgrading schema 1 to 2 (broken step)"), e.what());
        }
        // No step from version 2: a clear error.
        QVERIFY_THROWS_EXCEPTION(sqlite::Error, migrateSchema(db, 2, 3, steps));
    }

    void migratesVersion1File() {
        // A project written by the version-1 program (a copy of projects/sample-1mw.aifp
        // as it shipped) and its JSON export written by that same program. Opening it upgrades
        // an in-memory copy: every version-1 value survives, the schema-2 fields get the
        // defaults that mean what a version-1 design meant, and the file is not touched.
        const QString v1 = QStringLiteral(AIFP_TEST_DATA_DIR "/io/sample-1mw-v1.aifp");
        QFile goldenFile(QStringLiteral(AIFP_TEST_DATA_DIR "/io/sample-1mw-v1.json"));
        QVERIFY(goldenFile.open(QIODevice::ReadOnly));
        const json::Value golden = json::parse(goldenFile.readAll().toStdString());
        QCOMPARE(readProjectFileInfo(v1.toStdString()).schemaVersion, 1);
        const QByteArray before = fileHash(v1);
        const Design d = openProject(v1.toStdString());
        QCOMPARE(fileHash(v1), before);

        const json::Value now = designToJson(d);
        QCOMPARE(golden.find("version")->asNumber(), 1.0);
        QCOMPARE(now.find("version")->asNumber(), double(kDesignJsonVersion));
        for (const auto& [key, value] : golden.asObject()) {
            if (key == "version")
                continue;
            const json::Value* mine = now.find(key);
            QVERIFY2(mine, key.c_str());
            if (value.isObject()) { // site, settings: every version-1 key has its value
                for (const auto& [k, v] : value.asObject()) {
                    const json::Value* field = mine->find(k);
                    QVERIFY2(field && *field == v, (key + "." + k).c_str());
                }
            } else {
                QVERIFY2(*mine == value, key.c_str());
            }
        }
        const Design defaults;
        QCOMPARE(d.site.climateId, std::string());
        QCOMPARE(d.site.readiness, SiteReadiness::Greenfield);
        QCOMPARE(d.settings.userTokensPerS, defaults.settings.userTokensPerS);
        QCOMPARE(d.settings.bridgePowerMw, 0.0);
        QCOMPARE(d.settings.supplyPriority, false);
        QVERIFY(d.document == DocumentControl{});
        QCOMPARE(d.document.currency, std::string("USD"));
        QVERIFY(d.ownedEquipment.empty());
        QVERIFY(d.userModels.empty());

        // Saved again it is a version-2 file that reads back the same design.
        const std::string p = path("migrated.aifp").toStdString();
        saveProject(d, p);
        QCOMPARE(readProjectFileInfo(p).schemaVersion, kAifpSchemaVersion);
        compareDesigns(d, openProject(p));
    }

    void migratesVersion2File() {
        // A project written by the schema-2 program (main at 2ba0ad3, before variants) and its
        // JSON export by that program. Opened by this program it reads the identical design, has
        // its base variant alone (named "base"), and the file is not touched; saved again it is
        // a schema-3 file that reads back the same design.
        const std::string v2 = AIFP_TEST_DATA_DIR "/io/sample-1mw-v2.aifp";
        QFile goldenFile(QStringLiteral(AIFP_TEST_DATA_DIR "/io/sample-1mw-v2.json"));
        QVERIFY(goldenFile.open(QIODevice::ReadOnly));
        const json::Value golden = json::parse(goldenFile.readAll().toStdString());
        QCOMPARE(readProjectFileInfo(v2).schemaVersion, 2);
        const QByteArray before = fileHash(QString::fromStdString(v2));
        const Design d = openProject(v2);
        // JSON version 2 did not change with schema 3; version 3 (schema 4) only adds the
        // procurement keys, at the values that mean "build".
        json::Value now = designToJson(d);
        QCOMPARE(now.find("version")->asNumber(), double(kDesignJsonVersion));
        json::Value settings = *now.find("settings");
        QCOMPARE(settings.find("procurement")->asString(), std::string("build"));
        json::Value trimmed = json::Value::object();
        for (const auto& [k, v] : settings.asObject())
            if (k != "procurement" && k != "rent_term_months" && k != "tco_horizon_years")
                trimmed.set(k, v);
        now.set("settings", trimmed).set("version", 2);
        QVERIFY(now == golden);
        const VariantListing l = listVariants(v2);
        QCOMPARE(l.variants.size(), std::size_t(1));
        QCOMPARE(l.variants[0].name, std::string("base"));
        QVERIFY(openProjectVariant(v2, "base") == d);
        QCOMPARE(fileHash(QString::fromStdString(v2)), before);

        const std::string p = path("migrated-v2.aifp").toStdString();
        saveProject(d, p);
        QCOMPARE(readProjectFileInfo(p).schemaVersion, kAifpSchemaVersion);
        compareDesigns(d, openProject(p));
        QCOMPARE(listVariants(p).variants.size(), std::size_t(1));
    }

    void migratesVersion3File() {
        // A project written by the schema-3 program (main at d03089f: projects/sample-1mw.aifp
        // with a variant "ready-hall" added by "aifp-cli variant add ... --site ready-hall") and
        // the JSON export of its base by that program. Opened by this program both variants read
        // as they did, procured by building (what every schema-3 file means), and the file is
        // not touched; saved again it is a schema-4 file that reads back the same.
        const std::string v3 = AIFP_TEST_DATA_DIR "/io/sample-1mw-v3.aifp";
        QFile goldenFile(QStringLiteral(AIFP_TEST_DATA_DIR "/io/sample-1mw-v3.json"));
        QVERIFY(goldenFile.open(QIODevice::ReadOnly));
        const json::Value golden = json::parse(goldenFile.readAll().toStdString());
        QCOMPARE(readProjectFileInfo(v3).schemaVersion, 3);
        const QByteArray before = fileHash(QString::fromStdString(v3));
        const Design d = openProject(v3);
        const Design fromGolden = designFromJson(golden, Catalog::builtin());
        compareDesigns(d, fromGolden);
        QVERIFY(d == fromGolden);
        const Design defaults;
        QCOMPARE(d.settings.procurement, Procurement::Build);
        QCOMPARE(d.settings.rentTermMonths, defaults.settings.rentTermMonths);
        QCOMPARE(d.settings.tcoHorizonYears, defaults.settings.tcoHorizonYears);
        const VariantListing l = listVariants(v3);
        QCOMPARE(l.variants.size(), std::size_t(2));
        QCOMPARE(l.variants[1].name, std::string("ready-hall"));
        // The variant's image is a schema-3 project itself: it goes through the same chain.
        const Design hall = openProjectVariant(v3, "ready-hall");
        QCOMPARE(hall.site.readiness, SiteReadiness::ReadyHall);
        QCOMPARE(hall.settings.procurement, Procurement::Build);
        Design sameButReady = d;
        sameButReady.site.readiness = SiteReadiness::ReadyHall;
        QVERIFY(hall == sameButReady);
        QCOMPARE(fileHash(QString::fromStdString(v3)), before);

        const std::string p = path("migrated-v3.aifp").toStdString();
        Design rented = d;
        rented.settings.procurement = Procurement::Colocation;
        rented.settings.rentTermMonths = 120;
        rented.settings.tcoHorizonYears = 10;
        saveProject(rented, p);
        QCOMPARE(readProjectFileInfo(p).schemaVersion, kAifpSchemaVersion);
        compareDesigns(rented, openProject(p));
    }

    void migratesVersion4File() {
        // A project written by the schema-4 program (main at 71a7f55: projects/sample-1mw.aifp
        // with a variant "colo" added by "aifp-cli variant add ... --procurement colocation
        // --rent-term-months 36") and the JSON export of its base by that program. Opened by
        // this program both variants read as they did, every hall in the one unnamed cluster
        // (what every schema-4 file means), and the file is not touched; saved again with a
        // named cluster it is a schema-5 file that reads back the same.
        const std::string v4 = AIFP_TEST_DATA_DIR "/io/sample-1mw-v4.aifp";
        QFile goldenFile(QStringLiteral(AIFP_TEST_DATA_DIR "/io/sample-1mw-v4.json"));
        QVERIFY(goldenFile.open(QIODevice::ReadOnly));
        const json::Value golden = json::parse(goldenFile.readAll().toStdString());
        QCOMPARE(golden.find("version")->asNumber(), 3.0);
        QCOMPARE(readProjectFileInfo(v4).schemaVersion, 4);
        const QByteArray before = fileHash(QString::fromStdString(v4));
        const Design d = openProject(v4);
        const Design fromGolden = designFromJson(golden, Catalog::builtin());
        compareDesigns(d, fromGolden);
        QVERIFY(d == fromGolden);
        QVERIFY(!d.halls.empty());
        for (const Hall& h : d.halls)
            QCOMPARE(h.cluster, std::string());
        // The version-4 JSON of the migrated design is the version-3 export with only the
        // version changed (an unnamed cluster writes no key).
        json::Value now = designToJson(d);
        QCOMPARE(now.find("version")->asNumber(), double(kDesignJsonVersion));
        now.set("version", 3);
        QVERIFY(now == golden);
        const VariantListing l = listVariants(v4);
        QCOMPARE(l.variants.size(), std::size_t(2));
        QCOMPARE(l.variants[1].name, std::string("colo"));
        // The variant's image is a schema-4 project itself: it goes through the same chain.
        const Design colo = openProjectVariant(v4, "colo");
        QCOMPARE(colo.settings.procurement, Procurement::Colocation);
        QCOMPARE(colo.settings.rentTermMonths, 36);
        QCOMPARE(colo.halls.front().cluster, std::string());
        QCOMPARE(fileHash(QString::fromStdString(v4)), before);

        const std::string p = path("migrated-v4.aifp").toStdString();
        Design named = d;
        named.halls.front().cluster = "Cluster 1";
        saveProject(named, p);
        QCOMPARE(readProjectFileInfo(p).schemaVersion, kAifpSchemaVersion);
        compareDesigns(named, openProject(p));
    }

    void refusesBadClusterInFile() {
        // A crafted file whose hall cluster starts with a space is refused with one line naming
        // the file, the table, the hall and the column.
        const std::string p = path("crafted-cluster.aifp").toStdString();
        const Design d = testing::sampleDesign();
        saveProject(d, p);
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(p.c_str(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "UPDATE halls SET cluster = ' A'", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        try {
            openProject(p);
            QFAIL("accepted a crafted cluster name");
        } catch (const ProjectFileError& e) {
            const std::string m = e.what();
            QVERIFY2(m.rfind(p + ": ", 0) == 0, m.c_str());
            const std::string expected = "halls id " + std::to_string(d.halls.front().id) +
                                         ": cluster: ' A' starts or ends with a space";
            QVERIFY2(m.find(expected) != std::string::npos, m.c_str());
            QVERIFY(m.find('\n') == std::string::npos);
        }
    }

    void refusesBadProcurementInFile_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown procurement") << "UPDATE settings SET procurement = 'lease'"
                                             << "settings id 1: procurement: unknown value 'lease'";
        QTest::newRow("term 0") << "UPDATE settings SET rent_term_months = 0"
                                << "settings: rent_term_months: 0 is not within 1..240";
        QTest::newRow("term 241") << "UPDATE settings SET rent_term_months = 241"
                                  << "settings: rent_term_months: 241 is not within 1..240";
        QTest::newRow("horizon 31") << "UPDATE settings SET tco_horizon_years = 31"
                                    << "settings: tco_horizon_years: 31 is not within 1..30";
    }

    void refusesBadProcurementInFile() {
        // A crafted file (CHECK constraints switched off while writing it) is refused with one
        // line naming the file, the table and the column.
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const std::string p = path("crafted-procurement.aifp").toStdString();
        saveProject(testing::sampleDesign(), p);
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(p.c_str(), &db), SQLITE_OK);
        const std::string all = "PRAGMA ignore_check_constraints = 1; " + sql.toStdString() + ";";
        QCOMPARE(sqlite3_exec(db, all.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        try {
            openProject(p);
            QFAIL("accepted a crafted procurement");
        } catch (const ProjectFileError& e) {
            const std::string m = e.what();
            QVERIFY2(m.rfind(p + ": ", 0) == 0, m.c_str());
            QVERIFY2(m.find(expected.toStdString()) != std::string::npos, m.c_str());
            QVERIFY(m.find('\n') == std::string::npos);
        }
    }

    void packedLinksRoundTrip() {
        // Every value a bundle can hold in memory comes back bit for bit: ids going down and up
        // by any step (the deltas wrap), counts of any int, -0.0, a subnormal, infinities, every
        // medium. (NaN too, compared as bits.)
        std::vector<NetworkLink> links{
            {5, 3, 4, 2, 800.0, 1.5, LinkMedium::Multimode},
            {6, 2, 4, 1, 400.0, -0.0, LinkMedium::SingleMode},
            {306, 1, 4, -7, 0.0, 4.9e-324, LinkMedium::Copper},
            {1, UINT64_MAX, 1, INT_MIN, std::numeric_limits<double>::infinity(), -1e300,
             LinkMedium::Copper},
            {UINT64_MAX, 1, UINT64_MAX, INT_MAX, -std::numeric_limits<double>::infinity(),
             std::numeric_limits<double>::quiet_NaN(), LinkMedium::SingleMode}};
        const PackedNetworkLinks pack = packNetworkLinks(links);
        QCOMPARE(pack.linkCount, std::int64_t(5));
        // Worked by hand for the first three: ids 5 (zigzag 10 = 0x0a), +1 (2), +300 (zigzag
        // 600 = 0x258: varint 0xd8 0x04); from 3 (6), -1 (1), -1 (1); counts 2 (4), 1 (2), -7
        // (13 = 0x0d).
        QCOMPARE(QByteArray::fromStdString(pack.columns[0].substr(0, 4)).toHex(),
                 QByteArray("0a02d804"));
        QCOMPARE(QByteArray::fromStdString(pack.columns[1].substr(0, 3)).toHex(),
                 QByteArray("060101"));
        QCOMPARE(QByteArray::fromStdString(pack.columns[3].substr(0, 3)).toHex(),
                 QByteArray("04020d"));
        QCOMPARE(pack.columns[4].size(), std::size_t(40));
        QCOMPARE(QByteArray::fromStdString(pack.columns[4].substr(0, 8)).toHex(),
                 QByteArray("0000000000008940")); // 800.0, little-endian
        QCOMPARE(QByteArray::fromStdString(pack.columns[6]).toHex(), QByteArray("0102000002"));
        std::array<std::string_view, 7> views;
        for (std::size_t c = 0; c < 7; ++c)
            views[c] = pack.columns[c];
        // An id of 2^64 - 1 is not a valid id for the reader (not positive as int64): the
        // reader refuses it; the others read back exactly.
        QVERIFY(errorOf([&] { unpackNetworkLinks(1, 5, views); }).find("not a valid id") !=
                std::string::npos);
        links.resize(3);
        const PackedNetworkLinks three = packNetworkLinks(links);
        for (std::size_t c = 0; c < 7; ++c)
            views[c] = three.columns[c];
        const std::vector<NetworkLink> back = unpackNetworkLinks(1, 3, views);
        QCOMPARE(back.size(), std::size_t(3));
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(back[i].id, links[i].id);
            QCOMPARE(back[i].fromId, links[i].fromId);
            QCOMPARE(back[i].toId, links[i].toId);
            QCOMPARE(back[i].count, links[i].count);
            QCOMPARE(std::bit_cast<std::uint64_t>(back[i].speedGbps),
                     std::bit_cast<std::uint64_t>(links[i].speedGbps));
            QCOMPARE(std::bit_cast<std::uint64_t>(back[i].lengthM),
                     std::bit_cast<std::uint64_t>(links[i].lengthM));
            QCOMPARE(back[i].medium, links[i].medium);
        }
        QVERIFY(std::signbit(back[1].lengthM));
        // Counts INT_MIN/INT_MAX and ids up to 2^63 - 1 read back.
        const std::vector<NetworkLink> wide{
            {INT64_MAX, 1, INT64_MAX, INT_MIN, 1, 1, LinkMedium::Copper},
            {1, INT64_MAX, 1, INT_MAX, 1, 1, LinkMedium::Copper}};
        const PackedNetworkLinks w = packNetworkLinks(wide);
        for (std::size_t c = 0; c < 7; ++c)
            views[c] = w.columns[c];
        QVERIFY(unpackNetworkLinks(1, 2, views) == wide);
    }

    void packedLinksHostile_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("expected");
        QTest::newRow("format 2") << 0 << "network_link_pack: format: 2 is not a format";
        QTest::newRow("negative count") << 1 << "network_link_pack: link_count: -1 is not within";
        QTest::newRow("huge count") << 2 << "link_count: 20000001 is not within 0..20000000";
        QTest::newRow("truncated ids") << 3 << "network_link_pack: ids: truncated";
        QTest::newRow("trailing bytes") << 4 << "network_link_pack: to_ids: 1 bytes after";
        QTest::newRow("overlong varint") << 5 << "counts: value 0 is longer than 64 bits";
        QTest::newRow("short speeds") << 6 << "speeds_gbps: 15 bytes, expected 16 (2 x 8)";
        QTest::newRow("long lengths") << 7 << "lengths_m: 17 bytes, expected 16";
        QTest::newRow("unknown medium") << 8 << "media: network_links id 6: 3 is not a medium";
        QTest::newRow("id 0") << 9 << "ids: bundle 0: 0 is not a valid id";
        QTest::newRow("count beyond int") << 10 << "counts: network_links id 5: 2147483648 is";
        QTest::newRow("unterminated varint") << 11 << "from_ids: truncated: 1 of 2 values";
    }
    void packedLinksHostile() {
        // Damaged columns are refused with one line naming the column and the reason; never a
        // crash, never an allocation the columns cannot back.
        QFETCH(int, which);
        QFETCH(QString, expected);
        const std::vector<NetworkLink> links{{5, 3, 4, 2, 800.0, 1.5, LinkMedium::Multimode},
                                             {6, 2, 4, 1, 400.0, 3.0, LinkMedium::SingleMode}};
        PackedNetworkLinks p = packNetworkLinks(links);
        std::int64_t format = 1, count = 2;
        auto& c = p.columns;
        switch (which) {
        case 0:
            format = 2;
            break;
        case 1:
            count = -1;
            break;
        case 2:
            count = 20000001;
            break;
        case 3:
            c[0].resize(1);
            break;
        case 4:
            c[2].push_back('\0');
            break;
        case 5:
            c[3] = std::string(10, '\xff') + '\x01' + c[3].substr(1);
            c[3][9] = '\x02'; // the 10th byte may only hold bit 63
            break;
        case 6:
            c[4].pop_back();
            break;
        case 7:
            c[5].push_back('\0');
            break;
        case 8:
            c[6][1] = 3;
            break;
        case 9:
            c[0][0] = 0; // id 0
            break;
        case 10:
            c[3] = std::string("\x80\x80\x80\x80\x10", 5) + c[3].substr(1); // 2^32 zigzag = 2^31
            break;
        case 11:
            c[1] = std::string("\x06\x81", 2); // the second varint has no last byte
            break;
        }
        std::array<std::string_view, 7> views;
        for (std::size_t i = 0; i < 7; ++i)
            views[i] = c[i];
        const std::string e = errorOf([&] { unpackNetworkLinks(format, count, views); });
        QVERIFY2(e.find(expected.toStdString()) != std::string::npos, e.c_str());
        QVERIFY(e.find('\n') == std::string::npos);
    }

    void packedLinksHostileFile_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated media")
            << "UPDATE network_link_pack SET media = x''"
            << "file is corrupted (network_link_pack: media: 0 bytes, expected 1 (1 x 1))";
        QTest::newRow("count of a million")
            << "UPDATE network_link_pack SET link_count = 1000000"
            << "network_link_pack: speeds_gbps: 8 bytes, expected 8000000";
        QTest::newRow("format") << "UPDATE network_link_pack SET format = 9"
                                << "network_link_pack: format: 9 is not a format";
        // A bundle to a switch that does not exist (to 60 -> 61: zigzag 122 = 0x7a): the domain
        // check names the bundle and the field.
        QTest::newRow("id not in the design") << "UPDATE network_link_pack SET to_ids = x'7a'"
                                              << "network_links id 70: to_id: no switch with id 61";
        QTest::newRow("two rows") << "INSERT INTO network_link_pack SELECT 2, format, link_count, "
                                     "ids, from_ids, to_ids, counts, speeds_gbps, lengths_m, "
                                     "media FROM network_link_pack"
                                  << "table network_link_pack has more than 1 rows";
        QTest::newRow("count 0") << "UPDATE network_link_pack SET counts = x'00'"
                                 << "network_links id 70: count: 0 is not within 1..100000";
    }
    void packedLinksHostileFile() {
        // The same refusals from a crafted file, the file's name first, one line, and the same
        // message when its bytes are opened in memory (the fuzz harness's path).
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const std::string p = path("crafted-pack.aifp").toStdString();
        saveProject(testing::sampleDesign(), p);
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(p.c_str(), &db), SQLITE_OK);
        const std::string all = "PRAGMA ignore_check_constraints = 1; " + sql.toStdString() + ";";
        QCOMPARE(sqlite3_exec(db, all.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        std::string m;
        try {
            openProject(p);
            QFAIL("accepted a crafted link pack");
        } catch (const ProjectFileError& e) {
            m = e.what();
        }
        QVERIFY2(m.rfind(p + ": ", 0) == 0, m.c_str());
        QVERIFY2(m.find(expected.toStdString()) != std::string::npos, m.c_str());
        QVERIFY(m.find('\n') == std::string::npos);
        QFile f(QString::fromStdString(p));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const std::string bytes = f.readAll().toStdString();
        try {
            openProjectImage(bytes, p);
            QFAIL("accepted a crafted link pack in memory");
        } catch (const ProjectFileError& e) {
            QCOMPARE(std::string(e.what()), m);
        }
    }

    void migratesVersion5File() {
        // A project written by the schema-5 program (40a20a1: "aifp-cli new --target-mw 1" and
        // "aifp-cli variant add ... n-plus-1 --redundancy N+1"), with the JSON exports of both
        // variants by that program. Its 72 bundles, one row each, are packed by the step 5 -> 6
        // in their seq order and read as they were; the variant's schema-5 image goes through
        // the same chain; the file is not touched. Saved again (the variant carried as its
        // bytes) and reopened, both read the same; saved as one design it is a schema-6 file.
        const std::string v5 = AIFP_TEST_DATA_DIR "/io/sample-1mw-v5.aifp";
        auto golden = [](const char* name) {
            QFile f(QString::fromUtf8(AIFP_TEST_DATA_DIR "/io/") + name);
            if (!f.open(QIODevice::ReadOnly))
                return Design();
            return designFromJson(json::parse(f.readAll().toStdString()), Catalog::builtin());
        };
        const Design base = golden("sample-1mw-v5.json");
        const Design n1 = golden("sample-1mw-v5-n-plus-1.json");
        QCOMPARE(base.networkLinks.size(), std::size_t(72));
        QVERIFY(!n1.networkLinks.empty());
        QCOMPARE(readProjectFileInfo(v5).schemaVersion, 5);
        const QByteArray before = fileHash(QString::fromStdString(v5));
        const Design d = openProject(v5);
        compareDesigns(d, base);
        QVERIFY(d == base);
        const Design variant = openProjectVariant(v5, "n-plus-1");
        QVERIFY(variant == n1);
        QCOMPARE(fileHash(QString::fromStdString(v5)), before);

        const std::string p = path("migrated-v5.aifp").toStdString();
        Project project = openProjectFile(v5);
        QCOMPARE(project.variants.size(), std::size_t(2));
        saveProject(project, p);
        QCOMPARE(readProjectFileInfo(p).schemaVersion, kAifpSchemaVersion);
        QVERIFY(openProject(p) == base);
        QVERIFY(openProjectVariant(p, "n-plus-1") == n1);
        QVERIFY(checkProjectFile(p).empty());
        // The variant edited: its image is written at schema 6 too.
        project.variants[1].design = n1;
        project.variants[1].image.reset();
        saveProject(project, p);
        QVERIFY(openProjectVariant(p, "n-plus-1") == n1);
        // The older files still open through the whole chain (1 -> ... -> 6).
        for (int v = 1; v <= 4; ++v) {
            const std::string older =
                AIFP_TEST_DATA_DIR "/io/sample-1mw-v" + std::to_string(v) + ".aifp";
            QVERIFY(!openProject(older).racks.empty());
        }
    }

    void fullCheck() {
        // checkProjectFile runs what open leaves out: a dangling foreign key (open reports the
        // domain's view of it) and a damaged page are each named on one line; a sound file has
        // no problem.
        const std::string p = path("check.aifp").toStdString();
        saveProject(testing::sampleDesign(), p);
        QVERIFY(checkProjectFile(p).empty());
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(p.c_str(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA foreign_keys = OFF; UPDATE racks SET hall_id = 77",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        const std::vector<std::string> problems = checkProjectFile(p);
        QCOMPARE(problems.size(), std::size_t(2));
        QCOMPARE(problems[0], p + ": table racks, id 11: hall_id refers to no row of halls");
        QVERIFY2(problems[1].rfind(p + ": racks id 11: hall_id: ", 0) == 0, problems[1].c_str());
        for (const std::string& line : problems)
            QVERIFY(line.find('\n') == std::string::npos);
    }

    void versionOneJsonImports() {
        // The version-1 JSON export imports with the schema-2 fields at their defaults, and the
        // design equals the one read from the version-1 project file.
        QFile goldenFile(QStringLiteral(AIFP_TEST_DATA_DIR "/io/sample-1mw-v1.json"));
        QVERIFY(goldenFile.open(QIODevice::ReadOnly));
        const Design fromJson =
            designFromJson(json::parse(goldenFile.readAll().toStdString()), Catalog::builtin());
        const Design fromFile = openProject(AIFP_TEST_DATA_DIR "/io/sample-1mw-v1.aifp");
        compareDesigns(fromJson, fromFile);
    }

    void saveToUnwritableLocation_data() {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing directory") << path("no/such/dir/x.aifp") << "no such file";
        // /proc refuses new files even for root.
        QTest::newRow("/proc") << "/proc/aifp-test.aifp"
                               << "cannot create a file in /proc";
    }

    void saveToUnwritableLocation() {
        QFETCH(QString, target);
        QFETCH(QString, reason);
        try {
            saveProject(testing::sampleDesign(), target.toStdString());
            QFAIL("saved to an unwritable location");
        } catch (const ProjectFileError& e) {
            const QString msg = QString::fromUtf8(e.what());
            QVERIFY2(msg.startsWith(target + ": cannot save: "), qPrintable(msg));
            QVERIFY2(msg.contains(reason), qPrintable(msg));
        }
        QVERIFY(!QFileInfo::exists(target));
    }

    void saveToReadOnlyDirectory() {
        if (::geteuid() == 0)
            QSKIP("running as root: directory permissions do not stop root");
        const QString sub = path("ro");
        QVERIFY(QDir().mkpath(sub));
        const QString target = sub + "/p.aifp";
        saveProject(testing::sampleDesign(), target.toStdString());
        const QByteArray before = fileHash(target);
        QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        Design changed = testing::sampleDesign();
        changed.site.name = "changed";
        QVERIFY_THROWS_EXCEPTION(ProjectFileError, saveProject(changed, target.toStdString()));
        QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner);
        QCOMPARE(fileHash(target), before);
    }

    void failedSaveKeepsOldFile() {
        // A design the file cannot hold (a rack in a hall that does not exist: the foreign key
        // racks.hall_id fails) must leave the previous file byte for byte, and no temp file.
        const QString target = path("keep.aifp");
        saveProject(testing::sampleDesign(), target.toStdString());
        const QByteArray before = fileHash(target);
        Design broken = testing::sampleDesign();
        broken.racks[1].hallId = 999;
        try {
            saveProject(broken, target.toStdString());
            QFAIL("saved a rack in a missing hall");
        } catch (const ProjectFileError& e) {
            const QString msg = QString::fromUtf8(e.what());
            QVERIFY2(msg.startsWith(target + ": cannot save: racks id 12: "), qPrintable(msg));
            QVERIFY2(msg.contains("FOREIGN KEY"), qPrintable(msg));
        }
        QCOMPARE(fileHash(target), before);
        compareDesigns(testing::sampleDesign(), openProject(target.toStdString()));
        const QStringList left = QDir(dir_.path()).entryList({"keep.aifp*"}, QDir::Files);
        QCOMPARE(left, QStringList{"keep.aifp"});
    }

    void nanCannotBeSaved() {
        // SQLite stores NaN as NULL; the NOT NULL column refuses it with a named error.
        const QString target = path("nan.aifp");
        Design d = testing::sampleDesign();
        d.halls[0].widthM = std::nan("");
        try {
            saveProject(d, target.toStdString());
            QFAIL("saved NaN");
        } catch (const ProjectFileError& e) {
            QVERIFY2(QString(e.what()).contains("halls id 3: NOT NULL constraint failed: "
                                                "halls.width_m"),
                     e.what());
        }
        QVERIFY(!QFileInfo::exists(target));
    }

    void permissionDenied() {
        if (::geteuid() == 0)
            QSKIP("running as root: file permissions do not stop root");
        const QString p = path("secret.aifp");
        saveProject(testing::sampleDesign(), p.toStdString());
        QFile::setPermissions(p, QFileDevice::WriteOwner);
        try {
            openProject(p.toStdString());
            QFAIL("read an unreadable file");
        } catch (const ProjectFileError& e) {
            QCOMPARE(QString::fromUtf8(e.what()), p + ": permission denied");
        }
        QFile::setPermissions(p, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
};

QTEST_APPLESS_MAIN(TestProjectFile)
#include "test_project_file.moc"
