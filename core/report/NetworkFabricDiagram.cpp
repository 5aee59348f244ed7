#include "core/report/NetworkFabricDiagram.hpp"
#include "core/i18n/Translate.hpp"
#include "core/model/EnumNames.hpp"
#include "core/report/ReportFormat.hpp"
#include <algorithm>
#include <set>
#include <unordered_map>

namespace aifp::report {

std::string lengthBand(double lengthM) {
    if (lengthM < 5)
        return "< 5 m";
    if (lengthM < 30)
        return "5-30 m";
    if (lengthM < 100)
        return "30-100 m";
    if (lengthM < 500)
        return "100-500 m";
    return ">= 500 m";
}

FabricSummary summarizeFabric(const Design& design) {
    FabricSummary s;
    std::unordered_map<ObjectId, const NetworkSwitch*> sw;
    std::map<int, std::set<std::string>> models;
    for (const NetworkSwitch& n : design.switches) {
        sw[n.id] = &n;
        if (n.role == NetworkRole::Compute) {
            ++s.computeSwitchesByTier[n.tier];
            models[n.tier].insert(n.catalogId);
            s.portsByTier[n.tier] = std::max(s.portsByTier[n.tier], n.portCount);
            s.tiers = std::max(s.tiers, n.tier);
        } else if (n.role == NetworkRole::StorageInband) {
            ++s.storageSwitches;
        } else {
            ++s.outOfBandSwitches;
        }
    }
    for (const auto& [tier, ids] : models) {
        std::string t;
        for (const std::string& id : ids)
            t += (t.empty() ? "" : ", ") + id;
        s.modelByTier[tier] = t;
    }
    for (const NetworkLink& l : design.networkLinks) {
        s.totalLinks += l.count;
        s.linksByMediumAndBand[{englishName(l.medium), lengthBand(l.lengthM)}] += l.count;
        if (l.medium != LinkMedium::Copper)
            s.opticalLinkEnds += 2 * static_cast<std::int64_t>(l.count);
        auto level = [&](ObjectId id) {
            auto it = sw.find(id);
            if (it == sw.end())
                return 0; // a rack
            return it->second->role == NetworkRole::Compute ? it->second->tier : -1;
        };
        const int a = level(l.fromId), b = level(l.toId);
        if (a < 0 || b < 0)
            continue; // storage / out-of-band links are counted in the totals only
        const auto key = std::make_pair(std::min(a, b), std::max(a, b));
        s.linksBetween[key] += l.count;
        s.speedBetween[key] = l.speedGbps;
    }
    return s;
}

Canvas drawNetworkFabricDiagram(const Design& design, const FabricSummary& s) {
    const int levels = s.tiers + 1;
    const double rowH = 78;
    Canvas c(770, 40 + rowH * levels);
    if (s.tiers == 0) {
        c.text(10, 30, tr("Report", "The design has no compute fabric switches."), 10, Font::Bold,
               Align::Left, colors::kRed);
        return c;
    }
    static const char* names[] = {AIFP_TRANSLATE_NOOP("Report", "Racks"),
                                  AIFP_TRANSLATE_NOOP("Report", "Leaf (tier 1)"),
                                  AIFP_TRANSLATE_NOOP("Report", "Spine (tier 2)"),
                                  AIFP_TRANSLATE_NOOP("Report", "Core (tier 3)")};
    auto yOf = [&](int level) { return 24 + rowH * (levels - 1 - level); };
    const int shown = 10;
    const double boxW = 34, gap = 10, x0 = 170;
    auto count = [&](int level) {
        if (level == 0)
            return static_cast<int>(design.racks.size());
        auto it = s.computeSwitchesByTier.find(level);
        return it == s.computeSwitchesByTier.end() ? 0 : it->second;
    };
    auto xOf = [&](int i) { return x0 + i * (boxW + gap); };
    // Representative links between adjacent levels.
    for (int level = 0; level < s.tiers; ++level) {
        const int a = std::min(count(level), shown), b = std::min(count(level + 1), shown);
        for (int i = 0; i < a; ++i)
            for (int j = 0; j < b; ++j)
                c.line(xOf(i) + boxW / 2, yOf(level), xOf(j) + boxW / 2, yOf(level + 1) + 22,
                       Stroke{Color{190, 195, 210}, 0.35});
        auto it = s.linksBetween.find({level, level + 1});
        const std::int64_t links = it == s.linksBetween.end() ? 0 : it->second;
        const double speed = it == s.linksBetween.end() ? 0 : s.speedBetween.at({level, level + 1});
        // Two short lines, so that "383,040 links at 800 Gb/s" stays inside the page.
        c.text(x0 + shown * (boxW + gap) + 70, yOf(level) - 26,
               formatNumber(static_cast<double>(links)) + " links", 8, Font::Bold, Align::Left,
               colors::kBlue);
        if (speed > 0)
            c.text(x0 + shown * (boxW + gap) + 70, yOf(level) - 16,
                   "at " + formatNumber(speed) + " Gb/s", 8, Font::Regular, Align::Left,
                   colors::kBlue);
    }
    for (int level = 0; level <= s.tiers; ++level) {
        const int n = count(level);
        const double y = yOf(level);
        c.text(10, y + 10,
               level <= 3 ? std::string(tr("Report", names[level]))
                          : fill(tr("Report", "Tier %1"), {std::to_string(level)}),
               9, Font::Bold, Align::Left, colors::kNavy);
        c.text(10, y + 22, formatNumber(n) + (level == 0 ? " racks" : " switches"), 8);
        for (int i = 0; i < std::min(n, shown); ++i)
            c.fillRect(xOf(i), y, boxW, 22, level == 0 ? Color{70, 80, 100} : Color{120, 70, 160},
                       true, Stroke{colors::kBlack, 0.4});
        if (n > shown)
            c.text(xOf(shown) - 4, y + 15, "... x" + formatNumber(n), 8, Font::Bold);
        if (level > 0) {
            std::string info = s.modelByTier.count(level) ? s.modelByTier.at(level) : "";
            if (s.portsByTier.count(level) && s.portsByTier.at(level) > 0)
                info += ", " + formatNumber(s.portsByTier.at(level)) + " ports";
            c.text(x0 + shown * (boxW + gap) + 70, y + 14, info, 8);
        }
    }
    return c;
}

} // namespace aifp::report
