#include "ui/tools/PlaceEquipmentTool.hpp"
#include "ui/commands/EditPatches.hpp"
#include "ui/commands/PatchCommand.hpp"
#include "ui/document/DisplayFormat.hpp"
#include "ui/document/Document.hpp"
#include "ui/tools/ArrayLayout.hpp"
#include <QCoreApplication>

namespace aifp::ui {

void PlaceEquipmentTool::setPowerKind(PowerNodeKind kind, std::string catalogId) {
    powerKind_ = kind;
    coolingKind_.reset();
    catalogId_ = std::move(catalogId);
}

void PlaceEquipmentTool::setCoolingKind(CoolingNodeKind kind, std::string catalogId) {
    coolingKind_ = kind;
    powerKind_.reset();
    catalogId_ = std::move(catalogId);
}

bool equipmentKindForCategory(const std::string& c, std::optional<PowerNodeKind>& power,
                              std::optional<CoolingNodeKind>& cooling) {
    power.reset();
    cooling.reset();
    if (c == "cdu")
        cooling = CoolingNodeKind::Cdu;
    else if (c == "chiller")
        cooling = CoolingNodeKind::Chiller;
    else if (c == "dry_cooler")
        cooling = CoolingNodeKind::DryCooler;
    else if (c == "air_handler")
        cooling = CoolingNodeKind::AirHandler;
    else if (c == "ups")
        power = PowerNodeKind::Ups;
    else if (c == "transformer")
        power = PowerNodeKind::Transformer;
    else if (c == "switchgear")
        power = PowerNodeKind::MvSwitchgear;
    else if (c == "switchboard")
        power = PowerNodeKind::LvSwitchboard;
    else if (c == "generator")
        power = PowerNodeKind::Generator;
    else if (c == "rack_pdu")
        power = PowerNodeKind::Pdu;
    else if (c == "power_shelf")
        power = PowerNodeKind::RackPowerShelf;
    return power || cooling;
}

void PlaceEquipmentTool::mousePress(const ToolEvent& e) {
    if (e.button == Qt::LeftButton && e.onFloor)
        placeAt(e.floorM);
}

void PlaceEquipmentTool::mouseMove(const ToolEvent& e) {
    if (e.onFloor)
        emit snapChanged(SnapKind::Grid, {snapToGrid(e.floorM.xM, 0.0, 0.6),
                                          snapToGrid(e.floorM.yM, 0.0, 0.6), 0.0});
}

bool PlaceEquipmentTool::placeAt(const PointM& floorM) {
    const Design& d = document_->design();
    const CatalogEntry* entry = document_->catalog().find(catalogId_);
    const PointM at{snapToGrid(floorM.xM, 0.0, 0.6), snapToGrid(floorM.yM, 0.0, 0.6), 0.0};
    DesignPatch patch;
    patch.nextIdBefore = d.nextId;
    patch.nextIdAfter = d.nextId + 1;
    const ObjectId id = d.nextId;
    // Ratings come from the catalog entry when it has them; the planner edits the rest.
    auto rating = [&](const char* key) { return entry ? entry->number(key, 0.0) : 0.0; };
    if (powerKind_) {
        PowerNode n;
        n.id = id;
        n.kind = *powerKind_;
        n.catalogId = catalogId_;
        n.name = QStringLiteral("%1 %2").arg(kindText(toString(n.kind))).arg(id).toStdString();
        n.hallId = hallAt(d, at.xM, at.yM);
        n.positionM = at;
        n.ratingKva = rating("rating_kva");
        n.ratingKw = rating("rating_kw");
        n.voltageV = rating("voltage");
        n.currentRatingA = rating("current_rating_a");
        patch.add(n);
    } else if (coolingKind_) {
        CoolingNode n;
        n.id = id;
        n.kind = *coolingKind_;
        n.catalogId = catalogId_;
        n.name = QStringLiteral("%1 %2").arg(kindText(toString(n.kind))).arg(id).toStdString();
        n.hallId = hallAt(d, at.xM, at.yM);
        n.positionM = at;
        n.capacityKw =
            entry && entry->rating("capacity_kw") ? rating("capacity_kw") : rating("capacity_max");
        n.powerPerKwHeat = rating("power_per_kw_heat");
        patch.add(n);
    } else {
        return false;
    }
    document_->push(new PatchCommand(document_, std::move(patch), tr("Place equipment")));
    document_->setSelection({id});
    return true;
}

} // namespace aifp::ui
