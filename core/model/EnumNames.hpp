#pragma once
#include "core/model/Design.hpp"
#include <string>
#include <string_view>
#include <type_traits>

// The words for people of the identifiers the design, the catalogue and findings use: the
// design's enums as toString writes them ("lv_switchboard" -> "LV switchboard", "4N/3" ->
// "distributed 4N/3"), catalogue categories and confidence levels ("gpu" -> "GPU", "claim"),
// finding severities ("error" -> "Error"). One table for the GUI, the report and the command
// line; its English is the source text of context "EnumNames" in translations/aifp_core_es.ts.
namespace aifp {

// The English words, as files that do not follow the user's language (the bill of materials)
// write them; nullptr for an identifier the table does not know.
const char* englishName(std::string_view identifier);
// The words in the language shown (core/i18n); an unknown identifier comes back as it is.
std::string displayName(std::string_view identifier);

// The same for a value of one of the design's enums (by its toString identifier).
template <class E, std::enable_if_t<std::is_enum_v<E>, int> = 0> const char* englishName(E value) {
    const char* words = englishName(std::string_view(toString(value)));
    return words ? words : toString(value);
}
template <class E, std::enable_if_t<std::is_enum_v<E>, int> = 0> std::string displayName(E value) {
    return displayName(std::string_view(toString(value)));
}

} // namespace aifp
