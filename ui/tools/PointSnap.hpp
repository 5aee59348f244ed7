#pragma once
#include "core/model/Design.hpp"
#include "ui/tools/Tool.hpp"

namespace aifp::ui {

// A measured or dimensioned point, snapped like CAD endpoints: to a hall corner within
// kCornerSnapM, else to an equipment position or rack centre within kPortSnapM, else left
// where the cursor is (no marker).
struct PointSnap {
    PointM pointM;
    SnapKind kind = SnapKind::None;
};
inline constexpr double kCornerSnapM = 1.0;
inline constexpr double kPortSnapM = 0.6;
PointSnap snapMeasurePoint(const Design& design, const PointM& rawM);

} // namespace aifp::ui
