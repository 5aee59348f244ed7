#include "ui/tools/PlaceRackTool.hpp"
#include "ui/commands/EditPatches.hpp"
#include "ui/commands/PatchCommand.hpp"
#include "ui/document/Document.hpp"
#include "ui/tools/ArrayLayout.hpp"
#include <QCoreApplication>

namespace aifp::ui {

void PlaceRackTool::mousePress(const ToolEvent& e) {
    if (e.button == Qt::LeftButton && e.onFloor)
        placeAt(e.floorM);
}

void PlaceRackTool::mouseMove(const ToolEvent& e) {
    if (!e.onFloor)
        return;
    const Design& d = document_->design();
    const ObjectId hallId = hallAt(d, e.floorM.xM, e.floorM.yM);
    if (hallId == kNoId) {
        emit snapChanged(SnapKind::None, {});
        return;
    }
    try {
        const RackPlacement at =
            snapRackPlacement(d, document_->catalog(), hallId, systemId_, e.floorM.xM, e.floorM.yM);
        emit snapChanged(at.rowId != kNoId ? SnapKind::RowEnd : SnapKind::Grid, at.centerM);
    } catch (const EditError&) {
        emit snapChanged(SnapKind::None, {}); // not a system: the click says why
    }
}

bool PlaceRackTool::placeAt(const PointM& floorM) {
    const Design& d = document_->design();
    try {
        const ObjectId hallId = hallAt(d, floorM.xM, floorM.yM);
        if (hallId == kNoId)
            throw EditError(QCoreApplication::translate("aifp::ui::EditError",
                                                        "click inside a hall to place a rack")
                                .toStdString());
        const RackPlacement at =
            snapRackPlacement(d, document_->catalog(), hallId, systemId_, floorM.xM, floorM.yM);
        ObjectId id = kNoId;
        DesignPatch patch = placeRackPatch(d, document_->catalog(), hallId, systemId_, at, &id);
        document_->push(new PatchCommand(document_, std::move(patch), tr("Place rack")));
        document_->setSelection({id});
        return true;
    } catch (const EditError& err) {
        emit editRefused(QString::fromStdString(err.what()));
        return false;
    }
}

} // namespace aifp::ui
