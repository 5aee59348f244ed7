// Variants in one project file (schema 3, issue 17): round trip of three variants, unopened
// variants carried as their stored bytes, and a clear one-line refusal for each kind of bad
// variant row or image, without ever changing the file.
#include "SampleDesign.hpp"
#include "core/io/Project.hpp"
#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace aifp;

namespace {

QByteArray fileHash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on a project file behind the program's back (a crafted file).
void tamper(const std::string& path, const std::string& sql, const std::string* blob = nullptr) {
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    QCOMPARE(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), SQLITE_OK);
    if (blob)
        sqlite3_bind_blob64(st, 1, blob->data(), blob->size(), SQLITE_TRANSIENT);
    QCOMPARE(sqlite3_step(st), SQLITE_DONE);
    sqlite3_finalize(st);
    QCOMPARE(sqlite3_close(db), SQLITE_OK);
}

// The stored image of a variant, read with SQLite directly (not through the program).
std::string storedImage(const std::string& path, const std::string& name) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "SELECT image FROM variants WHERE name = ?", -1, &st, nullptr);
    sqlite3_bind_text(st, 1, name.c_str(), -1, SQLITE_TRANSIENT);
    std::string out;
    if (sqlite3_step(st) == SQLITE_ROW)
        out.assign(static_cast<const char*>(sqlite3_column_blob(st, 0)),
                   static_cast<std::size_t>(sqlite3_column_bytes(st, 0)));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

template <typename F> std::string refusalOf(F f) {
    try {
        f();
    } catch (const ProjectFileError& e) {
        return e.what();
    }
    return "(accepted)";
}

// Three distinct designs: the sample, the sample at N+1 with another customer, and the sample
// without its last rack and with another serving model.
Design variantDesign(int which) {
    Design d = testing::sampleDesign();
    if (which == 1) {
        d.settings.powerRedundancy = RedundancyScheme::NPlus1;
        d.site.customer = "Other Cloud";
    } else if (which == 2) {
        // Only a rack nothing refers to can go without dangling links; change names instead.
        d.settings.modelId = "llama3.1-70b";
        d.site.name = "Abilene campus, phase 2";
        d.halls.front().name = "Hall B";
    }
    return d;
}

Project threeVariants() {
    Project p;
    p.variants.resize(3);
    p.variants[0].name = "gb300-2n";
    p.variants[0].description = "the offer";
    p.variants[0].design = variantDesign(0);
    p.variants[1].name = "n-plus-1";
    p.variants[1].description = "cheaper power chain";
    p.variants[1].createdFrom = "gb300-2n";
    p.variants[1].createdAt = "2026-12-01";
    p.variants[1].design = variantDesign(1);
    p.variants[2].name = "phase 2 \xc3\xa9t\xc3\xa9"; // UTF-8 and a space in a name
    p.variants[2].createdFrom = "gb300-2n";
    p.variants[2].createdAt = "2026-12-02";
    p.variants[2].design = variantDesign(2);
    return p;
}

} // namespace

