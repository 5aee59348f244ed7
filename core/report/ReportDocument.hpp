#pragma once
#include "core/report/Canvas.hpp"
#include <string>
#include <variant>
#include <vector>

namespace aifp::report {

// The report as a sequence of sections of blocks, independent of the output format: the page
// layout flows it onto PDF pages, the HTML writer turns it into XHTML with inline SVG figures.

enum class ParagraphStyle { Body, Lead, Note, Warning, Title, Subtitle };

struct Paragraph {
    std::string text;
    ParagraphStyle style = ParagraphStyle::Body;
};

struct Subheading {
    std::string text;
};

struct Table {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<double> columnWeights; // relative widths; empty: equal
    std::vector<Align> columnAlign;    // empty: first column left, others right
    std::vector<bool> groupRow;        // per row: a group heading (bold, shaded)
    std::vector<Color> rowColor;       // per row text colour (optional, may be empty)
    std::string caption;
};

struct Figure {
    Canvas drawing; // in points; scaled down to fit the page
    std::string caption;
    bool fullPage = false; // starts a page and may use the whole content area
};

using Block = std::variant<Paragraph, Subheading, Table, Figure>;

struct Section {
    std::string id;    // anchor in HTML, e.g. "power"
    std::string title; // e.g. "Power"
    std::vector<Block> blocks;
    bool cover = false; // the cover page: no header, title style
    // false: the section follows the previous one on its last page when its heading and its
    // first two blocks (an introduction and a figure or table) fit there, else it starts a page
    // as all do.
    bool startsPage = true;
};

struct ReportDocument {
    std::string title;
    std::string subtitle;
    std::string author;
    std::string date;           // ISO
    std::string documentNumber; // document control, printed in every page's footer
    std::string revision;
    std::string confidentiality;
    std::vector<Section> sections;
};

} // namespace aifp::report
