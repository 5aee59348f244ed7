#include "ui/tools/ArrayLayout.hpp"
#include "ui/commands/EditPatches.hpp"
#include <QCoreApplication>
#include <cmath>
#include <cstdio>
#include <limits>

namespace aifp::ui {

namespace {

const Hall* findHall(const Design& d, ObjectId id) {
    for (const auto& h : d.halls)
        if (h.id == id)
            return &h;
    return nullptr;
}

const CatalogEntry& requireSystem(const Catalog& catalog, const std::string& id) {
    const CatalogEntry* e = catalog.find(id);
    if (!e)
        throw EditError(QCoreApplication::translate("aifp::ui::EditError",
                                                    "unknown system '%1' (not in the catalog)")
                            .arg(QString::fromStdString(id))
                            .toStdString());
    if (e->category != "system")
        throw EditError(
            QCoreApplication::translate("aifp::ui::EditError", "'%1' is a %2, not a GPU system")
                .arg(QString::fromStdString(id), QString::fromStdString(e->category))
                .toStdString());
    return *e;
}

std::string twoDigits(int n) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d", n);
    return buf;
}

std::string metres(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f m", v);
    return buf;
}

} // namespace

double snapToGrid(double vM, double originM, double gridM) {
    if (gridM <= 0)
        return vM;
    return originM + std::round((vM - originM) / gridM) * gridM;
}

DesignPatch arrayPatch(const Design& d, const Catalog& catalog, const ArrayParams& p,
                       std::vector<ObjectId>* newRackIds) {
    if (p.rows < 1)
        throw EditError(
            QCoreApplication::translate("aifp::ui::EditError", "rows must be at least 1")
                .toStdString());
    if (p.racksPerRow < 1)
        throw EditError(
            QCoreApplication::translate("aifp::ui::EditError", "racks per row must be at least 1")
                .toStdString());
    if (!std::isfinite(p.aisleWidthM) || p.aisleWidthM <= 0)
        throw EditError(
            QCoreApplication::translate("aifp::ui::EditError",
                                        "aisle width must be a positive number of metres")
                .toStdString());
    if (!std::isfinite(p.originXM) || !std::isfinite(p.originYM))
        throw EditError(
            QCoreApplication::translate("aifp::ui::EditError", "block origin is not a number")
                .toStdString());
    const Hall* hall = findHall(d, p.hallId);
    if (!hall)
        throw EditError(QCoreApplication::translate("aifp::ui::EditError", "no hall with id %1")
                            .arg(p.hallId)
                            .toStdString());
    const CatalogEntry& sys = requireSystem(catalog, p.systemId);
    const double wM = sys.number("footprint_width_m", 0.6); // catalog assumption 600 mm
    const double dM = sys.number("footprint_depth_m", 1.2); // catalog assumption 1200 mm
    const double ox = snapToGrid(p.originXM, hall->originXM, p.gridM);
    const double oy = snapToGrid(p.originYM, hall->originYM, p.gridM);
    const double blockW = p.racksPerRow * wM;
    const double blockD = p.rows * dM + (p.rows - 1) * p.aisleWidthM;
    if (!hall->footprint().contains({ox, oy, ox + blockW, oy + blockD}))
        throw EditError(
            QCoreApplication::translate(
                "aifp::ui::EditError",
                "a block of %1 x %2 at the snapped origin does not fit in hall '%3' (%4 x %5)")
                .arg(QString::fromStdString(metres(blockW)), QString::fromStdString(metres(blockD)),
                     QString::fromStdString(hall->name),
                     QString::fromStdString(metres(hall->widthM)),
                     QString::fromStdString(metres(hall->depthM)))
                .toStdString());
    int existingRows = 0;
    for (const auto& r : d.rows)
        existingRows += r.hallId == hall->id ? 1 : 0;

    DesignPatch patch;
    patch.nextIdBefore = d.nextId;
    ObjectId next = d.nextId;
    for (int r = 0; r < p.rows; ++r) {
        Row row;
        row.id = next++;
        row.hallId = hall->id;
        row.name = std::string("R").append(twoDigits(existingRows + r + 1));
        row.rotationDeg = r % 2 == 0 ? 180.0 : 0.0;
        row.frontFaces = AisleSide::Cold;
        patch.add(row);
        const double cy = oy + r * (dM + p.aisleWidthM) + dM / 2;
        for (int i = 0; i < p.racksPerRow; ++i) {
            Rack rack;
            rack.id = next++;
            rack.hallId = hall->id;
            rack.rowId = row.id;
            rack.name = row.name;
            rack.name.append("-").append(twoDigits(i + 1));
            rack.catalogId = p.systemId;
            rack.centerM = {ox + (i + 0.5) * wM, cy, 0.0};
            rack.rotationDeg = row.rotationDeg;
            if (newRackIds)
                newRackIds->push_back(rack.id);
            patch.add(rack);
        }
    }
    patch.nextIdAfter = next;
    return patch;
}

