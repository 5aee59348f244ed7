#include "core/report/SingleLineDiagram.hpp"
#include "core/i18n/Translate.hpp"
#include "core/report/ReportFormat.hpp"
#include "core/report/TextMetrics.hpp"
#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace aifp::report {

namespace {

int levelOf(PowerNodeKind k) {
    switch (k) {
    case PowerNodeKind::UtilityFeed:
        return 0;
    case PowerNodeKind::MvSwitchgear:
        return 1;
    case PowerNodeKind::Transformer:
        return 2;
    case PowerNodeKind::Generator:
        return 2;
    case PowerNodeKind::LvSwitchboard:
        return 3;
    case PowerNodeKind::Ups:
        return 4;
    case PowerNodeKind::Pdu:
        return 5;
    case PowerNodeKind::Rpp:
        return 5;
    case PowerNodeKind::Busway:
        return 6;
    case PowerNodeKind::RackPowerShelf:
        return 7;
    }
    return 3;
}

// Colour of a redundancy path: A blue, B orange, further paths teal, grey; shared black.
Color pathColor(const SingleLineModel& m, const std::string& path) {
    static const Color palette[] = {colors::kBlue, colors::kOrange, colors::kTeal, colors::kGrey};
    if (path.empty())
        return colors::kBlack;
    const auto i =
        static_cast<std::size_t>(std::find(m.paths.begin(), m.paths.end(), path) - m.paths.begin());
    return palette[i % 4];
}

constexpr double kBoxH = 38.0;
// The diagram's height budget: one A4 landscape page's content area under its caption, so that
// the diagram is not scaled below its 7 pt text (PageLayout).
constexpr double kHeightBudgetPt = 470.0;

} // namespace

