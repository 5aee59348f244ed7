#pragma once
#include "ui/commands/PatchCommand.hpp"
#include <optional>
#include <string>

namespace aifp::ui {

// Sets one Design::assumptionOverrides entry, or removes it (back to the engine's default) when
// value is empty. Undo restores the previous overrides exactly.
class AssumptionOverrideCommand : public PatchCommand {
public:
    AssumptionOverrideCommand(Document* document, const std::string& key,
                              std::optional<double> value);
    const std::string& key() const { return key_; }

private:
    static DesignPatch makePatch(const Design& design, const std::string& key,
                                 std::optional<double> value);
    std::string key_;
};

} // namespace aifp::ui
