#pragma once
#include "core/model/Design.hpp"
#include "core/model/DesignChange.hpp"
#include <QAbstractItemModel>
#include <memory>
#include <unordered_map>
#include <vector>

namespace aifp::ui {

// The design as a tree: site > halls > rows > racks, then power, cooling and network folders.
// A design of several clusters (Hall::cluster) shows site > clusters > halls > ...
// Children are created only when a view asks for them, so a hall of thousands of racks costs
// nothing until its rows are expanded. Ids are in Qt::UserRole.
class ProjectTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole;
    explicit ProjectTreeModel(QObject* parent = nullptr);
    ~ProjectTreeModel() override;

    // The design must outlive the model or the next setDesign call. Rebuilds the tree. index:
    // the design's id index when the caller has it (Document::designIndex, shared with the
    // other views), else built here.
    void setDesign(const Design* design, std::shared_ptr<const DesignIndex> index = {});
    void refresh() { setDesign(design_); }
    // After an edit: the tree is kept when the edit changed none of its structure (no object
    // added, removed or regrouped; a move or a property edit), and the rows built so far are
    // read again (their names); otherwise it is rebuilt as by setDesign. An edit of a 1 GW
    // campus then costs the edited objects, not an index of 650,000 objects.
    void applyChange(const Design* design, const DesignChange& change,
                     std::shared_ptr<const DesignIndex> index = {});
    const Design* design() const { return design_; }

    QModelIndex indexForId(ObjectId id); // creates the path to it; invalid if not shown
    ObjectId idAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;

private:
    enum class NodeType { Root, Site, Cluster, Hall, Row, Unassigned, Object, Folder };
    enum class Folder { Power, PowerLinks, Cooling, Pipes, Network, NetworkLinks };
    struct Node {
        NodeType type = NodeType::Root;
        ObjectId id = kNoId; // hall, row or object
        Folder folder = Folder::Power;
        int cluster = 0; // Cluster: index into clusters_
        Node* parent = nullptr;
        int row = 0;
        bool populated = false;
        std::vector<std::unique_ptr<Node>> children;
    };
    Node* nodeOf(const QModelIndex& index) const;
    void populate(Node* node) const;
    std::size_t childCount(const Node* node) const;
    QString label(const Node* node) const;
    void buildGroups();
    bool keepsStructure(const Design* design, const DesignChange& change) const;
    void rowsChanged(const Node* node);
    bool grouped() const { return clusters_.size() > 1; }

    const Design* design_ = nullptr;
    std::shared_ptr<const DesignIndex> index_;
    std::vector<std::size_t> sizes_; // of the design's object lists at setDesign
    std::unique_ptr<Node> root_;
    std::unordered_map<ObjectId, std::vector<std::size_t>> rowsByHall_, racksByRow_,
        unassignedByHall_; // indices into the design's vectors
    struct ClusterGroup {
        std::string name;
        std::vector<ObjectId> halls;
    };
    std::vector<ClusterGroup> clusters_; // in the order of their first hall
    std::unordered_map<ObjectId, int> clusterOfHall_;
};

} // namespace aifp::ui
