#pragma once
#include "ui/reactions/Reaction.hpp"

namespace aifp::ui {

// Ctrl+D: copies the selected racks and equipment one grid tile (0.6 m) east and selects the
// copies.
class DuplicateReaction : public Reaction {
    Q_OBJECT
public:
    using Reaction::Reaction;

protected:
    void onTriggered() override;
};

} // namespace aifp::ui
