#include "core/io/ProjectFileGuard.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/io/Schema.hpp"
#include "core/util/MessageText.hpp"
#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <map>
#include <set>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace aifp {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& reason) {
    throw ProjectFileError(path + ": " + reason);
}

std::string kindOf(mode_t mode) {
    if (S_ISDIR(mode))
        return "is a directory";
    if (S_ISFIFO(mode))
        return "is a pipe (FIFO)";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "is a device";
    if (S_ISSOCK(mode))
        return "is a socket";
    return "is not a regular file";
}

// Opens path for reading without blocking (a FIFO would block open(2) until a writer comes) and
// checks, on the opened descriptor, that it is a regular file.
int openRegular(const std::string& path, struct stat& st) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        fail(path, errnoReason(errno));
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        fail(path, errnoReason(err));
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        fail(path, kindOf(st.st_mode) + ", not a file that can be read");
    }
    return fd;
}

std::string directoryOf(const std::string& path) {
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string baseNameOf(const std::string& path) {
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The shape of every table of the current schema, from a fresh in-memory database.
struct TableShape {
    std::string columns; // "name type notnull default pk hidden" per column
    std::string flags;   // "strict=1 wr=0"
};

std::string columnsOf(sqlite::Connection& db, const std::string& table) {
    // PRAGMA table_xinfo takes no bound parameters; table names come from sqlite_schema and are
    // quoted as SQL identifiers.
    std::string ident = "\"";
    for (char c : table)
        ident += c == '"' ? std::string("\"\"") : std::string(1, c);
    ident += "\"";
    sqlite::Statement st(db, "PRAGMA main.table_xinfo(" + ident + ")");
    std::string out;
    while (st.step()) {
        out += st.getText(1) + " " + st.getText(2) + " " + std::to_string(st.getInt(3)) + " " +
               (st.isNull(4) ? std::string("-") : st.getText(4)) + " " +
               std::to_string(st.getInt(5)) + " " + std::to_string(st.getInt(6)) + "; ";
    }
    return out;
}

std::map<std::string, TableShape> shapeOf(sqlite::Connection& db) {
    std::map<std::string, TableShape> out;
    sqlite::Statement st(db, "PRAGMA main.table_list");
    std::vector<std::pair<std::string, std::string>> tables;
    while (st.step()) {
        const std::string name = st.getText(1);
        if (name.rfind("sqlite_", 0) == 0)
            continue; // sqlite_schema itself
        tables.emplace_back(name, "type=" + st.getText(2) + " wr=" + std::to_string(st.getInt(4)) +
                                      " strict=" + std::to_string(st.getInt(5)));
    }
    for (const auto& [name, flags] : tables)
        out[name] = TableShape{columnsOf(db, name), flags};
    return out;
}

const std::map<std::string, TableShape>& expectedShape() {
    static const std::map<std::string, TableShape> shape = [] {
        sqlite::Connection memory(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY);
        createSchema(memory);
        return shapeOf(memory);
    }();
    return shape;
}

// The tables of every schema this program reads, the current one and the older ones (a table an
// older schema had, such as network_links before schema 6, is known in a file before migration).
const std::set<std::string>& tablesOfAnySchema() {
    static const std::set<std::string> names = [] {
        std::set<std::string> out;
        for (const auto& [name, shape] : expectedShape())
            out.insert(name);
        sqlite::Connection memory(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY);
        createSchemaVersion1(memory);
        auto collect = [&] {
            sqlite::Statement st(memory,
                                 "SELECT name FROM main.sqlite_schema WHERE type = 'table'");
            while (st.step())
                out.insert(st.getText(0));
        };
        collect();
        for (const SchemaMigration& step : schemaMigrations()) {
            step.apply(memory);
            collect();
        }
        return out;
    }();
    return names;
}

} // namespace

std::string errnoReason(int err) {
    switch (err) {
    case ENOENT:
        return "no such file";
    case EACCES:
    case EPERM:
        return "permission denied";
    case EISDIR:
        return "is a directory";
    default:
        return std::strerror(err);
    }
}

std::int64_t requireRegularFile(const std::string& path) {
    struct stat st {};
    const int fd = openRegular(path, st);
    ::close(fd);
    return static_cast<std::int64_t>(st.st_size);
}

std::string readRegularFile(const std::string& path, std::int64_t maxBytes) {
    struct stat st {};
    const int fd = openRegular(path, st);
    if (st.st_size > maxBytes) {
        ::close(fd);
        fail(path, "file is too large (" + std::to_string(st.st_size) + " bytes; the limit is " +
                       std::to_string(maxBytes) + ")");
    }
    std::string text;
    text.resize(static_cast<std::size_t>(st.st_size));
    std::size_t got = 0;
    for (;;) {
        if (got == text.size()) {
            // The file may have grown since fstat: read on, up to the limit.
            if (static_cast<std::int64_t>(text.size()) >= maxBytes + 1)
                break;
            text.resize(
                std::min<std::size_t>(text.size() + 65536, static_cast<std::size_t>(maxBytes) + 1));
        }
        const ssize_t n = ::read(fd, text.data() + got, text.size() - got);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            fail(path, "cannot read (" + errnoReason(err) + ")");
        }
        if (n == 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    text.resize(got);
    if (static_cast<std::int64_t>(got) > maxBytes)
        fail(path, "file is too large (more than " + std::to_string(maxBytes) + " bytes)");
    return text;
}

// (aifp::fail below: inside a stream, plain fail would name std::ios::fail.)
RegularFileStream::Buffer::Buffer(const std::string& path, std::int64_t maxBytes)
    : path_(path), maxBytes_(maxBytes), chunk_(1 << 16) {
    struct stat st {};
    fd_ = openRegular(path, st);
    if (st.st_size > maxBytes) {
        ::close(fd_);
        aifp::fail(path, "file is too large (" + std::to_string(st.st_size) +
                             " bytes; the limit is " + std::to_string(maxBytes) + ")");
    }
}

RegularFileStream::Buffer::~Buffer() {
    ::close(fd_);
}

RegularFileStream::Buffer::int_type RegularFileStream::Buffer::underflow() {
    if (gptr() < egptr())
        return traits_type::to_int_type(*gptr());
    for (;;) {
        const ssize_t n = ::read(fd_, chunk_.data(), chunk_.size());
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n < 0)
            aifp::fail(path_, "cannot read (" + errnoReason(errno) + ")");
        if (n == 0)
            return traits_type::eof();
        read_ += n;
        // The file may have grown since fstat: the limit holds all the same.
        if (read_ > maxBytes_)
            aifp::fail(path_,
                       "file is too large (more than " + std::to_string(maxBytes_) + " bytes)");
        setg(chunk_.data(), chunk_.data(), chunk_.data() + n);
        return traits_type::to_int_type(*gptr());
    }
}

RegularFileStream::RegularFileStream(const std::string& path, std::int64_t maxBytes)
    : std::istream(nullptr), buffer_(path, maxBytes) {
    rdbuf(&buffer_);
    exceptions(std::ios::badbit); // the buffer's ProjectFileError comes through
}

RegularFileStream::~RegularFileStream() = default;

void refuseCompanionFiles(const std::string& path) {
    struct stat st {};
    const std::string journal = path + "-journal";
    if (::lstat(journal.c_str(), &st) == 0 && st.st_size > 0) {
        // A journal is "hot" (an interrupted write to roll back) when its header is not zeroed
        // (https://www.sqlite.org/fileformat.html, section 4.1: magic d9 d5 05 f9 20 a1 63 d7).
        static const unsigned char kMagic[8] = {0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7};
        unsigned char head[8] = {};
        bool hot = !S_ISREG(st.st_mode);
        if (!hot) {
            const int fd = ::open(journal.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
            if (fd >= 0) {
                hot = ::read(fd, head, sizeof head) == 8 && std::memcmp(head, kMagic, 8) == 0;
                ::close(fd);
            }
        }
        if (hot)
            fail(path, "another program was changing this file and did not finish (its "
                       "rollback journal " +
                           quotedValue(baseNameOf(journal)) +
                           " is next to it); nothing was read: open the file once in that "
                           "program (or the sqlite3 tool) to roll the change back, then retry");
    }
    const std::string wal = path + "-wal";
    if (::lstat(wal.c_str(), &st) == 0 && st.st_size > 0)
        fail(path, "another program has this file open in write-ahead-log mode, or stopped while "
                   "writing it (" +
                       quotedValue(baseNameOf(wal)) +
                       " is next to it); nothing was read: close that program (or open and close "
                       "the file in it so it writes the log back), then retry");
}

std::string immutableUri(const std::string& path) {
    // RFC 3986 percent-encoding of everything but unreserved characters and '/'.
    std::string uri = "file:";
    if (!path.empty() && path[0] == '/')
        uri += "//";
    for (unsigned char c : path) {
        if (std::isalnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
            uri += static_cast<char>(c);
        } else {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            uri += buf;
        }
    }
    return uri + "?immutable=1";
}

void checkSchemaShape(sqlite::Connection& db, const std::string& path, bool knownTablesOnly) {
    const auto& expected = expectedShape();
    // Before a migration, a table of an older schema is known too.
    auto isKnown = [&](const std::string& t) {
        return knownTablesOnly ? tablesOfAnySchema().count(t) != 0 : expected.count(t) != 0;
    };
    {
        sqlite::Statement st(db, "SELECT type, name, tbl_name FROM main.sqlite_schema");
        while (st.step()) {
            const std::string type = st.getText(0);
            const std::string name = st.getText(1);
            const std::string table = st.getText(2);
            if (type == "table") {
                if (!isKnown(name))
                    fail(path, "not an AI Factory Planner project (unexpected table " +
                                   quotedValue(name) + ")");
            } else if (type == "index") {
                if (name.rfind("sqlite_autoindex_" + table + "_", 0) != 0 || !isKnown(table))
                    fail(path, "not an AI Factory Planner project (unexpected index " +
                                   quotedValue(name) + ")");
            } else {
                fail(path, "not an AI Factory Planner project (unexpected " +
                               escapeForMessage(type) + " " + quotedValue(name) +
                               "; a project has tables only)");
            }
        }
    }
    if (knownTablesOnly)
        return;
    const auto actual = shapeOf(db);
    for (const auto& [name, shape] : expected) {
        auto it = actual.find(name);
        if (it == actual.end())
            fail(path, "not a complete project (table " + quotedValue(name) + " is missing)");
        if (it->second.flags != shape.flags || it->second.columns != shape.columns)
            fail(path, "table " + quotedValue(name) +
                           " does not have the columns of this schema version (the file was "
                           "changed by another program)");
    }
}

void checkForeignKeys(sqlite::Connection& db, const std::string& path) {
    sqlite::Statement st(db, "PRAGMA main.foreign_key_check");
    if (!st.step())
        return;
    const std::string table = st.getText(0);
    const bool hasRow = !st.isNull(1);
    const std::int64_t rowid = st.getInt(1);
    const std::string parent = st.getText(2);
    const std::int64_t fkid = st.getInt(3);
    std::string column = "?";
    {
        std::string ident = "\"";
        for (char c : table)
            ident += c == '"' ? std::string("\"\"") : std::string(1, c);
        ident += "\"";
        sqlite::Statement fk(db, "PRAGMA main.foreign_key_list(" + ident + ")");
        while (fk.step())
            if (fk.getInt(0) == fkid)
                column = fk.getText(3);
    }
    fail(path, "table " + table + (hasRow ? ", id " + std::to_string(rowid) : std::string()) +
                   ": " + column + " refers to no row of " + parent);
}

SqliteDeadline::SqliteDeadline(sqlite::Connection& db, std::chrono::milliseconds budget)
    : db_(db), deadline_(std::chrono::steady_clock::now() + budget) {
    // Called every 10,000 virtual machine instructions (a few hundred microseconds).
    sqlite3_progress_handler(db_.handle(), 10000, &SqliteDeadline::tick, this);
}

SqliteDeadline::~SqliteDeadline() {
    sqlite3_progress_handler(db_.handle(), 0, nullptr, nullptr);
}

int SqliteDeadline::tick(void* self) {
    auto* d = static_cast<SqliteDeadline*>(self);
    if (std::chrono::steady_clock::now() > d->deadline_)
        d->expired_ = true;
    return d->expired_ ? 1 : 0;
}

std::string temporaryNameFor(const std::string& target, int attempt) {
    static std::atomic<unsigned> counter{0};
    const auto ticks = std::chrono::steady_clock::now().time_since_epoch().count();
    char suffix[80];
    std::snprintf(suffix, sizeof suffix, ".tmp-%ld-%u-%llx-%d", static_cast<long>(::getpid()),
                  counter++, static_cast<unsigned long long>(ticks) & 0xffffffull, attempt);
    return target + suffix;
}

namespace {

// The pid of a name "<base>.tmp-<pid>-<n>-<hex>-<attempt>[-journal]", or -1.
long temporaryPid(const std::string& name, const std::string& base) {
    const std::string prefix = base + ".tmp-";
    if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0)
        return -1;
    std::string rest = name.substr(prefix.size());
    const std::string journal = "-journal";
    if (rest.size() > journal.size() &&
        rest.compare(rest.size() - journal.size(), journal.size(), journal) == 0)
        rest.resize(rest.size() - journal.size());
    // Four fields separated by '-': decimal, decimal, hex, decimal.
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        const auto dash = rest.find('-', start);
        parts.push_back(rest.substr(start, dash - start));
        if (dash == std::string::npos)
            break;
        start = dash + 1;
    }
    if (parts.size() != 4)
        return -1;
    for (std::size_t i = 0; i < 4; ++i) {
        if (parts[i].empty() || parts[i].size() > 18)
            return -1;
        for (char c : parts[i])
            if (!(std::isdigit(static_cast<unsigned char>(c)) || (i == 2 && c >= 'a' && c <= 'f')))
                return -1;
    }
    return std::stol(parts[0]);
}

} // namespace

