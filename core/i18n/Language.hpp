#pragma once
#include <optional>
#include <string_view>

// The language of the text we show to people (CLI messages, report text, GUI). Files we write
// (CSV, JSON keys and numbers, XML) never depend on it. See translations/README.md.
namespace aifp {

enum class Language { English, Spanish };

// The process-wide language (English until set). Set once at start, before worker threads.
void setLanguage(Language language);
Language language();

// "en", "es", "es_ES.UTF-8", "es-MX", "en_GB@euro" -> the language; "C" and "POSIX" -> English;
// anything else (a language we have no catalogue for) -> nullopt.
std::optional<Language> parseLanguage(std::string_view code);

// The language the environment asks for, as gettext reads it: the first of LC_ALL, LC_MESSAGES,
// LANG that is set names the locale; unless that locale is "C"/"POSIX", LANGUAGE (a colon list)
// comes first, its first entry we have a catalogue for wins. English when nothing matches.
Language languageFromEnvironment();

// "en" or "es".
const char* languageCode(Language language);

// While alive, the calling thread uses `language` (other threads keep the process language): for
// text that also goes into a file and must not change with the user's language, e.g. the bill
// of materials the report shows and --bom-csv writes.
class LanguageScope {
public:
    explicit LanguageScope(Language language);
    ~LanguageScope();
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;

private:
    int previous_;
};

} // namespace aifp
