#include "ui/docks/ProjectTreeModel.hpp"
#include "core/model/ObjectLists.hpp"
#include "ui/document/DisplayFormat.hpp"
#include <algorithm>

namespace aifp::ui {

namespace {
std::vector<std::size_t> listSizes(const Design& design) {
    std::vector<std::size_t> sizes;
    forEachObjectList(design, [&](const auto& list, ObjectKind) { sizes.push_back(list.size()); });
    return sizes;
}
} // namespace

ProjectTreeModel::ProjectTreeModel(QObject* parent)
    : QAbstractItemModel(parent), root_(std::make_unique<Node>()) {}

ProjectTreeModel::~ProjectTreeModel() = default;

void ProjectTreeModel::setDesign(const Design* design, std::shared_ptr<const DesignIndex> index) {
    beginResetModel();
    design_ = design;
    if (!design)
        index_.reset();
    else
        index_ = index ? std::move(index) : std::make_shared<const DesignIndex>(*design);
    sizes_ = design ? listSizes(*design) : std::vector<std::size_t>{};
    root_ = std::make_unique<Node>();
    buildGroups();
    endResetModel();
}

void ProjectTreeModel::applyChange(const Design* design, const DesignChange& change,
                                   std::shared_ptr<const DesignIndex> index) {
    if (!keepsStructure(design, change)) {
        setDesign(design, std::move(index));
        return;
    }
    rowsChanged(root_.get());
}

bool ProjectTreeModel::keepsStructure(const Design* design, const DesignChange& change) const {
    if (!design || design != design_ || !index_ || change.kind != DesignChange::Kind::Modified ||
        change.touches(ObjectKind::Hall) || change.touches(ObjectKind::Row) ||
        listSizes(*design) != sizes_)
        return false;
    auto holds = [](const auto& groups, ObjectId key, std::size_t i) {
        const auto it = groups.find(key);
        return it != groups.end() &&
               std::find(it->second.begin(), it->second.end(), i) != it->second.end();
    };
    for (ObjectId id : change.ids) {
        // Still where the tree has it (not added, removed or moved in its list)...
        const DesignIndex::Entry e = index_->find(id);
        bool there = false;
        forEachObjectList(*design, [&](const auto& list, ObjectKind kind) {
            there = there || (kind == e.kind && e.index < list.size() && list[e.index].id == id);
        });
        if (!there)
            return false;
        // ... and a rack still in its row, or among its hall's racks without a row.
        if (e.kind == ObjectKind::Rack) {
            const Rack& r = design->racks[e.index];
            if (r.rowId != kNoId ? !holds(racksByRow_, r.rowId, e.index)
                                 : !holds(unassignedByHall_, r.hallId, e.index))
                return false;
        }
    }
    return true;
}

void ProjectTreeModel::rowsChanged(const Node* node) {
    if (!node->populated || node->children.empty())
        return;
    const auto& first = node->children.front();
    const auto& last = node->children.back();
    emit dataChanged(createIndex(first->row, 0, first.get()),
                     createIndex(last->row, 0, last.get()));
    for (const auto& c : node->children)
        rowsChanged(c.get());
}

void ProjectTreeModel::buildGroups() {
    rowsByHall_.clear();
    racksByRow_.clear();
    unassignedByHall_.clear();
    clusters_.clear();
    clusterOfHall_.clear();
    if (!design_)
        return;
    std::unordered_map<std::string, int> byName;
    for (const Hall& h : design_->halls) {
        auto [it, inserted] = byName.emplace(h.cluster, static_cast<int>(clusters_.size()));
        if (inserted)
            clusters_.push_back({h.cluster, {}});
        clusters_[static_cast<std::size_t>(it->second)].halls.push_back(h.id);
        clusterOfHall_[h.id] = it->second;
    }
    for (std::size_t i = 0; i < design_->rows.size(); ++i)
        rowsByHall_[design_->rows[i].hallId].push_back(i);
    for (std::size_t i = 0; i < design_->racks.size(); ++i) {
        const Rack& r = design_->racks[i];
        if (r.rowId != kNoId)
            racksByRow_[r.rowId].push_back(i);
        else
            unassignedByHall_[r.hallId].push_back(i);
    }
}

ProjectTreeModel::Node* ProjectTreeModel::nodeOf(const QModelIndex& index) const {
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : root_.get();
}

std::size_t ProjectTreeModel::childCount(const Node* n) const {
    if (!design_)
        return 0;
    auto sizeIn = [](const auto& map, ObjectId id) {
        auto it = map.find(id);
        return it == map.end() ? std::size_t{0} : it->second.size();
    };
    switch (n->type) {
    case NodeType::Root:
        return 1;
    case NodeType::Site:
        return (grouped() ? clusters_.size() : design_->halls.size()) + 6;
    case NodeType::Cluster:
        return clusters_[static_cast<std::size_t>(n->cluster)].halls.size();
    case NodeType::Hall:
        return sizeIn(rowsByHall_, n->id) + (sizeIn(unassignedByHall_, n->id) > 0 ? 1 : 0);
    case NodeType::Row:
        return sizeIn(racksByRow_, n->id);
    case NodeType::Unassigned:
        return sizeIn(unassignedByHall_, n->id);
    case NodeType::Object:
        return 0;
    case NodeType::Folder:
        switch (n->folder) {
        case Folder::Power:
            return design_->powerNodes.size();
        case Folder::PowerLinks:
            return design_->powerLinks.size();
        case Folder::Cooling:
            return design_->coolingNodes.size();
        case Folder::Pipes:
            return design_->pipes.size();
        case Folder::Network:
            return design_->switches.size();
        case Folder::NetworkLinks:
            return design_->networkLinks.size();
        }
    }
    return 0;
}

void ProjectTreeModel::populate(Node* n) const {
    if (n->populated || !design_)
        return;
    n->populated = true;
    auto add = [n](NodeType type, ObjectId id, Folder folder = Folder::Power, int cluster = 0) {
        auto c = std::make_unique<Node>();
        c->type = type;
        c->id = id;
        c->folder = folder;
        c->cluster = cluster;
        c->parent = n;
        c->row = static_cast<int>(n->children.size());
        n->children.push_back(std::move(c));
    };
    auto at = [](const auto& map, ObjectId id) -> const std::vector<std::size_t>& {
        static const std::vector<std::size_t> none;
        auto it = map.find(id);
        return it == map.end() ? none : it->second;
    };
    switch (n->type) {
    case NodeType::Root:
        add(NodeType::Site, kNoId);
        break;
    case NodeType::Site:
        if (grouped())
            for (std::size_t c = 0; c < clusters_.size(); ++c)
                add(NodeType::Cluster, kNoId, Folder::Power, static_cast<int>(c));
        else
            for (const auto& h : design_->halls)
                add(NodeType::Hall, h.id);
        for (Folder f : {Folder::Power, Folder::PowerLinks, Folder::Cooling, Folder::Pipes,
                         Folder::Network, Folder::NetworkLinks})
            add(NodeType::Folder, kNoId, f);
        break;
    case NodeType::Cluster:
        for (const ObjectId hall : clusters_[static_cast<std::size_t>(n->cluster)].halls)
            add(NodeType::Hall, hall);
        break;
    case NodeType::Hall:
        for (std::size_t i : at(rowsByHall_, n->id))
            add(NodeType::Row, design_->rows[i].id);
        if (!at(unassignedByHall_, n->id).empty())
            add(NodeType::Unassigned, n->id);
        break;
    case NodeType::Row:
        for (std::size_t i : at(racksByRow_, n->id))
            add(NodeType::Object, design_->racks[i].id);
        break;
    case NodeType::Unassigned:
        for (std::size_t i : at(unassignedByHall_, n->id))
            add(NodeType::Object, design_->racks[i].id);
        break;
    case NodeType::Folder: {
        auto all = [&](const auto& v) {
            for (const auto& o : v)
                add(NodeType::Object, o.id);
        };
        switch (n->folder) {
        case Folder::Power:
            all(design_->powerNodes);
            break;
        case Folder::PowerLinks:
            all(design_->powerLinks);
            break;
        case Folder::Cooling:
            all(design_->coolingNodes);
            break;
        case Folder::Pipes:
            all(design_->pipes);
            break;
        case Folder::Network:
            all(design_->switches);
            break;
        case Folder::NetworkLinks:
            all(design_->networkLinks);
            break;
        }
        break;
    }
    case NodeType::Object:
        break;
    }
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex& parent) const {
    Node* p = nodeOf(parent);
    populate(p);
    if (row < 0 || column != 0 || row >= static_cast<int>(p->children.size()))
        return {};
    return createIndex(row, column, p->children[static_cast<std::size_t>(row)].get());
}

QModelIndex ProjectTreeModel::parent(const QModelIndex& child) const {
    Node* n = nodeOf(child);
    if (!child.isValid() || !n->parent || n->parent == root_.get())
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int ProjectTreeModel::rowCount(const QModelIndex& parent) const {
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(childCount(nodeOf(parent)));
}

bool ProjectTreeModel::hasChildren(const QModelIndex& parent) const {
    return rowCount(parent) > 0;
}

int ProjectTreeModel::columnCount(const QModelIndex&) const {
    return 1;
}

QString ProjectTreeModel::label(const Node* n) const {
    const DesignIndex& index = *index_;
    auto named = [](const std::string& name, ObjectId id, const char* kind) {
        return name.empty() ? QString("%1 %2").arg(kindText(kind)).arg(id)
                            : QString::fromStdString(name);
    };
    switch (n->type) {
    case NodeType::Root:
        return {};
    case NodeType::Site:
        return tr("Site: %1").arg(QString::fromStdString(design_->site.name));
    case NodeType::Cluster: {
        const ClusterGroup& c = clusters_[static_cast<std::size_t>(n->cluster)];
        return tr("%1 (%n hall(s))", nullptr, static_cast<int>(c.halls.size()))
            .arg(c.name.empty() ? tr("Unnamed cluster") : QString::fromStdString(c.name));
    }
    case NodeType::Hall: {
        const Hall* h = index.hall(n->id);
        return h ? tr("%1 (%2 m x %3 m)")
                       .arg(named(h->name, h->id, "hall"))
                       .arg(h->widthM)
                       .arg(h->depthM)
                 : QString();
    }
    case NodeType::Row: {
        const auto e = index.find(n->id);
        const Row& r = design_->rows[e.index];
        return tr("%1 (%n rack(s))", nullptr, static_cast<int>(childCount(n)))
            .arg(named(r.name, r.id, "row"));
    }
    case NodeType::Unassigned:
        return tr("Racks outside rows (%1)").arg(childCount(n));
    case NodeType::Folder:
        switch (n->folder) {
        case Folder::Power:
            return tr("Power equipment (%1)").arg(childCount(n));
        case Folder::PowerLinks:
            return tr("Power links (%1)").arg(childCount(n));
        case Folder::Cooling:
            return tr("Cooling equipment (%1)").arg(childCount(n));
        case Folder::Pipes:
            return tr("Pipes (%1)").arg(childCount(n));
        case Folder::Network:
            return tr("Network switches (%1)").arg(childCount(n));
        case Folder::NetworkLinks:
            return tr("Network links (%1)").arg(childCount(n));
        }
        return {};
    case NodeType::Object: {
        const auto e = index.find(n->id);
        switch (e.kind) {
        case ObjectKind::Rack: {
            const Rack& r = design_->racks[e.index];
            return QString("%1  [%2]")
                .arg(named(r.name, r.id, "rack"), QString::fromStdString(r.catalogId));
        }
        case ObjectKind::PowerNode: {
            const PowerNode& p = design_->powerNodes[e.index];
            return QString("%1  [%2]")
                .arg(named(p.name, p.id, toString(p.kind)), kindText(toString(p.kind)));
        }
        case ObjectKind::CoolingNode: {
            const CoolingNode& c = design_->coolingNodes[e.index];
            return QString("%1  [%2]")
                .arg(named(c.name, c.id, toString(c.kind)), kindText(toString(c.kind)));
        }
        case ObjectKind::NetworkSwitch: {
            const NetworkSwitch& s = design_->switches[e.index];
            return named(s.name, s.id, "switch");
        }
        case ObjectKind::PowerLink: {
            const PowerLink& l = design_->powerLinks[e.index];
            return tr("%1 %2 -> %3").arg(toString(l.kind)).arg(l.fromId).arg(l.toId);
        }
        case ObjectKind::Pipe: {
            const Pipe& p = design_->pipes[e.index];
            return tr("pipe %1 -> %2 (%3 m)").arg(p.fromId).arg(p.toId).arg(p.lengthM, 0, 'f', 1);
        }
        case ObjectKind::NetworkLink: {
            const NetworkLink& l = design_->networkLinks[e.index];
            return tr("%1 x %2 Gb/s %3 -> %4")
                .arg(l.count)
                .arg(l.speedGbps)
                .arg(l.fromId)
                .arg(l.toId);
        }
        default:
            return QString::number(n->id);
        }
    }
    }
    return {};
}

QVariant ProjectTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !design_)
        return {};
    const Node* n = nodeOf(index);
    if (role == Qt::DisplayRole)
        return label(n);
    if (role == IdRole)
        return QVariant::fromValue<qulonglong>(
            n->type == NodeType::Unassigned || n->type == NodeType::Cluster ? kNoId : n->id);
    return {};
}

