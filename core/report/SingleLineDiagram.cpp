#include "core/report/SingleLineDiagram.hpp"
#include "core/i18n/Translate.hpp"
#include "core/model/EnumNames.hpp"
#include "core/report/ReportFormat.hpp"
#include "core/report/TextMetrics.hpp"
#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace aifp::report {

namespace {

// A box title in the language shown: the kind's name (core/model/EnumNames.hpp), busways in the
// plural when the box stands for several.
std::string boxTitle(PowerNodeKind k, bool several) {
    return k == PowerNodeKind::Busway && several ? tr("Report", "Busways") : displayName(k);
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

// Ratings of 10,000 kVA, 10,000 kW or 1,000 V and more in MVA, MW and kV, so that a utility
// feed's "1,000 MVA / 950 MW, 132 kV" fits its box.
std::string ratingText(const PowerNode& n) {
    auto scaled = [](double v, double step, const char* small, const char* large) {
        return v >= step * 10 - 1e-9 && step > 1 ? formatSignificant(v / step, 4) + " " + large
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
        r += (r.empty() ? "" : ", ") + (n.voltageV >= 1000
                                            ? formatSignificant(n.voltageV / 1000, 4) + " kV"
                                            : formatNumber(n.voltageV) + " V");
    if (n.kind == PowerNodeKind::Ups && n.moduleCount > 1)
        r += fill(tr("Report", ", %1+%2 modules"),
                  {std::to_string(n.moduleCount - n.redundantModules),
                   std::to_string(n.redundantModules)});
    return r;
}

// The racks downstream of each node (memoised depth-first search; the visiting set guards
// against cycles).
class RackReach {
public:
    RackReach(const Design& design, const std::unordered_map<ObjectId, double>& rackKw)
        : rackKw_(rackKw) {
        for (const PowerLink& l : design.powerLinks)
            down_[l.fromId].push_back(l.toId);
    }

    const std::unordered_set<ObjectId>& racksBelow(ObjectId id) {
        auto it = reach_.find(id);
        if (it != reach_.end())
            return it->second;
        std::unordered_set<ObjectId> s;
        if (visiting_.insert(id).second) {
            for (ObjectId to : down_[id]) {
                if (rackKw_.count(to))
                    s.insert(to);
                else
                    for (ObjectId r : racksBelow(to))
                        s.insert(r);
            }
            visiting_.erase(id);
        }
        return reach_[id] = std::move(s);
    }

private:
    const std::unordered_map<ObjectId, double>& rackKw_;
    std::unordered_map<ObjectId, std::vector<ObjectId>> down_;
    std::unordered_map<ObjectId, std::unordered_set<ObjectId>> reach_;
    std::unordered_set<ObjectId> visiting_;
};

// Each rack's nameplate power (0 for an id that is not a catalog system); totals into m.
std::unordered_map<ObjectId, double> rackLoads(const Design& design, const Catalog& catalog,
                                               SingleLineModel& m) {
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
    return rackKw;
}

// Identical equipment (same level, path, kind, catalog id and ratings) is one group. Returns
// each node's group.
std::unordered_map<ObjectId, std::size_t> groupNodes(const Design& design, SingleLineModel& m) {
    using Key = std::tuple<int, std::string, int, std::string, double, double, double, double, int>;
    std::map<Key, std::size_t> groupIndex;
    std::unordered_map<ObjectId, std::size_t> nodeGroup;
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
            g.rating = ratingText(n);
            it = groupIndex.emplace(k, m.groups.size()).first;
            m.groups.push_back(g);
        }
        m.groups[it->second].members.push_back(n.id);
        nodeGroup[n.id] = it->second;
    }
    return nodeGroup;
}

// Each group's title and load text. The load each node carries: a rack reached by k members of
// the same group (paralleled units, e.g. the 8 main transformers of a path on one MV bus) puts
// 1/k of its nameplate power on each of them; in a radial chain k is 1 and a node carries all
// its racks.
void describeGroups(const Design& design, const std::unordered_map<ObjectId, double>& rackKw,
                    SingleLineModel& m) {
    RackReach reach(design, rackKw);
    for (std::size_t gi = 0; gi < m.groups.size(); ++gi) {
        SldGroup& g = m.groups[gi];
        std::unordered_map<ObjectId, int> feeders;
        for (ObjectId id : g.members)
            for (ObjectId r : reach.racksBelow(id))
                ++feeders[r];
        double load = 0.0;
        for (ObjectId id : g.members) {
            double nodeLoad = 0;
            for (ObjectId r : reach.racksBelow(id))
                nodeLoad += rackKw.at(r) / feeders[r];
            load = std::max(load, nodeLoad);
        }
        const std::size_t n = g.members.size();
        g.title = (n > 1 ? "x" + formatCount(static_cast<double>(n)) + " " : "") +
                  boxTitle(g.kind, n > 1);
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
}

} // namespace

SingleLineModel buildSingleLineModel(const Design& design, const Catalog& catalog) {
    SingleLineModel m;
    const std::unordered_map<ObjectId, double> rackKw = rackLoads(design, catalog, m);
    const std::unordered_map<ObjectId, std::size_t> nodeGroup = groupNodes(design, m);
    describeGroups(design, rackKw, m);
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

// Lays out and draws one single-line diagram: rows from the power flow, a column per path,
// boxes, links with their counts placed where no text or box is, and the racks box.
class SldDrawer {
public:
    SldDrawer(const Design& design, const SingleLineModel& m, const std::string& onlyPath)
        : design_(design), m_(m), onlyPath_(onlyPath),
          colorPaths_(m.colorPaths.empty() ? m.paths : m.colorPaths), rowOf_(flowRows(m)) {
        rowCount_ = rowOf_.empty() ? 0 : *std::max_element(rowOf_.begin(), rowOf_.end()) + 1;
        for (const SldEdge& e : m_.edges)
            racksFed_ = racksFed_ || e.to == m_.racksGroup;
        assignColumns();
        sizeColumns();
    }

    Canvas draw() {
        Canvas c(width_, height_);
        drawCaptions(c);
        placeBoxes();
        spreadLinkEnds();
        spreadRuns();
        // Edges first (under the boxes), then their counts where no text or box is.
        for (const Label& l : drawLinks(c))
            placeLabel(c, l);
        drawBoxes(c);
        return c;
    }

private:
    struct Label {
        std::size_t edge;
        std::string text;
        Color color;
    };

    Color colorOf(const std::string& path) const {
        static const Color palette[] = {colors::kBlue, colors::kOrange, colors::kTeal,
                                        colors::kGrey};
        if (path.empty())
            return colors::kBlack;
        const auto i = static_cast<std::size_t>(
            std::find(colorPaths_.begin(), colorPaths_.end(), path) - colorPaths_.begin());
        return palette[i % 4];
    }

    std::size_t columnOf(const std::string& path) const {
        return static_cast<std::size_t>(std::find(columns_.begin(), columns_.end(), path) -
                                        columns_.begin());
    }

    // Column of each path; shared and context groups span all columns.
    // Columns: the page's paths and those of its context groups, in the design's path order.
    void assignColumns() {
        for (const std::string& p : colorPaths_)
            if (std::find(m_.paths.begin(), m_.paths.end(), p) != m_.paths.end() ||
                std::any_of(m_.groups.begin(), m_.groups.end(),
                            [&](const SldGroup& g) { return g.context && g.path == p; }))
                columns_.push_back(p);
        for (const std::string& p : m_.paths)
            if (std::find(columns_.begin(), columns_.end(), p) == columns_.end())
                columns_.push_back(p);
        for (std::size_t i = 0; i < m_.groups.size(); ++i)
            cells_[{rowOf_[i], m_.groups[i].path}].push_back(i);
        // Shared groups span the columns, unless a row holds both shared and path groups: then
        // the shared equipment gets a column of its own, so that no two boxes overlap.
        for (const auto& [k, v] : cells_)
            if (k.second.empty())
                for (const auto& [k2, v2] : cells_)
                    mixed_ = mixed_ || (k2.first == k.first && !k2.second.empty());
        if (mixed_)
            columns_.insert(columns_.begin(), std::string());
        nPaths_ = std::max<std::size_t>(columns_.size(), 1);
    }

    // Box width, column widths, page width and row spacing.
    void sizeColumns() {
        // Boxes narrow (down to 112 pt) when a row has many groups, so that the diagram keeps
        // its text size on a 770 pt wide page.
        std::size_t widest = 1;
        {
            std::map<int, std::size_t> perRow;
            for (const auto& [k, v] : cells_)
                perRow[k.first] += v.size();
            for (const auto& [l, n] : perRow)
                widest = std::max(widest, n);
        }
        boxW_ = std::clamp(756.0 / static_cast<double>(widest) - 14.0, 112.0, 150.0);
        // Each path column is as wide as its widest row; shared rows span all columns.
        colWidth_.assign(nPaths_, boxW_ + 14);
        std::size_t sharedMost = 1;
        for (const auto& [k, v] : cells_) {
            if (k.second.empty() && !mixed_) {
                sharedMost = std::max(sharedMost, v.size());
                continue;
            }
            const std::size_t p = columnOf(k.second);
            if (p < nPaths_)
                colWidth_[p] = std::max(colWidth_[p], static_cast<double>(v.size()) * (boxW_ + 14));
        }
        for (double w : colWidth_)
            columnsW_ += w;
        columnsW_ = std::max(columnsW_, static_cast<double>(sharedMost) * (boxW_ + 14));
        width_ = std::max(770.0, columnsW_ + 20);
        const int rowsDrawn = rowCount_ + (racksFed_ ? 1 : 0);
        // Row spacing: the box height plus 22 pt when there is room (two small diagrams then
        // share a page), down to plus 14 pt (room for a 7 pt link count beside a link).
        levelH_ =
            std::clamp((kHeightBudgetPt - kTop - 22) / static_cast<double>(std::max(rowsDrawn, 1)),
                       kBoxH + 14.0, kBoxH + 22.0);
        height_ = kTop + levelH_ * static_cast<double>(std::max(rowsDrawn, 1)) + 22 +
                  (racksFed_ ? 0.0 : 14.0);
        x0_ = (width_ - columnsW_) / 2;
        colLeft_.assign(nPaths_, 0.0);
        for (std::size_t p = 0; p < nPaths_; ++p)
            colLeft_[p] = p == 0 ? x0_ : colLeft_[p - 1] + colWidth_[p - 1];
    }

    void caption(Canvas& c, double x, double y, const std::string& s, double size, Font f, Align a,
                 Color col) {
        c.text(x, y, s, size, f, a, col);
        const TextBox b = textBox(s, f, size, x, y, a);
        taken_.push_back({b.xPt, b.yPt, b.wPt, b.hPt});
    }

    // The diagram's caption, the note when no link reaches the racks, and the column heads.
    void drawCaptions(Canvas& c) {
        caption(c, 10, 14,
                (onlyPath_.empty()
                     ? std::string()
                     : fill(tr("Report", "Path %1 with the shared equipment. "), {onlyPath_})) +
                    fill(tr("Report", "Power redundancy declared: %1. Identical equipment is drawn "
                                      "once with its count (x N)."),
                         {displayName(design_.settings.powerRedundancy)}),
                8.5, Font::Regular, Align::Left, colors::kGrey);
        if (!racksFed_ && m_.rackCount > 0)
            caption(c, width_ / 2, height_ - 10,
                    tr("Report", "No link from this path's equipment reaches the racks directly."),
                    8, Font::Regular, Align::Center, colors::kGrey);
        for (std::size_t p = 0; p < columns_.size(); ++p) {
            const bool own =
                std::find(m_.paths.begin(), m_.paths.end(), columns_[p]) != m_.paths.end();
            caption(c, colLeft_[p] + colWidth_[p] / 2, kTop - 8,
                    columns_[p].empty() ? tr("Report", "Shared")
                    : own               ? fill(tr("Report", "Path %1"), {columns_[p]})
                          : fill(tr("Report", "Path %1 (linked equipment)"), {columns_[p]}),
                    own ? 10.0 : 8.5, Font::Bold, Align::Center, colorOf(columns_[p]));
        }
    }

    // Box positions (top-left) by row and column, and the racks box under the last row.
    void placeBoxes() {
        pos_.assign(m_.groups.size() + 1, {0.0, 0.0});
        for (const auto& [k, v] : cells_) {
            const double y = kTop + levelH_ * k.first;
            double left = x0_, span = columnsW_;
            if (!k.second.empty() || mixed_) {
                const std::size_t p = columnOf(k.second);
                if (p < nPaths_) {
                    left = colLeft_[p];
                    span = colWidth_[p];
                }
            }
            const double slot = span / static_cast<double>(v.size());
            for (std::size_t j = 0; j < v.size(); ++j)
                pos_[v[j]] = {left + slot * (static_cast<double>(j) + 0.5) - boxW_ / 2, y};
        }
        racksY_ = kTop + levelH_ * static_cast<double>(rowCount_);
        racksW_ = std::min(width_ - 40, 520.0);
        pos_[m_.racksGroup] = {(width_ - racksW_) / 2, racksY_};
        for (std::size_t g = 0; g < m_.groups.size(); ++g)
            taken_.push_back({pos_[g].first, pos_[g].second, boxW_, kBoxH});
        if (racksFed_)
            taken_.push_back({pos_[m_.racksGroup].first, racksY_, racksW_, kBoxH});
    }

    double widthOf(std::size_t g) const { return g == m_.racksGroup ? racksW_ : boxW_; }
    double centre(std::size_t g) const { return pos_[g].first + widthOf(g) / 2; }

    // Links leave and enter boxes at distinct points, spread along the box edge in the order
    // of the box at the other end, so that parallel links and their counts do not coincide.
    void spreadLinkEnds() {
        exitX_.assign(m_.edges.size(), 0.0);
        entryX_.assign(m_.edges.size(), 0.0);
        std::map<std::size_t, std::vector<std::size_t>> outOf, into;
        for (std::size_t i = 0; i < m_.edges.size(); ++i) {
            outOf[m_.edges[i].from].push_back(i);
            into[m_.edges[i].to].push_back(i);
        }
        auto spread = [&](const std::vector<std::size_t>& list, std::size_t g, bool byTarget,
                          std::vector<double>& at) {
            std::vector<std::size_t> order = list;
            std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
                return byTarget ? centre(m_.edges[a].to) < centre(m_.edges[b].to)
                                : centre(m_.edges[a].from) < centre(m_.edges[b].from);
            });
            const double w = widthOf(g), margin = std::min(12.0, w / 4);
            for (std::size_t k = 0; k < order.size(); ++k)
                at[order[k]] = order.size() == 1 ? centre(g)
                                                 : pos_[g].first + margin +
                                                       (w - 2 * margin) * static_cast<double>(k) /
                                                           static_cast<double>(order.size() - 1);
        };
        for (const auto& [g, list] : outOf)
            spread(list, g, true, exitX_);
        for (const auto& [g, list] : into)
            spread(list, g, false, entryX_);
        // A single link into the racks box drops straight from its source when it can.
        for (const auto& [g, list] : into)
            if (g == m_.racksGroup && list.size() == 1)
                entryX_[list[0]] =
                    std::clamp(exitX_[list[0]], pos_[g].first + 10, pos_[g].first + racksW_ - 10);
    }

