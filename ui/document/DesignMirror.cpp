#include "ui/document/DesignMirror.hpp"
#include "core/model/DesignPatch.hpp"

namespace aifp::ui {

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
            current_ = std::move(copy);
            applied_ = version;
        }
        published_.notify_all();
    });
}

void DesignMirror::apply(std::shared_ptr<const DesignPatch> patch, bool forward) {
    const std::uint64_t version = ++posted_;
    post([this, patch = std::move(patch), forward, version] {
        std::shared_ptr<Design> work;
        std::shared_ptr<const Design> held;
        {
            std::lock_guard lock(mutex_);
            if (current_.use_count() == 1)
                work = std::move(current_); // no job holds it: edited in place, unpublished
            else
                held = current_;
        }
        if (!work) {
            work = held ? std::make_shared<Design>(*held) : std::make_shared<Design>();
            held.reset();
            std::lock_guard lock(mutex_);
            ++copies_;
        }
        patch->apply(*work, forward);
        {
            std::lock_guard lock(mutex_);
            current_ = std::move(work);
            applied_ = version;
        }
        published_.notify_all();
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

void DesignMirror::run() {
    for (;;) {
        std::function<void()> task;
        {
            std::unique_lock lock(mutex_);
            queued_.wait(lock, [&] { return stopping_ || !tasks_.empty(); });
            if (stopping_)
                return;
            task = std::move(tasks_.front());
            tasks_.pop_front();
        }
        task();
    }
}

DesignSource designSource(const std::shared_ptr<DesignMirror>& mirror) {
    return [mirror, version = mirror->posted()] { return mirror->at(version); };
}

} // namespace aifp::ui