RackPlacement snapRackPlacement(const Design& d, const Catalog& catalog, ObjectId hallId,
                                const std::string& systemId, double xM, double yM) {
    const CatalogEntry& sys = requireSystem(catalog, systemId);
    const double wM = sys.number("footprint_width_m", 0.6); // catalog assumption 600 mm
    const double dM = sys.number("footprint_depth_m", 1.2); // catalog assumption 1200 mm
    RackPlacement best;
    double bestDistM = std::numeric_limits<double>::infinity();
    // Candidate slots: left and right of every rack in a row of this hall.
    for (const auto& r : d.racks) {
        if (r.hallId != hallId || r.rowId == kNoId || std::fabs(r.centerM.yM - yM) > dM)
            continue;
        for (double side : {-1.0, 1.0}) {
            const PointM slot{r.centerM.xM + side * wM, r.centerM.yM, 0.0};
            bool taken = false;
            for (const auto& o : d.racks)
                if (o.hallId == hallId && std::fabs(o.centerM.xM - slot.xM) < wM / 2 &&
                    std::fabs(o.centerM.yM - slot.yM) < dM / 2)
                    taken = true;
            const double dist = std::hypot(slot.xM - xM, slot.yM - yM);
            if (!taken && dist < bestDistM && dist < 2 * wM) {
                bestDistM = dist;
                best = {slot, r.rowId, r.rotationDeg};
            }
        }
    }
    if (best.rowId != kNoId)
        return best;
    const Hall* hall = findHall(d, hallId);
    const double gx = hall ? hall->originXM : 0.0, gy = hall ? hall->originYM : 0.0;
    // The grid snaps the footprint's south-west corner to a tile corner.
    best.centerM = {snapToGrid(xM - wM / 2, gx, 0.6) + wM / 2,
                    snapToGrid(yM - dM / 2, gy, 0.6) + dM / 2, 0.0};
    return best;
}

DesignPatch placeRackPatch(const Design& d, const Catalog& catalog, ObjectId hallId,
                           const std::string& systemId, const RackPlacement& placement,
                           ObjectId* newId) {
    const Hall* hall = findHall(d, hallId);
    if (!hall)
        throw EditError(QCoreApplication::translate("aifp::ui::EditError",
                                                    "click inside a hall to place a rack")
                            .toStdString());
    requireSystem(catalog, systemId);
    Rack rack;
    rack.id = d.nextId;
    rack.hallId = hallId;
    rack.rowId = placement.rowId;
    rack.catalogId = systemId;
    rack.centerM = placement.centerM;
    rack.rotationDeg = placement.rotationDeg;
    rack.name =
        QCoreApplication::translate("aifp::ui::DefaultName", "Rack %1").arg(rack.id).toStdString();
    if (!hall->footprint().contains(rackFootprint(catalog, rack)))
        throw EditError(QCoreApplication::translate("aifp::ui::EditError",
                                                    "the rack would stand outside hall '%1'")
                            .arg(QString::fromStdString(hall->name))
                            .toStdString());
    DesignPatch patch;
    patch.nextIdBefore = d.nextId;
    patch.nextIdAfter = d.nextId + 1;
    patch.add(rack);
    if (newId)
        *newId = rack.id;
    return patch;
}

} // namespace aifp::ui
