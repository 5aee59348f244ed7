#include "ui/document/DesignMirror.hpp"
#include "core/model/DesignPatch.hpp"
#include <algorithm>
#include <atomic>
#include <chrono>
#include <future>

namespace aifp::ui {

namespace {
// Spares kept ready beside the published design while no edit comes. Assumption: one covers the
// jobs of the edit before (its estimate and schedule read the same snapshot); each more costs a
// whole design of memory (about 50 MB at 1 GW, measured by the edit benchmark's peak RSS).
constexpr std::size_t kSpares = 1;
// More spares are kept while edits come: when the jobs of two edits hold two designs (a loaded
// machine, where an estimate outlasts the next move), the edit after them copied one and it
// stays until the edits pause this long. Assumption: a five-second pause ends a burst of moves.
constexpr std::chrono::seconds kExtraSpareLinger{5};
// While jobs hold designs of the mirror's, or extra spares linger, it looks this often whether
// one was let go (to bring it up to date, or to free it, before the next edit needs it).
// Assumption: an architect takes the next rack a few tenths of a second after a move at the
// earliest.
constexpr std::chrono::milliseconds kPoll{50};

// True when the only reference to `design` is the caller's: no other thread has it, and what
// those that had it read happened before this returns (the acquire fence pairs with the release
// in their last reference's decrement, read here by the relaxed use_count()). ThreadSanitizer
// does not model standalone fences (GCC's -Wtsan says so) and reports these writes as races;
// told the fence's acquire (__tsan_acquire on the count), a stress run of 400 edits under three
// reading threads reported none.
bool unshared(const std::shared_ptr<Design>& design) {
    if (design.use_count() != 1)
        return false;
    std::atomic_thread_fence(std::memory_order_acquire);
    return true;
}
} // namespace

DesignMirror::DesignMirror() : thread_([this] { run(); }) {}

DesignMirror::~DesignMirror() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    queued_.notify_all();
    published_.notify_all();
    thread_.join();
}

void DesignMirror::post(std::function<void()> task) {
    {
        std::lock_guard lock(mutex_);
        tasks_.push_back(std::move(task));
        idle_ = false;
    }
    queued_.notify_one();
}

void DesignMirror::reset(std::shared_ptr<const Design> from) {
    const std::uint64_t version = ++posted_;
    post([this, from = std::move(from), version]() mutable {
        auto copy = std::make_shared<Design>(*from);
        from.reset();
        {
            std::lock_guard lock(mutex_);
            std::swap(current_, copy);
            applied_ = version;
        }
        published_.notify_all();
        copy.reset();  // the old design, unless a job still holds it
        kept_.clear(); // of the old design: no patch leads from them to the new one
        log_.clear();
    });
}

void DesignMirror::apply(std::shared_ptr<const DesignPatch> patch, bool forward) {
    const std::uint64_t version = ++posted_;
    post([this, patch = std::move(patch), forward, version] {
        std::shared_ptr<Design> work;
        std::shared_ptr<Design> held;
        std::uint64_t heldVersion = 0;
        {
            std::lock_guard lock(mutex_);
            if (current_ && unshared(current_))
                work = std::move(current_); // no job holds it: edited in place, unpublished
            else {
                held = current_;
                heldVersion = applied_;
            }
        }
        // A swap publishes another design object: validation then cannot reuse what it kept
        // for the one before (core/validation/Validator.cpp keeps it per object; 22 ms against
        // 0.4 ms for a 1 GW move, docs/performance.md), as after a copy; long jobs read spares
        // (forJob) so that this stays rare.
        bool copied = false;
        if (held) {
            work = takeSpare(heldVersion);
            if (!work) {
                work = std::make_shared<Design>(*held);
                copied = true;
            }
            kept_.push_back({std::move(held), heldVersion}); // a spare once its jobs let it go
        } else if (!work) {
            work = std::make_shared<Design>(); // an edit before any design: as the document's
        }
        patch->apply(*work, forward);
        lastEdit_ = std::chrono::steady_clock::now();
        {
            std::lock_guard lock(mutex_);
            current_ = std::move(work);
            applied_ = version;
            if (copied)
                ++copies_;
        }
        published_.notify_all();
        if (!kept_.empty())
            log_.push_back({version, patch, forward});
    });
}

bool DesignMirror::catchUp(Kept& kept, std::uint64_t version) const {
    for (const Logged& edit : log_) {
        if (edit.version <= kept.version)
            continue;
        if (edit.version != kept.version + 1 || edit.version > version)
            break;
        edit.patch->apply(*kept.design, edit.forward);
        kept.version = edit.version;
    }
    // The log holds every edit since the oldest kept design; a gap would be a mirror bug.
    return kept.version == version;
}

std::shared_ptr<Design> DesignMirror::takeSpare(std::uint64_t version) {
    auto best = kept_.end();
    for (auto it = kept_.begin(); it != kept_.end(); ++it)
        if ((best == kept_.end() || it->version > best->version) && unshared(it->design))
            best = it;
    if (best == kept_.end())
        return nullptr;
    Kept spare = std::move(*best);
    kept_.erase(best);
    return catchUp(spare, version) ? std::move(spare.design) : nullptr;
}

