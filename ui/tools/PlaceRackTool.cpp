#include "ui/tools/PlaceRackTool.hpp"
#include "ui/app/Document.hpp"
#include "ui/commands/EditPatches.hpp"
#include "ui/commands/PatchCommand.hpp"
#include "ui/tools/ArrayLayout.hpp"
#include <QCoreApplication>

namespace aifp::ui {

void PlaceRackTool::mousePress(const ToolEvent& e) {
    if (e.button == Qt::LeftButton && e.onFloor)
        placeAt(e.floorM);
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
