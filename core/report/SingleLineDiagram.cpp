#include "core/report/SingleLineDiagram.hpp"
#include "core/i18n/Translate.hpp"
#include "core/report/ReportFormat.hpp"
#include "core/report/TextMetrics.hpp"
#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <numbers>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace aifp::report {

namespace {

// A box title in the language shown: the kind's name (the bill of materials keeps the English
// displayName, ReportFormat.hpp); busways in the plural when the box stands for several.
std::string boxTitle(PowerNodeKind k, bool several) {
    switch (k) {
    case PowerNodeKind::UtilityFeed:
        return tr("Report", "Utility feed");
    case PowerNodeKind::MvSwitchgear:
        return tr("Report", "MV switchgear");
    case PowerNodeKind::Transformer:
        return tr("Report", "Transformer");
    case PowerNodeKind::LvSwitchboard:
        return tr("Report", "LV switchboard");
    case PowerNodeKind::Ups:
        return tr("Report", "UPS");
    case PowerNodeKind::Generator:
        return tr("Report", "Generator");
    case PowerNodeKind::Pdu:
        return tr("Report", "PDU");
    case PowerNodeKind::Rpp:
        return tr("Report", "RPP");
    case PowerNodeKind::Busway:
        return several ? tr("Report", "Busways") : tr("Report", "Busway");
    case PowerNodeKind::RackPowerShelf:
        return tr("Report", "Rack power shelf");
    }
    return displayName(k);
}

// The declared redundancy in words ("2N", "distributed 4N/3").
std::string redundancyWords(RedundancyScheme s) {
    switch (s) {
    case RedundancyScheme::Distributed4N3:
        return tr("Report", "distributed 4N/3");
    case RedundancyScheme::Distributed3N2:
        return tr("Report", "distributed 3N/2");
    default:
        return displayName(s);
    }
}

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

constexpr double kBoxH = 34.0; // three lines: 8.5 pt title, 7 pt rating and load
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
            // Ratings of 10,000 kVA, 10,000 kW or 1,000 V and more in MVA, MW and kV, so that a
            // utility feed's "1,000 MVA / 950 MW, 132 kV" fits its box.
            auto scaled = [](double v, double step, const char* small, const char* large) {
                return v >= step * 10 - 1e-9 && step > 1
                           ? formatSignificant(v / step, 4) + " " + large
                           : formatNumber(v) + " " + small;
            };
            std::string r;
            if (n.ratingKva > 0)
                r = scaled(n.ratingKva, 1000, "kVA", "MVA");
            // At unity power factor the kW rating says it all (a UPS: "3,750 kW, 415 V, 3+0
            // modules" fits its box where "3,750 kVA / 3,750 kW, ..." was cut).
            if (n.ratingKw > 0 && n.ratingKw == n.ratingKva)
                r = scaled(n.ratingKw, 1000, "kW", "MW");
            else if (n.ratingKw > 0)
                r += (r.empty() ? "" : " / ") + scaled(n.ratingKw, 1000, "kW", "MW");
            if (n.currentRatingA > 0)
                r += (r.empty() ? "" : ", ") + formatNumber(n.currentRatingA) + " A";
            if (n.voltageV > 0)
                r += (r.empty() ? "" : ", ") +
                     (n.voltageV >= 1000 ? formatSignificant(n.voltageV / 1000, 4) + " kV"
                                         : formatNumber(n.voltageV) + " V");
            if (n.kind == PowerNodeKind::Ups && n.moduleCount > 1)
                r += fill(tr("Report", ", %1+%2 modules"),
                          {std::to_string(n.moduleCount - n.redundantModules),
                           std::to_string(n.redundantModules)});
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
                  boxTitle(g.kind, n > 1);
        const double load = maxLoad[i];
        const PowerNode* first = nullptr;
        for (const PowerNode& p : design.powerNodes)
            if (p.id == g.members.front())
                first = &p;
        if (load > 0) {
            g.load = fill(n > 1 ? tr("Report", "load %1 kW max each") : tr("Report", "load %1 kW"),
                          {formatNumber(load)});
            const double cap = first && first->ratingKw > 0 ? first->ratingKw : 0.0;
            if (cap > 0)
                g.load += " (" + formatNumber(100.0 * load / cap) + " %)";
        } else if (g.kind != PowerNodeKind::UtilityFeed && g.kind != PowerNodeKind::Generator) {
            g.load = tr("Report", "no racks downstream");
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
    SingleLineModel all = buildSingleLineModel(design, catalog);
    all.colorPaths = all.paths;
    if (all.groups.empty()) {
        Canvas c(770, 60);
        c.text(10, 30,
               tr("Report", "The design has no power equipment: no single-line diagram to draw."),
               10, Font::Bold, Align::Left, colors::kRed);
        return {c};
    }
    if (all.paths.size() <= 1)
        return {drawSingleLineDiagram(design, all, {})};
    // One page-wide diagram per redundancy path, so that each stays readable however many paths
    // and groups the design has. A page holds the path's groups, the shared groups linked to
    // them and the other paths' groups linked to them (context); links are drawn when one end
    // is the path's or shared, and a shared or context group without a drawn link is left out
    // (it belongs to another page).
    std::vector<Canvas> out;
    for (const std::string& path : all.paths) {
        const std::size_t n = all.groups.size();
        auto own = [&](std::size_t g) { return all.groups[g].path == path; };
        auto shared = [&](std::size_t g) { return all.groups[g].path.empty(); };
        std::vector<bool> in(n, false);
        for (std::size_t g = 0; g < n; ++g)
            in[g] = own(g) || shared(g);
        // Context only where the path does not reach the racks itself (a generator or
        // maintenance path): the A and B pages stay as wide as their own equipment.
        bool reachesRacks = false;
        for (const SldEdge& e : all.edges)
            reachesRacks = reachesRacks || (e.to == all.racksGroup && own(e.from));
        for (const SldEdge& e : all.edges) {
            if (e.to == all.racksGroup || reachesRacks)
                continue;
            if (own(e.from) || own(e.to))
                in[e.from] = in[e.to] = true;
        }
        // Drop shared and context groups that have no drawn link, until none is left.
        auto drawn = [&](const SldEdge& e) {
            const bool toRacks = e.to == all.racksGroup;
            if (!in[e.from] || (!toRacks && !in[e.to]))
                return false;
            // Both ends on the page, one of them the path's or shared.
            return own(e.from) || shared(e.from) || (!toRacks && (own(e.to) || shared(e.to)));
        };
        for (bool changed = true; changed;) {
            changed = false;
            std::vector<bool> linked(n, false);
            for (const SldEdge& e : all.edges)
                if (drawn(e)) {
                    linked[e.from] = true;
                    if (e.to != all.racksGroup)
                        linked[e.to] = true;
                }
            for (std::size_t g = 0; g < n; ++g)
                if (in[g] && !own(g) && !linked[g]) {
                    in[g] = false;
                    changed = true;
                }
        }
        SingleLineModel m;
        m.rackCount = all.rackCount;
        m.rackLoadKw = all.rackLoadKw;
        m.paths = {path};
        m.colorPaths = all.paths;
        std::vector<std::size_t> index(n, SIZE_MAX);
        for (std::size_t g = 0; g < n; ++g)
            if (in[g]) {
                index[g] = m.groups.size();
                m.groups.push_back(all.groups[g]);
                m.groups.back().context = !own(g) && !shared(g);
            }
        m.racksGroup = m.groups.size();
        for (const SldEdge& e : all.edges)
            if (drawn(e))
                m.edges.push_back(
                    {index[e.from], e.to == all.racksGroup ? m.racksGroup : index[e.to], e.links});
        out.push_back(drawSingleLineDiagram(design, m, path));
    }
    return out;
}

namespace {

// A rectangle on the diagram (top-left corner, size), for collision checks.
struct Box {
    double x = 0, y = 0, w = 0, h = 0;
    bool hits(const Box& o, double gap) const {
        return x < o.x + o.w + gap && o.x < x + w + gap && y < o.y + o.h + gap && o.y < y + h + gap;
    }
};

// Row of each group from the power flow: the longest chain of links from a source (a group no
// link feeds), then each source moved down to one row above the highest group it feeds (a
// generator beside the transformers, not beside the utility). Links are a DAG in a valid
// design; a cycle only stops the relaxation after n rounds.
std::vector<int> flowRows(const SingleLineModel& m) {
    const std::size_t n = m.groups.size();
    std::vector<int> row(n, 0);
    std::vector<bool> fed(n, false);
    for (const SldEdge& e : m.edges)
        if (e.to < n && e.from != e.to)
            fed[e.to] = true;
    for (std::size_t round = 0; round < n; ++round) {
        bool changed = false;
        for (const SldEdge& e : m.edges)
            if (e.to < n && e.from != e.to && row[e.to] < row[e.from] + 1) {
                row[e.to] = row[e.from] + 1;
                changed = true;
            }
        if (!changed)
            break;
    }
    for (std::size_t g = 0; g < n; ++g) {
        if (fed[g])
            continue;
        int highest = -1;
        for (const SldEdge& e : m.edges)
            if (e.from == g && e.to < n && e.to != g)
                highest = highest < 0 ? row[e.to] : std::min(highest, row[e.to]);
        if (highest > 0)
            row[g] = highest - 1;
    }
    // Rows without groups (after moving sources) are closed up.
    std::set<int> used(row.begin(), row.end());
    const std::vector<int> order(used.begin(), used.end());
    for (int& r : row)
        r = static_cast<int>(std::find(order.begin(), order.end(), r) - order.begin());
    return row;
}

} // namespace

Canvas drawSingleLineDiagram(const Design& design, const SingleLineModel& m,
                             const std::string& onlyPath) {
    const std::vector<std::string>& colorPaths = m.colorPaths.empty() ? m.paths : m.colorPaths;
    auto colorOf = [&](const std::string& path) {
        static const Color palette[] = {colors::kBlue, colors::kOrange, colors::kTeal,
                                        colors::kGrey};
        if (path.empty())
            return colors::kBlack;
        const auto i = static_cast<std::size_t>(
            std::find(colorPaths.begin(), colorPaths.end(), path) - colorPaths.begin());
        return palette[i % 4];
    };
    const std::vector<int> rowOf = flowRows(m);
    const int rowCount = rowOf.empty() ? 0 : *std::max_element(rowOf.begin(), rowOf.end()) + 1;
    bool racksFed = false;
    for (const SldEdge& e : m.edges)
        racksFed = racksFed || e.to == m.racksGroup;
    // Column of each path; shared and context groups span all columns.
    // Columns: the page's paths and those of its context groups, in the design's path order.
    std::vector<std::string> columns;
    for (const std::string& p : colorPaths)
        if (std::find(m.paths.begin(), m.paths.end(), p) != m.paths.end() ||
            std::any_of(m.groups.begin(), m.groups.end(),
                        [&](const SldGroup& g) { return g.context && g.path == p; }))
            columns.push_back(p);
    for (const std::string& p : m.paths)
        if (std::find(columns.begin(), columns.end(), p) == columns.end())
            columns.push_back(p);
    std::map<std::pair<int, std::string>, std::vector<std::size_t>> cells;
    for (std::size_t i = 0; i < m.groups.size(); ++i)
        cells[{rowOf[i], m.groups[i].path}].push_back(i);
    // Shared groups span the columns, unless a row holds both shared and path groups: then the
    // shared equipment gets a column of its own, so that no two boxes overlap.
    bool mixed = false;
    for (const auto& [k, v] : cells)
        if (k.second.empty())
            for (const auto& [k2, v2] : cells)
                mixed = mixed || (k2.first == k.first && !k2.second.empty());
    if (mixed)
        columns.insert(columns.begin(), std::string());
    const std::size_t nPaths = std::max<std::size_t>(columns.size(), 1);
    // Boxes narrow (down to 112 pt) when a row has many groups, so that the diagram keeps its
    // text size on a 770 pt wide page.
    std::size_t widest = 1;
    {
        std::map<int, std::size_t> perRow;
        for (const auto& [k, v] : cells)
            perRow[k.first] += v.size();
        for (const auto& [l, n] : perRow)
            widest = std::max(widest, n);
    }
    const double kBoxW = std::clamp(756.0 / static_cast<double>(widest) - 14.0, 112.0, 150.0);
    // Each path column is as wide as its widest row; shared rows span all columns.
    std::vector<double> colWidth(nPaths, kBoxW + 14);
    std::size_t sharedMost = 1;
    for (const auto& [k, v] : cells) {
        if (k.second.empty() && !mixed) {
            sharedMost = std::max(sharedMost, v.size());
            continue;
        }
        const auto p = static_cast<std::size_t>(
            std::find(columns.begin(), columns.end(), k.second) - columns.begin());
        if (p < nPaths)
            colWidth[p] = std::max(colWidth[p], static_cast<double>(v.size()) * (kBoxW + 14));
    }
    double columnsW = 0;
    for (double w : colWidth)
        columnsW += w;
    columnsW = std::max(columnsW, static_cast<double>(sharedMost) * (kBoxW + 14));
    std::vector<double> colLeft(nPaths, 0.0);
    const double width = std::max(770.0, columnsW + 20);
    const double top = 46;
    const int rowsDrawn = rowCount + (racksFed ? 1 : 0);
    // Row spacing: the box height plus 22 pt when there is room (two small diagrams then share
    // a page), down to plus 14 pt (room for a 7 pt link count beside a link).
    const double kLevelH =
        std::clamp((kHeightBudgetPt - top - 22) / static_cast<double>(std::max(rowsDrawn, 1)),
                   kBoxH + 14.0, kBoxH + 22.0);
    const double height =
        top + kLevelH * static_cast<double>(std::max(rowsDrawn, 1)) + 22 + (racksFed ? 0.0 : 14.0);
    Canvas c(width, height);
    std::vector<Box> taken; // boxes and texts placed so far: link counts avoid them
    auto caption = [&](double x, double y, const std::string& s, double size, Font f, Align a,
                       Color col) {
        c.text(x, y, s, size, f, a, col);
        const TextBox b = textBox(s, f, size, x, y, a);
        taken.push_back({b.xPt, b.yPt, b.wPt, b.hPt});
    };
    caption(
        10, 14,
        (onlyPath.empty() ? std::string()
                          : fill(tr("Report", "Path %1 with the shared equipment. "), {onlyPath})) +
            fill(tr("Report", "Power redundancy declared: %1. Identical equipment is drawn once "
                              "with its count (x N)."),
                 {redundancyWords(design.settings.powerRedundancy)}),
        8.5, Font::Regular, Align::Left, colors::kGrey);

    if (!racksFed && m.rackCount > 0)
        caption(width / 2, height - 10,
                tr("Report", "No link from this path's equipment reaches the racks directly."), 8,
                Font::Regular, Align::Center, colors::kGrey);

    std::vector<std::pair<double, double>> pos(m.groups.size() + 1); // box top-left
    const double x0 = (width - columnsW) / 2;
    for (std::size_t p = 0; p < nPaths; ++p)
        colLeft[p] = p == 0 ? x0 : colLeft[p - 1] + colWidth[p - 1];
    for (std::size_t p = 0; p < columns.size(); ++p) {
        const bool own = std::find(m.paths.begin(), m.paths.end(), columns[p]) != m.paths.end();
        caption(colLeft[p] + colWidth[p] / 2, top - 8,
                columns[p].empty() ? tr("Report", "Shared")
                : own              ? fill(tr("Report", "Path %1"), {columns[p]})
                                   : fill(tr("Report", "Path %1 (linked equipment)"), {columns[p]}),
                own ? 10.0 : 8.5, Font::Bold, Align::Center, colorOf(columns[p]));
    }
    for (const auto& [k, v] : cells) {
        const double y = top + kLevelH * k.first;
        double left = x0, span = columnsW;
        if (!k.second.empty() || mixed) {
            const auto p = static_cast<std::size_t>(
                std::find(columns.begin(), columns.end(), k.second) - columns.begin());
            if (p < nPaths) {
                left = colLeft[p];
                span = colWidth[p];
            }
        }
        const double slot = span / static_cast<double>(v.size());
        for (std::size_t j = 0; j < v.size(); ++j)
            pos[v[j]] = {left + slot * (static_cast<double>(j) + 0.5) - kBoxW / 2, y};
    }
    const double racksY = top + kLevelH * static_cast<double>(rowCount);
    const double racksW = std::min(width - 40, 520.0);
    pos[m.racksGroup] = {(width - racksW) / 2, racksY};
    auto boxW = [&](std::size_t g) { return g == m.racksGroup ? racksW : kBoxW; };
    for (std::size_t g = 0; g < m.groups.size(); ++g)
        taken.push_back({pos[g].first, pos[g].second, kBoxW, kBoxH});
    if (racksFed)
        taken.push_back({pos[m.racksGroup].first, racksY, racksW, kBoxH});

    // Links leave and enter boxes at distinct points, spread along the box edge in the order
    // of the box at the other end, so that parallel links and their counts do not coincide.
    std::vector<double> exitX(m.edges.size()), entryX(m.edges.size());
    {
        std::map<std::size_t, std::vector<std::size_t>> outOf, into;
        for (std::size_t i = 0; i < m.edges.size(); ++i) {
            outOf[m.edges[i].from].push_back(i);
            into[m.edges[i].to].push_back(i);
        }
        auto centre = [&](std::size_t g) { return pos[g].first + boxW(g) / 2; };
        auto spread = [&](const std::vector<std::size_t>& list, std::size_t g, bool byTarget,
                          std::vector<double>& at) {
            std::vector<std::size_t> order = list;
            std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
                return byTarget ? centre(m.edges[a].to) < centre(m.edges[b].to)
                                : centre(m.edges[a].from) < centre(m.edges[b].from);
            });
            const double w = boxW(g), margin = std::min(12.0, w / 4);
            for (std::size_t k = 0; k < order.size(); ++k)
                at[order[k]] = order.size() == 1 ? centre(g)
                                                 : pos[g].first + margin +
                                                       (w - 2 * margin) * static_cast<double>(k) /
                                                           static_cast<double>(order.size() - 1);
        };
        for (const auto& [g, list] : outOf)
            spread(list, g, true, exitX);
        for (const auto& [g, list] : into)
            spread(list, g, false, entryX);
        // A single link into the racks box drops straight from its source when it can.
        for (const auto& [g, list] : into)
            if (g == m.racksGroup && list.size() == 1)
                entryX[list[0]] =
                    std::clamp(exitX[list[0]], pos[g].first + 10, pos[g].first + racksW - 10);
    }
    // The horizontal run of each downward link: links between the same two rows get distinct
    // heights in the gap between them.
    std::vector<double> runY(m.edges.size(), 0.0);
    {
        std::map<int, std::vector<std::size_t>> byGap;
        for (std::size_t i = 0; i < m.edges.size(); ++i)
            byGap[static_cast<int>(pos[m.edges[i].from].second)].push_back(i);
        for (auto& [gap, list] : byGap) {
            std::stable_sort(list.begin(), list.end(),
                             [&](std::size_t a, std::size_t b) { return exitX[a] < exitX[b]; });
            const double lo = gap + kBoxH + 3, hi = gap + kLevelH - 3;
            for (std::size_t k = 0; k < list.size(); ++k)
                runY[list[k]] = list.size() == 1 ? (lo + hi) / 2
                                                 : lo + (hi - lo) * static_cast<double>(k) /
                                                            static_cast<double>(list.size() - 1);
        }
    }
    // Edges first (under the boxes), then their counts where no text or box is.
    struct Label {
        std::size_t edge;
        std::string text;
        Color color;
    };
    std::vector<Label> labels;
    for (std::size_t i = 0; i < m.edges.size(); ++i) {
        const SldEdge& e = m.edges[i];
        const double fx = exitX[i], fy = pos[e.from].second + kBoxH;
        const double tx = entryX[i], ty = pos[e.to].second;
        const Color col = colorOf(m.groups[e.from].path);
        if (ty <= fy) { // an upward or same-row link (a cycle in the data): a side connection
            c.line(fx, fy, tx, ty, Stroke{col, 0.8, 3, 2});
            continue;
        }
        const double midY = std::clamp(runY[i], fy + 2, ty - 2);
        c.polyline({fx, fy, fx, midY, tx, midY, tx, ty}, Stroke{col, 0.9});
        runY[i] = midY;
        if (e.links > 1)
            labels.push_back({i, "x" + formatCount(e.links), col});
    }
    constexpr double kLabelPt = 7.0;
    for (const Label& l : labels) {
        const SldEdge& e = m.edges[l.edge];
        const double fx = exitX[l.edge], fy = pos[e.from].second + kBoxH;
        const double tx = entryX[l.edge], ty = pos[e.to].second;
        const double midY = runY[l.edge];
        auto fits = [&](const Box& b) {
            if (b.x < 1 || b.y < 1 || b.x + b.w > width - 1 || b.y + b.h > height - 1)
                return false;
            return std::none_of(taken.begin(), taken.end(),
                                [&](const Box& o) { return b.hits(o, 0.8); });
        };
        auto at = [&](double x, double baseline, Align a) {
            const TextBox t = textBox(l.text, Font::Regular, kLabelPt, x, baseline, a);
            return Box{t.xPt, t.yPt, t.wPt, t.hPt};
        };
        // Candidates: beside the drop into the target (nearest the target first), beside the
        // drop from the source, then along the horizontal run.
        std::vector<std::pair<Box, std::pair<double, Align>>> tries;
        auto add = [&](double x, double baseline, Align a) {
            tries.push_back({at(x, baseline, a), {baseline, a}});
        };
        const double h = at(0, 0, Align::Left).h;
        for (double b = ty - 2; b - h > midY - 1; b -= 2.5) {
            add(tx + 2.5, b, Align::Left);
            add(tx - 2.5, b, Align::Right);
        }
        for (double b = fy + h; b < midY + 1; b += 2.5) {
            add(fx + 2.5, b, Align::Left);
            add(fx - 2.5, b, Align::Right);
        }
        const double runL = std::min(fx, tx), runR = std::max(fx, tx);
        for (double x = runL + 3; x < runR - 3; x += 6) {
            add(x, midY - 1.5, Align::Left);
            add(x, midY + h - 1, Align::Left);
        }
        const Box* chosen = nullptr;
        double chosenBaseline = 0;
        Align chosenAlign = Align::Left;
        for (const auto& [b, where] : tries)
            if (fits(b)) {
                chosen = &b;
                chosenBaseline = where.first;
                chosenAlign = where.second;
                break;
            }
        Box leader{};
        bool needsLeader = false;
        if (!chosen) {
            // Crowded: the nearest free place around the entry point, with a leader line.
            for (double r = 6; r < 200 && !chosen; r += 4) {
                for (int k = 0; k < 16 && !chosen; ++k) {
                    const double a = 2 * std::numbers::pi * k / 16;
                    const double x = tx + r * std::cos(a), baseline = ty - 4 + r * std::sin(a);
                    tries.push_back({at(x, baseline, Align::Left), {baseline, Align::Left}});
                    if (fits(tries.back().first)) {
                        chosen = &tries.back().first;
                        chosenBaseline = baseline;
                        chosenAlign = Align::Left;
                        leader = *chosen;
                        needsLeader = true;
                    }
                }
            }
        }
        if (!chosen)
            continue; // no free place on the page: the table below the diagram gives the count
        const Box b = *chosen;
        const double anchorX = chosenAlign == Align::Left ? b.x : b.x + b.w;
        c.text(anchorX, chosenBaseline, l.text, kLabelPt, Font::Regular, chosenAlign, l.color);
        taken.push_back(b);
        if (needsLeader) {
            const double lx = std::clamp(tx, leader.x, leader.x + leader.w);
            const double ly = std::clamp(ty - 3, leader.y, leader.y + leader.h);
            c.line(lx, ly, tx, ty - 3, Stroke{l.color, 0.4, 1, 1});
        }
    }
    for (std::size_t i = 0; i < m.groups.size(); ++i) {
        const SldGroup& g = m.groups[i];
        const auto [bx, by] = pos[i];
        const Color edge = colorOf(g.path);
        c.fillRect(bx, by, kBoxW, kBoxH, colors::kWhite, true,
                   g.context ? Stroke{edge, 1.0, 3, 2} : Stroke{edge, 1.0});
        const std::string& title = g.title;
        c.text(bx + kBoxW / 2, by + 10, elide(title, Font::Bold, 8.5, kBoxW - 6), 8.5, Font::Bold,
               Align::Center);
        c.text(bx + kBoxW / 2, by + 19.5, elide(g.rating, Font::Regular, 7, kBoxW - 6), 7,
               Font::Regular, Align::Center);
        c.text(bx + kBoxW / 2, by + 28.5, elide(g.load, Font::Regular, 7, kBoxW - 6), 7,
               Font::Regular, Align::Center, colors::kGrey);
    }
    if (racksFed) {
        const auto [rx, ry] = pos[m.racksGroup];
        c.fillRect(rx, ry, racksW, kBoxH, Color{235, 238, 245}, true, Stroke{colors::kBlack, 1.2});
        c.text(rx + racksW / 2, ry + 14,
               fill(tr("Report", "x%1 racks"), {formatNumber(m.rackCount)}), 10, Font::Bold,
               Align::Center);
        c.text(rx + racksW / 2, ry + 27,
               fill(tr("Report", "nameplate load %1 kW (catalog rack power)"),
                    {formatNumber(m.rackLoadKw)}),
               8, Font::Regular, Align::Center);
    }
    return c;
}

} // namespace aifp::report
