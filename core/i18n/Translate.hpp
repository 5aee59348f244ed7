#pragma once
#include <initializer_list>
#include <string>
#include <string_view>

// Human-readable text of core (report, CLI) in the chosen language (core/i18n/Language.hpp).
// The single source of the translations is translations/aifp_core_es.ts, edited with Qt Linguist
// like the GUI's; the build turns it into a table (translations/ts_to_cpp.py), so core needs no
// Qt at run time. lupdate finds the calls (translations/README.md): keep context and text string
// literals.
namespace aifp {

// The translation of text (a UTF-8 literal in English) in context for the current language;
// text itself in English or when the catalogue has no translation.
const char* tr(const char* context, const char* text);

// Replaces %1 .. %9 in pattern by args[0] .. args[8] (Qt's QString::arg convention, so
// translators may reorder them): fill(tr("Cli", "%1 in %2 bundles"), {"12", "3"}).
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args);

} // namespace aifp

// Marks a literal for the catalogue without translating it here (lupdate reads it as
// QT_TRANSLATE_NOOP): for tables of texts translated later with tr(context, text).
#define AIFP_TRANSLATE_NOOP(context, text) text
