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

namespace {

// Catalogue categories that place a power or a cooling node, and the node's kind.
struct CategoryKind {
    const char* category;
    std::optional<PowerNodeKind> power;
    std::optional<CoolingNodeKind> cooling;
};
const CategoryKind kCategoryKinds[] = {
    {"cdu", {}, CoolingNodeKind::Cdu},
    {"chiller", {}, CoolingNodeKind::Chiller},
    {"dry_cooler", {}, CoolingNodeKind::DryCooler},
    {"air_handler", {}, CoolingNodeKind::AirHandler},
    {"ups", PowerNodeKind::Ups, {}},
    {"transformer", PowerNodeKind::Transformer, {}},
    {"switchgear", PowerNodeKind::MvSwitchgear, {}},
    {"switchboard", PowerNodeKind::LvSwitchboard, {}},
    {"generator", PowerNodeKind::Generator, {}},
    {"rack_pdu", PowerNodeKind::Pdu, {}},
    {"power_shelf", PowerNodeKind::RackPowerShelf, {}},
};

} // namespace

bool PlaceEquipmentTool::setEquipment(const std::string& category, std::string catalogId) {
    for (const CategoryKind& k : kCategoryKinds)
        if (category == k.category) {
            if (k.power)
                setPowerKind(*k.power, std::move(catalogId));
            else
                setCoolingKind(*k.cooling, std::move(catalogId));
            return true;
        }
    return false;
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
    // What a power and a cooling node share: id, kind, catalogue entry, name, hall, position.
    auto placed = [&](auto node, auto kind) {
        node.id = id;
        node.kind = kind;
        node.catalogId = catalogId_;
        node.name = QStringLiteral("%1 %2").arg(kindText(toString(kind))).arg(id).toStdString();
        node.hallId = hallAt(d, at.xM, at.yM);
        node.positionM = at;
        return node;
    };
    if (powerKind_) {
        PowerNode n = placed(PowerNode{}, *powerKind_);
        n.ratingKva = rating("rating_kva");
        n.ratingKw = rating("rating_kw");
        n.voltageV = rating("voltage");
        n.currentRatingA = rating("current_rating_a");
        patch.add(n);
    } else if (coolingKind_) {
        CoolingNode n = placed(CoolingNode{}, *coolingKind_);
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
