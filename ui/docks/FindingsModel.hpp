#pragma once
#include "core/validation/Finding.hpp"
#include <QAbstractTableModel>

namespace aifp::ui {

// Validation findings as a table: severity, rule, message, objects, fix, source. Sort keys are in
// Qt::UserRole (severity sorts errors first).
class FindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityCol, RuleCol, MessageCol, ObjectsCol, FixCol, SourceCol, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setResult(const ValidationResult& result);
    const Finding* findingAt(int row) const;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    std::vector<Finding> findings_;
};

} // namespace aifp::ui
