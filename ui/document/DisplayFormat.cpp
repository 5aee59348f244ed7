#include "ui/document/DisplayFormat.hpp"
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>
#include <cstring>

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

namespace {

// Identifier -> English words; QT_TRANSLATE_NOOP lets lupdate find them (context KindText).
const char* const kKindWords[][2] = {
    {"hall", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Hall")},
    {"row", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Row")},
    {"rack", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Rack")},
    {"power_node", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Power equipment")},
    {"power_link", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Power link")},
    {"cooling_node", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Cooling equipment")},
    {"pipe", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Pipe")},
    {"switch", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Switch")},
    {"network_link", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Network link")},
    {"utility_feed", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Utility feed")},
    {"mv_switchgear", QT_TRANSLATE_NOOP("aifp::ui::KindText", "MV switchgear")},
    {"transformer", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Transformer")},
    {"lv_switchboard", QT_TRANSLATE_NOOP("aifp::ui::KindText", "LV switchboard")},
    {"ups", QT_TRANSLATE_NOOP("aifp::ui::KindText", "UPS")},
    {"generator", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Generator")},
    {"pdu", QT_TRANSLATE_NOOP("aifp::ui::KindText", "PDU")},
    {"rpp", QT_TRANSLATE_NOOP("aifp::ui::KindText", "RPP")},
    {"busway", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Busway")},
    {"rack_power_shelf", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Rack power shelf")},
    {"cable", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Cable")},
    {"tap", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Tap")},
    {"chiller", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Chiller")},
    {"dry_cooler", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Dry cooler")},
    {"cdu", QT_TRANSLATE_NOOP("aifp::ui::KindText", "CDU")},
    {"manifold", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Manifold")},
    {"air_handler", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Air handler")},
    {"facility", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Facility")},
    {"technology", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Technology")},
    {"compute", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Compute")},
    {"storage_inband", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Storage and in-band")},
    {"out_of_band", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Out of band")},
    {"copper", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Copper")},
    {"multimode", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Multimode fibre")},
    {"single_mode", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Single-mode fibre")},
    {"air", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Air")},
    {"liquid", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Liquid")},
    {"both", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Air and liquid")},
    {"system", QT_TRANSLATE_NOOP("aifp::ui::KindText", "GPU system")},
    {"gpu", QT_TRANSLATE_NOOP("aifp::ui::KindText", "GPU")},
    {"nic", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Network adapter")},
    {"optic", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Optical transceiver")},
    {"liquid_cooling_system", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Liquid cooling system")},
    {"power_architecture", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Power architecture")},
    {"power_shelf", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Power shelf")},
    {"rack_pdu", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Rack PDU")},
    {"rack_system", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Rack system")},
    {"scale_up_switch", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Scale-up switch")},
    {"switchboard", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Switchboard")},
    {"switchgear", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Switchgear")},
    {"official", QT_TRANSLATE_NOOP("aifp::ui::KindText", "official")},
    {"secondary", QT_TRANSLATE_NOOP("aifp::ui::KindText", "secondary")},
    {"claim", QT_TRANSLATE_NOOP("aifp::ui::KindText", "claim")},
    {"unverified", QT_TRANSLATE_NOOP("aifp::ui::KindText", "unverified")},
    {"assumption", QT_TRANSLATE_NOOP("aifp::ui::KindText", "assumption")},
    {"error", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Error")},
    {"warning", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Warning")},
    {"info", QT_TRANSLATE_NOOP("aifp::ui::KindText", "Info")},
};

} // namespace

QString kindText(const char* identifier) {
    for (const auto& [id, words] : kKindWords)
        if (std::strcmp(id, identifier) == 0)
            return QCoreApplication::translate("aifp::ui::KindText", words);
    return QString::fromUtf8(identifier);
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