    // The horizontal run of each downward link: links between the same two rows get distinct
    // heights in the gap between them.
    void spreadRuns() {
        runY_.assign(m_.edges.size(), 0.0);
        std::map<int, std::vector<std::size_t>> byGap;
        for (std::size_t i = 0; i < m_.edges.size(); ++i)
            byGap[static_cast<int>(pos_[m_.edges[i].from].second)].push_back(i);
        for (auto& [gap, list] : byGap) {
            std::stable_sort(list.begin(), list.end(),
                             [&](std::size_t a, std::size_t b) { return exitX_[a] < exitX_[b]; });
            const double lo = gap + kBoxH + 3, hi = gap + levelH_ - 3;
            for (std::size_t k = 0; k < list.size(); ++k)
                runY_[list[k]] = list.size() == 1 ? (lo + hi) / 2
                                                  : lo + (hi - lo) * static_cast<double>(k) /
                                                             static_cast<double>(list.size() - 1);
        }
    }

    // Draws the links; returns the counts to place ("x8") of links that stand for several.
    std::vector<Label> drawLinks(Canvas& c) {
        std::vector<Label> labels;
        for (std::size_t i = 0; i < m_.edges.size(); ++i) {
            const SldEdge& e = m_.edges[i];
            const double fx = exitX_[i], fy = pos_[e.from].second + kBoxH;
            const double tx = entryX_[i], ty = pos_[e.to].second;
            const Color col = colorOf(m_.groups[e.from].path);
            if (ty <= fy) { // an upward or same-row link (a cycle in the data): a side connection
                c.line(fx, fy, tx, ty, Stroke{col, 0.8, 3, 2});
                continue;
            }
            const double midY = std::clamp(runY_[i], fy + 2, ty - 2);
            c.polyline({fx, fy, fx, midY, tx, midY, tx, ty}, Stroke{col, 0.9});
            runY_[i] = midY;
            if (e.links > 1)
                labels.push_back({i, "x" + formatCount(e.links), col});
        }
        return labels;
    }

