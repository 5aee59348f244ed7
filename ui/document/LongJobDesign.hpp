#pragma once
#include "core/model/Design.hpp"
#include "ui/document/DesignMirror.hpp"
#include <memory>

namespace aifp::ui {

// The design for a background job that runs long (a sensitivity sweep, a comparison: seconds at
// 1 GW): the design `source` gives, copied on the job's own thread, so that the mirror's
// snapshot is released at once. A job holding the snapshot for its whole run would tie up one of
// the mirror's designs for seconds; with the estimate and schedule of the last edit holding
// another, every edit meanwhile would copy the design on the mirror's thread before it could be
// validated (issue 15: the findings then come after the frame). The copy is made here instead,
// off that path. Null when the document is gone.
inline std::shared_ptr<const Design> longJobDesign(const DesignSource& source) {
    const std::shared_ptr<const Design> held = source();
    return held ? std::make_shared<const Design>(*held) : nullptr;
}

} // namespace aifp::ui
