// aifp-cli: the headless tool. Links core only; all logic lives in core/cli.
#include "core/cli/Command.hpp"
#include <iostream>

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    return aifp::cli::run(args, std::cout, std::cerr);
}
