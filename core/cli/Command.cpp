#include "core/cli/Command.hpp"
#include "core/io/Project.hpp"
#include "core/util/MessageText.hpp"
#include <cmath>
#include <exception>
#include <new>
#include <stdexcept>

#ifndef AIFP_VERSION
#define AIFP_VERSION "0"
#endif

namespace aifp::cli {

std::string Args::value(const std::string& name, const std::string& fallback) const {
    auto it = values_.find(name);
    return it == values_.end() || it->second.empty() ? fallback : it->second.back();
}

const std::vector<std::string>& Args::values(const std::string& name) const {
    static const std::vector<std::string> empty;
    auto it = values_.find(name);
    return it == values_.end() ? empty : it->second;
}

double Args::number(const std::string& name, double fallback) const {
    if (!has(name))
        return fallback;
    const std::string text = value(name);
    std::size_t used = 0;
    double v = 0.0;
    try {
        v = std::stod(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || text.empty() || !std::isfinite(v))
        throw UsageError("--" + name + ": '" + text + "' is not a number");
    return v;
}

long Args::integer(const std::string& name, long fallback) const {
    if (!has(name))
        return fallback;
    const std::string text = value(name);
    std::size_t used = 0;
    long v = 0;
    try {
        v = std::stol(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || text.empty())
        throw UsageError("--" + name + ": '" + text + "' is not a whole number");
    return v;
}

std::string Args::format(const std::vector<std::string>& allowed) const {
    const std::string f = value("format", allowed.front());
    for (const auto& a : allowed)
        if (f == a)
            return f;
    std::string list;
    for (const auto& a : allowed)
        list += (list.empty() ? "" : "|") + a;
    throw UsageError("--format: '" + f + "' is not one of " + list);
}

Args Args::parse(const std::vector<std::string>& argv, const std::vector<OptionSpec>& specs) {
    Args a;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& arg = argv[i];
        if (arg.size() > 2 && arg.rfind("--", 0) == 0) {
            std::string name = arg.substr(2);
            std::string inlineValue;
            bool hasInline = false;
            if (auto eq = name.find('='); eq != std::string::npos) {
                inlineValue = name.substr(eq + 1);
                name = name.substr(0, eq);
                hasInline = true;
            }
            const OptionSpec* spec = nullptr;
            for (const auto& s : specs)
                if (s.name == name)
                    spec = &s;
            if (!spec)
                throw UsageError("unknown option --" + name);
            if (spec->valueName.empty()) {
                if (hasInline)
                    throw UsageError("--" + name + " takes no value");
                a.values_[name].push_back("");
                continue;
            }
            std::string v;
            if (hasInline) {
                v = inlineValue;
            } else {
                if (i + 1 >= argv.size())
                    throw UsageError("--" + name + " needs a value (" + spec->valueName + ")");
                v = argv[++i];
            }
            if (!spec->repeatable && a.values_.count(name))
                throw UsageError("--" + name + " given more than once");
            a.values_[name].push_back(v);
        } else {
            a.positional_.push_back(arg);
        }
    }
    return a;
}

namespace {

void printToolHelp(std::ostream& out) {
    out << "aifp-cli " AIFP_VERSION " - AI Factory Planner, command line\n\n"
           "Usage: aifp-cli COMMAND [ARGS] [--format text|json]\n"
           "       aifp-cli COMMAND --help\n\nCommands:\n";
    std::size_t width = 0;
    for (const auto& c : commands())
        width = std::max(width, c.name.size());
    for (const auto& c : commands())
        out << "  " << c.name << std::string(width - c.name.size() + 2, ' ') << c.summary << "\n";
    out << "\nExit codes: 0 success, 1 the design has findings of severity error,\n"
           "            2 usage, input or output error (message on stderr).\n";
}

void printCommandHelp(const Command& c, std::ostream& out) {
    out << "Usage: " << c.usage << "\n\n" << c.summary << "\n";
    if (!c.description.empty())
        out << "\n" << c.description << "\n";
    const std::vector<OptionSpec> options = optionsOf(c);
    if (!options.empty()) {
        out << "\nOptions:\n";
        for (const auto& o : options) {
            std::string lhs = "--" + o.name + (o.valueName.empty() ? "" : " " + o.valueName);
            out << "  " << lhs << std::string(lhs.size() < 24 ? 24 - lhs.size() : 1, ' ') << o.help
                << (o.repeatable ? " (repeatable)" : "") << "\n";
        }
    }
    out << "  --help                  this help\n";
}

} // namespace

std::vector<OptionSpec> optionsOf(const Command& command) {
    std::vector<OptionSpec> options = command.options;
    if (command.readsProject)
        options.push_back({"variant", "NAME",
                           "the variant of FILE to read (default: the base; aifp-cli variant "
                           "list FILE names them)"});
    return options;
}

Design openDesign(const std::string& path, const std::string& variant) {
    try {
        return openProjectVariant(path, variant);
    } catch (const ProjectFileError& e) {
        throw UsageError(e.what());
    }
}

Design openDesign(const Args& args, const std::string& path) {
    return openDesign(path, args.value("variant"));
}

int run(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    try {
        if (argv.empty() || argv[0] == "--help" || argv[0] == "-h" || argv[0] == "help") {
            printToolHelp(argv.empty() ? err : out);
            return argv.empty() ? kExitUsage : kExitOk;
        }
        if (argv[0] == "--version") {
            out << "aifp-cli " AIFP_VERSION "\n";
            return kExitOk;
        }
        const Command* cmd = nullptr;
        for (const auto& c : commands())
            if (c.name == argv[0])
                cmd = &c;
        if (!cmd) {
            err << "aifp-cli: unknown command " << quotedValue(argv[0])
                << " (see aifp-cli --help)\n";
            return kExitUsage;
        }
        std::vector<std::string> rest(argv.begin() + 1, argv.end());
        for (const auto& a : rest)
            if (a == "--help" || a == "-h") {
                printCommandHelp(*cmd, out);
                return kExitOk;
            }
        const Args args = Args::parse(rest, optionsOf(*cmd));
        const auto n = args.positional().size();
        if (n < cmd->minPositional || n > cmd->maxPositional)
            throw UsageError("wrong number of arguments; usage: " + cmd->usage);
        return cmd->run(args, out, err);
    } catch (const UsageError& e) {
        // Messages may quote file content: one line, escaped, bounded (MessageText.hpp).
        err << "aifp-cli " << messageLine(argv.empty() ? "" : argv[0]) << ": "
            << messageLine(e.what()) << "\n";
        return kExitUsage;
    } catch (const std::bad_alloc&) {
        err << "aifp-cli " << messageLine(argv.empty() ? "" : argv[0])
            << ": out of memory (the input is too large for this machine)\n";
        return kExitUsage;
    } catch (const std::length_error&) {
        err << "aifp-cli " << messageLine(argv.empty() ? "" : argv[0])
            << ": out of memory (the input is too large for this machine)\n";
        return kExitUsage;
    } catch (const std::exception& e) {
        err << "aifp-cli " << messageLine(argv.empty() ? "" : argv[0]) << ": "
            << messageLine(e.what()) << "\n";
        return kExitUsage;
    }
}

} // namespace aifp::cli
