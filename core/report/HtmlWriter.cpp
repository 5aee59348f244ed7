#include "core/report/HtmlWriter.hpp"
#include "core/report/CairoRender.hpp"
#include "core/util/NumberFormat.hpp"
#include "core/util/XmlText.hpp"
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace aifp::report {

namespace {

std::string css(Color c) {
    return hexColor(c.r, c.g, c.b);
}

const char* kStyle =
    R"(body{font-family:"DejaVu Sans","Noto Sans",Arial,"WenQuanYi Micro Hei",sans-serif;font-size:10pt;max-width:1100px;margin:2em auto;color:#111}
h1{color:#14285a;font-size:26pt;margin-bottom:0.2em}h2{color:#14285a;border-bottom:2px solid #14285a;margin-top:2em}
h3{color:#1e5aaa}table{border-collapse:collapse;margin:0.5em 0 1em 0;width:100%;font-size:8.5pt}
th{background:#d7deeb;color:#14285a;text-align:left}td,th{border-bottom:1px solid #e1e1e1;padding:2px 5px;vertical-align:top}td{white-space:pre-line}
td.r,th.r{text-align:right}td.c,th.c{text-align:center}tr.group td{background:#ebf0f8;font-weight:bold}
p.note{color:#787878;font-size:9pt}p.warning{color:#c81e1e;font-weight:bold}p.lead{font-size:11.5pt}
p.subtitle{font-size:15pt;color:#14285a}figure{margin:1em 0;text-align:center;break-inside:avoid;page-break-inside:avoid}figure img{max-width:100%;height:auto}
figcaption{color:#787878;font-size:9pt}caption{text-align:left;font-weight:bold;color:#787878}nav li{margin:0.1em 0}
tr,caption{break-inside:avoid;page-break-inside:avoid}thead{display:table-header-group}h2,h3{break-after:avoid;page-break-after:avoid}
@page{size:A4 landscape;margin:12mm 12mm 14mm 12mm}
@media print{body{max-width:none;margin:0;font-size:9pt}nav{break-after:page;page-break-after:always}section{break-before:page;page-break-before:always}section:first-of-type,section.continues{break-before:auto;page-break-before:auto}a{color:inherit;text-decoration:none}h2{margin-top:0}})";

const char* alignClass(Align a) {
    switch (a) {
    case Align::Right:
        return " class=\"r\"";
    case Align::Center:
        return " class=\"c\"";
    case Align::Left:
        break;
    }
    return "";
}

} // namespace

std::string writeHtml(const ReportDocument& doc) {
    std::ostringstream o;
    o << "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
      << "<meta charset=\"utf-8\"/>\n<title>" << xmlEscape(doc.title) << "</title>\n"
      << "<meta name=\"author\" content=\"" << xmlEscape(doc.author) << "\"/>\n"
      << "<style>" << kStyle << "</style>\n</head>\n<body>\n";
    o << "<nav><h3>Contents</h3><ol>\n";
    for (const Section& s : doc.sections)
        if (!s.cover)
            o << "<li><a href=\"#" << xmlEscape(s.id) << "\">" << xmlEscape(s.title)
              << "</a></li>\n";
    o << "</ol></nav>\n";
    for (const Section& s : doc.sections) {
        o << "<section id=\"" << xmlEscape(s.id) << "\""
          << (s.startsPage ? "" : " class=\"continues\"") << ">\n";
        if (!s.cover)
            o << "<h2>" << xmlEscape(s.title) << "</h2>\n";
        for (const Block& b : s.blocks) {
            if (auto* p = std::get_if<Paragraph>(&b)) {
                switch (p->style) {
                case ParagraphStyle::Title:
                    o << "<h1>" << xmlEscape(p->text) << "</h1>\n";
                    break;
                case ParagraphStyle::Subtitle:
                    o << "<p class=\"subtitle\">" << xmlEscape(p->text) << "</p>\n";
                    break;
                case ParagraphStyle::Lead:
                    o << "<p class=\"lead\">" << xmlEscape(p->text) << "</p>\n";
                    break;
                case ParagraphStyle::Note:
                    o << "<p class=\"note\">" << xmlEscape(p->text) << "</p>\n";
                    break;
                case ParagraphStyle::Warning:
                    o << "<p class=\"warning\">" << xmlEscape(p->text) << "</p>\n";
                    break;
                case ParagraphStyle::Body:
                    o << "<p>" << xmlEscape(p->text) << "</p>\n";
                    break;
                }
            } else if (auto* h = std::get_if<Subheading>(&b)) {
                o << "<h3>" << xmlEscape(h->text) << "</h3>\n";
            } else if (auto* t = std::get_if<Table>(&b)) {
                auto alignOf = [&](std::size_t c) {
                    if (c < t->columnAlign.size())
                        return t->columnAlign[c];
                    return c == 0 ? Align::Left : Align::Right;
                };
                o << "<table>\n";
                if (!t->caption.empty())
                    o << "<caption>" << xmlEscape(t->caption) << "</caption>\n";
                // Column widths as in the PDF (relative weights).
                if (!t->columnWeights.empty()) {
                    double sum = 0.0;
                    for (double w : t->columnWeights)
                        sum += w;
                    o << "<colgroup>";
                    for (double w : t->columnWeights)
                        o << "<col style=\"width:" << fileNumber(100.0 * w / sum, 1) << "%\"/>";
                    o << "</colgroup>\n";
                }
                if (!t->header.empty()) {
                    o << "<thead><tr>";
                    for (std::size_t c = 0; c < t->header.size(); ++c)
                        o << "<th" << alignClass(alignOf(c)) << ">" << xmlEscape(t->header[c])
                          << "</th>";
                    o << "</tr></thead>\n";
                }
                o << "<tbody>\n";
                for (std::size_t r = 0; r < t->rows.size(); ++r) {
                    const bool group = r < t->groupRow.size() && t->groupRow[r];
                    o << "<tr" << (group ? " class=\"group\"" : "");
                    if (r < t->rowColor.size() && !(t->rowColor[r] == colors::kBlack))
                        o << " style=\"color:" << css(t->rowColor[r]) << "\"";
                    o << ">";
                    for (std::size_t c = 0; c < t->rows[r].size(); ++c)
                        o << "<td" << alignClass(alignOf(c)) << ">" << xmlEscape(t->rows[r][c])
                          << "</td>";
                    o << "</tr>\n";
                }
                o << "</tbody></table>\n";
            } else if (auto* f = std::get_if<Figure>(&b)) {
                // Each figure is its own SVG document (Cairo's glyph ids would clash inline).
                o << "<figure><img alt=\"" << xmlEscape(f->caption.empty() ? s.title : f->caption)
                  << "\" width=\"" << fileNumber(f->drawing.widthPt() * 4.0 / 3.0, 0)
                  << "\" src=\"data:image/svg+xml;base64,"
                  << base64(writeSvg(f->drawing, f->caption)) << "\"/>\n";
                if (!f->caption.empty())
                    o << "<figcaption>" << xmlEscape(f->caption) << "</figcaption>\n";
                o << "</figure>\n";
            }
        }
        o << "</section>\n";
    }
    o << "</body>\n</html>\n";
    return o.str();
}

void writeHtmlFile(const ReportDocument& doc, const std::string& path) {
    const std::string text = writeHtml(doc);
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    if (!f)
        throw std::runtime_error(path + ": cannot open for writing");
    f << text;
    if (!f)
        throw std::runtime_error(path + ": write failed");
}

} // namespace aifp::report
