#include "ui/commands/ClipboardPatches.hpp"
#include "core/io/DesignJson.hpp"
#include "ui/commands/EditPatches.hpp"
#include <QCoreApplication>
#include <set>
#include <unordered_map>

namespace aifp::ui {

namespace {

void shift(PointM& p, double dx, double dy) {
    p.xM += dx;
    p.yM += dy;
}
void shift(std::vector<PointM>& route, double dx, double dy) {
    for (PointM& p : route)
        shift(p, dx, dy);
}

} // namespace

std::string selectionToJson(const Design& d, const std::vector<ObjectId>& ids,
                            const std::string& sourceTag) {
    std::set<ObjectId> want(ids.begin(), ids.end());
    // A hall brings its contents, a row its racks.
    for (const Hall& h : d.halls)
        if (want.count(h.id)) {
            for (const Row& r : d.rows)
                if (r.hallId == h.id)
                    want.insert(r.id);
            for (const Rack& r : d.racks)
                if (r.hallId == h.id)
                    want.insert(r.id);
            for (const PowerNode& n : d.powerNodes)
                if (n.hallId == h.id)
                    want.insert(n.id);
            for (const CoolingNode& n : d.coolingNodes)
                if (n.hallId == h.id)
                    want.insert(n.id);
            for (const NetworkSwitch& s : d.switches)
                if (s.hallId == h.id)
                    want.insert(s.id);
        }
    for (const Row& r : d.rows)
        if (want.count(r.id))
            for (const Rack& k : d.racks)
                if (k.rowId == r.id)
                    want.insert(k.id);

    Design f;
    f.site = d.site;
    f.settings = d.settings;
    f.userCatalog = d.userCatalog;
    std::set<ObjectId> context; // halls and rows present only so references resolve
    auto needHall = [&](ObjectId id) {
        if (id != kNoId && !want.count(id))
            context.insert(id);
    };
    for (const Rack& r : d.racks)
        if (want.count(r.id)) {
            f.racks.push_back(r);
            needHall(r.hallId);
            if (r.rowId != kNoId && !want.count(r.rowId))
                context.insert(r.rowId);
        }
    for (const PowerNode& n : d.powerNodes)
        if (want.count(n.id)) {
            f.powerNodes.push_back(n);
            needHall(n.hallId);
        }
    for (const CoolingNode& n : d.coolingNodes)
        if (want.count(n.id)) {
            f.coolingNodes.push_back(n);
            needHall(n.hallId);
        }
    for (const NetworkSwitch& s : d.switches)
        if (want.count(s.id)) {
            f.switches.push_back(s);
            needHall(s.hallId);
        }
    for (const Row& r : d.rows)
        if (want.count(r.id) || context.count(r.id)) {
            f.rows.push_back(r);
            needHall(r.hallId);
        }
    for (const Hall& h : d.halls)
        if (want.count(h.id) || context.count(h.id))
            f.halls.push_back(h);
    // Connections whose two ends are copied are kept.
    for (const PowerLink& l : d.powerLinks)
        if (want.count(l.fromId) && want.count(l.toId)) {
            f.powerLinks.push_back(l);
            want.insert(l.id);
        }
    for (const Pipe& p : d.pipes)
        if (want.count(p.fromId) && want.count(p.toId)) {
            f.pipes.push_back(p);
            want.insert(p.id);
        }
    for (const NetworkLink& l : d.networkLinks)
        if (want.count(l.fromId) && want.count(l.toId)) {
            f.networkLinks.push_back(l);
            want.insert(l.id);
        }
    f.nextId = d.nextId;

    json::Value copied = json::Value::array();
    for (ObjectId id : want)
        if (snapshotOf(f, id))
            copied.push(id);
    json::Value doc = json::Value::object();
    doc.set("aifp_selection", 1);
    doc.set("source", sourceTag);
    doc.set("copied", std::move(copied));
    doc.set("design", designToJson(f));
    return json::write(doc, -1);
}

PasteResult pasteFromJson(const Design& target, const Catalog& catalog, const std::string& text,
                          double dx, double dy) {
    json::Value doc;
    try {
        doc = json::parse(text);
    } catch (const json::ParseError&) {
        throw EditError(QCoreApplication::translate("aifp::ui::EditError",
                                                    "the clipboard holds no copied objects")
                            .toStdString());
    }
    const json::Value* marker = doc.find("aifp_selection");
    const json::Value* copiedV = doc.find("copied");
    const json::Value* designV = doc.find("design");
    if (!marker || !copiedV || !designV || !copiedV->isArray())
        throw EditError(QCoreApplication::translate("aifp::ui::EditError",
                                                    "the clipboard holds no copied objects")
                            .toStdString());
    Design f;
    try {
        f = designFromJson(*designV, catalog);
    } catch (const DesignJsonError& e) {
        throw EditError(QCoreApplication::translate("aifp::ui::EditError",
                                                    "the copied objects cannot be pasted: %1")
                            .arg(QString::fromStdString(e.what()))
                            .toStdString());
    }
    std::set<ObjectId> copied;
    for (const json::Value& v : copiedV->asArray())
        if (v.isNumber())
            copied.insert(static_cast<ObjectId>(v.asNumber()));

    PasteResult out;
    if (const json::Value* s = doc.find("source"); s && s->isString())
        out.sourceTag = s->asString();
    DesignPatch& patch = out.patch;
    patch.nextIdBefore = target.nextId;
    ObjectId next = target.nextId;
    std::unordered_map<ObjectId, ObjectId> newId;
    for (ObjectId id : copied)
        newId[id] = next++;
    auto mapped = [&](ObjectId id) {
        auto it = newId.find(id);
        return it == newId.end() ? kNoId : it->second;
    };
    const DesignIndex targetIndex(target);
    // The hall a copy stands in: its copied hall, else the target's hall under it, else the same
    // hall id when the target has that hall.
    auto hallFor = [&](ObjectId oldHall, const PointM& at) {
        if (ObjectId m = mapped(oldHall); m != kNoId)
            return m;
        if (oldHall == kNoId)
            return kNoId;
        if (ObjectId h = hallAt(target, at.xM, at.yM); h != kNoId)
            return h;
        return targetIndex.kindOf(oldHall) == ObjectKind::Hall ? oldHall : kNoId;
    };
    auto knownCatalog = [&](const std::string& id, const QString& what) {
        if (!id.empty() && !catalog.find(id))
            throw EditError(QCoreApplication::translate(
                                "aifp::ui::EditError",
                                "a pasted %1 uses '%2', which this project's catalog lacks")
                                .arg(what, QString::fromStdString(id))
                                .toStdString());
    };

    std::vector<ObjectSnapshot> added;
    for (Hall h : f.halls)
        if (copied.count(h.id)) {
            h.id = mapped(h.id);
            h.originXM += dx;
            h.originYM += dy;
            added.emplace_back(h);
        }
    for (Row r : f.rows)
        if (copied.count(r.id)) {
            r.id = mapped(r.id);
            r.hallId = mapped(r.hallId) != kNoId ? mapped(r.hallId) : r.hallId;
            added.emplace_back(r);
        }
    for (Rack r : f.racks) {
        if (!copied.count(r.id))
            continue;
        knownCatalog(r.catalogId, QCoreApplication::translate("aifp::ui::EditError", "rack"));
        shift(r.centerM, dx, dy);
        const ObjectId oldHall = r.hallId;
        r.hallId = hallFor(r.hallId, r.centerM);
        if (r.hallId == kNoId)
            throw EditError(
                QCoreApplication::translate("aifp::ui::EditError",
                                            "a pasted rack would stand outside every hall")
                    .toStdString());
        if (ObjectId row = mapped(r.rowId); row != kNoId)
            r.rowId = row;
        else if (r.rowId != kNoId &&
                 !(r.hallId == oldHall && targetIndex.kindOf(r.rowId) == ObjectKind::Row))
            r.rowId = kNoId; // its row stays behind
        r.id = mapped(r.id);
        added.emplace_back(r);
    }
    for (PowerNode n : f.powerNodes) {
        if (!copied.count(n.id))
            continue;
        knownCatalog(n.catalogId,
                     QCoreApplication::translate("aifp::ui::EditError", "piece of equipment"));
        shift(n.positionM, dx, dy);
        shift(n.routeM, dx, dy);
        n.hallId = hallFor(n.hallId, n.positionM);
        n.id = mapped(n.id);
        added.emplace_back(n);
    }
    for (CoolingNode n : f.coolingNodes) {
        if (!copied.count(n.id))
            continue;
        knownCatalog(n.catalogId,
                     QCoreApplication::translate("aifp::ui::EditError", "piece of equipment"));
        shift(n.positionM, dx, dy);
        n.hallId = hallFor(n.hallId, n.positionM);
        n.id = mapped(n.id);
        added.emplace_back(n);
    }
    for (NetworkSwitch s : f.switches) {
        if (!copied.count(s.id))
            continue;
        knownCatalog(s.catalogId, QCoreApplication::translate("aifp::ui::EditError", "switch"));
        shift(s.positionM, dx, dy);
        s.hallId = hallFor(s.hallId, s.positionM);
        s.id = mapped(s.id);
        added.emplace_back(s);
    }
    for (PowerLink l : f.powerLinks)
        if (copied.count(l.id) && mapped(l.fromId) != kNoId && mapped(l.toId) != kNoId) {
            l.id = mapped(l.id);
            l.fromId = mapped(l.fromId);
            l.toId = mapped(l.toId);
            shift(l.routeM, dx, dy);
            added.emplace_back(l);
        }
    for (Pipe p : f.pipes)
        if (copied.count(p.id) && mapped(p.fromId) != kNoId && mapped(p.toId) != kNoId) {
            p.id = mapped(p.id);
            p.fromId = mapped(p.fromId);
            p.toId = mapped(p.toId);
            shift(p.routeM, dx, dy);
            added.emplace_back(p);
        }
    for (NetworkLink l : f.networkLinks)
        if (copied.count(l.id) && mapped(l.fromId) != kNoId && mapped(l.toId) != kNoId) {
            l.id = mapped(l.id);
            l.fromId = mapped(l.fromId);
            l.toId = mapped(l.toId);
            added.emplace_back(l);
        }
    for (ObjectSnapshot& s : added) {
        out.newIds.push_back(idOf(s));
        patch.add(std::move(s));
    }
    patch.nextIdAfter = next;
    return out;
}

} // namespace aifp::ui