class TestProjectVariants : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::string path(const char* name) const { return dir_.filePath(name).toStdString(); }

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void threeVariantsRoundTrip() {
        const std::string p = path("three.aifp");
        const Project written = threeVariants();
        saveProject(written, p);
        QCOMPARE(readProjectFileInfo(p).schemaVersion, kAifpSchemaVersion);

        // The listing: names, order, notes; no design loaded.
        const VariantListing l = listVariants(p);
        QCOMPARE(l.variants.size(), std::size_t(3));
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(l.variants[i].name, written.variants[i].name);
            QCOMPARE(l.variants[i].description, written.variants[i].description);
            QCOMPARE(l.variants[i].createdFrom, written.variants[i].createdFrom);
            QCOMPARE(l.variants[i].createdAt, written.variants[i].createdAt);
            QVERIFY(!l.variants[i].design && !l.variants[i].image);
        }
        QCOMPARE(l.imageBytes[0], std::int64_t(0));
        QVERIFY(l.imageBytes[1] > 0 && l.imageBytes[2] > 0);

        // Each variant opens as the design it was; the base is what openProject reads.
        const QByteArray before = fileHash(QString::fromStdString(p));
        for (std::size_t i = 0; i < 3; ++i)
            QVERIFY2(openProjectVariant(p, written.variants[i].name) == variantDesign(int(i)),
                     written.variants[i].name.c_str());
        QVERIFY(openProjectVariant(p, "") == variantDesign(0));
        QVERIFY(openProject(p) == variantDesign(0));
        QCOMPARE(fileHash(QString::fromStdString(p)), before); // reading changes nothing

        // The whole project: the base loaded, the others as bytes equal to what is stored.
        const Project read = openProjectFile(p);
        QVERIFY(read.variants[0].design && *read.variants[0].design == variantDesign(0));
        QVERIFY(!read.variants[1].design && read.variants[1].image);
        QCOMPARE(*read.variants[1].image, storedImage(p, "n-plus-1"));
        QVERIFY(openVariantImage(*read.variants[2].image, p, read.variants[2].name) ==
                variantDesign(2));
    }

    void untouchedVariantsKeepTheirBytes() {
        const std::string p = path("bytes.aifp");
        saveProject(threeVariants(), p);
        const std::string image1 = storedImage(p, "n-plus-1");
        const std::string image2 = storedImage(p, "phase 2 \xc3\xa9t\xc3\xa9");

        // Edit the base, rename one variant, delete none: the images are written back as read.
        Project project = openProjectFile(p);
        project.variants[0].design->site.author = "B. Planner";
        project.variants[1].name = "n+1 power";
        saveProject(project, p);
        QCOMPARE(storedImage(p, "n+1 power"), image1);
        QCOMPARE(storedImage(p, "phase 2 \xc3\xa9t\xc3\xa9"), image2);
        QCOMPARE(openProject(p).site.author, std::string("B. Planner"));

        // Delete one: the other keeps its bytes.
        project = openProjectFile(p);
        project.variants.erase(project.variants.begin() + 1);
        saveProject(project, p);
        QCOMPARE(listVariants(p).variants.size(), std::size_t(2));
        QCOMPARE(storedImage(p, "phase 2 \xc3\xa9t\xc3\xa9"), image2);

        // A variant whose design is set and image reset is written from the design.
        project = openProjectFile(p);
        Design changed = openVariantImage(*project.variants[1].image, p, project.variants[1].name);
        changed.site.customer = "Third Cloud";
        project.variants[1].design = changed;
        project.variants[1].image.reset();
        saveProject(project, p);
        QVERIFY(storedImage(p, "phase 2 \xc3\xa9t\xc3\xa9") != image2);
        QVERIFY(openProjectVariant(p, "phase 2 \xc3\xa9t\xc3\xa9") == changed);
    }

    void saveOfOneDesignHasOneVariant() {
        const std::string p = path("one.aifp");
        saveProject(testing::sampleDesign(), p);
        const VariantListing l = listVariants(p);
        QCOMPARE(l.variants.size(), std::size_t(1));
        QCOMPARE(l.variants[0].name, std::string(kDefaultBaseVariantName));
    }

    void unknownVariantListsTheNames() {
        const std::string p = path("unknown.aifp");
        saveProject(threeVariants(), p);
        QCOMPARE(refusalOf([&] { openProjectVariant(p, "vera-rubin"); }),
                 p + ": no variant 'vera-rubin' (the variants are: gb300-2n, n-plus-1, "
                     "phase 2 \xc3\xa9t\xc3\xa9)");
    }

    void invalidProjectsAreNotSaved() {
        const std::string p = path("invalid.aifp");
        Project twice = threeVariants();
        twice.variants[2].name = "n-plus-1";
        QVERIFY(refusalOf([&] { saveProject(twice, p); }).find("exists already") !=
                std::string::npos);
        Project comma = threeVariants();
        comma.variants[1].name = "a,b";
        QVERIFY(refusalOf([&] { saveProject(comma, p); }).find("comma") != std::string::npos);
        Project empty = threeVariants();
        empty.variants[1].design.reset();
        QVERIFY(refusalOf([&] { saveProject(empty, p); }).find("has no design") !=
                std::string::npos);
        Project many;
        many.variants.resize(kMaxVariants + 1);
        for (std::size_t i = 0; i < many.variants.size(); ++i) {
            many.variants[i].name = "v" + std::to_string(i);
            many.variants[i].design = testing::sampleDesign();
        }
        QVERIFY(refusalOf([&] { saveProject(many, p); }).find("more than 32 variants") !=
                std::string::npos);
        QVERIFY(!QFile::exists(QString::fromStdString(p)));
    }

    // Crafted files: each refused with one line naming the file and the variant; never changed.
    void hostileVariants_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("image"); // "garbage", "nested", "newer", "" (no image change)
        QTest::addColumn<QString>("open");  // the variant opened ("" = the base)
        QTest::addColumn<QString>("reason");
        QTest::newRow("garbage image") << "UPDATE variants SET image = ?1 WHERE name = 'n-plus-1'"
                                       << "garbage"
                                       << ""
                                       << "variant 'n-plus-1': not an AI Factory Planner project";
        QTest::newRow("nested variants") << "UPDATE variants SET image = ?1 WHERE name = 'n-plus-1'"
                                         << "nested"
                                         << "n-plus-1"
                                         << "variant 'n-plus-1': holds variants of its own";
        QTest::newRow("image of a newer schema")
            << "UPDATE variants SET image = ?1 WHERE name = 'n-plus-1'"
            << "newer"
            << ""
            << "variant 'n-plus-1': written by a newer version";
        QTest::newRow("too many variants")
            << "WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE "
               "value < 40) INSERT INTO variants SELECT name || value, seq + value, description, "
               "created_from, created_at, image FROM variants, n WHERE name = 'n-plus-1'"
            << ""
            << ""
            << "more than 32 variants (the limit of a project";
        QTest::newRow("name of the base")
            << "UPDATE variants SET name = 'gb300-2n' WHERE name = 'n-plus-1'"
            << ""
            << ""
            << "variant 'gb300-2n': the name is used twice";
        QTest::newRow("empty name") << "UPDATE variants SET name = '' WHERE name = 'n-plus-1'"
                                    << ""
                                    << ""
                                    << "a variant name cannot be empty";
    }

    void hostileVariants() {
        QFETCH(QString, sql);
        QFETCH(QString, image);
        QFETCH(QString, open);
        QFETCH(QString, reason);
        const std::string p = path("hostile.aifp");
        QFile::remove(QString::fromStdString(p));
        saveProject(threeVariants(), p);
        std::string blob;
        if (image == "garbage") {
            for (int i = 0; i < 8192; ++i)
                blob += char((i * 37 + 11) % 256);
        } else if (image == "nested") {
            QFile f(QString::fromStdString(p));
            QVERIFY(f.open(QIODevice::ReadOnly));
            blob = f.readAll().toStdString(); // this file: it has variants
        } else if (image == "newer") {
            blob = storedImage(p, "n-plus-1");
            blob[60] = blob[61] = blob[62] = 0;
            blob[63] = 99; // PRAGMA user_version 99 in the header
        }
        tamper(p, sql.toStdString(), image.isEmpty() ? nullptr : &blob);
        const QByteArray before = fileHash(QString::fromStdString(p));
        const std::string e = refusalOf([&] { openProjectVariant(p, open.toStdString()); });
        QVERIFY2(e.rfind(p + ": ", 0) == 0, e.c_str());
        QVERIFY2(e.find(reason.toStdString()) != std::string::npos, e.c_str());
        QVERIFY2(e.find('\n') == std::string::npos, e.c_str());
        QCOMPARE(fileHash(QString::fromStdString(p)), before);
    }

    void olderImageIsMigrated() {
        // A variant whose image is a schema-2 file (written by the program before variants)
        // opens like that file: migrated in memory.
        const std::string v2 = AIFP_TEST_DATA_DIR "/io/sample-1mw-v2.aifp";
        QFile f(QString::fromStdString(v2));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const std::string bytes = f.readAll().toStdString();
        const std::string p = path("older.aifp");
        Project project = threeVariants();
        project.variants[1].design.reset();
        project.variants[1].image = std::make_shared<const std::string>(bytes);
        saveProject(project, p);
        QCOMPARE(storedImage(p, "n-plus-1"), bytes);
        QVERIFY(openProjectVariant(p, "n-plus-1") == openProject(v2));
    }
};

QTEST_APPLESS_MAIN(TestProjectVariants)
#include "test_project_variants.moc"
