#pragma once
#include "core/model/DesignPatch.hpp"
#include <QString>
#include <QStringList>
#include <string>
#include <vector>

namespace aifp::ui {

// One editable (or read-only) property of an object, as the properties editor shows it.
struct PropertyRow {
    std::string key;     // stable key, also the ChangeValue merge key
    QString label;       // with its unit, e.g. "Width (m)"
    QString value;       // current value as text
    QStringList choices; // non-empty: an enumeration, value is one of these
    bool editable = true;
};

// The properties of an object, in display order.
std::vector<PropertyRow> propertiesOf(const ObjectSnapshot& object);

// The object with one property set from text. Throws EditError saying why the text is refused
// (not a number, negative width, efficiency above 1, unknown choice, ...).
ObjectSnapshot withProperty(const ObjectSnapshot& object, const std::string& key,
                            const QString& text);

} // namespace aifp::ui
