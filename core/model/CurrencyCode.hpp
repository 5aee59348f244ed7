#pragma once
#include <string>

namespace aifp {

// An ISO 4217 alphabetic currency code: three capital letters A-Z ("USD", "EUR"). The one check
// for DocumentControl::currency (aifp-cli report --currency, File > Document properties).
inline bool isCurrencyCode(const std::string& code) {
    if (code.size() != 3)
        return false;
    for (char c : code)
        if (c < 'A' || c > 'Z')
            return false;
    return true;
}

} // namespace aifp
