#include "core/export/SceneGlb.hpp"
#include "core/catalog/RackFootprint.hpp"
#include "core/export/SwitchStacks.hpp"
#include "core/model/EquipmentShapes.hpp"
#include "core/util/Json.hpp"
#include <cmath>
#include <cstdint>
#include <cstring>
#include <map>
#include <numbers>
#include <vector>

namespace aifp::exchange {

namespace {

constexpr double kFloorThicknessM = 0.05; // drawing only: the hall floor slab

// glTF 2.0 constants (Khronos glTF 2.0 specification, sections 3.6-3.7 and 4.4).
constexpr std::uint32_t kGlbMagic = 0x46546C67; // "glTF"
constexpr std::uint32_t kChunkJson = 0x4E4F534A;
constexpr std::uint32_t kChunkBin = 0x004E4942;
constexpr int kFloat = 5126;
constexpr int kUnsignedShort = 5123;
constexpr int kArrayBuffer = 34962;
constexpr int kElementArrayBuffer = 34963;

void putU32(std::string& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i)
        out += static_cast<char>((v >> (8 * i)) & 0xFF);
}
void putF32(std::string& out, float f) {
    std::uint32_t u;
    std::memcpy(&u, &f, 4);
    putU32(out, u);
}
void putU16(std::string& out, std::uint16_t v) {
    out += static_cast<char>(v & 0xFF);
    out += static_cast<char>(v >> 8);
}

// The unit box centred on the origin: 6 faces x 4 vertices (flat normals), 12 triangles.
struct UnitBox {
    std::string positions, normals, indices;
};
UnitBox unitBox() {
    UnitBox b;
    // Normal, then two axes u, v with u x v = normal (counter-clockwise seen from outside).
    const float faces[6][3][3] = {
        {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, {{-1, 0, 0}, {0, 0, 1}, {0, 1, 0}},
        {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}}, {{0, -1, 0}, {1, 0, 0}, {0, 0, 1}},
        {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}}, {{0, 0, -1}, {0, 1, 0}, {1, 0, 0}}};
    std::uint16_t base = 0;
    for (const auto& face : faces) {
        const float* f = face[0];
        const float* u = face[1];
        const float* v = face[2];
        for (const auto& [su, sv] : {std::pair{-1, -1}, {1, -1}, {1, 1}, {-1, 1}}) {
            for (int k = 0; k < 3; ++k)
                putF32(b.positions, 0.5f * (f[k] + static_cast<float>(su) * u[k] +
                                            static_cast<float>(sv) * v[k]));
            for (int k = 0; k < 3; ++k)
                putF32(b.normals, f[k]);
        }
        for (int i : {0, 1, 2, 0, 2, 3})
            putU16(b.indices, static_cast<std::uint16_t>(base + i));
        base = static_cast<std::uint16_t>(base + 4);
    }
    return b;
}

double linear(unsigned char c) { // sRGB to linear (glTF colour factors are linear)
    const double s = c / 255.0;
    return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
}

json::Value numbers(std::initializer_list<double> v) {
    json::Value a = json::Value::array();
    for (double d : v)
        a.push(d);
    return a;
}

// Drawing colours of rack systems, one per system type in order of first appearance.
constexpr RgbColour kRackColours[] = {{70, 80, 100}, {40, 110, 160}, {120, 90, 150},
                                      {60, 130, 90}, {160, 100, 60}, {110, 110, 110}};

class Scene {
public:
    // The mesh of an equipment class, created on first use.
    int meshFor(const std::string& className, RgbColour colour) {
        auto [it, fresh] = meshes_.emplace(className, static_cast<int>(meshOrder_.size()));
        if (fresh)
            meshOrder_.push_back({className, colour});
        return it->second;
    }
    void node(const std::string& name, int mesh, double x, double y, double z, ShapeM size,
              double rotationDeg, ObjectId id) {
        json::Value n = json::Value::object();
        n.set("name", name);
        n.set("mesh", mesh);
        n.set("translation", numbers({x, y, z}));
        if (rotationDeg != 0) {
            // About z, turning the front clockwise seen from above (the model's convention).
            const double half = -rotationDeg * std::numbers::pi / 360.0;
            n.set("rotation", numbers({0, 0, std::sin(half), std::cos(half)}));
        }
        n.set("scale", numbers({size.widthM, size.depthM, size.heightM}));
        if (id != kNoId) {
            json::Value extras = json::Value::object();
            extras.set("aifp_id", static_cast<unsigned long long>(id));
            n.set("extras", extras);
        }
        nodes_.push_back(std::move(n));
    }

