#include "ui/commands/ClipboardPatches.hpp"
#include "core/io/DesignJson.hpp"
#include "ui/commands/EditPatches.hpp"
#include "ui/commands/SelectionContents.hpp"
#include <QCoreApplication>
#include <set>
#include <type_traits>
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
    std::set<ObjectId> want = withContents(d, ids);

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

namespace {

// What a copy put on the clipboard: the fragment design, the ids copied and where it came from.
struct CopiedSelection {
    Design design;
    std::set<ObjectId> copied;
    std::string sourceTag;
};

CopiedSelection readCopiedSelection(const std::string& text, const Catalog& catalog) {
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
    CopiedSelection sel;
    try {
        sel.design = designFromJson(*designV, catalog);
    } catch (const DesignJsonError& e) {
        throw EditError(QCoreApplication::translate("aifp::ui::EditError",
                                                    "the copied objects cannot be pasted: %1")
                            .arg(QString::fromStdString(e.what()))
                            .toStdString());
    }
    for (const json::Value& v : copiedV->asArray())
        if (v.isNumber())
            sel.copied.insert(static_cast<ObjectId>(v.asNumber()));
    if (const json::Value* s = doc.find("source"); s && s->isString())
        sel.sourceTag = s->asString();
    return sel;
}

// Places copied objects in the target: new ids, shifted by (dx, dy), halls and rows resolved.
class PastePlacer {
public:
    PastePlacer(const Design& target, const Catalog& catalog, const std::set<ObjectId>& copied,
                double dx, double dy)
        : target_(target), catalog_(catalog), index_(target), copied_(copied), dx_(dx), dy_(dy),
          next_(target.nextId) {
        for (ObjectId id : copied)
            newId_[id] = next_++;
    }

    ObjectId nextId() const { return next_; }

    std::vector<ObjectSnapshot> place(const Design& f) {
        std::vector<ObjectSnapshot> added;
        placeAreas(f, added);
        placeRacks(f, added);
        placeEquipment(f, added);
        placeConnections(f, added);
        return added;
    }

private:
    ObjectId mapped(ObjectId id) const {
        auto it = newId_.find(id);
        return it == newId_.end() ? kNoId : it->second;
    }
    // The hall a copy stands in: its copied hall, else the target's hall under it, else the same
    // hall id when the target has that hall.
    ObjectId hallFor(ObjectId oldHall, const PointM& at) const {
        if (ObjectId m = mapped(oldHall); m != kNoId)
            return m;
        if (oldHall == kNoId)
            return kNoId;
        if (ObjectId h = hallAt(target_, at.xM, at.yM); h != kNoId)
            return h;
        return index_.kindOf(oldHall) == ObjectKind::Hall ? oldHall : kNoId;
    }
    void knownCatalog(const std::string& id, const QString& what) const {
        if (!id.empty() && !catalog_.find(id))
            throw EditError(QCoreApplication::translate(
                                "aifp::ui::EditError",
                                "a pasted %1 uses '%2', which this project's catalog lacks")
                                .arg(what, QString::fromStdString(id))
                                .toStdString());
    }
    // Connections come along when both their ends do.
    template <class Link> bool bothEndsCopied(const Link& l) const {
        return copied_.count(l.id) && mapped(l.fromId) != kNoId && mapped(l.toId) != kNoId;
    }
    template <class Link> void remapLink(Link& l) const {
        l.id = mapped(l.id);
        l.fromId = mapped(l.fromId);
        l.toId = mapped(l.toId);
    }

    void placeAreas(const Design& f, std::vector<ObjectSnapshot>& added) const {
        for (Hall h : f.halls)
            if (copied_.count(h.id)) {
                h.id = mapped(h.id);
                h.originXM += dx_;
                h.originYM += dy_;
                added.emplace_back(h);
            }
        for (Row r : f.rows)
            if (copied_.count(r.id)) {
                r.id = mapped(r.id);
                r.hallId = mapped(r.hallId) != kNoId ? mapped(r.hallId) : r.hallId;
                added.emplace_back(r);
            }
    }

    void placeRacks(const Design& f, std::vector<ObjectSnapshot>& added) const {
        for (Rack r : f.racks) {
            if (!copied_.count(r.id))
                continue;
            knownCatalog(r.catalogId, QCoreApplication::translate("aifp::ui::EditError", "rack"));
            shift(r.centerM, dx_, dy_);
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
                     !(r.hallId == oldHall && index_.kindOf(r.rowId) == ObjectKind::Row))
                r.rowId = kNoId; // its row stays behind
            r.id = mapped(r.id);
            added.emplace_back(r);
        }
    }

    // Equipment placed by its position; a busway's route moves with it.
    template <class Node>
    void placeNodes(const std::vector<Node>& nodes, const QString& what,
                    std::vector<ObjectSnapshot>& added) const {
        for (Node n : nodes) {
            if (!copied_.count(n.id))
                continue;
            knownCatalog(n.catalogId, what);
            shift(n.positionM, dx_, dy_);
            if constexpr (std::is_same_v<Node, PowerNode>)
                shift(n.routeM, dx_, dy_);
            n.hallId = hallFor(n.hallId, n.positionM);
            n.id = mapped(n.id);
            added.emplace_back(n);
        }
    }

    void placeEquipment(const Design& f, std::vector<ObjectSnapshot>& added) const {
        placeNodes(f.powerNodes,
                   QCoreApplication::translate("aifp::ui::EditError", "piece of equipment"), added);
        placeNodes(f.coolingNodes,
                   QCoreApplication::translate("aifp::ui::EditError", "piece of equipment"), added);
        placeNodes(f.switches, QCoreApplication::translate("aifp::ui::EditError", "switch"), added);
    }

    void placeConnections(const Design& f, std::vector<ObjectSnapshot>& added) const {
        for (PowerLink l : f.powerLinks)
            if (bothEndsCopied(l)) {
                remapLink(l);
                shift(l.routeM, dx_, dy_);
                added.emplace_back(l);
            }
        for (Pipe p : f.pipes)
            if (bothEndsCopied(p)) {
                remapLink(p);
                shift(p.routeM, dx_, dy_);
                added.emplace_back(p);
            }
        for (NetworkLink l : f.networkLinks)
            if (bothEndsCopied(l)) {
                remapLink(l);
                added.emplace_back(l);
            }
    }

    const Design& target_;
    const Catalog& catalog_;
    const DesignIndex index_;
    const std::set<ObjectId>& copied_;
    const double dx_, dy_;
    ObjectId next_;
    std::unordered_map<ObjectId, ObjectId> newId_;
};

} // namespace

PasteResult pasteFromJson(const Design& target, const Catalog& catalog, const std::string& text,
                          double dx, double dy) {
    const CopiedSelection sel = readCopiedSelection(text, catalog);
    PasteResult out;
    out.sourceTag = sel.sourceTag;
    DesignPatch& patch = out.patch;
    patch.nextIdBefore = target.nextId;
    PastePlacer placer(target, catalog, sel.copied, dx, dy);
    for (ObjectSnapshot& s : placer.place(sel.design)) {
        out.newIds.push_back(idOf(s));
        patch.add(std::move(s));
    }
    patch.nextIdAfter = placer.nextId();
    return out;
}

} // namespace aifp::ui
