#pragma once
#include "core/cli/Command.hpp"

namespace aifp::cli {

// One factory function per command, each in its own Command<Name>.cpp.
Command infoCommand();
Command exportCommand();
Command importCommand();

} // namespace aifp::cli
