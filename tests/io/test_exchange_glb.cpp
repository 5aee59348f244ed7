// The glTF binary scene (core/export/SceneGlb): the GLB container parsed by hand (header, JSON
// chunk, BIN chunk), the JSON read by Qt's parser, nodes and meshes counted against the design,
// every accessor inside its buffer view and every view inside the buffer.
#include "core/catalog/Catalog.hpp"
#include "core/export/SceneGlb.hpp"
#include "core/export/SwitchStacks.hpp"
#include "core/io/ProjectFile.hpp"
#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QTest>
#include <cstring>
#include <set>
#ifdef AIFP_VTK_GLTF_READER
#include <QTemporaryDir>
#include <vtkDataObjectTreeIterator.h>
#include <vtkGLTFReader.h>
#include <vtkMultiBlockDataSet.h>
#include <vtkNew.h>
#include <vtkPolyData.h>
#include <vtkSmartPointer.h>
#endif

using namespace aifp;

namespace {

std::uint32_t u32(const std::string& b, std::size_t at) {
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(b[at + static_cast<std::size_t>(i)]);
    return v;
}

struct Glb {
    QJsonObject json;
    std::string bin;
    QString error;
};

Glb parseGlb(const std::string& b) {
    Glb g;
    if (b.size() < 28 || u32(b, 0) != 0x46546C67 || u32(b, 4) != 2 || u32(b, 8) != b.size()) {
        g.error = "bad header";
        return g;
    }
    const std::uint32_t jsonLength = u32(b, 12);
    if (u32(b, 16) != 0x4E4F534A || jsonLength % 4 || 20 + jsonLength + 8 > b.size()) {
        g.error = "bad JSON chunk";
        return g;
    }
    QJsonParseError pe;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray(b.data() + 20, static_cast<int>(jsonLength)), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        g.error = "JSON: " + pe.errorString();
        return g;
    }
    g.json = doc.object();
    const std::size_t binAt = 20 + jsonLength;
    const std::uint32_t binLength = u32(b, binAt);
    if (u32(b, binAt + 4) != 0x004E4942 || binLength % 4 || binAt + 8 + binLength != b.size()) {
        g.error = "bad BIN chunk";
        return g;
    }
    g.bin = b.substr(binAt + 8, binLength);
    return g;
}

// Every accessor within its view, every view within the buffer, indices within the vertices.
QString checkBuffers(const Glb& g) {
    const QJsonArray buffers = g.json["buffers"].toArray();
    if (buffers.size() != 1 || buffers[0].toObject().contains("uri"))
        return "one embedded buffer expected";
    const qint64 bufferLength = buffers[0].toObject()["byteLength"].toInteger();
    if (bufferLength > static_cast<qint64>(g.bin.size()))
        return "buffer longer than the BIN chunk";
    const QJsonArray views = g.json["bufferViews"].toArray();
    for (const QJsonValue& v : views) {
        const QJsonObject o = v.toObject();
        if (o["byteOffset"].toInteger() + o["byteLength"].toInteger() > bufferLength)
            return "a buffer view ends beyond the buffer";
    }
    const std::map<QString, int> components = {{"SCALAR", 1}, {"VEC3", 3}};
    const std::map<int, int> sizes = {{5126, 4}, {5123, 2}, {5125, 4}};
    qint64 vertexCount = -1;
    for (const QJsonValue& a : g.json["accessors"].toArray()) {
        const QJsonObject o = a.toObject();
        const int view = o["bufferView"].toInt();
        if (view < 0 || view >= views.size())
            return "accessor names a missing view";
        const qint64 bytes = o["count"].toInteger() * components.at(o["type"].toString()) *
                             sizes.at(o["componentType"].toInt());
        if (o["byteOffset"].toInteger() + bytes > views[view].toObject()["byteLength"].toInteger())
            return "an accessor ends beyond its buffer view";
        if (o["type"].toString() == "VEC3" && vertexCount < 0)
            vertexCount = o["count"].toInteger();
        if (o["componentType"].toInt() == 5123) { // indices
            const qint64 at = views[view].toObject()["byteOffset"].toInteger();
            for (qint64 i = 0; i < o["count"].toInteger(); ++i) {
                const auto p = static_cast<std::size_t>(at + 2 * i);
                const int index = static_cast<unsigned char>(g.bin[p]) |
                                  (static_cast<unsigned char>(g.bin[p + 1]) << 8);
                if (index >= vertexCount)
                    return "an index beyond the vertices";
            }
        }
    }
    return {};
}

} // namespace

