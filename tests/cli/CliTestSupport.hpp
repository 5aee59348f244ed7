#pragma once
// What the command-line tests share: running the real aifp-cli (or another program such as
// pdftotext) and reading what it wrote. Every test under tests/cli is compiled with
// AIFP_CLI_PATH and the other path definitions (tests/CMakeLists.txt).
#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <sqlite3.h>

namespace aifp::clitest {

// What a program did: its exit code (-1 when it crashed or did not finish in time), its standard
// output as text and as the bytes it wrote (for byte-for-byte comparisons), its standard error.
struct Result {
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray outBytes;
};

// Runs program with args in env and waits for it, at most 300 s times AIFP_TEST_TIME_SCALE (a
// 1 GW report takes tens of seconds on a loaded 2-core machine, minutes under ASan: the asan test
// preset sets the scale to 5; the limit only stops a hang).
inline int processTimeoutMs() {
    const int scale = qEnvironmentVariableIntValue("AIFP_TEST_TIME_SCALE");
    return 300000 * (scale > 1 ? scale : 1);
}

inline Result runTool(const QString& program, const QStringList& args,
                      const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(processTimeoutMs())) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    Result r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.outBytes = p.readAllStandardOutput();
    r.out = QString::fromUtf8(r.outBytes);
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// The aifp-cli of this build.
inline Result runCli(const QStringList& args,
                     const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    return runTool(QStringLiteral(AIFP_CLI_PATH), args, env);
}

// This process's environment with the names in unset removed, then each "NAME=value" of set
// added (or replaced): {"LC_ALL=de_DE.UTF-8"}.
inline QProcessEnvironment environmentWith(const QStringList& set, const QStringList& unset = {}) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : unset)
        env.remove(name);
    for (const QString& kv : set)
        env.insert(kv.section('=', 0, 0), kv.section('=', 1));
    return env;
}

inline QJsonObject jsonOf(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

inline QJsonObject jsonOf(const Result& r) {
    return QJsonDocument::fromJson(r.outBytes).object();
}

// The file's bytes; empty when it cannot be read.
inline QByteArray readBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// SHA-256 of the file (empty when it cannot be read): a file a command must not touch keeps it.
inline QByteArray fileHash(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

// A variant's stored image in a project file (table variants), read with SQLite directly;
// empty when there is none.
inline QByteArray storedImage(const QString& path, const QString& name) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "SELECT image FROM variants WHERE name = ?", -1, &st, nullptr);
    const QByteArray n = name.toUtf8();
    sqlite3_bind_text(st, 1, n.constData(), int(n.size()), SQLITE_TRANSIENT);
    QByteArray out;
    if (sqlite3_step(st) == SQLITE_ROW)
        out = QByteArray(static_cast<const char*>(sqlite3_column_blob(st, 0)),
                         sqlite3_column_bytes(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

} // namespace aifp::clitest
