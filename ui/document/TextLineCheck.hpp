#pragma once
#include <QString>
#include <string>

namespace aifp::ui {

// One line of printable UTF-8 text within the design's limit for short texts: "" or the problem,
// field first ("Customer: 'x' contains a control character").
QString checkTextLine(const QString& field, const std::string& value);

} // namespace aifp::ui
