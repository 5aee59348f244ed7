#include "core/util/CsvText.hpp"

namespace aifp {

std::string csvField(const std::string& text) {
    const bool edgeSpace = !text.empty() && (text.front() == ' ' || text.back() == ' ');
    if (!edgeSpace && text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::string csvRecord(const std::vector<std::string>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i)
            out += ',';
        out += csvField(fields[i]);
    }
    out += '\n';
    return out;
}

} // namespace aifp
