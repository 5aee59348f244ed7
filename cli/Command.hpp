#pragma once
#include <functional>
#include <map>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace aifp {
struct Design;
struct VariantListing;
} // namespace aifp

namespace aifp::json {
class Value;
}

namespace aifp::cli {

// Exit codes shared by every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1; // the design has findings of severity error
inline constexpr int kExitUsage = 2;    // usage, input or output error

// A usage or input error: reported on stderr as one line, exit code 2.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// text read whole as a double, long or unsigned long long (std::stod, std::stol, std::stoull):
// none when text is empty, is not a number, is out of range or has anything after the number.
template <class Number> std::optional<Number> wholeNumber(const std::string& text) {
    static_assert(std::is_same_v<Number, double> || std::is_same_v<Number, long> ||
                  std::is_same_v<Number, unsigned long long>);
    std::size_t used = 0;
    Number v{};
    try {
        if constexpr (std::is_same_v<Number, double>)
            v = std::stod(text, &used);
        else if constexpr (std::is_same_v<Number, long>)
            v = std::stol(text, &used);
        else
            v = std::stoull(text, &used);
    } catch (const std::exception&) { // std::invalid_argument or std::out_of_range
        return std::nullopt;
    }
    if (text.empty() || used != text.size())
        return std::nullopt;
    return v;
}

// One option of a command: the single definition its parsing, default, usage line and --help
// (and so the man page and shell completion, generated from --help) come from.
struct OptionSpec {
    std::string name;      // without the leading "--"
    std::string valueName; // empty: a flag that takes no value; "a|b|c" lists fixed choices
    std::string help;      // translatable (AIFP_TRANSLATE_NOOP), without the default
    bool repeatable = false;
    // The value when the option is absent: Args::value/number/integer return it, --help prints
    // it. Empty when the default depends on the design (the help then says what applies).
    std::string defaultValue = {};
    // When not empty, the only values accepted (Args::parse refuses others).
    std::vector<std::string> choices = {};
};

// --format with its choices, the first being the default.
OptionSpec formatOption(const std::vector<std::string>& choices);
// An option whose value is one of choices (shown as "a|b|c"), with its default ("" for none).
OptionSpec choiceOption(const char* name, const char* help, const std::vector<std::string>& choices,
                        const std::string& defaultValue = {});

// Parsed arguments of one command.
class Args {
public:
    const std::vector<std::string>& positional() const { return positional_; }
    bool has(const std::string& name) const { return values_.count(name) != 0; }
    // The value of an option; when absent, the option's defaultValue, else fallback.
    std::string value(const std::string& name, const std::string& fallback = {}) const;
    const std::vector<std::string>& values(const std::string& name) const;
    // Numeric option (when absent: its defaultValue, else fallback): throws UsageError naming
    // the option when not a finite number.
    double number(const std::string& name, double fallback) const;
    long integer(const std::string& name, long fallback) const;
    // The same for an option with a defaultValue (std::logic_error if it has none).
    double number(const std::string& name) const;
    long integer(const std::string& name) const;
    // --format: one of the choices of formatOption (checked by parse), the first when absent.
    std::string format() const;

    static Args parse(const std::vector<std::string>& argv, const std::vector<OptionSpec>& specs);

private:
    std::vector<std::string> positional_;
    std::map<std::string, std::vector<std::string>> values_;
    std::map<std::string, std::string> defaults_;
};

struct Command {
    std::string name;
    std::string summary; // one line for the tool's --help
    // The arguments and required option groups, e.g. "FILE" or "OUT.aifp (--target-mw MW |
    // --gpus N)"; usageOf adds every option the synopsis does not name.
    std::string synopsis;
    std::string description; // paragraph(s) for the command's --help
    std::vector<OptionSpec> options;
    std::size_t minPositional = 0;
    std::size_t maxPositional = 0;
    // --format json|csv output is the same bytes in every language: the command then runs with
    // English text and numbers (engine notes inside the JSON included). False where --format
    // only shapes a summary and the command writes human documents (report).
    bool machineFormatsInEnglish = true;
    // The command reads a project (its first argument): it also takes --variant NAME, added by
    // optionsOf and honoured by openDesign(args, path).
    bool readsProject = false;
    std::function<int(const Args&, std::ostream& out, std::ostream& err)> run;
};

// The options a command accepts: its own, plus --variant when it reads a project.
std::vector<OptionSpec> optionsOf(const Command& command);

// "aifp-cli NAME SYNOPSIS [--option VALUE] ...": every option of optionsOf once, generated.
std::string usageOf(const Command& command);

// Opens a variant of the project a command was given (the base when variant is empty); a
// refusal, an unknown variant included, becomes a UsageError (one line, exit 2).
Design openDesign(const std::string& path, const std::string& variant = {});
// The same with the variant named by --variant (the base when absent).
Design openDesign(const Args& args, const std::string& path);

// Runs step and returns what it returns; a refusal of one of the types Refusal, More... (the
// file layer's or an engine's exceptions) becomes a UsageError (one line, exit 2) with its
// message after prefix, e.g. "FILE: ".
template <class Refusal, class... More, class Step>
decltype(auto) refusalAsUsage(Step&& step, const std::string& prefix = {}) {
    try {
        if constexpr (sizeof...(More) == 0)
            return std::forward<Step>(step)();
        else
            return refusalAsUsage<More...>(std::forward<Step>(step), prefix);
    } catch (const Refusal& e) {
        throw UsageError(prefix + e.what());
    }
}

// Writes design as a project file at path, atomically (saveProject; a refusal is a UsageError).
void saveDesign(const Design& design, const std::string& path);

// The variants of the project at path, the base first (listVariants; a refusal is a UsageError).
VariantListing projectVariants(const std::string& path);

// Writes a document of --format json and the line end after it.
void printJson(std::ostream& out, const json::Value& document);

// "a,b,c" -> {a, b, c}, the names of --variants; an empty name is a UsageError.
std::vector<std::string> splitVariantNames(const std::string& list);
// The variants `compare FILE [--variants A,B,...]` covers (and the report's comparison): the
// base first (the reference of every difference), then the named ones in their order (the base
// and repeats skipped), or, with no list, every variant in file order. An unknown name is a
// UsageError naming the variants; so are more than 16 designs.
std::vector<std::string> comparedVariantNames(const std::string& path,
                                              const std::optional<std::string>& list);

// All commands, in the order --help lists them.
const std::vector<Command>& commands();

// Runs the tool: argv without the program name. Never throws.
int run(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err);

} // namespace aifp::cli
