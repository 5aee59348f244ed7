#include "ui/app/Autosave.hpp"
#include "core/io/Project.hpp"
#include "core/io/ProjectFileGuard.hpp"
#include "ui/document/Document.hpp"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSettings>
#include <QStandardPaths>
#include <algorithm>

namespace aifp::ui {

namespace {

// Default period between autosaves. An assumption (what desktop CAD tools use: a few minutes),
// changed with the setting autosave/minutes; $AIFP_AUTOSAVE_SECONDS overrides it (tests).
constexpr int kDefaultMinutes = 3;
// Delay after a large edit, so a burst of edits is written once.
constexpr int kSoonMs = 2000;

QString sidePath(const QString& recovery, const char* suffix) {
    QString base = recovery;
    base.chop(5); // ".aifp"
    return base + suffix;
}

// The recovery file's side file: which file of the user it belongs to and when it was written.
// Written like every file of ours, through the one atomic write (core/io/ProjectFileGuard: a new
// file, fsync, rename), so a kill leaves the previous side file or the new one, never half.
constexpr const char* kInfoSuffix = ".json";
// Written by earlier versions (QSettings INI); removed with the recovery file.
constexpr const char* kLegacyInfoSuffix = ".ini";

void writeInfo(const QString& recovery, const QString& originalPath) {
    QJsonObject info;
    info.insert("originalPath", originalPath);
    info.insert("savedAt", QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    writeFileAtomically(sidePath(recovery, kInfoSuffix).toStdString(),
                        QJsonDocument(info).toJson().toStdString());
}

QJsonObject readInfo(const QString& recovery) {
    QFile f(sidePath(recovery, kInfoSuffix));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.read(1 << 20)).object();
}

} // namespace

QString Autosave::recoveryDir() {
    const QString env = qEnvironmentVariable("AIFP_RECOVERY_DIR");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/recovery";
}

Autosave::Autosave(Document* document, QObject* parent) : QObject(parent), document_(document) {
    pool_.setMaxThreadCount(1);
    const QString dir = recoveryDir();
    QDir().mkpath(dir);
    const QString stem = QString("%1/autosave-%2").arg(dir).arg(QCoreApplication::applicationPid());
    path_ = stem + ".aifp";
    lock_ = std::make_unique<QLockFile>(stem + ".lock");
    lock_->setStaleLockTime(0);
    lock_->tryLock(0); // marks this session alive; orphans() skips locked sessions

    int ms = QSettings().value("autosave/minutes", kDefaultMinutes).toInt() * 60 * 1000;
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("AIFP_AUTOSAVE_SECONDS", &ok);
    if (ok && seconds > 0)
        ms = seconds * 1000;
    timer_.setInterval(std::max(1000, ms));
    connect(&timer_, &QTimer::timeout, this, &Autosave::saveNow);
    timer_.start();
    soon_.setSingleShot(true);
    soon_.setInterval(std::min(kSoonMs, timer_.interval()));
    connect(&soon_, &QTimer::timeout, this, &Autosave::saveNow);

    connect(document_, &Document::changed, this, [this](const DesignChange& change) {
        if (document_->switchingVariant())
            return; // no design changed: the regular interval insures the switch
        touchedSinceSave_ += change.kind == DesignChange::Kind::Reset
                                 ? kLargeEditObjects
                                 : static_cast<int>(change.ids.size());
        if (touchedSinceSave_ >= kLargeEditObjects && document_->isModified() && !soon_.isActive())
            soon_.start();
    });
    connect(document_, &Document::modifiedChanged, this, [this](bool modified) {
        if (modified) {
            if (touchedSinceSave_ >= kLargeEditObjects && !soon_.isActive())
                soon_.start(); // a generated or templated design: insure it at once
        } else {
            discard(); // saved: nothing left to recover
        }
    });
}

Autosave::~Autosave() {
    pool_.waitForDone();
}

void Autosave::saveNow() {
    if (!document_->isModified())
        return;
    if (busy_) {
        again_ = true;
        return;
    }
    busy_ = true;
    touchedSinceSave_ = 0;
    // A copy: the worker writes it while the user keeps editing.
    // The file's other variants are shared bytes, not copied.
    auto project = std::make_shared<Project>(document_->project());
    const QString path = path_;
    const QString original = document_->filePath();
    const quint64 generation = generation_;
    pool_.start([this, project, path, original, generation] {
        QString error;
        try {
            saveProject(*project, path.toStdString());
            writeInfo(path, original);
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(
            this, [this, generation, error] { onWritten(generation, error); },
            Qt::QueuedConnection);
    });
}

void Autosave::onWritten(quint64 generation, const QString& error) {
    busy_ = false;
    if (generation != generation_) {
        removeRecovery(path_); // discarded while writing
    } else if (!error.isEmpty()) {
        emit failed(error);
    } else {
        emit saved(path_);
    }
    if (again_) {
        again_ = false;
        saveNow();
    }
}

void Autosave::waitForIdle() {
    pool_.waitForDone();
    QCoreApplication::sendPostedEvents(this);
}

void Autosave::discard() {
    ++generation_; // a write still running is thrown away when it reports
    again_ = false;
    soon_.stop();
    pool_.waitForDone(); // let it finish first, so the file is gone now, not later
    removeRecovery(path_);
}

void Autosave::removeRecovery(const QString& path) {
    QFile::remove(path);
    QFile::remove(sidePath(path, kInfoSuffix));
    QFile::remove(sidePath(path, kLegacyInfoSuffix));
}

QList<Autosave::Orphan> Autosave::orphans() {
    QList<Orphan> out;
    const QDir dir(recoveryDir());
    for (const QFileInfo& fi : dir.entryInfoList({"autosave-*.aifp"}, QDir::Files)) {
        const QString lockPath = sidePath(fi.absoluteFilePath(), ".lock");
        QLockFile lock(lockPath);
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // its session still runs
        lock.unlock();
        Orphan o;
        o.path = fi.absoluteFilePath();
        const QJsonObject info = readInfo(o.path);
        o.originalPath = info.value("originalPath").toString();
        o.savedAt = QDateTime::fromString(info.value("savedAt").toString(), Qt::ISODate);
        if (!o.savedAt.isValid())
            o.savedAt = fi.lastModified();
        out.push_back(o);
    }
    std::sort(out.begin(), out.end(),
              [](const Orphan& a, const Orphan& b) { return a.savedAt > b.savedAt; });
    return out;
}

} // namespace aifp::ui
