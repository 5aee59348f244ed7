#pragma once
#include "ui/reactions/Reaction.hpp"

namespace aifp::ui {

// R: turns the selected racks 90 degrees about their centres.
class RotateReaction : public Reaction {
    Q_OBJECT
public:
    using Reaction::Reaction;

protected:
    void onTriggered() override;
};

} // namespace aifp::ui