int removeStaleTemporaries(const std::string& target) {
    const std::string dir = directoryOf(target);
    const std::string base = baseNameOf(target);
    DIR* d = ::opendir(dir.c_str());
    if (!d)
        return 0;
    std::vector<std::string> stale;
    while (const dirent* e = ::readdir(d)) {
        const std::string name = e->d_name;
        const long pid = temporaryPid(name, base);
        if (pid <= 0 || pid == static_cast<long>(::getpid()))
            continue;
        if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH)
            continue; // the process exists (or belongs to someone else): maybe still saving
        stale.push_back(dir + "/" + name);
    }
    ::closedir(d);
    int removed = 0;
    for (const auto& file : stale) {
        struct stat st {};
        if (::lstat(file.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::unlink(file.c_str()) == 0)
            ++removed;
    }
    return removed;
}

namespace {

// Writes to a file descriptor in chunks; a failed write(2) throws ProjectFileError naming path.
class FdWriteBuffer : public std::streambuf {
public:
    FdWriteBuffer(int fd, const std::string& path) : fd_(fd), path_(path), chunk_(1 << 16) {
        setp(chunk_.data(), chunk_.data() + chunk_.size());
    }

protected:
    int_type overflow(int_type c) override {
        drain();
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }
    int sync() override {
        drain();
        return 0;
    }

private:
    void drain() {
        const char* p = pbase();
        std::size_t left = static_cast<std::size_t>(pptr() - pbase());
        while (left > 0) {
            const ssize_t n = ::write(fd_, p, left);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                fail(path_, "cannot write (" + errnoReason(n < 0 ? errno : EIO) + ")");
            p += n;
            left -= static_cast<std::size_t>(n);
        }
        setp(chunk_.data(), chunk_.data() + chunk_.size());
    }

