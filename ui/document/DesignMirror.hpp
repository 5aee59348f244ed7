#pragma once
#include "core/model/Design.hpp"
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

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
// immutable snapshot of it and the GUI thread never copies the whole design for them.
//
// Jobs that run long (estimate, schedule, and the copies of Sensitivity and Compare) read a
// spare design of the same state instead of the published one (forJob, jobDesignSource), so an
// edit finds the published design free and applies it in place: validation then reads the same
// design object again and keeps what it knows of it (core/validation/Validator.cpp: 0.4 ms for a
// 1 GW move instead of 22 ms). When a job still holds the published design (validation of the
// edit before, during a drag), the edit is applied to a spare design instead, which is then
// published, and the held one becomes a spare once its jobs let it go: a swap, not a copy of the
// whole design (about 25 ms at 1 GW) before the edit can be validated. A spare is a design of this
// mirror's own, never handed out, brought up to date with the patches made since its state (kept in
// a log) on the mirror's thread when it has nothing else to do. The first spare after a reset is a
// copy, also made when idle. Only when every design of the mirror is held does an edit copy the
// published one (copies()); the extra design that makes stays as a second spare until the edits
// pause (DesignMirror.cpp).
//
// Why it is race-free: designs are changed only on the mirror's thread, and only one that no
// other thread holds. The published design is handed out by at() under mutex_, and the mirror
// takes it back for an edit under that mutex only when its use count is 1 (no job has it, and
// none can get it before the edit is published); a spare is never handed out, so once its use
// count is 1 no other thread can reach it. The use count is read relaxed, then an acquire fence
// pairs with the release of the jobs' last reference, so their reads of that design happen
// before the mirror writes it.
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
    // The same state for a job that runs long (estimate, schedule): a design of the mirror's
    // other than the published one (a spare brought up to date, shared by the jobs of one
    // state; a copy only when every spare is held), so that a job never holds the published
    // design when the next edit comes and that edit is applied in place, to the design object
    // validation knows. Any thread but the mirror's; null once the mirror stops.
    std::shared_ptr<const Design> forJob(std::uint64_t version);
    // How many times an edit found the published design and every spare held by jobs and so
    // copied the design before applying the edit (mirror thread): diagnostics for the edit
    // benchmark. The spare's copy after a reset, made when idle, is not counted.
    std::uint64_t copies() const;
    // Waits (any thread but the mirror's) until every reset and edit posted so far is applied
    // and the mirror has nothing left to do for its spares now (tests: a spare is then ready
    // for the next edit unless jobs hold them all).
    void waitUntilIdle() const;

private:
    // A design of the mirror's own that is not published: a spare once no job holds it.
    struct Kept {
        std::shared_ptr<Design> design;
        std::uint64_t version = 0; // the state it holds
    };
    // An edit applied to the published design, kept while a kept design may still need it.
    struct Logged {
        std::uint64_t version = 0; // the state it makes
        std::shared_ptr<const DesignPatch> patch;
        bool forward = true;
    };

    void post(std::function<void()> task);
    void run();
    // Mirror thread: the freshest kept design no job holds, brought to state `version` with the
    // log, taken out of kept_; null when every kept design is held.
    std::shared_ptr<Design> takeSpare(std::uint64_t version);
    // Mirror thread: applies the logged edits after kept's state up to `version`; false when
    // the log does not lead there.
    bool catchUp(Kept& kept, std::uint64_t version) const;
    // Mirror thread: a kept design is still held by a job, or more spares than needed linger
    // (the mirror then looks again soon).
    bool mayTidyLater() const;
    // Mirror thread, between tasks: one step of keeping a spare ready (dropping a spare too
    // many, bringing one up to date, or copying one after a reset); false when nothing is left.
    bool tidyStep();

    mutable std::mutex mutex_;
    mutable std::condition_variable published_;
    std::condition_variable queued_;
    std::deque<std::function<void()>> tasks_;
    bool stopping_ = false;
    bool idle_ = false;               // nothing queued, nothing to tidy now
    std::shared_ptr<Design> current_; // null while an edit is applied in place
    std::uint64_t applied_ = 0;       // the state current_ holds
    std::uint64_t posted_ = 0;        // GUI thread only
    std::uint64_t copies_ = 0;
    // Mirror thread only: designs once published (held by jobs, or spares) and the edits made
    // since the oldest of them.
    std::vector<Kept> kept_;
    std::deque<Logged> log_;
    std::chrono::steady_clock::time_point lastEdit_;
    std::thread thread_;
};

// The document's design as a source for background jobs (see DesignSource).
DesignSource designSource(const std::shared_ptr<DesignMirror>& mirror);
// A source made by designSource as a long job reads it (DesignMirror::forJob); any other source
// as it is.
DesignSource jobDesignSource(DesignSource source);

} // namespace aifp::ui
