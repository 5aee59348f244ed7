#include "ui/tools/HallTool.hpp"
#include "ui/app/Document.hpp"
#include "ui/commands/ChangeValueCommand.hpp"
#include "ui/commands/EditPatches.hpp"
#include "ui/tools/ArrayLayout.hpp"
#include <algorithm>
#include <cmath>

namespace aifp::ui {

void HallTool::mousePress(const ToolEvent& e) {
    if (e.button != Qt::LeftButton || !e.onFloor)
        return;
    active_ = true;
    resizing_ = kNoId;
    for (const auto& h : document_->design().halls) {
        const RectM f = h.footprint();
        if (std::hypot(e.floorM.xM - f.maxXM, e.floorM.yM - f.maxYM) <= 1.0)
            resizing_ = h.id;
    }
    startM = {snapToGrid(e.floorM.xM, 0.0, 0.6), snapToGrid(e.floorM.yM, 0.0, 0.6), 0.0};
}

void HallTool::mouseMove(const ToolEvent& e) {
    if (!active_ || !e.onFloor)
        return;
    const double x = snapToGrid(e.floorM.xM, 0.0, 0.6), y = snapToGrid(e.floorM.yM, 0.0, 0.6);
    if (resizing_ != kNoId) {
        const auto* h = DesignIndex(document_->design()).hall(resizing_);
        try {
            DesignPatch p =
                resizeHallPatch(document_->design(), resizing_, x - h->originXM, y - h->originYM);
            document_->push(
                new ChangeValueCommand(document_, std::move(p), "hall size", tr("Resize hall")));
        } catch (const EditError&) {
            // Dragged past the opposite corner: keep the last valid size while dragging.
        }
        return;
    }
    emit previewChanged({{startM.xM, startM.yM, 0.0},
                         {x, startM.yM, 0.0},
                         {x, y, 0.0},
                         {startM.xM, y, 0.0},
                         {startM.xM, startM.yM, 0.0}},
                        0.1);
}

void HallTool::mouseRelease(const ToolEvent& e) {
    if (!active_)
        return;
    active_ = false;
    emit previewChanged({}, 0.0);
    if (resizing_ != kNoId) {
        resizing_ = kNoId;
        return;
    }
    const double x = snapToGrid(e.floorM.xM, 0.0, 0.6), y = snapToGrid(e.floorM.yM, 0.0, 0.6);
    const double wM = std::fabs(x - startM.xM), dM = std::fabs(y - startM.yM);
    if (wM < 1.2 || dM < 1.2) {
        emit editRefused(tr("a hall must be at least 1.2 m x 1.2 m; drag a larger rectangle"));
        return;
    }
    const Design& d = document_->design();
    Hall h;
    h.id = d.nextId;
    h.name = "Hall " + std::to_string(d.halls.size() + 1);
    h.originXM = std::min(x, startM.xM);
    h.originYM = std::min(y, startM.yM);
    h.widthM = wM;
    h.depthM = dM;
    h.clearHeightM = 6.0;        // assumption: typical clear height, edit in the properties
    h.floorLoadKgPerM2 = 1500.0; // assumption: slab rating for GPU racks, edit in the properties
    h.maxRackKw = 150.0;         // assumption: room for a 135 kW GB300 NVL72 rack (catalog)
    DesignPatch patch;
    patch.nextIdBefore = d.nextId;
    patch.nextIdAfter = d.nextId + 1;
    patch.add(h);
    document_->push(new PatchCommand(document_, std::move(patch), tr("Create hall")));
    document_->setSelection({h.id});
}

} // namespace aifp::ui
