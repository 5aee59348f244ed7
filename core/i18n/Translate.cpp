#include "core/i18n/Translate.hpp"
#include "core/i18n/Language.hpp"
#include "core/i18n/MessageCatalog.hpp"
#include <algorithm>
#include <cstring>

namespace aifp {

namespace {

int compareKey(const i18n::CatalogEntry& e, const char* context, const char* text) {
    const int c = std::strcmp(e.context, context);
    return c != 0 ? c : std::strcmp(e.source, text);
}

} // namespace

const char* tr(const char* context, const char* text) {
    if (language() != Language::Spanish)
        return text;
    const i18n::MessageCatalog& cat = i18n::kCatalogEs;
    const i18n::CatalogEntry* end = cat.entries + cat.size;
    const i18n::CatalogEntry* it =
        std::lower_bound(cat.entries, end, 0, [&](const i18n::CatalogEntry& e, int) {
            return compareKey(e, context, text) < 0;
        });
    if (it != end && compareKey(*it, context, text) == 0 && *it->translation)
        return it->translation;
    return text;
}

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args) {
    std::string out;
    out.reserve(pattern.size() + 16);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' &&
            pattern[i + 1] <= '9') {
            const std::size_t n = static_cast<std::size_t>(pattern[i + 1] - '1');
            if (n < args.size()) {
                out += *(args.begin() + n);
                ++i;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

} // namespace aifp
