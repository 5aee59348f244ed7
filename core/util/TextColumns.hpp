#pragma once
#include <cstddef>
#include <string>
#include <string_view>

// Columns of plain text for the terminal (the command line's tables): widths counted in code
// points, so UTF-8 text (Spanish accents, a customer's name in Polish or Russian) lines up and is
// never cut inside a character. East Asian wide characters count as one column (terminals show
// them as two; tables with such names are still readable, only less aligned).
namespace aifp {

// Code points in text (assumed UTF-8; a stray continuation byte is not counted).
std::size_t displayWidth(std::string_view text);

// text followed by spaces up to width code points (text unchanged when already wider).
std::string padToWidth(std::string_view text, std::size_t width);

// spaces up to width code points, then text (right-aligned numbers).
std::string padLeftToWidth(std::string_view text, std::size_t width);

// text cut to at most width code points, the last one a "~" when it was cut.
std::string cutToWidth(std::string_view text, std::size_t width);

} // namespace aifp
