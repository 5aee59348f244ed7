#include "ui/docks/AssumptionTableModel.hpp"
#include <QBrush>
#include <QColor>
#include <QFont>
#include <cmath>

#include "ui/docks/EstimateSnapshot.hpp"

namespace aifp::ui {

void AssumptionTableModel::setAssumptions(std::vector<EstimateAssumption> assumptions,
                                          std::map<std::string, double> overrides) {
    beginResetModel();
    rows_ = std::move(assumptions);
    overrides_ = std::move(overrides);
    endResetModel();
}

bool AssumptionTableModel::isOverridden(int row) const {
    return row >= 0 && row < rowCount() && overrides_.count(rows_[std::size_t(row)].id) != 0;
}

bool AssumptionTableModel::isEditable(int row) const {
    return row >= 0 && row < rowCount() && isEditableAssumptionKey(rows_[std::size_t(row)].id);
}

int AssumptionTableModel::rowOf(const std::string& key) const {
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].id == key)
            return static_cast<int>(i);
    return -1;
}

int AssumptionTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int AssumptionTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssumptionTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const EstimateAssumption& a = rows_[std::size_t(index.row())];
    const bool overridden = isOverridden(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Text:
            return QString::fromStdString(a.text);
        case Value:
            if (role == Qt::EditRole)
                return a.value;
            return QString::number(a.value, 'g', 8);
        case Unit:
            return QString::fromStdString(a.unit);
        case Source:
            return QString::fromStdString(a.source);
        case Confidence:
            return overridden ? tr("user override") : QString(toString(a.confidence));
        case Key:
            return QString::fromStdString(a.id);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Value && !isEditable(index.row()))
            return tr("Descriptive: the engine has no override for this assumption");
        if (overridden)
            return tr("Overridden by the user; 'Reset to default' restores the sourced value");
        if (a.confidence == aifp::Confidence::Assumption ||
            a.confidence == aifp::Confidence::Unverified)
            return tr("Not a sourced figure: a planning assumption to check");
        return QString::fromStdString(a.source);
    case Qt::BackgroundRole:
        if (overridden)
            return QBrush(QColor(200, 220, 255)); // user-set value
        if (a.confidence == aifp::Confidence::Assumption ||
            a.confidence == aifp::Confidence::Unverified)
            return QBrush(QColor(255, 228, 181)); // unverified / assumption: amber
        if (a.confidence == aifp::Confidence::Secondary ||
            a.confidence == aifp::Confidence::Derived || a.confidence == aifp::Confidence::Claim)
            return QBrush(QColor(255, 250, 205)); // secondary / derived / vendor claim: pale yellow
        return {};
    case Qt::FontRole:
        if (overridden) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant AssumptionTableModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Text:
        return tr("Assumption");
    case Value:
        return tr("Value");
    case Unit:
        return tr("Unit");
    case Source:
        return tr("Source");
    case Confidence:
        return tr("Confidence");
    case Key:
        return tr("Key");
    }
    return {};
}

Qt::ItemFlags AssumptionTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Value && isEditable(index.row()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool AssumptionTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || index.column() != Value || !isEditable(index.row()))
        return false;
    bool ok = false;
    const double v = value.toDouble(&ok);
    const QString key = QString::fromStdString(rows_[std::size_t(index.row())].id);
    if (!ok || !std::isfinite(v)) {
        emit editRefused(tr("%1: '%2' is not a number").arg(key, value.toString()));
        return false;
    }
    if (v == rows_[std::size_t(index.row())].value)
        return false;
    emit overrideRequested(key, v);
    return true;
}

} // namespace aifp::ui
