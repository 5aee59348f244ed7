#include "cli/Command.hpp"
#include "cli/Commands.hpp"

namespace aifp::cli {

// Each command is defined in its own file (Command<Name>.cpp); this is the one list of them.
const std::vector<Command>& commands() {
    static const std::vector<Command> all = {
        infoCommand(),        newCommand(),      exportCommand(),
        importCommand(),      validateCommand(), impactCommand(),
        reportCommand(),      estimateCommand(), estimateInferenceCommand(),
        scheduleCommand(),    climateCommand(),  compareCommand(),
        sensitivityCommand(), risksCommand(),    thumbnailCommand(),
        variantCommand(),     swapCommand(),     checkCommand(),
    };
    return all;
}

} // namespace aifp::cli
