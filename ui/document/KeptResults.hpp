#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace aifp::ui {

// The results of a background job (findings, estimate, schedule) for the most recent designs,
// by stamp (Document::variantStamp): a variant switched back to, unchanged since, shows its
// kept result at once instead of waiting for a new run.
template <class T> class KeptResults {
public:
    explicit KeptResults(std::size_t capacity) : capacity_(capacity) {}

    // Keeps r as the result of stamp (0: a design not kept, nothing happens), dropping the
    // least recent beyond the capacity.
    void keep(std::uint64_t stamp, std::shared_ptr<const T> r) {
        if (stamp == 0)
            return;
        std::erase_if(kept_, [stamp](const auto& k) { return k.first == stamp; });
        kept_.emplace_back(stamp, std::move(r));
        if (kept_.size() > capacity_)
            kept_.erase(kept_.begin());
    }
    // The result kept for stamp, or null.
    std::shared_ptr<const T> find(std::uint64_t stamp) const {
        if (stamp == 0)
            return nullptr;
        auto it = std::find_if(kept_.begin(), kept_.end(),
                               [stamp](const auto& k) { return k.first == stamp; });
        return it == kept_.end() ? nullptr : it->second;
    }

private:
    std::size_t capacity_;
    // Least recent first.
    std::vector<std::pair<std::uint64_t, std::shared_ptr<const T>>> kept_;
};

} // namespace aifp::ui
