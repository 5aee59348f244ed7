#pragma once
#include "ui/commands/PatchCommand.hpp"
#include <string>

namespace aifp::ui {

// Sets one property ("position", "widthM", "name", ...) of one or more objects. Consecutive
// changes of the same property of the same objects merge into one undo step, so a drag or a
// spin-box scrub is undone at once (Tiled's ChangeValue pattern).
class ChangeValueCommand : public PatchCommand {
public:
    static constexpr int kId = 0x41490001;
    ChangeValueCommand(Document* document, DesignPatch patch, std::string property,
                       const QString& text);
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand* other) override;
    const std::string& property() const { return property_; }

private:
    std::string property_;
};

} // namespace aifp::ui
