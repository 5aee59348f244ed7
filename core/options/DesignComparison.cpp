#include "core/options/DesignComparison.hpp"
#include "core/i18n/Translate.hpp"
#include "core/util/CsvText.hpp"
#include "core/util/JsonShapes.hpp"
#include "core/util/NumberFormat.hpp"
#include "core/util/TextColumns.hpp"
#include <algorithm>
#include <cmath>

namespace aifp {

namespace {

std::string displayValue(double v, int decimals) {
    return std::isfinite(v) ? display::formatNumber(v, decimals) : std::string(tr("Number", "n/a"));
}

std::string displayDelta(double d, int decimals) {
    if (!std::isfinite(d))
        return "";
    if (std::abs(d) < 0.5 * std::pow(10.0, -decimals))
        return " (=)";
    return std::string(" (") + (d > 0 ? "+" : "") + display::formatNumber(d, decimals) + ")";
}

} // namespace

const char* procurementLabel(const std::string& p) {
    if (p == "colocation")
        return AIFP_TRANSLATE_NOOP("Options", "colocation");
    if (p == "cloud")
        return AIFP_TRANSLATE_NOOP("Options", "cloud");
    return AIFP_TRANSLATE_NOOP("Options", "build");
}

json::Value comparisonJson(const Comparison& c) {
    json::Value variants = json::Value::array();
    const DesignFigures* base = c.designs.empty() ? nullptr : &c.designs.front();
    for (std::size_t i = 0; i < c.designs.size(); ++i) {
        const DesignFigures& f = c.designs[i];
        json::Value::Object fields = {{"name", f.name}, {"procurement", f.procurement}};
        for (const FigureField& field : comparedFigures())
            fields.emplace_back(field.key, field.get(f));
        fields.insert(fields.end(), {{"currency", f.currency},
                                     {"cost_basis", f.costBasis},
                                     {"tco_basis", f.tcoBasis},
                                     {"start", f.startDate},
                                     {"first_token", f.firstToken},
                                     {"full_capacity", f.fullCapacity},
                                     {"first_token_driver", f.firstTokenDriver},
                                     {"problems", json::arrayOf(f.problems)}});
        json::Value v = json::object(std::move(fields));
        if (i > 0) {
            json::Value delta = json::Value::object();
            for (const FigureField& field : comparedFigures())
                delta.set(field.key, field.get(f) - field.get(*base));
            v.set("delta", delta);
        }
        variants.push(v);
    }
    return json::object(
        {{"base", base ? json::Value(base->name) : json::Value()}, {"variants", variants}});
}

std::string comparisonCsv(const Comparison& c) {
    std::string out = "name";
    for (const FigureField& field : comparedFigures())
        out += std::string(",") + field.key;
    out += ",procurement,currency,first_token,full_capacity";
    for (const FigureField& field : comparedFigures())
        out += std::string(",delta_") + field.key;
    out += "\n";
    for (std::size_t i = 0; i < c.designs.size(); ++i) {
        const DesignFigures& f = c.designs[i];
        out += csvField(f.name);
        for (const FigureField& field : comparedFigures())
            out += "," + fileShortest(field.get(f));
        out += "," + csvField(f.procurement) + "," + csvField(f.currency) + "," + f.firstToken +
               "," + f.fullCapacity;
        for (const FigureField& field : comparedFigures())
            out += "," + (i == 0 ? std::string()
                                 : fileShortest(field.get(f) - field.get(c.designs.front())));
        out += "\n";
    }
    return out;
}

std::string comparisonText(const Comparison& c) {
    if (c.designs.empty())
        return "";
    // Rows: label column then one column per design.
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> head = {""};
    for (const auto& f : c.designs)
        head.push_back(f.name + (&f == &c.designs.front() ? tr("Options", " (base)") : ""));
    rows.push_back(head);
    std::vector<std::string> procurement = {tr("Options", "Procurement")};
    for (const auto& f : c.designs)
        procurement.push_back(tr("Options", procurementLabel(f.procurement)));
    rows.push_back(procurement);
    const std::string currency = c.designs.front().currency;
    for (const FigureField& field : comparedFigures()) {
        std::string unit = *field.unit ? tr("Options", field.unit) : "";
        if (unit.empty() &&
            (std::string(field.key) == "capex" || std::string(field.key) == "opex_per_year" ||
             std::string(field.key) == "cost_per_million_tokens" ||
             std::string(field.key).rfind("tco", 0) == 0))
            unit = currency;
        std::vector<std::string> row = {std::string(tr("Options", field.label)) +
                                        (unit.empty() ? "" : " (" + unit + ")")};
        const double base = field.get(c.designs.front());
        for (std::size_t i = 0; i < c.designs.size(); ++i) {
            const double v = field.get(c.designs[i]);
            row.push_back(displayValue(v, field.decimals) +
                          (i == 0 ? std::string() : displayDelta(v - base, field.decimals)));
        }
        rows.push_back(row);
    }
    std::vector<std::string> dates = {tr("Options", "First token date")};
    std::vector<std::string> full = {tr("Options", "Full capacity date")};
    for (const auto& f : c.designs) {
        dates.push_back(f.firstToken.empty() ? tr("Number", "n/a") : f.firstToken);
        full.push_back(f.fullCapacity.empty() ? tr("Number", "n/a") : f.fullCapacity);
    }
    rows.push_back(dates);
    rows.push_back(full);
    // Column widths in code points, so UTF-8 names line up.
    std::vector<std::size_t> w(head.size(), 0);
    for (const auto& r : rows)
        for (std::size_t i = 0; i < r.size(); ++i)
            w[i] = std::max(w[i], displayWidth(r[i]));
    std::string out;
    for (const auto& r : rows) {
        for (std::size_t i = 0; i < r.size(); ++i)
            out += i == 0 ? padToWidth(r[i], w[i]) : "  " + padLeftToWidth(r[i], w[i]);
        out += "\n";
    }
    for (const auto& f : c.designs) {
        out += "\n" + fill(tr("Options", "%1: cost %2"), {f.name, f.costBasis});
        if (!f.tcoBasis.empty())
            out += "\n  " + fill(tr("Options", "total cost of ownership: %1"), {f.tcoBasis});
        if (!f.firstTokenDriver.empty())
            out += "\n  " + fill(tr("Options", "first token driven by: %1"), {f.firstTokenDriver});
        for (const auto& p : f.problems)
            out += "\n  " + fill(tr("Options", "not computed: %1"), {p});
        out += "\n";
    }
    return out;
}

} // namespace aifp
