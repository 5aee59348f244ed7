#pragma once
#include "core/model/Design.hpp"
#include "ui/document/DesignMirror.hpp"
#include <memory>

namespace aifp::ui {

// The design for a background job that runs long (a sensitivity sweep, a comparison: seconds at
// 1 GW): the design `source` gives, read from one of the mirror's spares (jobDesignSource, never
// the published design that the next edit changes in place) and copied on the job's own thread,
// so that the spare is released at once. A job holding a spare for its whole run would tie it up
// for seconds; with the estimate and schedule of the last edit holding another, the jobs after
// them would make the mirror copy the design on its thread, ahead of the edits queued behind
// (issue 15). The copy is made here instead, off that path. Null when the document is gone.
inline std::shared_ptr<const Design> longJobDesign(const DesignSource& source) {
    const std::shared_ptr<const Design> held = jobDesignSource(source)();
    return held ? std::make_shared<const Design>(*held) : nullptr;
}

} // namespace aifp::ui