bool DesignMirror::tidyStep() {
    // The kept designs no job holds, freshest first.
    std::vector<std::size_t> spares;
    for (std::size_t i = 0; i < kept_.size(); ++i)
        if (unshared(kept_[i].design))
            spares.push_back(i);
    std::sort(spares.begin(), spares.end(),
              [&](std::size_t a, std::size_t b) { return kept_[a].version > kept_[b].version; });
    if (spares.size() > kSpares &&
        std::chrono::steady_clock::now() - lastEdit_ >= kExtraSpareLinger) { // the oldest freed
        kept_.erase(kept_.begin() + std::ptrdiff_t(spares.back()));
        return true;
    }
    for (std::size_t i : spares)
        if (kept_[i].version != applied_) {
            if (!catchUp(kept_[i], applied_))
                kept_.erase(kept_.begin() + std::ptrdiff_t(i));
            return true;
        }
    if (kept_.empty()) { // after a reset: the first spare copied
        std::shared_ptr<const Design> published;
        {
            std::lock_guard lock(mutex_);
            published = current_;
        }
        if (!published)
            return false;
        // Only this thread changes designs, so the published one stays as it is while copied.
        kept_.push_back({std::make_shared<Design>(*published), applied_});
        return true;
    }
    // The log from the oldest kept design's state on.
    std::uint64_t oldest = kept_.front().version;
    for (const Kept& k : kept_)
        oldest = std::min(oldest, k.version);
    if (log_.empty() || log_.front().version > oldest)
        return false;
    while (!log_.empty() && log_.front().version <= oldest)
        log_.pop_front();
    return true;
}

bool DesignMirror::mayTidyLater() const {
    return kept_.size() > kSpares || std::any_of(kept_.begin(), kept_.end(), [](const Kept& k) {
               return k.design.use_count() > 1;
           });
}

std::shared_ptr<const Design> DesignMirror::at(std::uint64_t version) const {
    std::unique_lock lock(mutex_);
    published_.wait(lock, [&] { return stopping_ || (current_ && applied_ >= version); });
    if (stopping_)
        return nullptr;
    return current_;
}

std::uint64_t DesignMirror::copies() const {
    std::lock_guard lock(mutex_);
    return copies_;
}

void DesignMirror::waitUntilIdle() const {
    std::unique_lock lock(mutex_);
    published_.wait(lock, [&] { return stopping_ || (idle_ && tasks_.empty()); });
}

void DesignMirror::run() {
    for (;;) {
        std::function<void()> task;
        {
            std::unique_lock lock(mutex_);
            while (!stopping_ && tasks_.empty()) {
                // Idle: a spare made ready one step at a time, an edit posted meanwhile first.
                lock.unlock();
                const bool tidied = tidyStep();
                lock.lock();
                if (tidied)
                    continue;
                if (tasks_.empty()) {
                    idle_ = true;
                    published_.notify_all();
                }
                auto woken = [&] { return stopping_ || !tasks_.empty(); };
                if (mayTidyLater())
                    queued_.wait_for(lock, kPoll, woken); // then tidies again
                else
                    queued_.wait(lock, woken);
            }
            if (stopping_)
                return;
            task = std::move(tasks_.front());
            tasks_.pop_front();
            idle_ = false;
        }
        task();
    }
}

std::shared_ptr<const Design> DesignMirror::forJob(std::uint64_t version) {
    auto promise = std::make_shared<std::promise<std::shared_ptr<const Design>>>();
    std::future<std::shared_ptr<const Design>> design = promise->get_future();
    // Queued after every edit posted so far, so the state is `version` or a later one.
    post([this, promise, version] {
        std::shared_ptr<Design> published;
        {
            std::lock_guard lock(mutex_);
            published = current_;
        }
        const std::uint64_t at = applied_;
        if (!published || at < version) {
            promise->set_value(nullptr);
            return;
        }
        // A kept design of this state (another job's, or a spare already up to date) serves.
        for (const Kept& k : kept_)
            if (k.version == at) {
                promise->set_value(k.design);
                return;
            }
        std::shared_ptr<Design> spare = takeSpare(at);
        if (!spare)
            spare = std::make_shared<Design>(*published); // every spare held: this thread copies
        kept_.push_back({spare, at});
        promise->set_value(std::move(spare));
    });
    try {
        return design.get();
    } catch (const std::future_error&) {
        return nullptr; // the mirror stopped before the job's turn
    }
}

namespace {
// What designSource makes, so that jobDesignSource can find the mirror in a DesignSource.
struct MirrorSource {
    std::shared_ptr<DesignMirror> mirror;
    std::uint64_t version = 0;
    std::shared_ptr<const Design> operator()() const { return mirror->at(version); }
};
} // namespace

DesignSource designSource(const std::shared_ptr<DesignMirror>& mirror) {
    return MirrorSource{mirror, mirror->posted()};
}

DesignSource jobDesignSource(DesignSource source) {
    if (const auto* mirrored = source.target<MirrorSource>())
        return [mirror = mirrored->mirror, version = mirrored->version] {
            return mirror->forJob(version);
        };
    return source;
}

} // namespace aifp::ui
