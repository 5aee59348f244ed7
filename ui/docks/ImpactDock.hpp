#pragma once
#include "core/validation/FailureImpact.hpp"
#include <QDockWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace aifp::ui {

class Document;

// The result of a failure simulation: what failed, the racks that lose power, cooling,
// redundancy or their fabric connection (with the colour each has in the 3D view), GPUs,
// fabric bandwidth and tokens/s lost, overloads, and the assumptions behind the figures.
// "Clear" asks for the normal colouring back. Activating a listed object selects it.
class ImpactDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ImpactDock(Document* document, QWidget* parent = nullptr);

    void showRunning(int failedCount);
    // design: the design simulated (names of the listed objects).
    void setResult(const ImpactResult& result, const Design& design);
    void setError(const QString& reason);
    // The design changed since the simulation: the figures are kept but marked out of date.
    void markStale();
    void clearResult();

    QString summaryText() const;
    QTreeWidget* list() const { return list_; }
    QPushButton* clearButton() const { return clear_; }

signals:
    void clearRequested();

private:
    Document* document_;
    QLabel* status_;
    QLabel* summary_;
    QTreeWidget* list_;
    QPushButton* clear_;
};

} // namespace aifp::ui