SingleLineModel buildSingleLineModel(const Design& design, const Catalog& catalog) {
    SingleLineModel m;
    std::unordered_map<ObjectId, double> rackKw;
    std::map<std::string, double> specKw;
    for (const Rack& r : design.racks) {
        if (!specKw.count(r.catalogId)) {
            double kw = 0.0;
            try {
                kw = systemSpec(catalog, r.catalogId).rackPowerKw;
            } catch (const CatalogError&) {
            }
            specKw[r.catalogId] = kw;
        }
        rackKw[r.id] = specKw[r.catalogId];
        m.rackLoadKw += specKw[r.catalogId];
    }
    m.rackCount = static_cast<int>(design.racks.size());
    std::unordered_map<ObjectId, std::vector<ObjectId>> down;
    for (const PowerLink& l : design.powerLinks)
        down[l.fromId].push_back(l.toId);
    // Downstream racks per node (memoised DFS; the visiting set guards against cycles).
    std::unordered_map<ObjectId, std::unordered_set<ObjectId>> reach;
    std::unordered_set<ObjectId> visiting;
    std::function<const std::unordered_set<ObjectId>&(ObjectId)> racksBelow =
        [&](ObjectId id) -> const std::unordered_set<ObjectId>& {
        auto it = reach.find(id);
        if (it != reach.end())
            return it->second;
        std::unordered_set<ObjectId> s;
        if (visiting.insert(id).second) {
            for (ObjectId to : down[id]) {
                if (rackKw.count(to))
                    s.insert(to);
                else
                    for (ObjectId r : racksBelow(to))
                        s.insert(r);
            }
            visiting.erase(id);
        }
        return reach[id] = std::move(s);
    };
    using Key = std::tuple<int, std::string, int, std::string, double, double, double, double, int>;
    std::map<Key, std::size_t> groupIndex;
    std::unordered_map<ObjectId, std::size_t> nodeGroup;
    std::map<std::size_t, double> maxLoad;
    for (const PowerNode& n : design.powerNodes) {
        const Key k{levelOf(n.kind), n.path,           static_cast<int>(n.kind),
                    n.catalogId,     n.ratingKva,      n.ratingKw,
                    n.voltageV,      n.currentRatingA, n.moduleCount};
        auto it = groupIndex.find(k);
        if (it == groupIndex.end()) {
            SldGroup g;
            g.level = levelOf(n.kind);
            g.path = n.path;
            g.kind = n.kind;
            std::string r;
            if (n.ratingKva > 0)
                r = formatNumber(n.ratingKva) + " kVA";
            if (n.ratingKw > 0)
                r += (r.empty() ? "" : " / ") + formatNumber(n.ratingKw) + " kW";
            if (n.currentRatingA > 0)
                r += (r.empty() ? "" : ", ") + formatNumber(n.currentRatingA) + " A";
            if (n.voltageV > 0)
                r += (r.empty() ? "" : ", ") + formatNumber(n.voltageV) + " V";
            if (n.kind == PowerNodeKind::Ups && n.moduleCount > 1)
                r += ", " + std::to_string(n.moduleCount - n.redundantModules) + "+" +
                     std::to_string(n.redundantModules) + " modules";
            g.rating = r;
            it = groupIndex.emplace(k, m.groups.size()).first;
            m.groups.push_back(g);
        }
        m.groups[it->second].members.push_back(n.id);
        nodeGroup[n.id] = it->second;
    }
    // The load each node carries: a rack reached by k members of the same group (paralleled
    // units, e.g. the 8 main transformers of a path on one MV bus) puts 1/k of its nameplate
    // power on each of them; in a radial chain k is 1 and a node carries all its racks.
    for (std::size_t gi = 0; gi < m.groups.size(); ++gi) {
        std::unordered_map<ObjectId, int> feeders;
        for (ObjectId id : m.groups[gi].members)
            for (ObjectId r : racksBelow(id))
                ++feeders[r];
        for (ObjectId id : m.groups[gi].members) {
            double load = 0;
            for (ObjectId r : racksBelow(id))
                load += rackKw[r] / feeders[r];
            maxLoad[gi] = std::max(maxLoad[gi], load);
        }
    }
    for (std::size_t i = 0; i < m.groups.size(); ++i) {
        SldGroup& g = m.groups[i];
        const std::size_t n = g.members.size();
        g.title = (n > 1 ? "x" + formatCount(static_cast<double>(n)) + " " : "") +
                  displayName(g.kind) + (g.kind == PowerNodeKind::Busway && n > 1 ? "s" : "");
        const double load = maxLoad[i];
        const PowerNode* first = nullptr;
        for (const PowerNode& p : design.powerNodes)
            if (p.id == g.members.front())
                first = &p;
        if (load > 0) {
            g.load = "load " + formatNumber(load) + " kW" + (n > 1 ? " max each" : "");
            const double cap = first && first->ratingKw > 0 ? first->ratingKw : 0.0;
            if (cap > 0)
                g.load += " (" + formatNumber(100.0 * load / cap) + " %)";
        } else if (g.kind != PowerNodeKind::UtilityFeed && g.kind != PowerNodeKind::Generator) {
            g.load = "no racks downstream";
        }
    }
    m.racksGroup = m.groups.size();
    std::map<std::pair<std::size_t, std::size_t>, int> edgeCount;
    for (const PowerLink& l : design.powerLinks) {
        auto f = nodeGroup.find(l.fromId);
        if (f == nodeGroup.end())
            continue;
        std::size_t to;
        if (auto t = nodeGroup.find(l.toId); t != nodeGroup.end())
            to = t->second;
        else if (rackKw.count(l.toId))
            to = m.racksGroup;
        else
            continue;
        ++edgeCount[{f->second, to}];
    }
    for (const auto& [k, n] : edgeCount)
        m.edges.push_back({k.first, k.second, n});
    std::set<std::string> paths;
    for (const SldGroup& g : m.groups)
        if (!g.path.empty())
            paths.insert(g.path);
    m.paths.assign(paths.begin(), paths.end());
    return m;
}

