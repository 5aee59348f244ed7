#include "core/model/EnumNames.hpp"
#include "core/i18n/Translate.hpp"
#include <utility>

namespace aifp {

namespace {

// Identifier -> English words (the catalogue's source text, context "EnumNames"). An identifier
// two enums share ("busway", "liquid", "air") names the same thing in both.
constexpr std::pair<std::string_view, const char*> kNames[] = {
    // Object kinds (ObjectKind)
    {"hall", AIFP_TRANSLATE_NOOP("EnumNames", "Hall")},
    {"row", AIFP_TRANSLATE_NOOP("EnumNames", "Row")},
    {"rack", AIFP_TRANSLATE_NOOP("EnumNames", "Rack")},
    {"power_node", AIFP_TRANSLATE_NOOP("EnumNames", "Power equipment")},
    {"power_link", AIFP_TRANSLATE_NOOP("EnumNames", "Power link")},
    {"cooling_node", AIFP_TRANSLATE_NOOP("EnumNames", "Cooling equipment")},
    {"pipe", AIFP_TRANSLATE_NOOP("EnumNames", "Pipe")},
    {"switch", AIFP_TRANSLATE_NOOP("EnumNames", "Switch")},
    {"network_link", AIFP_TRANSLATE_NOOP("EnumNames", "Network link")},
    // Power equipment (PowerNodeKind) and power links (PowerLinkKind)
    {"utility_feed", AIFP_TRANSLATE_NOOP("EnumNames", "Utility feed")},
    {"mv_switchgear", AIFP_TRANSLATE_NOOP("EnumNames", "MV switchgear")},
    {"transformer", AIFP_TRANSLATE_NOOP("EnumNames", "Transformer")},
    {"lv_switchboard", AIFP_TRANSLATE_NOOP("EnumNames", "LV switchboard")},
    {"ups", AIFP_TRANSLATE_NOOP("EnumNames", "UPS")},
    {"generator", AIFP_TRANSLATE_NOOP("EnumNames", "Generator")},
    {"pdu", AIFP_TRANSLATE_NOOP("EnumNames", "PDU")},
    {"rpp", AIFP_TRANSLATE_NOOP("EnumNames", "RPP")},
    {"busway", AIFP_TRANSLATE_NOOP("EnumNames", "Busway")},
    {"rack_power_shelf", AIFP_TRANSLATE_NOOP("EnumNames", "Rack power shelf")},
    {"cable", AIFP_TRANSLATE_NOOP("EnumNames", "Cable")},
    {"tap", AIFP_TRANSLATE_NOOP("EnumNames", "Tap")},
    // Cooling equipment (CoolingNodeKind), coolant loops, network roles and media, redundancy
    // schemes, fabrics, cooling provisions
    {"chiller", AIFP_TRANSLATE_NOOP("EnumNames", "Chiller")},
    {"dry_cooler", AIFP_TRANSLATE_NOOP("EnumNames", "Dry cooler")},
    {"cdu", AIFP_TRANSLATE_NOOP("EnumNames", "CDU")},
    {"manifold", AIFP_TRANSLATE_NOOP("EnumNames", "Manifold")},
    {"air_handler", AIFP_TRANSLATE_NOOP("EnumNames", "Air handler")},
    {"facility", AIFP_TRANSLATE_NOOP("EnumNames", "Facility")},
    {"technology", AIFP_TRANSLATE_NOOP("EnumNames", "Technology")},
    {"compute", AIFP_TRANSLATE_NOOP("EnumNames", "Compute")},
    {"storage_inband", AIFP_TRANSLATE_NOOP("EnumNames", "Storage and in-band")},
    {"out_of_band", AIFP_TRANSLATE_NOOP("EnumNames", "Out of band")},
    {"copper", AIFP_TRANSLATE_NOOP("EnumNames", "Copper (DAC)")},
    {"multimode", AIFP_TRANSLATE_NOOP("EnumNames", "Multimode fibre")},
    {"single_mode", AIFP_TRANSLATE_NOOP("EnumNames", "Single-mode fibre")},
    {"N", AIFP_TRANSLATE_NOOP("EnumNames", "N")},
    {"N+1", AIFP_TRANSLATE_NOOP("EnumNames", "N+1")},
    {"2N", AIFP_TRANSLATE_NOOP("EnumNames", "2N")},
    {"4N/3", AIFP_TRANSLATE_NOOP("EnumNames", "distributed 4N/3")},
    {"3N/2", AIFP_TRANSLATE_NOOP("EnumNames", "distributed 3N/2")},
    {"infiniband_xdr", AIFP_TRANSLATE_NOOP("EnumNames", "InfiniBand XDR (800 Gb/s)")},
    {"infiniband_ndr", AIFP_TRANSLATE_NOOP("EnumNames", "InfiniBand NDR (400 Gb/s)")},
    {"spectrum_x", AIFP_TRANSLATE_NOOP("EnumNames", "Spectrum-X Ethernet")},
    {"air", AIFP_TRANSLATE_NOOP("EnumNames", "Air")},
    {"liquid", AIFP_TRANSLATE_NOOP("EnumNames", "Liquid")},
    {"both", AIFP_TRANSLATE_NOOP("EnumNames", "Air and liquid")},
    // Catalogue categories (CatalogEntry::category) not named above
    {"system", AIFP_TRANSLATE_NOOP("EnumNames", "GPU system")},
    {"gpu", AIFP_TRANSLATE_NOOP("EnumNames", "GPU")},
    {"nic", AIFP_TRANSLATE_NOOP("EnumNames", "Network adapter")},
    {"optic", AIFP_TRANSLATE_NOOP("EnumNames", "Optical transceiver")},
    {"liquid_cooling_system", AIFP_TRANSLATE_NOOP("EnumNames", "Liquid cooling system")},
    {"power_architecture", AIFP_TRANSLATE_NOOP("EnumNames", "Power architecture")},
    {"power_shelf", AIFP_TRANSLATE_NOOP("EnumNames", "Power shelf")},
    {"rack_pdu", AIFP_TRANSLATE_NOOP("EnumNames", "Rack PDU")},
    {"rack_system", AIFP_TRANSLATE_NOOP("EnumNames", "Rack system")},
    {"scale_up_switch", AIFP_TRANSLATE_NOOP("EnumNames", "Scale-up switch")},
    {"switchboard", AIFP_TRANSLATE_NOOP("EnumNames", "Switchboard")},
    {"switchgear", AIFP_TRANSLATE_NOOP("EnumNames", "Switchgear")},
    // Catalogue confidence (Confidence)
    {"official", AIFP_TRANSLATE_NOOP("EnumNames", "official")},
    {"secondary", AIFP_TRANSLATE_NOOP("EnumNames", "secondary")},
    {"derived", AIFP_TRANSLATE_NOOP("EnumNames", "derived")},
    {"claim", AIFP_TRANSLATE_NOOP("EnumNames", "claim")},
    {"unverified", AIFP_TRANSLATE_NOOP("EnumNames", "unverified")},
    {"assumption", AIFP_TRANSLATE_NOOP("EnumNames", "assumption")},
    // Finding severities (Severity)
    {"error", AIFP_TRANSLATE_NOOP("EnumNames", "Error")},
    {"warning", AIFP_TRANSLATE_NOOP("EnumNames", "Warning")},
    {"info", AIFP_TRANSLATE_NOOP("EnumNames", "Info")},
};

} // namespace

const char* englishName(std::string_view identifier) {
    for (const auto& [id, words] : kNames)
        if (id == identifier)
            return words;
    return nullptr;
}

std::string displayName(std::string_view identifier) {
    const char* words = englishName(identifier);
    return words ? tr("EnumNames", words) : std::string(identifier);
}

} // namespace aifp