    int fd_;
    std::string path_;
    std::vector<char> chunk_;
};

} // namespace

void writeFileAtomically(const std::string& path, const std::string& bytes) {
    writeFileAtomically(path, [&](std::ostream& out) {
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    });
}

void writeFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
    removeStaleTemporaries(path);
    std::string tmp;
    int fd = -1;
    for (int attempt = 0;; ++attempt) {
        tmp = temporaryNameFor(path, attempt);
        fd = ::open(tmp.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0666);
        if (fd >= 0)
            break;
        if (errno != EEXIST || attempt > 100)
            fail(path, "cannot write: cannot create a file in " + directoryOf(path) + " (" +
                           errnoReason(errno) + ")");
    }
    try {
        FdWriteBuffer buffer(fd, path);
        std::ostream out(&buffer);
        out.exceptions(std::ios::badbit); // the buffer's ProjectFileError comes through
        write(out);
        out.flush();
    } catch (...) {
        ::close(fd);
        ::unlink(tmp.c_str());
        throw;
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        fail(path, "cannot write (" + errnoReason(err) + ")");
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        fail(path, "cannot replace the file (" + errnoReason(err) + ")");
    }
    const int dirFd = ::open(directoryOf(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
}

bool sameFile(const std::string& a, const std::string& b) {
    struct stat sa {
    }, sb{};
    if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

} // namespace aifp
