#include "core/io/ProjectFile.hpp"
#include "core/io/DesignCheck.hpp"
#include "core/io/DesignTables.hpp"
#include "core/io/Project.hpp"
#include "core/io/ProjectFileGuard.hpp"
#include "core/io/ProjectImage.hpp"
#include "core/io/Schema.hpp"
#include "core/io/Sqlite.hpp"
#include "core/util/MessageText.hpp"
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <set>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace aifp {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& reason) {
    throw ProjectFileError(path + ": " + reason);
}

std::uint32_t bigEndian32(const unsigned char* p) {
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) |
           std::uint32_t(p[3]);
}

// What the 100-byte SQLite header says (https://www.sqlite.org/fileformat.html, section 1.3).
struct Header {
    std::int64_t fileBytes = 0;
    std::int32_t applicationId = 0; // offset 68
    int userVersion = 0;            // offset 60
};

// Checks the first got (<= 100) bytes of a file of fileBytes bytes as an SQLite header.
Header checkHeader(const std::string& path, const unsigned char* h, std::size_t got,
                   std::int64_t fileBytes);

// Reads and checks the header without SQLite, so that the common bad files (missing, empty, text,
// truncated, not ours) get a precise one-line reason and the file is never opened for writing.
Header readHeader(const std::string& path) {
    // Only a regular file is read, and never with a blocking open (a FIFO would hang).
    requireRegularFile(path);
    struct stat st {};
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        fail(path, errnoReason(errno));
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        fail(path, "is not a regular file");
    }
    unsigned char h[100] = {};
    ssize_t got = 0;
    while (got < 100) {
        const ssize_t n = ::read(fd, h + got, sizeof h - static_cast<std::size_t>(got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += n;
    }
    const int readErr = got < 0 ? errno : 0;
    ::close(fd);
    if (readErr)
        fail(path, std::string("cannot read: ") + std::strerror(readErr));
    return checkHeader(path, h, static_cast<std::size_t>(got), st.st_size);
}

Header checkHeader(const std::string& path, const unsigned char* h, std::size_t got,
                   std::int64_t fileBytes) {
    Header out;
    out.fileBytes = fileBytes;
    if (fileBytes == 0)
        fail(path, "file is empty, not an AI Factory Planner project");
    static const char kMagic[] = "SQLite format 3"; // 16 bytes with the terminating NUL
    if (got < 100 || std::memcmp(h, kMagic, 16) != 0)
        fail(path, got < 100 && std::memcmp(h, kMagic, std::min<std::size_t>(16, got)) == 0
                       ? "file is truncated (" + std::to_string(fileBytes) + " bytes)"
                       : "not an AI Factory Planner project (not an SQLite database)");
    out.userVersion = static_cast<int>(bigEndian32(h + 60));
    out.applicationId = static_cast<std::int32_t>(bigEndian32(h + 68));
    // Page size at 16 (1 means 65536); the page count at 28 is valid when the change counter at
    // 24 equals the version-valid-for number at 92.
    std::uint32_t pageSize = (std::uint32_t(h[16]) << 8) | h[17];
    if (pageSize == 1)
        pageSize = 65536;
    const std::uint32_t pages = bigEndian32(h + 28);
    if (pages != 0 && bigEndian32(h + 24) == bigEndian32(h + 92)) {
        const std::int64_t expected = std::int64_t(pageSize) * pages;
        if (out.fileBytes < expected)
            fail(path, "file is truncated (" + std::to_string(out.fileBytes) + " of " +
                           std::to_string(expected) + " bytes)");
    }
    return out;
}

void checkOurs(const std::string& path, const Header& h) {
    if (h.applicationId != kAifpApplicationId) {
        char hex[16];
        std::snprintf(hex, sizeof hex, "0x%08X", static_cast<std::uint32_t>(h.applicationId));
        fail(path, std::string("not an AI Factory Planner project (application_id ") + hex + ")");
    }
    if (h.userVersion > kAifpSchemaVersion)
        fail(path, "written by a newer version of AI Factory Planner (schema " +
                       std::to_string(h.userVersion) + "; this program reads up to " +
                       std::to_string(kAifpSchemaVersion) + ")");
}

// Pragmas of every connection: enforce foreign keys; no functions run from the schema.
void configure(sqlite::Connection& db) {
    db.exec("PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF;");
}

// quick_check reports "*** in database main ***\nPage 11: ...": keep the message on one line.
std::string oneLine(std::string text) {
    const std::string banner = "*** in database main ***";
    if (auto at = text.find(banner); at != std::string::npos)
        text.erase(at, banner.size());
    for (char& c : text)
        if (c == '\n' || c == '\r')
            c = ' ';
    const auto first = text.find_first_not_of(' ');
    return first == std::string::npos ? std::string() : text.substr(first);
}

std::string sqliteReason(const sqlite::Error& e) {
    // The text may quote values from the file: escaped and cut (core/util/MessageText.hpp).
    const std::string what = escapeForMessage(oneLine(e.what()), 300);
    if ((e.code & 0xff) == SQLITE_NOTADB)
        return "file is truncated or not a database";
    if ((e.code & 0xff) == SQLITE_CORRUPT)
        return "file is corrupted (" + what + ")";
    return "cannot read the project (" + what + ")";
}

std::string directoryOf(const std::string& path) {
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

void removeTemporary(const std::string& tmp) {
    ::unlink(tmp.c_str());
    ::unlink((tmp + "-journal").c_str());
}

} // namespace

ProjectFileInfo readProjectFileInfo(const std::string& path) {
    const Header h = readHeader(path);
    ProjectFileInfo info;
    info.applicationId = h.applicationId;
    info.schemaVersion = h.userVersion;
    info.fileBytes = h.fileBytes;
    if (h.applicationId == kAifpApplicationId && h.userVersion == kAifpSchemaVersion) {
        try {
            refuseCompanionFiles(path);
            sqlite::Connection db(immutableUri(path), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
            configure(db);
            SqliteDeadline deadline(db, kOpenBudget);
            checkSchemaShape(db, path, false);
            sqlite::Statement st(db, "SELECT program, program_version FROM meta WHERE id = 1");
            if (st.step())
                info.writtenBy = st.getText(0) + " " + st.getText(1);
        } catch (const std::exception&) {
            // Header facts only: openProject reports what is wrong with the content.
        }
    }
    return info;
}

namespace {

// Row counts before any row is read: the single-row tables have their row, and no table holds
// more rows than a design may have (docs/file-format.md, "Limits and guarantees").
void checkRowCounts(sqlite::Connection& db, const std::string& path) {
    for (const std::string& table : singleRowTables())
        if (db.queryInt("SELECT count(*) FROM \"" + table + "\"") != 1)
            fail(path, "table " + table +
                           ": the row is missing (the file was changed by another program)");
    for (const auto& [table, cap] : tableRowCaps()) {
        // count(*) of the first cap + 1 rows only: bounded even for a huge table.
        const auto n = db.queryInt(std::string("SELECT count(*) FROM (SELECT 1 FROM \"") + table +
                                   "\" LIMIT " + std::to_string(cap + 1) + ")");
        if (n > static_cast<std::int64_t>(cap))
            fail(path, std::string("table ") + table + " has more than " + std::to_string(cap) +
                           " rows (the limit of a design)");
    }
    // The variants besides the base (schema 3; an older file has none after migration).
    if (db.queryInt("SELECT count(*) FROM (SELECT 1 FROM variants LIMIT " +
                    std::to_string(kMaxVariants) + ")") >= std::int64_t(kMaxVariants))
        fail(path, "more than " + std::to_string(kMaxVariants) +
                       " variants (the limit of a project, the base included)");
}

// Why name cannot be a variant's name, without looking at other variants ("" when it can).
std::string nameProblem(const std::string& name) {
    if (name.empty())
        return "a variant name cannot be empty";
    if (name.size() > kMaxVariantNameBytes)
        return "a variant name has at most " + std::to_string(kMaxVariantNameBytes) + " bytes";
    if (name.front() == ' ' || name.back() == ' ')
        return "a variant name cannot start or end with a space";
    for (unsigned char c : name) {
        if (c < 0x20 || c == 0x7f)
            return "a variant name cannot hold control characters";
        if (c == ',')
            return "a variant name cannot hold a comma (lists of variants are comma-separated)";
    }
    return {};
}

// The base variant (meta) and the rows of "variants" of a checked database at the current
// schema, each row checked: a sound name unique in the file, dates and notes of bounded size,
// and an image whose header says it is one of our projects at a schema this program reads.
// Images are not loaded (only their first 100 bytes).
VariantListing readVariantRows(sqlite::Connection& db, const std::string& path) {
    VariantListing out;
    {
        sqlite::Statement st(db, "SELECT base_variant_name, base_variant_description, "
                                 "base_variant_created_from, base_variant_created_at FROM meta "
                                 "WHERE id = 1");
        if (!st.step())
            fail(path, "table meta: the row is missing (the file was changed by another program)");
        Variant base;
        base.name = st.getText(0);
        base.description = st.getText(1);
        base.createdFrom = st.getText(2);
        base.createdAt = st.getText(3);
        if (const std::string p = nameProblem(base.name); !p.empty())
            fail(path, "meta.base_variant_name " + quotedValue(base.name) + ": " + p);
        out.variants.push_back(std::move(base));
        out.imageBytes.push_back(0);
    }
    sqlite::Statement st(db, "SELECT name, description, created_from, created_at, length(image), "
                             "substr(image, 1, 100) FROM variants ORDER BY seq, name");
    while (st.step()) {
        Variant v;
        v.name = st.getText(0);
        const std::string where = "variant " + quotedValue(v.name);
        if (const std::string p = nameProblem(v.name); !p.empty())
            fail(path, "table variants: name " + quotedValue(v.name) + ": " + p);
        for (const auto& other : out.variants)
            if (other.name == v.name)
                fail(path, where + ": the name is used twice (the base has it too)");
        if (out.variants.size() >= kMaxVariants)
            fail(path, "more than " + std::to_string(kMaxVariants) +
                           " variants (the limit of a project, the base included)");
        v.description = st.getText(1);
        v.createdFrom = st.getText(2);
        v.createdAt = st.getText(3);
        if (v.description.size() > limits::kMaxTextBytes ||
            v.createdFrom.size() > limits::kMaxNameBytes ||
            v.createdAt.size() > limits::kMaxNameBytes)
            fail(path, where + ": a description, created_from or created_at is too long");
        const std::int64_t bytes = st.getInt(4);
        if (bytes > kMaxVariantImageBytes)
            fail(path, where + ": the image has " + std::to_string(bytes) + " bytes (at most " +
                           std::to_string(kMaxVariantImageBytes) + ")");
        const auto [head, headBytes] = st.getBlob(5);
        const std::string imageWhere = path + ": " + where;
        const Header h =
            checkHeader(imageWhere, static_cast<const unsigned char*>(head), headBytes, bytes);
        checkOurs(imageWhere, h);
        out.variants.push_back(std::move(v));
        out.imageBytes.push_back(bytes);
    }
    return out;
}

// Every check and the read of a project opened read-only on file (the file itself, immutable, or
// its bytes in memory: the same checks either way). read(db) reads what the caller wants from
// the checked (and, for an older schema, migrated) database.
template <typename Read>
auto readChecked(sqlite::Connection& file, const std::string& path, const Header& h, Read read)
    -> decltype(read(file)) {
    configure(file);
    // CHECK constraints come from the file's own schema text, so they are the file's claims, not
    // ours, and SQLite does not even parse them on a read-only connection: an integrity check
    // (quick_check on open until schema 6) evaluated them for a memory image but not for the same
    // bytes opened read-only on disk. Ignore them on both paths so a file and its bytes are judged
    // alike; the domain check (checkDesign) is what enforces the values.
    file.exec("PRAGMA ignore_check_constraints = ON");
    SqliteDeadline deadline(file, kOpenBudget);
    try {
        // The header was read above; SQLite's own view must agree (it also validates the file).
        const auto appId = file.queryInt("PRAGMA application_id");
        const auto version = file.queryInt("PRAGMA user_version");
        if (appId != h.applicationId || version != h.userVersion)
            fail(path, "file is corrupted (header changed while reading)");
        // A version no migration starts from is not a project we can read: say so first.
        if (version != kAifpSchemaVersion) {
            int oldest = kAifpSchemaVersion;
            for (const auto& step : schemaMigrations())
                oldest = std::min(oldest, step.fromVersion);
            if (version < oldest)
                throw sqlite::Error("schema version " + std::to_string(version) +
                                        " is too old or not a project (this program reads "
                                        "schema " +
                                        std::to_string(oldest) + " to " +
                                        std::to_string(kAifpSchemaVersion) + ")",
                                    SQLITE_ERROR);
        }
        // Before anything is read: only our tables (a view or trigger named like one of them
        // could run unbounded queries), with exactly our columns.
        checkSchemaShape(file, path, version != kAifpSchemaVersion);
        // No quick_check or foreign-key check here (aifp-cli check runs them, checkProjectFile):
        // SQLite reports a damaged page it reads as SQLITE_CORRUPT, every value read is checked
        // by the reader, and the domain check after the read resolves every reference more
        // strictly than the foreign keys (to the right kind of object).
        if (version == kAifpSchemaVersion) {
            checkRowCounts(file, path);
            return read(file);
        }
        // An older schema: copy into memory and upgrade the copy; the file stays as it is.
        sqlite::Connection memory(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY);
        configure(memory);
        SqliteDeadline memoryDeadline(memory, kOpenBudget);
        sqlite3_backup* backup =
            sqlite3_backup_init(memory.handle(), "main", file.handle(), "main");
        if (!backup)
            throw sqlite::Error(sqlite3_errmsg(memory.handle()),
                                sqlite3_extended_errcode(memory.handle()));
        const int rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            throw sqlite::Error(sqlite3_errstr(rc), rc);
        migrateSchema(memory, static_cast<int>(version), kAifpSchemaVersion, schemaMigrations());
        checkSchemaShape(memory, path, false);
        checkRowCounts(memory, path);
        return read(memory);
    } catch (const sqlite::Error& e) {
        if ((e.code & 0xff) == SQLITE_INTERRUPT)
            fail(path, "reading took longer than " + std::to_string(kOpenBudget.count() / 1000) +
                           " s and was stopped (the file is damaged or crafted)");
        throw;
    }
}

template <typename Read> auto readCheckedFile(const std::string& path, const Header& h, Read read) {
    // Companion files are refused, not read: the file is opened as immutable, so SQLite neither
    // creates -shm/-wal/-journal files nor reads them (a hot journal would otherwise be rolled
    // back into a file we may not change, a stray -wal would show data not in the project).
    refuseCompanionFiles(path);
    sqlite::Connection file(immutableUri(path), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
    return readChecked(file, path, h, read);
}

// Makes the in-memory database memory hold a copy of bytes, read-only (SQLite never writes to it).
void holdBytes(sqlite::Connection& memory, const std::string& bytes) {
    const auto n = static_cast<sqlite3_int64>(bytes.size());
    auto* copy = static_cast<unsigned char*>(sqlite3_malloc64(static_cast<sqlite3_uint64>(n)));
    if (!copy)
        throw std::bad_alloc();
    std::memcpy(copy, bytes.data(), bytes.size());
    const int rc =
        sqlite3_deserialize(memory.handle(), "main", copy, n, n,
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY);
    if (rc != SQLITE_OK) // the copy is freed by SQLite on failure too
        throw sqlite::Error(sqlite3_errstr(rc), rc);
}

template <typename Read>
auto readCheckedBytes(const std::string& bytes, const std::string& name, const Header& h,
                      Read read) {
    sqlite::Connection memory(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY);
    holdBytes(memory, bytes);
    return readChecked(memory, name, h, read);
}

// Maps every failure of reading and checking to one ProjectFileError naming the file.
// check(result) runs the domain checks on what was read.
template <typename Read, typename Check>
auto openChecked(const std::string& path, const Header& h, Read read, Check check) {
    checkOurs(path, h);
    try {
        auto result = read();
        check(result);
        return result;
    } catch (const sqlite::Error& e) {
        fail(path, sqliteReason(e));
    } catch (const DesignCheckError& e) {
        throw ProjectFileError(e.what());
    } catch (const std::bad_alloc&) {
        fail(path, "the project does not fit in memory");
    } catch (const std::length_error&) {
        fail(path, "the project does not fit in memory");
    }
}

// openChecked of read(db) on the project file at path.
template <typename Read, typename Check>
auto openFile(const std::string& path, const Read& read, const Check& check) {
    const Header h = readHeader(path);
    return openChecked(
        path, h, [&] { return readCheckedFile(path, h, read); }, check);
}

void checkDesignOf(const std::string& path, const Design& design) {
    checkDesign(design, Catalog::builtin(), path);
}

} // namespace

Design openProject(const std::string& path) {
    return openFile(
        path,
        [&](sqlite::Connection& db) {
            readVariantRows(db, path); // the variants' rows must be sound too
            return readDesignTables(db);
        },
        [&](const Design& d) { checkDesignOf(path, d); });
}

namespace {

// The design of a project held in memory (bytes), named where in messages; checkVariants(db)
// checks the variant rows before the design is read.
template <class CheckVariants>
Design openImage(const std::string& bytes, const std::string& where,
                 const CheckVariants& checkVariants) {
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const Header h = checkHeader(where, data, std::min<std::size_t>(bytes.size(), 100),
                                 static_cast<std::int64_t>(bytes.size()));
    return openChecked(
        where, h,
        [&] {
            return readCheckedBytes(bytes, where, h, [&](sqlite::Connection& db) {
                checkVariants(db);
                return readDesignTables(db);
            });
        },
        [&](const Design& d) { checkDesignOf(where, d); });
}

} // namespace

Design openProjectImage(const std::string& bytes, const std::string& name) {
    return openImage(bytes, name, [&](sqlite::Connection& db) { readVariantRows(db, name); });
}

// ---- Variants (schema 3) ----

Variant* Project::find(const std::string& name) {
    for (auto& v : variants)
        if (v.name == name)
            return &v;
    return nullptr;
}

const Variant* Project::find(const std::string& name) const {
    for (const auto& v : variants)
        if (v.name == name)
            return &v;
    return nullptr;
}

std::string Project::names() const {
    std::string out;
    for (const auto& v : variants)
        out += (out.empty() ? "" : ", ") + v.name;
    return out;
}

std::string variantNameProblem(const Project& project, const std::string& name) {
    if (const std::string p = nameProblem(name); !p.empty())
        return p;
    if (project.find(name))
        return "a variant named " + quotedValue(name) + " exists already";
    return {};
}

Design openVariantImage(const std::string& image, const std::string& path,
                        const std::string& name) {
    const std::string where = path + ": variant " + quotedValue(name);
    return openImage(image, where, [&](sqlite::Connection& db) {
        if (db.queryInt("SELECT count(*) FROM (SELECT 1 FROM variants LIMIT 1)") != 0)
            fail(where, "holds variants of its own (a variant is one design; nested variants "
                        "are not allowed)");
    });
}

namespace {

VariantListing readListing(const std::string& path) {
    return openFile(
        path, [&](sqlite::Connection& db) { return readVariantRows(db, path); },
        [](const VariantListing&) {});
}

// Reads one variant's image from the checked database.
std::string readImage(sqlite::Connection& db, const std::string& name) {
    sqlite::Statement st(db, "SELECT image FROM variants WHERE name = ?");
    st.bind(0, name);
    if (!st.step())
        throw sqlite::Error("variants: no row " + name, SQLITE_CORRUPT);
    const auto [data, bytes] = st.getBlob(0);
    return bytes ? std::string(static_cast<const char*>(data), bytes) : std::string();
}

[[noreturn]] void unknownVariant(const std::string& path, const std::string& name,
                                 const VariantListing& listing) {
    Project names;
    names.variants = listing.variants;
    fail(path, "no variant " + quotedValue(name) + " (the variants are: " + names.names() + ")");
}

} // namespace

VariantListing listVariants(const std::string& path) {
    return readListing(path);
}

Project openProjectFile(const std::string& path) {
    return openFile(
        path,
        [&](sqlite::Connection& db) {
            Project p;
            VariantListing l = readVariantRows(db, path);
            p.variants = std::move(l.variants);
            p.variants[0].design = readDesignTables(db);
            for (std::size_t i = 1; i < p.variants.size(); ++i)
                p.variants[i].image =
                    std::make_shared<const std::string>(readImage(db, p.variants[i].name));
            return p;
        },
        [&](const Project& p) { checkDesignOf(path, *p.variants[0].design); });
}

Design openProjectVariant(const std::string& path, const std::string& name) {
    // The listing and, for a variant other than the base, its image only.
    struct Read {
        VariantListing listing;
        std::optional<Design> base;
        std::string image;
        bool found = false;
    };
    Read r = openFile(
        path,
        [&](sqlite::Connection& db) {
            Read out;
            out.listing = readVariantRows(db, path);
            if (name.empty() || name == out.listing.variants[0].name) {
                out.base = readDesignTables(db);
                out.found = true;
            } else {
                for (const auto& v : out.listing.variants)
                    if (v.name == name) {
                        out.image = readImage(db, name);
                        out.found = true;
                    }
            }
            return out;
        },
        [&](const Read& read) {
            if (read.base)
                checkDesignOf(path, *read.base);
        });
    if (!r.found)
        unknownVariant(path, name, r.listing);
    if (r.base)
        return std::move(*r.base);
    return openVariantImage(r.image, path, name);
}

namespace {

// Writes a fresh database next to path through fill(db) (inside one transaction, after the
// schema is created) and renames it over path (atomic on POSIX).
template <typename Fill> void writeProjectFile(const std::string& path, Fill fill) {
    // 0. Temporary files of saves that were killed half-way (their process is gone).
    removeStaleTemporaries(path);
    // 1. A fresh file next to the target (same filesystem, so rename is atomic). O_EXCL makes
    //    the name ours; mode 0666 lets the umask decide the permissions, as for any new file.
    std::string tmp;
    for (int attempt = 0;; ++attempt) {
        tmp = temporaryNameFor(path, attempt);
        const int fd = ::open(tmp.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0666);
        if (fd >= 0) {
            ::close(fd);
            break;
        }
        if (errno != EEXIST || attempt > 100)
            fail(path, "cannot save: cannot create a file in " + directoryOf(path) + " (" +
                           errnoReason(errno) + ")");
    }
    try {
        {
            sqlite::Connection db(tmp, SQLITE_OPEN_READWRITE);
            configure(db);
            // The rename below is the commit point, so the temporary file needs no journal on
            // disk and no syncs of its own; it is fsynced once before the rename.
            // Nobody else may see it until then (exclusive lock), a failed save deletes it (no
            // rollback journal needed), and a 64 MiB page cache keeps a campus in memory.
            db.exec("PRAGMA locking_mode = EXCLUSIVE; PRAGMA journal_mode = OFF; "
                    "PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;");
            db.exec("BEGIN");
            createSchema(db);
            fill(db);
            db.exec("COMMIT");
            db.close();
        }
        const int fd = ::open(tmp.c_str(), O_RDWR | O_CLOEXEC);
        if (fd < 0 || ::fsync(fd) != 0) {
            const int err = errno;
            if (fd >= 0)
                ::close(fd);
            throw sqlite::Error(
                std::string("cannot sync the temporary file: ") + std::strerror(err), SQLITE_IOERR);
        }
        ::close(fd);
        if (::rename(tmp.c_str(), path.c_str()) != 0)
            throw sqlite::Error(std::string("cannot replace the file: ") + errnoReason(errno),
                                SQLITE_IOERR);
    } catch (const sqlite::Error& e) {
        removeTemporary(tmp);
        fail(path, std::string("cannot save: ") + e.what());
    } catch (...) {
        removeTemporary(tmp);
        throw;
    }
    // Make the rename itself durable.
    const int dir = ::open(directoryOf(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

} // namespace

void saveProject(const Design& design, const std::string& path) {
    writeProjectFile(path, [&](sqlite::Connection& db) { writeDesignTables(db, design); });
}

std::string designImage(const Design& design) {
    sqlite::Connection memory(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY);
    configure(memory);
    memory.exec("BEGIN");
    createSchema(memory);
    writeDesignTables(memory, design);
    memory.exec("COMMIT");
    sqlite3_int64 bytes = 0;
    unsigned char* data = sqlite3_serialize(memory.handle(), "main", &bytes, 0);
    if (!data)
        throw std::bad_alloc();
    std::string out(reinterpret_cast<const char*>(data), static_cast<std::size_t>(bytes));
    sqlite3_free(data);
    return out;
}

void saveProject(const Project& project, const std::string& path) {
    // Everything is checked before the temporary file is made.
    if (project.variants.empty() || !project.variants[0].design)
        fail(path, "cannot save: the project has no base design");
    if (project.variants.size() > kMaxVariants)
        fail(path, "cannot save: more than " + std::to_string(kMaxVariants) +
                       " variants (the limit of a project, the base included)");
    // Images of variants whose design changed, serialized once, outside the file's transaction.
    std::vector<std::shared_ptr<const std::string>> images(project.variants.size());
    std::set<std::string> names;
    for (std::size_t i = 0; i < project.variants.size(); ++i) {
        const Variant& v = project.variants[i];
        const std::string where = "cannot save: variant " + quotedValue(v.name) + ": ";
        if (const std::string p = nameProblem(v.name); !p.empty())
            fail(path, where + p);
        if (!names.insert(v.name).second)
            fail(path, where + "a variant of that name exists already");
        if (i == 0)
            continue;
        try {
            if (v.image)
                images[i] = v.image;
            else if (v.design)
                images[i] = std::make_shared<const std::string>(designImage(*v.design));
            else
                fail(path, where + "the variant has no design");
        } catch (const sqlite::Error& e) {
            fail(path, where + e.what());
        }
        if (images[i]->size() > std::size_t(kMaxVariantImageBytes))
            fail(path, where + "larger than " + std::to_string(kMaxVariantImageBytes) + " bytes");
    }
    writeProjectFile(path, [&](sqlite::Connection& db) {
        writeDesignTables(db, *project.variants[0].design);
        const Variant& base = project.variants[0];
        sqlite::Statement meta(db, "UPDATE meta SET base_variant_name = ?, "
                                   "base_variant_description = ?, base_variant_created_from = ?, "
                                   "base_variant_created_at = ? WHERE id = 1");
        meta.bind(0, base.name).bind(1, base.description).bind(2, base.createdFrom);
        meta.bind(3, base.createdAt).run();
        sqlite::Statement row(db, "INSERT INTO variants VALUES (?, ?, ?, ?, ?, ?)");
        for (std::size_t i = 1; i < project.variants.size(); ++i) {
            const Variant& v = project.variants[i];
            row.bind(0, v.name).bind(1, static_cast<std::int64_t>(i)).bind(2, v.description);
            row.bind(3, v.createdFrom).bind(4, v.createdAt);
            row.bindBlob(5, images[i]->data(), images[i]->size());
            row.run();
        }
    });
}

namespace {

// PRAGMA integrity_check (every page, every index entry; at most 100 problems) and the first
// dangling foreign key of an open database, each problem one line "<where>: <reason>".
void checkStorage(sqlite::Connection& db, const std::string& where,
                  std::vector<std::string>& problems) {
    configure(db);
    SqliteDeadline deadline(db, kOpenBudget);
    try {
        checkSchemaShape(db, where, true); // our tables only, before anything is run on them
        sqlite::Statement st(db, "PRAGMA integrity_check(100)");
        while (st.step()) {
            const std::string result = st.getText(0);
            if (result != "ok")
                problems.push_back(where + ": file is corrupted (" +
                                   escapeForMessage(oneLine(result), 300) + ")");
        }
        checkForeignKeys(db, where);
    } catch (const ProjectFileError& e) {
        problems.push_back(e.what());
    } catch (const sqlite::Error& e) {
        problems.push_back(
            where + ": " +
            ((e.code & 0xff) == SQLITE_INTERRUPT
                 ? "checking took longer than " + std::to_string(kOpenBudget.count() / 1000) + " s"
                 : sqliteReason(e)));
    }
}

} // namespace

std::vector<std::string> checkProjectFile(const std::string& path) {
    std::vector<std::string> problems;
    Project project;
    try {
        const Header h = readHeader(path);
        checkOurs(path, h);
        refuseCompanionFiles(path);
        {
            sqlite::Connection file(immutableUri(path), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
            checkStorage(file, path, problems);
        }
        project = openProjectFile(path);
    } catch (const ProjectFileError& e) {
        problems.push_back(e.what());
        return problems;
    } catch (const sqlite::Error& e) {
        problems.push_back(path + ": " + sqliteReason(e));
        return problems;
    }
    for (std::size_t i = 1; i < project.variants.size(); ++i) {
        const Variant& v = project.variants[i];
        const std::string where = path + ": variant " + quotedValue(v.name);
        try {
            const std::string& image = *v.image;
            {
                sqlite::Connection memory(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY);
                holdBytes(memory, image);
                checkStorage(memory, where, problems);
            }
            (void)openVariantImage(image, path, v.name);
        } catch (const ProjectFileError& e) {
            problems.push_back(e.what());
        } catch (const sqlite::Error& e) {
            problems.push_back(where + ": " + sqliteReason(e));
        } catch (const std::bad_alloc&) {
            problems.push_back(where + ": the variant does not fit in memory");
        }
    }
    return problems;
}

std::string todayIsoDate() {
    const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day ymd{days};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                  unsigned(ymd.day()));
    return text;
}

} // namespace aifp
