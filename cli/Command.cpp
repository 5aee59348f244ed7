#include "cli/Command.hpp"
#include "core/i18n/Language.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/Project.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/util/Json.hpp"
#include "core/util/MessageText.hpp"
#include "core/util/NumberFormat.hpp"
#include <algorithm>
#include <cctype>
#include <cmath>
#include <exception>
#include <new>
#include <optional>
#include <stdexcept>

#ifndef AIFP_VERSION
#define AIFP_VERSION "0"
#endif

namespace aifp::cli {

OptionSpec choiceOption(const char* name, const char* help, const std::vector<std::string>& choices,
                        const std::string& defaultValue) {
    std::string names;
    for (const auto& c : choices)
        names += (names.empty() ? "" : "|") + c;
    return {name, names, help, false, defaultValue, choices};
}

OptionSpec formatOption(const std::vector<std::string>& choices) {
    return choiceOption("format", AIFP_TRANSLATE_NOOP("Cli", "output format"), choices,
                        choices.front());
}

std::string Args::value(const std::string& name, const std::string& fallback) const {
    auto it = values_.find(name);
    if (it != values_.end() && !it->second.empty())
        return it->second.back();
    auto d = defaults_.find(name);
    return d == defaults_.end() ? fallback : d->second;
}

const std::vector<std::string>& Args::values(const std::string& name) const {
    static const std::vector<std::string> empty;
    auto it = values_.find(name);
    return it == values_.end() ? empty : it->second;
}

double Args::number(const std::string& name, double fallback) const {
    if (!has(name) && !defaults_.count(name))
        return fallback;
    const std::string text = value(name);
    const std::optional<double> v = wholeNumber<double>(text);
    if (!v || !std::isfinite(*v))
        throw UsageError(fill(tr("Cli", "--%1: '%2' is not a number"), {name, text}));
    return *v;
}

long Args::integer(const std::string& name, long fallback) const {
    if (!has(name) && !defaults_.count(name))
        return fallback;
    const std::string text = value(name);
    const std::optional<long> v = wholeNumber<long>(text);
    if (!v)
        throw UsageError(fill(tr("Cli", "--%1: '%2' is not a whole number"), {name, text}));
    return *v;
}

double Args::number(const std::string& name) const {
    if (!has(name) && !defaults_.count(name))
        throw std::logic_error("option --" + name + " has no default value");
    return number(name, 0.0);
}

long Args::integer(const std::string& name) const {
    if (!has(name) && !defaults_.count(name))
        throw std::logic_error("option --" + name + " has no default value");
    return integer(name, 0);
}

std::string Args::format() const {
    return value("format", "text");
}

Args Args::parse(const std::vector<std::string>& argv, const std::vector<OptionSpec>& specs) {
    Args a;
    for (const auto& s : specs)
        if (!s.defaultValue.empty())
            a.defaults_[s.name] = s.defaultValue;
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
                throw UsageError(fill(tr("Cli", "unknown option --%1"), {name}));
            if (spec->valueName.empty()) {
                if (hasInline)
                    throw UsageError(fill(tr("Cli", "--%1 takes no value"), {name}));
                a.values_[name].push_back("");
                continue;
            }
            std::string v;
            if (hasInline) {
                v = inlineValue;
            } else {
                if (i + 1 >= argv.size())
                    throw UsageError(
                        fill(tr("Cli", "--%1 needs a value (%2)"), {name, spec->valueName}));
                v = argv[++i];
            }
            if (!spec->repeatable && a.values_.count(name))
                throw UsageError(fill(tr("Cli", "--%1 given more than once"), {name}));
            if (!spec->choices.empty() &&
                std::find(spec->choices.begin(), spec->choices.end(), v) == spec->choices.end())
                throw UsageError(
                    fill(tr("Cli", "--%1: '%2' is not one of %3"), {name, v, spec->valueName}));
            a.values_[name].push_back(v);
        } else {
            a.positional_.push_back(arg);
        }
    }
    return a;
}

namespace {

void printToolHelp(std::ostream& out) {
    out << "aifp-cli " AIFP_VERSION " - "
        << tr("Cli", "AI Factory Planner, command line\n\n"
                     "Usage: aifp-cli [--lang es|en] COMMAND [ARGS] [--format text|json]\n"
                     "       aifp-cli COMMAND --help\n\nCommands:\n");
    std::size_t width = 0;
    for (const auto& c : commands())
        width = std::max(width, c.name.size());
    for (const auto& c : commands())
        out << "  " << c.name << std::string(width - c.name.size() + 2, ' ')
            << tr("Cli", c.summary.c_str()) << "\n";
    out << tr("Cli",
              "\nLanguage: --lang es|en, else LANGUAGE, LC_ALL, LC_MESSAGES or LANG (human text\n"
              "only: JSON, CSV and numbers in files never change).\n"
              "\nExit codes: 0 success, 1 the design has findings of severity error,\n"
              "            2 usage, input or output error (message on stderr).\n");
}

void printCommandHelp(const Command& c, std::ostream& out) {
    out << tr("Cli", "Usage: ") << usageOf(c) << "\n\n" << tr("Cli", c.summary.c_str()) << "\n";
    if (!c.description.empty())
        out << "\n" << tr("Cli", c.description.c_str()) << "\n";
    const std::vector<OptionSpec> options = optionsOf(c);
    if (!options.empty()) {
        out << "\n" << tr("Cli", "Options:") << "\n";
        for (const auto& o : options) {
            std::string lhs = "--" + o.name + (o.valueName.empty() ? "" : " " + o.valueName);
            out << "  " << lhs << std::string(lhs.size() < 24 ? 24 - lhs.size() : 1, ' ')
                << tr("Cli", o.help.c_str())
                << (o.defaultValue.empty() ? std::string()
                                           : fill(tr("Cli", " (default: %1)"), {o.defaultValue}))
                << (o.repeatable ? tr("Cli", " (repeatable)") : "") << "\n";
        }
    }
    out << "  --help                  " << tr("Cli", "this help") << "\n";
}

} // namespace

