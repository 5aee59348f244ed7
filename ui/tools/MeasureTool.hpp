#pragma once
#include "ui/tools/Tool.hpp"

namespace aifp::ui {

// Measures on the floor: click two points; the distance (and its x and y parts) shows live in
// the status bar while the line follows the cursor, and stays after the second click. Esc clears.
// Points snap to hall corners and connection points (PointSnap.hpp). Never edits the design.
class MeasureTool : public Tool {
    Q_OBJECT
public:
    using Tool::Tool;
    QString name() const override { return tr("Measure"); }
    void mousePress(const ToolEvent& e) override;
    void mouseMove(const ToolEvent& e) override;
    bool keyPress(int key, Qt::KeyboardModifiers mods) override;
    void deactivate() override;
    bool wantsNavigation() const override { return false; }
    // The last measured (or measuring) distance in metres; negative when there is none.
    double distanceM() const { return distanceM_; }
    QString describe(const PointM& a, const PointM& b) const;

private:
    void show(const PointM& b);
    PointM snapped(const PointM& rawM); // and marks the snap
    bool measuring_ = false;            // first point set, following the cursor
    PointM firstM;
    double distanceM_ = -1.0;
};

} // namespace aifp::ui
