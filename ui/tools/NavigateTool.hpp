#pragma once
#include "ui/tools/Tool.hpp"

namespace aifp::ui {

// Camera only: the left button orbits, nothing is edited.
class NavigateTool : public Tool {
    Q_OBJECT
public:
    using Tool::Tool;
    QString name() const override { return tr("Navigate"); }
    bool wantsNavigation() const override { return true; }
};

} // namespace aifp::ui