std::vector<OptionSpec> optionsOf(const Command& command) {
    std::vector<OptionSpec> options = command.options;
    if (command.readsProject)
        options.push_back(
            {"variant", "NAME",
             AIFP_TRANSLATE_NOOP("Cli", "the variant of FILE to read (default: the "
                                        "base; aifp-cli variant list FILE names them)")});
    return options;
}

std::string usageOf(const Command& command) {
    std::string usage = "aifp-cli " + command.name;
    if (!command.synopsis.empty())
        usage += " " + command.synopsis;
    // An option the synopsis names (in a required group such as "(--target-mw MW | --gpus N)")
    // is not repeated.
    const auto named = [&](const std::string& option) {
        const std::string flag = "--" + option;
        for (auto at = command.synopsis.find(flag); at != std::string::npos;
             at = command.synopsis.find(flag, at + 1)) {
            const auto end = at + flag.size();
            if (end == command.synopsis.size() ||
                !(std::isalnum(static_cast<unsigned char>(command.synopsis[end])) ||
                  command.synopsis[end] == '-'))
                return true;
        }
        return false;
    };
    for (const auto& o : optionsOf(command)) {
        if (named(o.name))
            continue;
        usage += " [--" + o.name + (o.valueName.empty() ? "" : " " + o.valueName) + "]";
        if (o.repeatable)
            usage += "...";
    }
    return usage;
}

Design openDesign(const std::string& path, const std::string& variant) {
    return refusalAsUsage<ProjectFileError>([&] { return openProjectVariant(path, variant); });
}

Design openDesign(const Args& args, const std::string& path) {
    return openDesign(path, args.value("variant"));
}

void saveDesign(const Design& design, const std::string& path) {
    refusalAsUsage<ProjectFileError>([&] { saveProject(design, path); });
}

VariantListing projectVariants(const std::string& path) {
    return refusalAsUsage<ProjectFileError>([&] { return listVariants(path); });
}

void printJson(std::ostream& out, const json::Value& document) {
    out << json::write(document) << "\n";
}

// Takes --lang VALUE / --lang=VALUE out of argv (anywhere: it is the tool's option, not the
// command's) and sets the language of human text. Unknown values are a usage error.
std::vector<std::string> takeLanguageOption(const std::vector<std::string>& argv) {
    std::vector<std::string> rest;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        std::string value;
        if (argv[i] == "--lang") {
            if (i + 1 >= argv.size())
                throw UsageError(tr("Cli", "--lang needs a value (es|en)"));
            value = argv[++i];
        } else if (argv[i].rfind("--lang=", 0) == 0) {
            value = argv[i].substr(7);
        } else {
            rest.push_back(argv[i]);
            continue;
        }
        const auto lang = parseLanguage(value);
        if (!lang)
            throw UsageError(
                fill(tr("Cli", "--lang: '%1' is not a language we have (es|en)"), {value}));
        setLanguage(*lang);
    }
    return rest;
}

int run(const std::vector<std::string>& argvIn, std::ostream& out, std::ostream& err) {
    std::vector<std::string> argv;
    try {
        argv = takeLanguageOption(argvIn);
    } catch (const UsageError& e) {
        err << "aifp-cli: " << messageLine(e.what()) << "\n";
        return kExitUsage;
    }
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
            err << "aifp-cli: "
                << fill(tr("Cli", "unknown command %1 (see aifp-cli --help)"),
                        {quotedValue(argv[0])})
                << "\n";
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
            throw UsageError(
                fill(tr("Cli", "wrong number of arguments; usage: %1"), {usageOf(*cmd)}));
        // Machine-readable output (--format json or csv) must not change with the language
        // (translations/README.md): the engines, numbers and messages of this run are English.
        std::optional<LanguageScope> englishText;
        std::optional<display::NumberStyleScope> englishNumbers;
        if (cmd->machineFormatsInEnglish && args.has("format") &&
            (args.value("format") == "json" || args.value("format") == "csv")) {
            englishText.emplace(Language::English);
            englishNumbers.emplace(display::NumberStyle{});
        }
        return cmd->run(args, out, err);
    } catch (const UsageError& e) {
        // Messages may quote file content: one line, escaped, bounded (MessageText.hpp).
        err << "aifp-cli " << messageLine(argv.empty() ? "" : argv[0]) << ": "
            << messageLine(e.what()) << "\n";
        return kExitUsage;
    } catch (const std::bad_alloc&) {
        err << "aifp-cli " << messageLine(argv.empty() ? "" : argv[0])
            << tr("Cli", ": out of memory (the input is too large for this machine)") << "\n";
        return kExitUsage;
    } catch (const std::length_error&) {
        err << "aifp-cli " << messageLine(argv.empty() ? "" : argv[0])
            << tr("Cli", ": out of memory (the input is too large for this machine)") << "\n";
        return kExitUsage;
    } catch (const std::exception& e) {
        err << "aifp-cli " << messageLine(argv.empty() ? "" : argv[0]) << ": "
            << messageLine(e.what()) << "\n";
        return kExitUsage;
    }
}

} // namespace aifp::cli