QVariant ProjectTreeModel::headerData(int section, Qt::Orientation o, int role) const {
    if (section == 0 && o == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Project");
    return {};
}

ObjectId ProjectTreeModel::idAt(const QModelIndex& index) const {
    return index.isValid() ? data(index, IdRole).toULongLong() : kNoId;
}

QModelIndex ProjectTreeModel::indexForId(ObjectId id) {
    if (!design_ || id == kNoId)
        return {};
    const auto e = index_->find(id);
    // The chain of (node type, id or folder) from the site down to the object.
    QModelIndex site = index(0, 0);
    auto child = [this](const QModelIndex& parent, auto pred) -> QModelIndex {
        Node* p = nodeOf(parent);
        populate(p);
        for (const auto& c : p->children)
            if (pred(*c))
                return createIndex(c->row, 0, c.get());
        return {};
    };
    auto byId = [&](const QModelIndex& parent, ObjectId want) {
        return child(parent, [want](const Node& c) {
            return c.id == want && c.type != NodeType::Unassigned;
        });
    };
    // A hall sits under the site, or under its cluster when the design has several.
    auto hallNode = [&](ObjectId hallId) {
        if (!grouped())
            return byId(site, hallId);
        const auto c = clusterOfHall_.find(hallId);
        if (c == clusterOfHall_.end())
            return QModelIndex();
        const int want = c->second;
        return byId(child(site,
                          [want](const Node& n) {
                              return n.type == NodeType::Cluster && n.cluster == want;
                          }),
                    hallId);
    };
    auto folder = [&](Folder f) {
        return child(site,
                     [f](const Node& c) { return c.type == NodeType::Folder && c.folder == f; });
    };
    switch (e.kind) {
    case ObjectKind::Hall:
        return hallNode(id);
    case ObjectKind::Row:
        return byId(hallNode(design_->rows[e.index].hallId), id);
    case ObjectKind::Rack: {
        const Rack& r = design_->racks[e.index];
        const QModelIndex hall = hallNode(r.hallId);
        if (r.rowId != kNoId)
            return byId(byId(hall, r.rowId), id);
        return byId(child(hall, [](const Node& c) { return c.type == NodeType::Unassigned; }), id);
    }
    case ObjectKind::PowerNode:
        return byId(folder(Folder::Power), id);
    case ObjectKind::PowerLink:
        return byId(folder(Folder::PowerLinks), id);
    case ObjectKind::CoolingNode:
        return byId(folder(Folder::Cooling), id);
    case ObjectKind::Pipe:
        return byId(folder(Folder::Pipes), id);
    case ObjectKind::NetworkSwitch:
        return byId(folder(Folder::Network), id);
    case ObjectKind::NetworkLink:
        return byId(folder(Folder::NetworkLinks), id);
    default:
        return {};
    }
}

} // namespace aifp::ui
