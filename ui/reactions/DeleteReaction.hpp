#pragma once
#include "ui/reactions/Reaction.hpp"

namespace aifp::ui {

// Del: removes the selection and everything that references it, as one undo step.
class DeleteReaction : public Reaction {
    Q_OBJECT
public:
    using Reaction::Reaction;

protected:
    void onTriggered() override;
};

} // namespace aifp::ui
