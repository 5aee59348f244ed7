#pragma once
#include "core/estimate/FactoryEstimate.hpp"
#include <QAbstractTableModel>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace aifp::ui {

// The estimate's assumptions as a table: text, value, unit, source, confidence, key. Values of
// keys the engine reads from Design::assumptionOverrides are editable; an edit is not applied
// here but announced with overrideRequested, so the dock can push an undoable command.
class AssumptionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Text, Value, Unit, Source, Confidence, Key, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setAssumptions(std::vector<EstimateAssumption> assumptions,
                        std::map<std::string, double> overrides);
    const EstimateAssumption& assumption(int row) const { return rows_.at(std::size_t(row)); }
    bool isOverridden(int row) const;
    bool isEditable(int row) const;
    // Row of the assumption with this key, or -1.
    int rowOf(const std::string& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

signals:
    // The user typed a new value for key (finite, checked here); nothing is changed yet.
    void overrideRequested(const QString& key, double value);
    // A value that is not a number or not finite: the reason, for the status line.
    void editRefused(const QString& reason);

private:
    std::vector<EstimateAssumption> rows_;
    std::map<std::string, double> overrides_;
};

} // namespace aifp::ui