    static constexpr double kLabelPt = 7.0;

    Box labelBox(const std::string& text, double x, double baseline, Align a) const {
        const TextBox t = textBox(text, Font::Regular, kLabelPt, x, baseline, a);
        return Box{t.xPt, t.yPt, t.wPt, t.hPt};
    }

    bool fits(const Box& b) const {
        if (b.x < 1 || b.y < 1 || b.x + b.w > width_ - 1 || b.y + b.h > height_ - 1)
            return false;
        return std::none_of(taken_.begin(), taken_.end(),
                            [&](const Box& o) { return b.hits(o, 0.8); });
    }

    // A link count where no text or box is: beside the drop into the target (nearest the target
    // first), beside the drop from the source, along the horizontal run, else the nearest free
    // place around the entry point with a leader line; left out when the page has none (the
    // table below the diagram gives the count).
    void placeLabel(Canvas& c, const Label& l) {
        const SldEdge& e = m_.edges[l.edge];
        const double fx = exitX_[l.edge], fy = pos_[e.from].second + kBoxH;
        const double tx = entryX_[l.edge], ty = pos_[e.to].second;
        const double midY = runY_[l.edge];
        std::vector<std::pair<Box, std::pair<double, Align>>> tries;
        auto add = [&](double x, double baseline, Align a) {
            tries.push_back({labelBox(l.text, x, baseline, a), {baseline, a}});
        };
        const double h = labelBox(l.text, 0, 0, Align::Left).h;
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
        for (const auto& [b, where] : tries)
            if (fits(b)) {
                putLabel(c, l, b, where.first, where.second);
                return;
            }
        // Crowded: the nearest free place around the entry point, with a leader line.
        for (double r = 6; r < 200; r += 4) {
            for (int k = 0; k < 16; ++k) {
                const double a = 2 * std::numbers::pi * k / 16;
                const double x = tx + r * std::cos(a), baseline = ty - 4 + r * std::sin(a);
                const Box b = labelBox(l.text, x, baseline, Align::Left);
                if (fits(b)) {
                    putLabel(c, l, b, baseline, Align::Left);
                    const double lx = std::clamp(tx, b.x, b.x + b.w);
                    const double ly = std::clamp(ty - 3, b.y, b.y + b.h);
                    c.line(lx, ly, tx, ty - 3, Stroke{l.color, 0.4, 1, 1});
                    return;
                }
            }
        }
    }

