// Bounded validation (issue 12): racks stacked on one spot are found through the spatial grid in
// bounded time and memory, and the findings of one rule are capped ("and N more").
#include "core/catalog/Catalog.hpp"
#include "core/validation/Validator.hpp"
#include <QElapsedTimer>
#include <QTest>

using namespace aifp;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kSlowdown = 20; // ASan/UBSan builds run ~10-20x slower
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr qint64 kSlowdown = 20;
#else
constexpr qint64 kSlowdown = 1;
#endif
#else
constexpr qint64 kSlowdown = 1;
#endif

// One 100 m x 100 m hall with n gb300-nvl72 racks all centred on (50, 50).
Design stacked(int n) {
    Design d;
    Hall h;
    h.id = 1;
    h.name = "H";
    h.widthM = 100;
    h.depthM = 100;
    h.clearHeightM = 6;
    h.floorLoadKgPerM2 = 3000;
    h.maxRackKw = 200;
    d.halls.push_back(h);
    for (int i = 0; i < n; ++i) {
        Rack r;
        r.id = 10 + static_cast<ObjectId>(i);
        r.hallId = 1;
        r.name = "S" + std::to_string(i);
        r.catalogId = "gb300-nvl72";
        r.centerM = {50, 50, 0};
        d.racks.push_back(r);
    }
    d.nextId = 10 + static_cast<ObjectId>(n);
    return d;
}

std::size_t countRule(const ValidationResult& r, const std::string& rule) {
    std::size_t n = 0;
    for (const auto& f : r.findings)
        n += f.rule == rule;
    return n;
}

} // namespace

class TestValidationBounded : public QObject {
    Q_OBJECT
private slots:
    void stackedRacksAreBounded() {
        // 4,004 racks on one spot: 8 million overlapping pairs. Before: 2 million findings kept
        // (2.6 GB). Now each rack reports at most 3 overlaps one by one plus one "more" finding,
        // and the listing keeps 50 per rule plus one summary.
        const Design d = stacked(4004);
        Validator v(Catalog::builtin());
        QElapsedTimer t;
        t.start();
        const ValidationResult r = v.validateAll(d);
        const qint64 ms = t.elapsed();
        qInfo("4,004 stacked racks validated in %lld ms, %zu findings listed, %d errors", ms,
              r.findings.size(), r.errors);
        QVERIFY2(ms < 1000 * kSlowdown, qPrintable(QString::number(ms)));
        // 50 listed + the "and N more" summary.
        QCOMPARE(countRule(r, "geometry.overlap"), std::size_t(51));
        // The grid cell holds all 4,004 racks; a rack looks at the first 513 of them (indexes
        // 0..512, the cap + 1). Racks 0..509 list 3 later racks each, 510..512 list 2, 1, 0;
        // every rack also gets one "over 512 racks within its clearance" finding:
        // 510 * 3 + 2 + 1 + 4,004 = 5,537 overlap findings, 50 listed, 5,487 summarised.
        bool summary = false;
        for (const auto& f : r.findings)
            summary = summary || (f.rule == "geometry.overlap" &&
                                  f.message == "and 5487 more geometry.overlap findings (the "
                                               "first 50 are listed)");
        QVERIFY(summary);
        QVERIFY(r.errors >= 5537); // counts stay full counts
    }
    void capCanBeLifted() {
        ValidationOptions o;
        o.maxFindingsPerRule = 0; // all
        Validator v(Catalog::builtin(), o);
        const ValidationResult r = v.validateAll(stacked(10));
        // 10 racks on one spot: rack i overlaps 9 - i later racks; min(3, 9 - i) listed:
        // 3 * 7 + 2 + 1 + 0 = 24, plus "more" findings for i = 0..5 (6 or more... 9 - i > 3).
        QCOMPARE(countRule(r, "geometry.overlap"), std::size_t(24 + 6));
    }
};

QTEST_APPLESS_MAIN(TestValidationBounded)
#include "test_validation_bounded.moc"
