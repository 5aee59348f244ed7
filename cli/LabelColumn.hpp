#pragma once
#include "core/i18n/Translate.hpp"
#include "core/util/TextColumns.hpp"
#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace aifp::cli {

// The label column of a command's text output: labels (English "Cli" messages) padded to one
// width whatever their translated length, as wide as the widest translated key plus a space and
// at least minWidth (the English width).
class LabelColumn {
public:
    LabelColumn(std::initializer_list<const char*> keys, std::size_t minWidth) : width_(minWidth) {
        for (const char* key : keys)
            width_ = std::max(width_, displayWidth(tr("Cli", key)) + 1);
    }
    // The label in the language shown, padded to the column.
    std::string operator()(const char* text) const { return padToWidth(tr("Cli", text), width_); }
    // Blanks as wide as the column, for continuation lines.
    std::string indent() const { return std::string(width_, ' '); }
    std::size_t width() const { return width_; }

private:
    std::size_t width_;
};

// Labelled lines whose labels are known only when printed (some rows are optional): each label
// (a message of context) in the language shown, padded to one column as wide as the widest
// label plus a space, then its value.
inline void printLabelledRows(std::ostream& out, const char* context,
                              const std::vector<std::pair<const char*, std::string>>& rows) {
    std::size_t width = 0;
    for (const auto& row : rows)
        width = std::max(width, displayWidth(tr(context, row.first)) + 1);
    for (const auto& [label, value] : rows)
        out << padToWidth(tr(context, label), width) << value << "\n";
}

} // namespace aifp::cli
