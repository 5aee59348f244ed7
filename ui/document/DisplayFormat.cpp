#include "ui/document/DisplayFormat.hpp"
#include "core/model/EnumNames.hpp"
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace aifp::ui {

QString localNumber(double value, int decimals) {
    return QLocale().toString(value, 'f', decimals);
}

display::NumberStyle numberStyleOf(const QLocale& locale) {
    display::NumberStyle style;
    style.decimalPoint = locale.decimalPoint().toStdString();
    style.groupSeparator = locale.groupSeparator().toStdString();
    // Locales that leave four-digit numbers ungrouped (Spanish in newer CLDR data) say so here.
    style.groupFromDigits = locale.toString(1000).size() == 4 ? 5 : 4;
    return style;
}

QString bandwidthText(double gbps) {
    static const char* const units[] = {"Gb/s", "Tb/s", "Pb/s", "Eb/s"};
    double v = gbps;
    int unit = 0;
    while (std::abs(v) >= 1000.0 && unit < 3) {
        v /= 1000.0;
        ++unit;
    }
    // One decimal above Gb/s (12.8 Tb/s, 138.6 Pb/s); whole Gb/s unless small and fractional.
    const int shown = unit > 0 ? 1 : (std::abs(v) < 10 && v != std::floor(v) ? 1 : 0);
    return QLocale().toString(v, 'f', shown) + " " + units[unit];
}

QString kindText(const char* identifier) {
    return QString::fromStdString(aifp::displayName(std::string_view(identifier)));
}

QString kindText(const std::string& identifier) {
    return kindText(identifier.c_str());
}

QString displayUnits(QString text) {
    static const QRegularExpression degC(R"(\s?\bdeg\s?C\b)");
    // "35 C water" -> "35 °C water"; "2 CDUs" and "C-rated" stay as they are.
    static const QRegularExpression bareC(R"((\d) C\b(?![-/]))");
    return text.replace(degC, " °C").replace(bareC, "\\1 °C");
}

} // namespace aifp::ui
