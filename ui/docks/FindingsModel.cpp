#include "ui/docks/FindingsModel.hpp"
#include "ui/document/DisplayFormat.hpp"
#include <QBrush>
#include <QStringList>

namespace aifp::ui {

void FindingsModel::setResult(const ValidationResult& result) {
    beginResetModel();
    findings_ = result.findings;
    endResetModel();
}

const Finding* FindingsModel::findingAt(int row) const {
    return row >= 0 && row < static_cast<int>(findings_.size())
               ? &findings_[static_cast<std::size_t>(row)]
               : nullptr;
}

int FindingsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(findings_.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const {
    const Finding* f = findingAt(index.row());
    if (!f)
        return {};
    if (role == Qt::UserRole && index.column() == SeverityCol)
        return static_cast<int>(f->severity); // Error 0 < Warning 1 < Info 2
    if (role == Qt::ForegroundRole && index.column() == SeverityCol)
        return QBrush(f->severity == Severity::Error     ? QColor(190, 0, 30)
                      : f->severity == Severity::Warning ? QColor(176, 96, 0)
                                                         : QColor(40, 90, 160));
    if (role == Qt::ToolTipRole)
        return displayUnits(
            QString::fromStdString(f->message) +
            (f->fix.empty() ? QString()
                            : "\n" + tr("Fix: %1").arg(QString::fromStdString(f->fix))) +
            (f->source.empty() ? QString()
                               : "\n" + tr("Source: %1").arg(QString::fromStdString(f->source))));
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    switch (index.column()) {
    case SeverityCol: {
        // Severity::Error 0, Warning 1, Info 2 (as the sort role above).
        static const char* const words[] = {QT_TR_NOOP("error"), QT_TR_NOOP("warning"),
                                            QT_TR_NOOP("info")};
        const int i = static_cast<int>(f->severity);
        return i >= 0 && i < 3 ? tr(words[i]) : QString(toString(f->severity));
    }
    case RuleCol:
        return QString::fromStdString(f->rule);
    case MessageCol:
        return displayUnits(QString::fromStdString(f->message));
    case ObjectsCol: {
        QStringList ids;
        for (ObjectId id : f->objects)
            ids << QString::number(id);
        if (ids.size() > 6)
            return ids.mid(0, 6).join(", ") + QStringLiteral(", ... (%1)").arg(ids.size());
        return ids.join(", ");
    }
    case FixCol:
        return displayUnits(QString::fromStdString(f->fix));
    case SourceCol:
        return QString::fromStdString(f->source);
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char* names[] = {QT_TR_NOOP("Severity"), QT_TR_NOOP("Rule"), QT_TR_NOOP("Message"),
                                  QT_TR_NOOP("Objects"),  QT_TR_NOOP("Fix"),  QT_TR_NOOP("Source")};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace aifp::ui
