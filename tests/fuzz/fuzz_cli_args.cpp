// libFuzzer target: the command-line argument parser of every aifp-cli command, and the typed
// accessors (numbers, whole numbers, --format). The input is split into arguments at NUL bytes.
// Commands are not run (they would write files); UsageError is the expected outcome.
#include "cli/Command.hpp"
#include <cstdint>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<std::string> argv;
    std::string cur;
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == 0) {
            argv.push_back(cur);
            cur.clear();
        } else {
            cur += static_cast<char>(data[i]);
        }
    }
    argv.push_back(cur);
    if (argv.size() > 64)
        return 0;
    const auto& commands = aifp::cli::commands();
    const auto& cmd = commands[static_cast<std::size_t>(argv.front().size()) % commands.size()];
    const std::vector<std::string> rest(argv.begin() + 1, argv.end());
    try {
        const auto args = aifp::cli::Args::parse(rest, cmd.options);
        for (const auto& o : cmd.options) {
            if (!args.has(o.name))
                continue;
            try {
                (void)args.number(o.name, 0.0);
            } catch (const aifp::cli::UsageError&) {
            }
            try {
                (void)args.integer(o.name, 0);
            } catch (const aifp::cli::UsageError&) {
            }
            (void)args.values(o.name);
        }
        try {
            (void)args.format();
        } catch (const aifp::cli::UsageError&) {
        }
    } catch (const aifp::cli::UsageError&) {
    }
    return 0;
}
