#include "ui/commands/ChangeValueCommand.hpp"

namespace aifp::ui {

ChangeValueCommand::ChangeValueCommand(Document* document, DesignPatch patch, std::string property,
                                       const QString& text)
    : PatchCommand(document, std::move(patch), text), property_(std::move(property)) {}

bool ChangeValueCommand::mergeWith(const QUndoCommand* other) {
    const auto* o = dynamic_cast<const ChangeValueCommand*>(other);
    if (!o || o->property_ != property_ || o->patch_.entries.size() != patch_.entries.size())
        return false;
    for (std::size_t i = 0; i < patch_.entries.size(); ++i)
        if (patch_.entries[i].id != o->patch_.entries[i].id)
            return false;
    if (patch_.siteAfter.has_value() != o->patch_.siteAfter.has_value() ||
        patch_.settingsAfter.has_value() != o->patch_.settingsAfter.has_value())
        return false;
    // Keep our "before", take their "after".
    for (std::size_t i = 0; i < patch_.entries.size(); ++i)
        patch_.entries[i].after = o->patch_.entries[i].after;
    if (o->patch_.siteAfter)
        patch_.siteAfter = o->patch_.siteAfter;
    if (o->patch_.settingsAfter)
        patch_.settingsAfter = o->patch_.settingsAfter;
    setText(o->text()); // the undo text names the final value ("Set site climate to Madrid")
    return true;
}

} // namespace aifp::ui