    std::string glb() const {
        const UnitBox box = unitBox();
        std::string bin = box.positions + box.normals + box.indices; // each a multiple of 4
        json::Value doc = json::Value::object();
        json::Value asset = json::Value::object();
        asset.set("version", "2.0").set("generator", "AI Factory Planner");
        doc.set("asset", asset);
        doc.set("scene", 0);
        json::Value scene = json::Value::object();
        scene.set("name", "AI factory").set("nodes", numbers({0}));
        json::Value scenes = json::Value::array();
        scenes.push(scene);
        doc.set("scenes", scenes);

        json::Value nodes = json::Value::array();
        json::Value root = json::Value::object();
        root.set("name", "site");
        // Our z-up metres to glTF's y-up: -90 degrees about x (north becomes -z).
        root.set("rotation", numbers({-std::sqrt(0.5), 0, 0, std::sqrt(0.5)}));
        json::Value children = json::Value::array();
        for (std::size_t i = 0; i < nodes_.size(); ++i)
            children.push(static_cast<unsigned long>(i + 1));
        if (!nodes_.empty())
            root.set("children", children);
        nodes.push(root);
        for (const json::Value& n : nodes_)
            nodes.push(n);
        doc.set("nodes", nodes);

        json::Value materials = json::Value::array(), meshes = json::Value::array();
        for (std::size_t i = 0; i < meshOrder_.size(); ++i) {
            const auto& [name, c] = meshOrder_[i];
            json::Value pbr = json::Value::object();
            pbr.set("baseColorFactor", numbers({linear(c[0]), linear(c[1]), linear(c[2]), 1.0}));
            pbr.set("metallicFactor", 0.0).set("roughnessFactor", 0.8);
            json::Value m = json::Value::object();
            m.set("name", name).set("pbrMetallicRoughness", pbr);
            materials.push(m);
            json::Value attributes = json::Value::object();
            attributes.set("POSITION", 0).set("NORMAL", 1);
            json::Value prim = json::Value::object();
            prim.set("attributes", attributes)
                .set("indices", 2)
                .set("material", static_cast<unsigned long>(i));
            json::Value prims = json::Value::array();
            prims.push(prim);
            json::Value mesh = json::Value::object();
            mesh.set("name", name).set("primitives", prims);
            meshes.push(mesh);
        }
        if (!meshOrder_.empty()) {
            doc.set("materials", materials);
            doc.set("meshes", meshes);
        }

        json::Value views = json::Value::array();
        auto view = [&](std::size_t offset, std::size_t length, int target) {
            json::Value v = json::Value::object();
            v.set("buffer", 0).set("byteOffset", static_cast<unsigned long>(offset));
            v.set("byteLength", static_cast<unsigned long>(length)).set("target", target);
            views.push(v);
        };
        view(0, box.positions.size(), kArrayBuffer);
        view(box.positions.size(), box.normals.size(), kArrayBuffer);
        view(box.positions.size() + box.normals.size(), box.indices.size(), kElementArrayBuffer);
        doc.set("bufferViews", views);
        json::Value accessors = json::Value::array();
        auto accessor = [&](int viewIndex, int componentType, std::size_t count, const char* type) {
            json::Value a = json::Value::object();
            a.set("bufferView", viewIndex).set("componentType", componentType);
            a.set("count", static_cast<unsigned long>(count)).set("type", type);
            return a;
        };
        json::Value pos = accessor(0, kFloat, 24, "VEC3");
        pos.set("min", numbers({-0.5, -0.5, -0.5})).set("max", numbers({0.5, 0.5, 0.5}));
        accessors.push(pos);
        accessors.push(accessor(1, kFloat, 24, "VEC3"));
        accessors.push(accessor(2, kUnsignedShort, 36, "SCALAR"));
        doc.set("accessors", accessors);
        json::Value buffers = json::Value::array();
        json::Value buffer = json::Value::object();
        buffer.set("byteLength", static_cast<unsigned long>(bin.size()));
        buffers.push(buffer);
        doc.set("buffers", buffers);

        std::string text = json::write(doc, -1);
        while (text.size() % 4)
            text += ' ';
        while (bin.size() % 4)
            bin += '\0';
        std::string out;
        putU32(out, kGlbMagic);
        putU32(out, 2);
        putU32(out, static_cast<std::uint32_t>(12 + 8 + text.size() + 8 + bin.size()));
        putU32(out, static_cast<std::uint32_t>(text.size()));
        putU32(out, kChunkJson);
        out += text;
        putU32(out, static_cast<std::uint32_t>(bin.size()));
        putU32(out, kChunkBin);
        out += bin;
        return out;
    }

private:
    std::map<std::string, int> meshes_;
    std::vector<std::pair<std::string, RgbColour>> meshOrder_;
    std::vector<json::Value> nodes_;
};

} // namespace

