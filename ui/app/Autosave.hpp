#pragma once
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>
#include <memory>

class QLockFile;

namespace aifp::ui {

class Document;

// Crash insurance for the open design. While the document has unsaved changes it is written to a
// recovery file of this session (never over the user's file) every few minutes and shortly after
// a large edit, through the project's atomic save (core/io/ProjectFile: a new file, then a
// rename; its side file "<recovery>.json" through the same atomic write), on a worker thread so
// the window never waits. A lock file marks the session alive; a
// recovery file whose session is gone (killed, crashed) is an orphan the next start offers back.
class Autosave : public QObject {
    Q_OBJECT
public:
    explicit Autosave(Document* document, QObject* parent = nullptr);
    ~Autosave() override;

    // Where recovery files live: $AIFP_RECOVERY_DIR when set (tests), otherwise
    // QStandardPaths::AppDataLocation + "/recovery".
    static QString recoveryDir();
    // This session's recovery file.
    QString recoveryPath() const { return path_; }
    int intervalMs() const { return timer_.interval(); }
    // Objects touched by one edit (or a whole new design) that trigger an autosave soon.
    static constexpr int kLargeEditObjects = 200;

    // Writes the recovery file now (in the background) when the document has unsaved changes.
    void saveNow();
    // Blocks until a background write has finished.
    void waitForIdle();
    // Removes this session's recovery file (the work is saved, or the user discarded it).
    void discard();

    struct Orphan {
        QString path;         // the recovery .aifp
        QString originalPath; // the user's file it belongs to; empty for an untitled design
        QDateTime savedAt;
    };
    // Recovery files left by sessions that are no longer running, newest first.
    static QList<Orphan> orphans();
    // Deletes a recovery file and its side files.
    static void removeRecovery(const QString& path);

signals:
    void saved(const QString& path);
    void failed(const QString& reason);

private:
    void onWritten(quint64 generation, const QString& error);

    Document* document_;
    QString path_;
    std::unique_ptr<QLockFile> lock_;
    QTimer timer_;
    QTimer soon_;
    QThreadPool pool_;
    int touchedSinceSave_ = 0;
    bool busy_ = false;
    bool again_ = false;
    quint64 generation_ = 0; // bumped by discard(): a write that finishes later is thrown away
};

} // namespace aifp::ui
