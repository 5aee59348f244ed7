// aifp-cli: the headless tool. Links core only; all logic lives in core/cli.
#include "core/cli/Command.hpp"
#include "core/util/DataDir.hpp"
#include <iostream>

int main(int argc, char** argv) {
    aifp::setProgramPath(argv[0]); // finds share/aifp when /proc is not mounted
    std::vector<std::string> args(argv + 1, argv + argc);
    return aifp::cli::run(args, std::cout, std::cerr);
}