std::string sceneGlb(const Design& design, const Catalog& catalog) {
    Scene scene;
    for (const Hall& h : design.halls)
        scene.node(h.name, scene.meshFor("hall floor", {205, 205, 200}), h.originXM + h.widthM / 2,
                   h.originYM + h.depthM / 2, -kFloorThicknessM / 2,
                   {h.widthM, h.depthM, kFloorThicknessM}, 0, h.id);
    std::map<std::string, RgbColour> rackColours;
    for (const Rack& r : design.racks) {
        const auto [w, d] = rackFootprintM(catalog, r.catalogId);
        auto [it, fresh] = rackColours.emplace(r.catalogId, RgbColour{});
        if (fresh)
            it->second = kRackColours[(rackColours.size() - 1) % std::size(kRackColours)];
        const double h = rackHeightM();
        scene.node(r.name, scene.meshFor("rack " + r.catalogId, it->second), r.centerM.xM,
                   r.centerM.yM, r.centerM.zM + h / 2, {w, d, h}, r.rotationDeg, r.id);
    }
    const ShapeM net = switchRackShape();
    for (const SwitchStack& stack : switchStacks(design)) {
        const NetworkSwitch& first = design.switches[stack.switches.front()];
        scene.node("network rack: " + first.name +
                       (stack.switches.size() > 1
                            ? " + " + std::to_string(stack.switches.size() - 1) + " more"
                            : std::string()),
                   scene.meshFor("network rack", {120, 70, 160}), stack.positionM.xM,
                   stack.positionM.yM, stack.positionM.zM + net.heightM / 2, net, 0, first.id);
    }
    for (const PowerNode& n : design.powerNodes) {
        if (n.kind == PowerNodeKind::RackPowerShelf)
            continue; // inside its rack
        const ShapeM s = shapeOf(n.kind);
        const double z = n.kind == PowerNodeKind::Busway ? buswayHeightM() : n.positionM.zM;
        scene.node(n.name,
                   scene.meshFor(std::string("power ") + toString(n.kind), colourOf(n.kind)),
                   n.positionM.xM, n.positionM.yM, z + s.heightM / 2, s, 0, n.id);
    }
    for (const CoolingNode& n : design.coolingNodes) {
        const ShapeM s = shapeOf(n.kind);
        scene.node(n.name,
                   scene.meshFor(std::string("cooling ") + toString(n.kind), colourOf(n.kind)),
                   n.positionM.xM, n.positionM.yM, n.positionM.zM + s.heightM / 2, s, 0, n.id);
    }
    return scene.glb();
}

} // namespace aifp::exchange