std::vector<Canvas> drawSingleLineDiagrams(const Design& design, const Catalog& catalog) {
    const SingleLineModel all = buildSingleLineModel(design, catalog);
    if (all.groups.empty()) {
        Canvas c(770, 60);
        c.text(10, 30,
               tr("Report", "The design has no power equipment: no single-line diagram to draw."),
               10, Font::Bold, Align::Left, colors::kRed);
        return {c};
    }
    if (all.paths.size() <= 1)
        return {drawSingleLineDiagram(design, all, {})};
    // One page-wide diagram per redundancy path (with the shared equipment), so that each stays
    // readable however many paths and groups the design has.
    std::vector<Canvas> out;
    for (const std::string& path : all.paths) {
        SingleLineModel m;
        m.rackCount = all.rackCount;
        m.rackLoadKw = all.rackLoadKw;
        m.paths = {path};
        std::vector<std::size_t> index(all.groups.size(), SIZE_MAX);
        for (std::size_t i = 0; i < all.groups.size(); ++i)
            if (all.groups[i].path.empty() || all.groups[i].path == path) {
                index[i] = m.groups.size();
                m.groups.push_back(all.groups[i]);
            }
        m.racksGroup = m.groups.size();
        for (const SldEdge& e : all.edges) {
            const std::size_t from = index[e.from];
            const std::size_t to = e.to == all.racksGroup ? m.racksGroup : index[e.to];
            if (from != SIZE_MAX && to != SIZE_MAX)
                m.edges.push_back({from, to, e.links});
        }
        out.push_back(drawSingleLineDiagram(design, m, path));
    }
    return out;
}

