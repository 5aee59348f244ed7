// The words for people of the design's enums (core/model/EnumNames.hpp): one table that the GUI
// (kindText) and the report (bill of materials, single-line diagram) both read. Every value of
// every enum the table covers has words, in English and in Spanish, and the report's spellings
// are the ones its outputs have always had.
#include "core/catalog/CatalogEntry.hpp"
#include "core/i18n/Language.hpp"
#include "core/model/EnumNames.hpp"
#include <QTest>
#include <set>
#include <string>
#include <vector>

using namespace aifp;

namespace {

// Every value of each enum the table names, by its identifier (toString).
template <class E> std::vector<std::string> identifiers(std::initializer_list<E> values) {
    std::vector<std::string> out;
    for (E v : values)
        out.emplace_back(toString(v));
    return out;
}

std::vector<std::string> everyIdentifier() {
    std::vector<std::vector<std::string>> lists = {
        identifiers({ObjectKind::Hall, ObjectKind::Row, ObjectKind::Rack, ObjectKind::PowerNode,
                     ObjectKind::PowerLink, ObjectKind::CoolingNode, ObjectKind::Pipe,
                     ObjectKind::NetworkSwitch, ObjectKind::NetworkLink}),
        identifiers({PowerNodeKind::UtilityFeed, PowerNodeKind::MvSwitchgear,
                     PowerNodeKind::Transformer, PowerNodeKind::LvSwitchboard, PowerNodeKind::Ups,
                     PowerNodeKind::Generator, PowerNodeKind::Pdu, PowerNodeKind::Rpp,
                     PowerNodeKind::Busway, PowerNodeKind::RackPowerShelf}),
        identifiers({PowerLinkKind::Cable, PowerLinkKind::Busway, PowerLinkKind::Tap}),
        identifiers({CoolingNodeKind::Chiller, CoolingNodeKind::DryCooler, CoolingNodeKind::Cdu,
                     CoolingNodeKind::Manifold, CoolingNodeKind::AirHandler}),
        identifiers({CoolantLoop::Facility, CoolantLoop::Technology}),
        identifiers({NetworkRole::Compute, NetworkRole::StorageInband, NetworkRole::OutOfBand}),
        identifiers({LinkMedium::Copper, LinkMedium::Multimode, LinkMedium::SingleMode}),
        identifiers({RedundancyScheme::N, RedundancyScheme::NPlus1, RedundancyScheme::TwoN,
                     RedundancyScheme::Distributed4N3, RedundancyScheme::Distributed3N2}),
        identifiers({FabricKind::InfinibandXdr, FabricKind::InfinibandNdr, FabricKind::SpectrumX}),
        identifiers({CoolingProvision::Air, CoolingProvision::Liquid, CoolingProvision::Both}),
        identifiers({Confidence::Official, Confidence::Secondary, Confidence::Derived,
                     Confidence::Claim, Confidence::Unverified, Confidence::Assumption}),
        {"error", "warning", "info"}, // Severity (core/validation/Finding.hpp)
    };
    std::vector<std::string> out;
    for (const auto& l : lists)
        out.insert(out.end(), l.begin(), l.end());
    return out;
}

} // namespace

class TestEnumNames : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { setLanguage(Language::English); }

    void everyValueHasWords() {
        std::set<std::string> seen;
        for (const std::string& id : everyIdentifier()) {
            const char* words = englishName(id);
            QVERIFY2(words != nullptr, id.c_str());
            QVERIFY2(*words != '\0', id.c_str());
            QCOMPARE(displayName(id), std::string(words)); // English until told otherwise
            seen.insert(id);
        }
        QVERIFY(seen.size() > 50);
    }

    void everyValueIsTranslated() {
        setLanguage(Language::Spanish);
        int differ = 0;
        for (const std::string& id : everyIdentifier()) {
            const std::string es = displayName(id);
            QVERIFY2(!es.empty(), id.c_str());
            differ += es != englishName(id) ? 1 : 0;
        }
        // Acronyms and product names (UPS -> SAI, but PDU, CDU, N+1, InfiniBand) read the same.
        QVERIFY(differ > 40);
        QCOMPARE(displayName(PowerNodeKind::LvSwitchboard), std::string("Cuadro de BT"));
        QCOMPARE(displayName(CoolingNodeKind::DryCooler), std::string("Enfriador seco"));
        QCOMPARE(displayName(RedundancyScheme::Distributed4N3), std::string("4N/3 distribuida"));
        // englishName does not follow the language (the bill of materials is English).
        QCOMPARE(std::string(englishName(PowerNodeKind::LvSwitchboard)),
                 std::string("LV switchboard"));
    }

    void reportSpellings() {
        // The spellings the report always printed, now the GUI's too.
        QCOMPARE(std::string(englishName(LinkMedium::Copper)), std::string("Copper (DAC)"));
        QCOMPARE(std::string(englishName(RedundancyScheme::Distributed3N2)),
                 std::string("distributed 3N/2"));
        QCOMPARE(std::string(englishName(RedundancyScheme::TwoN)), std::string("2N"));
        QCOMPARE(std::string(englishName(FabricKind::InfinibandXdr)),
                 std::string("InfiniBand XDR (800 Gb/s)"));
        QCOMPARE(std::string(englishName(PowerNodeKind::RackPowerShelf)),
                 std::string("Rack power shelf"));
    }

    void unknownIdentifiers() {
        QVERIFY(englishName("no_such_kind") == nullptr);
        QCOMPARE(displayName("no_such_kind"), std::string("no_such_kind"));
        setLanguage(Language::Spanish);
        QCOMPARE(displayName("no_such_kind"), std::string("no_such_kind"));
        QCOMPARE(displayName(""), std::string());
    }
};

QTEST_APPLESS_MAIN(TestEnumNames)
#include "test_enum_names.moc"
