#pragma once
#include "core/model/Design.hpp"
#include <set>
#include <vector>

namespace aifp {

// What one edit touched. The GUI document emits one per undo command (do, undo, redo); the
// validation engine re-runs only the rules whose inputs intersect it; views update only what
// changed.
struct DesignChange {
    enum class Kind { Added, Removed, Modified, Reset };
    Kind kind = Kind::Modified;
    std::set<ObjectKind> objectKinds; // kinds of the objects touched
    std::vector<ObjectId> ids;        // the objects touched (empty with Reset)
    bool siteChanged = false;
    bool settingsChanged = false;
    bool catalogChanged = false;      // user catalog or assumption overrides

    static DesignChange reset() {
        DesignChange c;
        c.kind = Kind::Reset;
        c.siteChanged = c.settingsChanged = c.catalogChanged = true;
        return c;
    }
    bool touches(ObjectKind k) const { return kind == Kind::Reset || objectKinds.count(k) != 0; }
};

} // namespace aifp
