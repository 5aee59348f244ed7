#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include "core/report/ReportInputs.hpp"
#include <string>
#include <vector>

namespace aifp::report {

// Counts what the design contains: racks by catalog id; power and cooling equipment by kind,
// catalog id and rating; busways and cables (m); pipes by loop and diameter (m); switches by
// model and tier; network links by medium and speed, with the optical link ends needing a
// transceiver. Unit prices are left as n/a (priceSource says so); the estimation adapter fills
// them. Lines are ordered by category (Compute, Network, Power, Cooling), then item.
std::vector<BomLine> computeBillOfMaterials(const Design& design, const Catalog& catalog);

// What the BOM CSV says about itself in its first rows.
struct BomCsvHeader {
    std::string project;
    std::string dateIso;
    std::string currency = "USD";
};

// CSV (RFC 4180), UTF-8 with a byte order mark (spreadsheets then read accents and CJK right):
// rows "project,<name>", "date,<ISO date>", "currency,<code>", an empty row, then the table
// with its header row: category,item,catalog_id,quantity,unit,unit_price_usd,extended_usd,
// price_source,note. Numbers use '.' whatever the locale; counts are integers ("4"), lengths
// keep up to two decimals, prices two.
std::string bomToCsv(const std::vector<BomLine>& lines, const BomCsvHeader& header);

} // namespace aifp::report
