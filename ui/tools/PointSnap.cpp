#include "ui/tools/PointSnap.hpp"
#include <cmath>

namespace aifp::ui {

QString snapKindText(SnapKind kind) {
    switch (kind) {
    case SnapKind::None:
        return {};
    case SnapKind::Grid:
        return QObject::tr("grid");
    case SnapKind::RowEnd:
        return QObject::tr("row end");
    case SnapKind::Port:
        return QObject::tr("connection point");
    case SnapKind::RightAngle:
        return QObject::tr("right angle");
    case SnapKind::Corner:
        return QObject::tr("hall corner");
    }
    return {};
}

PointSnap snapMeasurePoint(const Design& d, const PointM& rawM) {
    PointSnap out{{rawM.xM, rawM.yM, 0.0}, SnapKind::None};
    double best = kCornerSnapM;
    for (const Hall& h : d.halls) {
        const RectM f = h.footprint();
        for (const PointM& c : {PointM{f.minXM, f.minYM, 0.0}, PointM{f.maxXM, f.minYM, 0.0},
                                PointM{f.maxXM, f.maxYM, 0.0}, PointM{f.minXM, f.maxYM, 0.0}}) {
            const double dist = planDistanceM(c, rawM);
            if (dist <= best) {
                best = dist;
                out = {c, SnapKind::Corner};
            }
        }
    }
    if (out.kind != SnapKind::None)
        return out;
    best = kPortSnapM;
    auto consider = [&](const PointM& p) {
        const double dist = planDistanceM(p, rawM);
        if (dist <= best) {
            best = dist;
            out = {{p.xM, p.yM, 0.0}, SnapKind::Port};
        }
    };
    for (const Rack& r : d.racks)
        consider(r.centerM);
    for (const PowerNode& n : d.powerNodes)
        if (n.kind != PowerNodeKind::Busway)
            consider(n.positionM);
    for (const CoolingNode& n : d.coolingNodes)
        consider(n.positionM);
    for (const NetworkSwitch& s : d.switches)
        consider(s.positionM);
    return out;
}

} // namespace aifp::ui
