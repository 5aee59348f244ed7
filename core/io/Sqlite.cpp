#include "core/io/Sqlite.hpp"
#include <sqlite3.h>

namespace aifp::sqlite {

namespace {
[[noreturn]] void fail(sqlite3* db, int rc) {
    const int ext = db ? sqlite3_extended_errcode(db) : rc;
    std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    throw Error(msg, ext ? ext : rc);
}
} // namespace

bool Error::isCorruption() const {
    const int primary = code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

Connection::Connection(const std::string& path, int flags) {
    // A Connection is used by one thread at a time (it is not shared), so SQLite's per-call
    // connection mutex is pure overhead (~10 % of saving/opening a gigawatt campus, measured with
    // perf): open it in multi-thread mode.
    const int rc = sqlite3_open_v2(path.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const std::string msg = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        const int ext = db_ ? sqlite3_extended_errcode(db_) : rc;
        sqlite3_close(db_);
        db_ = nullptr;
        throw Error(msg, ext);
    }
    sqlite3_extended_result_codes(db_, 1);
}

Connection::~Connection() {
    if (db_)
        sqlite3_close_v2(db_);
}

void Connection::close() {
    if (!db_)
        return;
    const int rc = sqlite3_close(db_);
    if (rc != SQLITE_OK)
        fail(db_, rc);
    db_ = nullptr;
}

void Connection::exec(const std::string& sql) {
    char* err = nullptr;
    const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw Error(msg, sqlite3_extended_errcode(db_));
    }
}

std::int64_t Connection::queryInt(const std::string& sql) {
    Statement st(*this, sql);
    if (!st.step())
        throw Error("no result from: " + sql, SQLITE_ERROR);
    return st.getInt(0);
}

Statement::Statement(Connection& db, std::string_view sql) : db_(db) {
    const int rc = sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
    if (rc != SQLITE_OK)
        fail(db.handle(), rc);
}

Statement::~Statement() {
    sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, double v) {
    if (const int rc = sqlite3_bind_double(stmt_, index + 1, v); rc != SQLITE_OK)
        fail(db_.handle(), rc);
    return *this;
}

Statement& Statement::bind(int index, std::int64_t v) {
    if (const int rc = sqlite3_bind_int64(stmt_, index + 1, v); rc != SQLITE_OK)
        fail(db_.handle(), rc);
    return *this;
}

Statement& Statement::bind(int index, const std::string& v) {
    if (const int rc = sqlite3_bind_text64(stmt_, index + 1, v.data(), v.size(), SQLITE_TRANSIENT,
                                           SQLITE_UTF8);
        rc != SQLITE_OK)
        fail(db_.handle(), rc);
    return *this;
}

Statement& Statement::bindBlob(int index, const void* data, std::size_t bytes) {
    return bindBlob(index, data, bytes, false);
}

Statement& Statement::bindBlobUncopied(int index, const void* data, std::size_t bytes) {
    return bindBlob(index, data, bytes, true);
}

Statement& Statement::bindBlob(int index, const void* data, std::size_t bytes, bool uncopied) {
    // A null pointer would bind SQL NULL; an empty route is a zero-length blob.
    const int rc = bytes == 0 ? sqlite3_bind_zeroblob(stmt_, index + 1, 0)
                              : sqlite3_bind_blob64(stmt_, index + 1, data, bytes,
                                                    uncopied ? SQLITE_STATIC : SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(db_.handle(), rc);
    return *this;
}

Statement& Statement::bindNull(int index) {
    if (const int rc = sqlite3_bind_null(stmt_, index + 1); rc != SQLITE_OK)
        fail(db_.handle(), rc);
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(db_.handle(), rc);
}

void Statement::run() {
    try {
        while (step()) {
        }
    } catch (...) {
        sqlite3_reset(stmt_);
        throw;
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::isNull(int col) const {
    return sqlite3_column_type(stmt_, col) == SQLITE_NULL;
}
double Statement::getDouble(int col) const {
    return sqlite3_column_double(stmt_, col);
}
std::int64_t Statement::getInt(int col) const {
    return sqlite3_column_int64(stmt_, col);
}

std::string Statement::getText(int col) const {
    const auto* text = sqlite3_column_text(stmt_, col);
    const int n = sqlite3_column_bytes(stmt_, col);
    return text ? std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(n))
                : std::string();
}

std::pair<const void*, std::size_t> Statement::getBlob(int col) const {
    const void* p = sqlite3_column_blob(stmt_, col);
    const int n = sqlite3_column_bytes(stmt_, col);
    return {p, p ? static_cast<std::size_t>(n) : 0};
}

} // namespace aifp::sqlite
