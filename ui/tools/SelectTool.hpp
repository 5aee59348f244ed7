#pragma once
#include "ui/tools/Tool.hpp"

namespace aifp::ui {

// Click selects, Shift+click toggles, dragging on empty floor selects everything inside the
// dragged floor rectangle, dragging a selected object moves the selection on the 0.6 m grid as
// one undo step.
class SelectTool : public Tool {
    Q_OBJECT
public:
    using Tool::Tool;
    QString name() const override { return tr("Select / move"); }
    void mousePress(const ToolEvent& e) override;
    void mouseMove(const ToolEvent& e) override;
    void mouseRelease(const ToolEvent& e) override;
    bool wantsNavigation() const override { return !dragging_ && !banding_; }

private:
    bool dragging_ = false;
    bool banding_ = false;
    bool newDrag_ = false;
    int dragSerial_ = 0;
    PointM startM;
    double appliedDxM = 0.0, appliedDyM = 0.0;
};

} // namespace aifp::ui