class TestExchangeGlb : public QObject {
    Q_OBJECT
private slots:
    void sampleHallScene() {
        const Design d = openProject(std::string(AIFP_PROJECTS_DIR) + "/sample-gb300-hall.aifp");
        const Catalog catalog = Catalog::builtin().withUserEntries(d.userCatalog);
        const Glb g = parseGlb(exchange::sceneGlb(d, catalog));
        QVERIFY2(g.error.isEmpty(), qPrintable(g.error));
        QCOMPARE(g.json["asset"].toObject()["version"].toString(), QString("2.0"));
        const QString buffers = checkBuffers(g);
        QVERIFY2(buffers.isEmpty(), qPrintable(buffers));

        // Nodes: the root, then one per hall, rack, network rack, power node but the shelves
        // inside racks (96 here: A and B for 48 racks) and cooling node.
        std::size_t shelves = 0;
        std::set<PowerNodeKind> powerKinds;
        for (const PowerNode& n : d.powerNodes) {
            if (n.kind == PowerNodeKind::RackPowerShelf)
                ++shelves;
            else
                powerKinds.insert(n.kind);
        }
        std::set<CoolingNodeKind> coolingKinds;
        for (const CoolingNode& n : d.coolingNodes)
            coolingKinds.insert(n.kind);
        QCOMPARE(shelves, std::size_t(96));
        const QJsonArray nodes = g.json["nodes"].toArray();
        const std::size_t expected =
            1 + 1 + 48 + 11 + (d.powerNodes.size() - shelves) + d.coolingNodes.size();
        QCOMPARE(static_cast<std::size_t>(nodes.size()), expected);
        QCOMPARE(static_cast<std::size_t>(nodes[0].toObject()["children"].toArray().size()),
                 expected - 1);
        QCOMPARE(g.json["scenes"].toArray()[0].toObject()["nodes"].toArray().size(), 1);
        // Meshes: hall floor, the one rack system, network rack, each power and cooling kind.
        const QJsonArray meshes = g.json["meshes"].toArray();
        QCOMPARE(static_cast<std::size_t>(meshes.size()),
                 3 + powerKinds.size() + coolingKinds.size());
        QCOMPARE(g.json["materials"].toArray().size(), meshes.size());
        for (int i = 1; i < nodes.size(); ++i) {
            const int mesh = nodes[i].toObject()["mesh"].toInt(-1);
            QVERIFY(mesh >= 0 && mesh < meshes.size());
        }
        // Rack R1: centre (24.5, 39.8) m on the floor, 0.6 x 1.2 m footprint, 2.2 m tall.
        const QJsonObject r1 = nodes[2].toObject();
        QCOMPARE(r1["name"].toString(), QString("R1"));
        const QJsonArray t = r1["translation"].toArray(), s = r1["scale"].toArray();
        QCOMPARE(t[0].toDouble(), 24.5);
        QCOMPARE(t[1].toDouble(), 39.8);
        QCOMPARE(t[2].toDouble(), 1.1);
        QCOMPARE(s[0].toDouble(), 0.6);
        QCOMPARE(s[1].toDouble(), 1.2);
        QCOMPARE(s[2].toDouble(), 2.2);
        QCOMPARE(r1["extras"].toObject()["aifp_id"].toInteger(), qint64(d.racks[0].id));
    }

    // A glTF reader that is not ours: VTK's (built with the desktop application). Every node
    // with a mesh becomes one polygonal block, placed where the design puts it.
    void vtkReadsTheScene() {
#ifndef AIFP_VTK_GLTF_READER
        QSKIP("built without the desktop application (no VTK)");
#else
        const Design d = openProject(std::string(AIFP_PROJECTS_DIR) + "/sample-gb300-hall.aifp");
        const Catalog catalog = Catalog::builtin().withUserEntries(d.userCatalog);
        QTemporaryDir tmp;
        const QString path = tmp.filePath("scene.glb");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const std::string glb = exchange::sceneGlb(d, catalog);
        f.write(glb.data(), static_cast<qint64>(glb.size()));
        f.close();
        vtkNew<vtkGLTFReader> reader;
        reader->SetFileName(path.toLocal8Bit().constData());
        reader->Update();
        QCOMPARE(reader->GetNumberOfScenes(), vtkIdType(1));
        auto it = vtkSmartPointer<vtkDataObjectTreeIterator>::Take(
            reader->GetOutput()->NewTreeIterator());
        int blocks = 0;
        double minX = 1e300, maxX = -1e300, minUp = 1e300;
        for (it->InitTraversal(); !it->IsDoneWithTraversal(); it->GoToNextItem()) {
            auto* pd = vtkPolyData::SafeDownCast(it->GetCurrentDataObject());
            if (!pd)
                continue;
            ++blocks;
            double b[6];
            pd->GetBounds(b);
            minX = std::min(minX, b[0]);
            maxX = std::max(maxX, b[1]);
            minUp = std::min(minUp, b[2]);
        }
        const Glb g = parseGlb(glb);
        QCOMPARE(blocks, static_cast<int>(g.json["nodes"].toArray().size()) - 1); // not the root
        // The hall runs from x 20.0 to 70.4 m; the floor slab's underside is 5 cm below y-up 0.
        QVERIFY(maxX >= 70.4 - 1e-6 && minX <= 20.0);
        QVERIFY(std::abs(minUp + 0.05) < 1e-6);
#endif
    }

    void emptyDesignIsAValidFile() {
        const Glb g = parseGlb(exchange::sceneGlb(Design{}, Catalog::builtin()));
        QVERIFY2(g.error.isEmpty(), qPrintable(g.error));
        QCOMPARE(g.json["nodes"].toArray().size(), 1);
        QVERIFY(checkBuffers(g).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExchangeGlb)
#include "test_exchange_glb.moc"