    void putLabel(Canvas& c, const Label& l, const Box& b, double baseline, Align a) {
        const double anchorX = a == Align::Left ? b.x : b.x + b.w;
        c.text(anchorX, baseline, l.text, kLabelPt, Font::Regular, a, l.color);
        taken_.push_back(b);
    }

    // The equipment boxes (title, rating, load), then the racks box.
    void drawBoxes(Canvas& c) const {
        for (std::size_t i = 0; i < m_.groups.size(); ++i) {
            const SldGroup& g = m_.groups[i];
            const auto [bx, by] = pos_[i];
            const Color edge = colorOf(g.path);
            c.fillRect(bx, by, boxW_, kBoxH, colors::kWhite, true,
                       g.context ? Stroke{edge, 1.0, 3, 2} : Stroke{edge, 1.0});
            c.text(bx + boxW_ / 2, by + 10, elide(g.title, Font::Bold, 8.5, boxW_ - 6), 8.5,
                   Font::Bold, Align::Center);
            c.text(bx + boxW_ / 2, by + 19.5, elide(g.rating, Font::Regular, 7, boxW_ - 6), 7,
                   Font::Regular, Align::Center);
            c.text(bx + boxW_ / 2, by + 28.5, elide(g.load, Font::Regular, 7, boxW_ - 6), 7,
                   Font::Regular, Align::Center, colors::kGrey);
        }
        if (!racksFed_)
            return;
        const auto [rx, ry] = pos_[m_.racksGroup];
        c.fillRect(rx, ry, racksW_, kBoxH, Color{235, 238, 245}, true, Stroke{colors::kBlack, 1.2});
        c.text(rx + racksW_ / 2, ry + 14,
               fill(tr("Report", "x%1 racks"), {formatNumber(m_.rackCount)}), 10, Font::Bold,
               Align::Center);
        c.text(rx + racksW_ / 2, ry + 27,
               fill(tr("Report", "nameplate load %1 kW (catalog rack power)"),
                    {formatNumber(m_.rackLoadKw)}),
               8, Font::Regular, Align::Center);
    }

    static constexpr double kTop = 46;

    const Design& design_;
    const SingleLineModel& m_;
    const std::string& onlyPath_;
    const std::vector<std::string>& colorPaths_;
    const std::vector<int> rowOf_;
    int rowCount_ = 0;
    bool racksFed_ = false;
    std::vector<std::string> columns_;
    std::map<std::pair<int, std::string>, std::vector<std::size_t>> cells_;
    bool mixed_ = false;
    std::size_t nPaths_ = 1;
    double boxW_ = 150.0;
    std::vector<double> colWidth_, colLeft_;
    double columnsW_ = 0.0, width_ = 770.0, levelH_ = kBoxH + 22.0, height_ = 0.0, x0_ = 0.0;
    std::vector<std::pair<double, double>> pos_; // box top-left
    double racksY_ = 0.0, racksW_ = 0.0;
    std::vector<Box> taken_; // boxes and texts placed so far: link counts avoid them
    std::vector<double> exitX_, entryX_, runY_;
};

} // namespace

Canvas drawSingleLineDiagram(const Design& design, const SingleLineModel& m,
                             const std::string& onlyPath) {
    return SldDrawer(design, m, onlyPath).draw();
}

} // namespace aifp::report
