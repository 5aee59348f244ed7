#pragma once
#include "ui/tools/Tool.hpp"

namespace aifp::ui {

// Drag on the floor to create a hall (snapped to the 0.6 m grid); drag from within 1 m of a hall's
// north-east corner to resize that hall.
class HallTool : public Tool {
    Q_OBJECT
public:
    using Tool::Tool;
    QString name() const override { return tr("Create / resize hall"); }
    void mousePress(const ToolEvent& e) override;
    void mouseMove(const ToolEvent& e) override;
    void mouseRelease(const ToolEvent& e) override;

private:
    bool active_ = false;
    ObjectId resizing_ = kNoId;
    PointM startM;
};

} // namespace aifp::ui
