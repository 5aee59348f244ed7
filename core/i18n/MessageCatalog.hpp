#pragma once
#include <cstddef>

// One language's table of translations, generated at build time from a Qt Linguist .ts file by
// translations/ts_to_cpp.py. Sorted by (context, source) in byte order for binary search.
namespace aifp::i18n {

struct CatalogEntry {
    const char* context;
    const char* source;
    const char* translation;
};

struct MessageCatalog {
    const CatalogEntry* entries;
    std::size_t size;
};

// Generated: the Spanish catalogue (translations/aifp_core_es.ts).
extern const MessageCatalog kCatalogEs;

} // namespace aifp::i18n
