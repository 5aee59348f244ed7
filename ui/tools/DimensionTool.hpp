#pragma once
#include "ui/tools/Tool.hpp"
#include <utility>
#include <vector>

namespace aifp::ui {

// A dimension line on the plan: two floor points; the view draws it with end ticks and the
// distance in metres.
struct Dimension {
    PointM aM;
    PointM bM;
    double lengthM() const;
};

// Places dimension annotations: click two points (snapped to hall corners and connection points,
// like Measure); the dimension stays on the plan for the session, through tool changes, until it
// is deleted (Backspace or Delete: the last one), cleared (View > Clear dimensions) or another
// design is opened. Annotations are not part of the design: they are not saved, not undone and
// never mark the project modified.
class DimensionTool : public Tool {
    Q_OBJECT
public:
    explicit DimensionTool(Document* document, QObject* parent = nullptr);
    QString name() const override { return tr("Dimension"); }
    void mousePress(const ToolEvent& e) override;
    void mouseMove(const ToolEvent& e) override;
    bool keyPress(int key, Qt::KeyboardModifiers mods) override;
    bool wantsKey(int key, Qt::KeyboardModifiers mods) const override;
    void deactivate() override;

    const std::vector<Dimension>& dimensions() const { return dimensions_; }
    void removeLast();
    void clear();

signals:
    // Every dimension placed so far (the view draws them).
    void dimensionsChanged(const std::vector<aifp::ui::Dimension>& dimensions);

private:
    void cancel();
    bool placing_ = false; // first point set, following the cursor
    PointM firstM;
    std::vector<Dimension> dimensions_;
};

} // namespace aifp::ui
