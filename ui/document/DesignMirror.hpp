#pragma once
#include "core/model/Design.hpp"
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace aifp {
struct DesignPatch;
} // namespace aifp

namespace aifp::ui {

// The design as background jobs read it: called on any thread, returns the design with every
// edit made before the source was taken (or a later state: a job that runs late sees the newer
// design, and the newer edits' own requests follow it). Null when the document is gone.
using DesignSource = std::function<std::shared_ptr<const Design>()>;

// A second copy of the document's active design, kept on a thread of its own and updated there
// by the same patches as the document's, so that validation, estimates and schedule share one
// immutable snapshot of it and the GUI thread never copies the whole design for them. When a job
// still holds the snapshot that an edit would change, the mirror copies it first, on its own
// thread (copy on write); otherwise edits are applied in place.
class DesignMirror {
public:
    DesignMirror();
    ~DesignMirror();
    DesignMirror(const DesignMirror&) = delete;
    DesignMirror& operator=(const DesignMirror&) = delete;

    // A new design (opened, new, a variant switched to): copied on the mirror's thread; `from`
    // must stay unchanged while it is held (the document copies on write).
    void reset(std::shared_ptr<const Design> from);
    // The document's edit, applied to the mirror in the order posted.
    void apply(std::shared_ptr<const DesignPatch> patch, bool forward);
    // The number of resets and edits posted so far (a source for "now").
    std::uint64_t posted() const { return posted_; }
    // Waits (any thread but the mirror's) until the mirror holds state `version` or a later one
    // and returns it; null once the mirror stops.
    std::shared_ptr<const Design> at(std::uint64_t version) const;
    // How many times an edit found the mirror's design held by a job and copied it (mirror
    // thread): diagnostics for the edit benchmark.
    std::uint64_t copies() const;

private:
    void post(std::function<void()> task);
    void run();

    mutable std::mutex mutex_;
    mutable std::condition_variable published_;
    std::condition_variable queued_;
    std::deque<std::function<void()>> tasks_;
    bool stopping_ = false;
    std::shared_ptr<Design> current_; // null while an edit is applied in place
    std::uint64_t applied_ = 0;       // the state current_ holds
    std::uint64_t posted_ = 0;        // GUI thread only
    std::uint64_t copies_ = 0;
    std::thread thread_;
};

// The document's design as a source for background jobs (see DesignSource).
DesignSource designSource(const std::shared_ptr<DesignMirror>& mirror);

} // namespace aifp::ui
