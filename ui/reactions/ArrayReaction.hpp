#pragma once
#include "core/model/Geometry.hpp"
#include "ui/reactions/Reaction.hpp"
#include <optional>

namespace aifp::ui {

class ArrayDialog;

// Opens the array dialog (a row of N racks or a block of R rows x N racks); OK places the block
// as one undo step, or shows why it cannot.
class ArrayReaction : public Reaction {
    Q_OBJECT
public:
    ArrayReaction(QAction* action, Document* document, QWidget* dialogParent);
    // The last floor point clicked, used as the default block origin.
    void setSuggestedOrigin(const PointM& p) { origin_ = p; }
    ArrayDialog* dialog() const { return dialog_; }

protected:
    void onTriggered() override;
    bool enabledFor() const override;

private:
    void apply();
    QWidget* parent_;
    ArrayDialog* dialog_ = nullptr;
    std::optional<PointM> origin_;
};

} // namespace aifp::ui
