#pragma once
#include "cli/Command.hpp"

namespace aifp::cli {

// One factory function per command, each in its own Command<Name>.cpp.
Command infoCommand();
Command newCommand();
Command exportCommand();
Command importCommand();
Command validateCommand();
Command impactCommand();
Command reportCommand();
Command estimateCommand();
Command estimateInferenceCommand();
Command scheduleCommand();
Command climateCommand();
Command compareCommand();
Command sensitivityCommand();
Command risksCommand();
Command thumbnailCommand();
Command variantCommand();
Command swapCommand();
Command checkCommand();

} // namespace aifp::cli
