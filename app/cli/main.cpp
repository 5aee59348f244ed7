// aifp-cli: the headless tool. Links core only; all logic lives in core/cli.
#include "cli/Command.hpp"
#include "core/i18n/Language.hpp"
#include "core/util/DataDir.hpp"
#include <iostream>

int main(int argc, char** argv) {
    aifp::setProgramPath(argv[0]); // finds share/aifp when /proc is not mounted
    // Human text follows the environment's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) unless
    // --lang says otherwise; files and JSON never depend on it (translations/README.md).
    aifp::setLanguage(aifp::languageFromEnvironment());
    std::vector<std::string> args(argv + 1, argv + argc);
    return aifp::cli::run(args, std::cout, std::cerr);
}
