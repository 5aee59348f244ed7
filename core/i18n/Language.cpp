#include "core/i18n/Language.hpp"
#include <atomic>
#include <cstdlib>
#include <string>

namespace aifp {

namespace {

std::atomic<Language> gLanguage{Language::English};
thread_local int tOverride = -1; // a LanguageScope's language on this thread, -1: none

const char* nonEmptyEnv(const char* name) {
    const char* v = std::getenv(name);
    return v && *v ? v : nullptr;
}

} // namespace

void setLanguage(Language language) {
    gLanguage.store(language, std::memory_order_relaxed);
}

Language language() {
    return tOverride >= 0 ? static_cast<Language>(tOverride)
                          : gLanguage.load(std::memory_order_relaxed);
}

LanguageScope::LanguageScope(Language language) : previous_(tOverride) {
    tOverride = static_cast<int>(language);
}

LanguageScope::~LanguageScope() {
    tOverride = previous_;
}

std::optional<Language> parseLanguage(std::string_view code) {
    if (code == "C" || code == "POSIX" || code.rfind("C.", 0) == 0)
        return Language::English;
    // The language part ends at the territory, codeset or modifier: es_ES.UTF-8@euro, es-MX.
    const std::size_t end = code.find_first_of("_-.@");
    const std::string_view lang = code.substr(0, end);
    if (lang == "en")
        return Language::English;
    if (lang == "es")
        return Language::Spanish;
    return std::nullopt;
}

Language languageFromEnvironment() {
    const char* locale = nonEmptyEnv("LC_ALL");
    if (!locale)
        locale = nonEmptyEnv("LC_MESSAGES");
    if (!locale)
        locale = nonEmptyEnv("LANG");
    const std::string_view loc = locale ? locale : "C";
    const bool classic = loc == "C" || loc == "POSIX" || loc.rfind("C.", 0) == 0;
    if (const char* list = nonEmptyEnv("LANGUAGE"); list && !classic) {
        std::string_view rest = list;
        while (!rest.empty()) {
            const std::size_t colon = rest.find(':');
            if (const auto l = parseLanguage(rest.substr(0, colon));
                l && rest.substr(0, colon) != "C")
                return *l;
            rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
        }
    }
    return parseLanguage(loc).value_or(Language::English);
}

const char* languageCode(Language language) {
    return language == Language::Spanish ? "es" : "en";
}

} // namespace aifp
