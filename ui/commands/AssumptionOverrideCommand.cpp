#include "ui/commands/AssumptionOverrideCommand.hpp"
#include "ui/document/Document.hpp"

namespace aifp::ui {

DesignPatch AssumptionOverrideCommand::makePatch(const Design& design, const std::string& key,
                                                 std::optional<double> value) {
    DesignPatch p;
    p.overridesBefore = design.assumptionOverrides;
    p.overridesAfter = design.assumptionOverrides;
    if (value)
        (*p.overridesAfter)[key] = *value;
    else
        p.overridesAfter->erase(key);
    return p;
}

AssumptionOverrideCommand::AssumptionOverrideCommand(Document* document, const std::string& key,
                                                     std::optional<double> value)
    : PatchCommand(document, makePatch(document->design(), key, value),
                   value ? QObject::tr("Set assumption %1").arg(QString::fromStdString(key))
                         : QObject::tr("Reset assumption %1").arg(QString::fromStdString(key))),
      key_(key) {}

} // namespace aifp::ui