Canvas drawSingleLineDiagram(const Design& design, const SingleLineModel& m,
                             const std::string& onlyPath) {
    // Distinct levels in use, top to bottom.
    std::set<int> levelSet;
    for (const SldGroup& g : m.groups)
        levelSet.insert(g.level);
    const std::vector<int> levels(levelSet.begin(), levelSet.end());
    auto row = [&](int level) {
        return static_cast<int>(std::find(levels.begin(), levels.end(), level) - levels.begin());
    };
    // Column of each path; shared groups span all columns.
    const std::size_t nPaths = std::max<std::size_t>(m.paths.size(), 1);
    std::map<std::pair<int, std::string>, std::vector<std::size_t>> cells;
    for (std::size_t i = 0; i < m.groups.size(); ++i)
        cells[{m.groups[i].level, m.groups[i].path}].push_back(i);
    // Boxes narrow (down to 112 pt) when a level has many groups, so that the diagram keeps
    // its text size on a 770 pt wide page.
    std::size_t widest = 1;
    {
        std::map<int, std::size_t> perLevel;
        for (const auto& [k, v] : cells)
            perLevel[k.first] += v.size();
        for (const auto& [l, n] : perLevel)
            widest = std::max(widest, n);
    }
    const double kBoxW = std::clamp(756.0 / static_cast<double>(widest) - 14.0, 112.0, 150.0);
    // Each path column is as wide as its widest level; shared rows span all columns.
    std::vector<double> colWidth(nPaths, kBoxW + 14);
    std::size_t shared = 1;
    for (const auto& [k, v] : cells) {
        if (k.second.empty()) {
            shared = std::max(shared, v.size());
            continue;
        }
        const auto p = static_cast<std::size_t>(
            std::find(m.paths.begin(), m.paths.end(), k.second) - m.paths.begin());
        colWidth[p] = std::max(colWidth[p], static_cast<double>(v.size()) * (kBoxW + 14));
    }
    double columnsW = 0;
    for (double w : colWidth)
        columnsW += w;
    columnsW = std::max(columnsW, static_cast<double>(shared) * (kBoxW + 14));
    std::vector<double> colLeft(nPaths, 0.0);
    const double width = std::max(770.0, columnsW + 20);
    const double top = 46;
    // Level spacing: 74 pt when there is room, down to the box height plus 14 pt.
    const double kLevelH =
        std::clamp((kHeightBudgetPt - top - kBoxH - 22) / static_cast<double>(levels.size()),
                   kBoxH + 14.0, 74.0);
    const double height = top + kLevelH * static_cast<double>(levels.size()) + kBoxH + 22;
    Canvas c(width, height);
    c.text(
        10, 14,
        (onlyPath.empty() ? std::string() : "Path " + onlyPath + " with the shared equipment. ") +
            "Power redundancy declared: " + displayName(design.settings.powerRedundancy) +
            ". Identical equipment is drawn once with its count (x N).",
        8.5, Font::Regular, Align::Left, colors::kGrey);

    std::vector<std::pair<double, double>> pos(m.groups.size() + 1); // box top-left
    const double x0 = (width - columnsW) / 2;
    for (std::size_t p = 0; p < nPaths; ++p)
        colLeft[p] = p == 0 ? x0 : colLeft[p - 1] + colWidth[p - 1];
    for (std::size_t p = 0; p < m.paths.size(); ++p)
        c.text(colLeft[p] + colWidth[p] / 2, top - 8, fill(tr("Report", "Path %1"), {m.paths[p]}),
               10, Font::Bold, Align::Center, pathColor(m, m.paths[p]));
    for (const auto& [k, v] : cells) {
        const double y = top + kLevelH * row(k.first);
        double left, span;
        if (k.second.empty()) {
            left = x0;
            span = columnsW;
        } else {
            const auto p = static_cast<std::size_t>(
                std::find(m.paths.begin(), m.paths.end(), k.second) - m.paths.begin());
            left = colLeft[p];
            span = colWidth[p];
        }
        const double slot = span / static_cast<double>(v.size());
        for (std::size_t j = 0; j < v.size(); ++j)
            pos[v[j]] = {left + slot * (static_cast<double>(j) + 0.5) - kBoxW / 2, y};
    }
    const double racksY = top + kLevelH * static_cast<double>(levels.size());
    const double racksW = std::min(width - 40, 520.0);
    pos[m.racksGroup] = {(width - racksW) / 2, racksY};

    // Edges first (under the boxes).
    for (const SldEdge& e : m.edges) {
        const double fx = pos[e.from].first + kBoxW / 2, fy = pos[e.from].second + kBoxH;
        const bool toRacks = e.to == m.racksGroup;
        double tx = toRacks ? std::clamp(fx, pos[e.to].first + 10, pos[e.to].first + racksW - 10)
                            : pos[e.to].first + kBoxW / 2;
        const double ty = pos[e.to].second;
        const Color col = pathColor(m, m.groups[e.from].path);
        if (ty <= fy) { // an upward or same-level link (e.g. generator): a side connection
            c.line(fx, fy, tx, ty, Stroke{col, 0.8, 3, 2});
            continue;
        }
        const double midY = fy + (ty - fy) * 0.5;
        c.polyline({fx, fy, fx, midY, tx, midY, tx, ty}, Stroke{col, 0.9});
        if (e.links > 1)
            c.text(tx + 3, ty - 4, "x" + formatCount(e.links), 7, Font::Regular, Align::Left, col);
    }
    for (std::size_t i = 0; i < m.groups.size(); ++i) {
        const SldGroup& g = m.groups[i];
        const auto [bx, by] = pos[i];
        const Color edge = pathColor(m, g.path);
        c.fillRect(bx, by, kBoxW, kBoxH, colors::kWhite, true, Stroke{edge, 1.0});
        c.text(bx + kBoxW / 2, by + 11, elide(g.title, Font::Bold, 8.5, kBoxW - 6), 8.5, Font::Bold,
               Align::Center);
        c.text(bx + kBoxW / 2, by + 21.5, elide(g.rating, Font::Regular, 7, kBoxW - 6), 7,
               Font::Regular, Align::Center);
        c.text(bx + kBoxW / 2, by + 31.5, elide(g.load, Font::Regular, 7, kBoxW - 6), 7,
               Font::Regular, Align::Center, colors::kGrey);
    }
    const auto [rx, ry] = pos[m.racksGroup];
    c.fillRect(rx, ry, racksW, kBoxH, Color{235, 238, 245}, true, Stroke{colors::kBlack, 1.2});
    c.text(rx + racksW / 2, ry + 15, "x" + formatNumber(m.rackCount) + " racks", 10, Font::Bold,
           Align::Center);
    c.text(rx + racksW / 2, ry + 29,
           "nameplate load " + formatNumber(m.rackLoadKw) + " kW (catalog rack power)", 8,
           Font::Regular, Align::Center);
    return c;
}

} // namespace aifp::report
