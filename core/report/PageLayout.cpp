#include "core/report/PageLayout.hpp"
#include "core/i18n/Translate.hpp"
#include "core/report/TextMetrics.hpp"
#include <algorithm>

namespace aifp::report {

namespace {

constexpr double kHeaderPt = 22.0; // header band below the top margin
constexpr double kFooterPt = 14.0; // footer band above the bottom margin
constexpr double kTableFontPt = 7.6;
constexpr double kMinTextPt = 6.0; // no report text smaller than this
constexpr double kCellPadPt = 2.5;

struct ParagraphFormat {
    Font font;
    double sizePt;
    Color color;
    double spaceAfterPt;
};

ParagraphFormat formatOf(ParagraphStyle s, double body) {
    switch (s) {
    case ParagraphStyle::Title:
        return {Font::Bold, 28.0, colors::kNavy, 10.0};
    case ParagraphStyle::Subtitle:
        return {Font::Regular, 15.0, colors::kNavy, 8.0};
    case ParagraphStyle::Lead:
        return {Font::Regular, body + 1.5, colors::kBlack, 6.0};
    case ParagraphStyle::Note:
        return {Font::Regular, body - 0.8, colors::kGrey, 5.0};
    case ParagraphStyle::Warning:
        return {Font::Bold, body, colors::kRed, 5.0};
    case ParagraphStyle::Body:
        break;
    }
    return {Font::Regular, body, colors::kBlack, 5.0};
}

class Layout {
public:
    Layout(const ReportDocument& doc, const PageSetup& s) : doc_(doc), s_(s) {}

    std::vector<Canvas> run() {
        std::size_t numbered = 0;
        for (const Section& sec : doc_.sections)
            numbered += sec.cover ? 0 : 1;
        const bool toc = numbered >= 3;
        for (const Section& sec : doc_.sections) {
            if (toc && !sec.cover && tocPage_ < 0) {
                section_ = nullptr;
                newPage();
                tocPage_ = static_cast<int>(pages_.size()) - 1;
            }
            section_ = &sec;
            // A section that may follow the previous one does when its heading, introduction
            // and first figure or table fit below (the rest flows on as usual).
            constexpr double kGapPt = 12.0;
            if (!sec.startsPage && !sec.cover && !pages_.empty() &&
                y_ + kGapPt + heightOf(sec, 2) <= bottom())
                y_ += kGapPt;
            else
                newPage();
            subheadings_ = 0;
            if (!sec.cover) {
                sectionPage_.push_back(pages_.size() - 1);
                page().anchor(sec.id, y_, sec.title, 0);
                page().text(left(), y_ + 14, sec.title, 16, Font::Bold, Align::Left, colors::kNavy);
                page().line(left(), y_ + 20, right(), y_ + 20, Stroke{colors::kNavy, 1.2});
                y_ += 32;
            } else {
                y_ += 90;
            }
            for (std::size_t i = 0; i < sec.blocks.size(); ++i) {
                const Block& b = sec.blocks[i];
                if (auto* p = std::get_if<Paragraph>(&b))
                    paragraph(*p);
                else if (auto* h = std::get_if<Subheading>(&b))
                    subheading(*h);
                else if (auto* t = std::get_if<Table>(&b))
                    table(*t);
                else if (auto* f = std::get_if<Figure>(&b))
                    figure(*f);
            }
        }
        if (tocPage_ >= 0)
            contents();
        decorate();
        return std::move(pages_);
    }

private:
    // The height the heading and the first `blocks` blocks of a section take laid out alone on
    // an endless page.
    double heightOf(const Section& sec, std::size_t blocks) const {
        ReportDocument one;
        one.sections = {sec};
        one.sections.front().startsPage = true;
        if (one.sections.front().blocks.size() > blocks)
            one.sections.front().blocks.resize(blocks);
        PageSetup endless = s_;
        endless.heightPt = 1e6;
        Layout l(one, endless);
        l.run();
        return l.y_ - l.top();
    }

    Canvas& page() { return pages_.back(); }
    double left() const { return s_.marginPt; }
    double right() const { return s_.widthPt - s_.marginPt; }
    double width() const { return right() - left(); }
    double top() const { return s_.marginPt + kHeaderPt; }
    double bottom() const { return s_.heightPt - s_.marginPt - kFooterPt; }

    void newPage() {
        pages_.emplace_back(s_.widthPt, s_.heightPt);
        pageSection_.push_back(section_);
        y_ = top();
    }
    void ensure(double needPt) {
        if (y_ + needPt > bottom() && y_ > top() + 1.0)
            newPage();
    }

    void paragraph(const Paragraph& p) {
        const ParagraphFormat f = formatOf(p.style, s_.bodySizePt);
        const double lead = f.sizePt * 1.3;
        for (const std::string& line : wrapText(p.text, f.font, f.sizePt, width())) {
            ensure(lead);
            page().text(left(), y_ + f.sizePt, line, f.sizePt, f.font, Align::Left, f.color);
            linkUrls(line, left(), y_, f.font, f.sizePt, lead);
            y_ += lead;
        }
        y_ += f.spaceAfterPt;
    }

    void subheading(const Subheading& h) {
        ensure(60.0); // keep with what follows
        y_ += 4;
        if (section_)
            page().anchor(section_->id + "-" + std::to_string(++subheadings_), y_, h.text, 1);
        page().text(left(), y_ + 11, h.text, 11.5, Font::Bold, Align::Left, colors::kBlue);
        y_ += 19;
    }

    void table(const Table& t) {
        const std::size_t cols =
            std::max<std::size_t>(t.header.size(), t.rows.empty() ? 0 : t.rows.front().size());
        if (cols == 0)
            return;
        std::vector<double> w(cols, 1.0);
        for (std::size_t c = 0; c < cols && c < t.columnWeights.size(); ++c)
            w[c] = t.columnWeights[c];
        double sum = 0;
        for (double v : w)
            sum += v;
        for (double& v : w)
            v = v / sum * width();
        auto alignOf = [&](std::size_t c) {
            if (c < t.columnAlign.size())
                return t.columnAlign[c];
            return c == 0 ? Align::Left : Align::Right;
        };
        const double lineH = kTableFontPt * 1.25;
        auto cellLines = [&](const std::string& text, std::size_t c, Font font) {
            return wrapText(text, font, kTableFontPt, w[c] - 2 * kCellPadPt);
        };
        auto drawRow = [&](const std::vector<std::string>& cells, Font font, bool shaded,
                           Color fill, Color color) {
            std::vector<std::vector<std::string>> lines(cols);
            std::size_t n = 1;
            for (std::size_t c = 0; c < cols; ++c) {
                lines[c] = cellLines(c < cells.size() ? cells[c] : std::string(), c, font);
                n = std::max(n, lines[c].size());
            }
            const double h = static_cast<double>(n) * lineH + 2 * kCellPadPt;
            return std::make_pair(h, [=, this](double y) {
                if (shaded)
                    page().fillRect(left(), y, width(), h, fill);
                double x = left();
                for (std::size_t c = 0; c < cols; ++c) {
                    const Align a = alignOf(c);
                    const double tx = a == Align::Left     ? x + kCellPadPt
                                      : a == Align::Center ? x + w[c] / 2
                                                           : x + w[c] - kCellPadPt;
                    for (std::size_t k = 0; k < lines[c].size(); ++k) {
                        const double ly = y + kCellPadPt + lineH * static_cast<double>(k);
                        page().text(tx, ly + kTableFontPt, lines[c][k], kTableFontPt, font, a,
                                    color);
                        if (a == Align::Left)
                            linkUrls(lines[c][k], tx, ly, font, kTableFontPt, lineH);
                    }
                    x += w[c];
                }
                page().line(left(), y + h, right(), y + h, Stroke{colors::kLightGrey, 0.5});
            });
        };
        auto header = [&]() {
            if (t.header.empty())
                return;
            auto [h, draw] =
                drawRow(t.header, Font::Bold, true, Color{215, 222, 235}, colors::kNavy);
            draw(y_);
            y_ += h;
        };
        // Keep a table that fits on one page together; otherwise start it where at least a
        // few rows fit. The caption stays with the header.
        double total = t.caption.empty() ? 0.0 : 13.0;
        if (!t.header.empty())
            total += drawRow(t.header, Font::Bold, false, colors::kWhite, colors::kBlack).first;
        for (const auto& r : t.rows) {
            total += drawRow(r, Font::Regular, false, colors::kWhite, colors::kBlack).first;
            if (total > bottom() - top())
                break;
        }
        if (total <= bottom() - top())
            ensure(total);
        else
            ensure((t.caption.empty() ? 0.0 : 13.0) + 4 * lineH + 16);
        if (!t.caption.empty()) {
            page().text(left(), y_ + 9, t.caption, 8.5, Font::Bold, Align::Left, colors::kGrey);
            y_ += 13;
        }
        header();
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            const bool group = r < t.groupRow.size() && t.groupRow[r];
            const Color color = r < t.rowColor.size() ? t.rowColor[r] : colors::kBlack;
            auto [h, draw] = drawRow(t.rows[r], group ? Font::Bold : Font::Regular, group,
                                     Color{235, 240, 248}, color);
            if (y_ + h > bottom() || (group && y_ + h + 2 * lineH > bottom())) {
                newPage();
                header();
            }
            draw(y_);
            y_ += h;
        }
        y_ += 8;
    }

    void figure(const Figure& f) {
        const Canvas& d = f.drawing;
        if (d.widthPt() <= 0 || d.heightPt() <= 0)
            return;
        const double captionH = f.caption.empty() ? 0.0 : 14.0;
        auto fitScale = [&](double availH) {
            return std::min({1.0, width() / d.widthPt(), std::max(availH, 1.0) / d.heightPt()});
        };
        // Below 6 pt text is unreadable: a figure is never scaled down further than that when a
        // new page would avoid it (kMinTextPt; its builders keep it page-sized).
        const double minText = d.minTextSizePt();
        const double readable = minText > 0 ? std::min(1.0, kMinTextPt / minText) : 0.0;
        auto snap = [](double s) { return s >= 0.995 ? 1.0 : s; }; // a hair over the margin
        const double best = snap(fitScale(bottom() - top() - captionH));
        if (f.fullPage && y_ > top() + 80)
            newPage();
        double scale = snap(fitScale(bottom() - y_ - captionH));
        if (scale < std::max(0.8 * best, std::min(readable, best))) {
            newPage();
            scale = best;
        }
        const double x = left() + (width() - d.widthPt() * scale) / 2;
        page().place(d, x, y_, scale);
        y_ += d.heightPt() * scale;
        if (!f.caption.empty()) {
            page().text(left() + width() / 2, y_ + 10, f.caption, 8, Font::Regular, Align::Center,
                        colors::kGrey);
        }
        y_ += captionH + 8;
    }

    // Makes every http(s) URL in a line of text clickable (PDF link annotations).
    void linkUrls(const std::string& line, double x, double yTop, Font font, double sizePt,
                  double heightPt) {
        std::size_t from = 0;
        while (true) {
            const std::size_t at = line.find("http", from);
            if (at == std::string::npos)
                return;
            if (line.compare(at, 7, "http://") != 0 && line.compare(at, 8, "https://") != 0) {
                from = at + 4;
                continue;
            }
            std::size_t end = line.find_first_of(" )]>\"", at);
            if (end == std::string::npos)
                end = line.size();
            while (end > at && (line[end - 1] == '.' || line[end - 1] == ','))
                --end;
            const std::string url = line.substr(at, end - at);
            const double x0 = x + textWidthPt(line.substr(0, at), font, sizePt);
            page().link(x0, yTop, textWidthPt(url, font, sizePt), heightPt, url);
            from = end;
        }
    }

    // The contents page: every section with its page number, each line a link to the section.
    void contents() {
        Canvas& p = pages_[static_cast<std::size_t>(tocPage_)];
        double y = top();
        p.anchor("contents", y, tr("Report", "Contents"), 0);
        p.text(left(), y + 14, tr("Report", "Contents"), 16, Font::Bold, Align::Left,
               colors::kNavy);
        p.line(left(), y + 20, right(), y + 20, Stroke{colors::kNavy, 1.2});
        y += 40;
        std::size_t k = 0;
        for (const Section& sec : doc_.sections) {
            if (sec.cover)
                continue;
            const std::size_t pageNo = sectionPage_[k] + 1;
            const std::string number = std::to_string(k + 1) + ".";
            p.text(left(), y, number, 11, Font::Regular, Align::Left, colors::kNavy);
            p.text(left() + 28, y, sec.title, 11, Font::Regular, Align::Left, colors::kBlack);
            const double titleEnd = left() + 28 + textWidthPt(sec.title, Font::Regular, 11) + 6;
            const double pageX = left() + width() * 0.6;
            if (titleEnd < pageX - 20)
                p.dashedLine(titleEnd, y - 3, pageX - 24, y - 3, colors::kLightGrey, 0.6);
            p.text(pageX, y, std::to_string(pageNo), 11, Font::Regular, Align::Right,
                   colors::kBlack);
            p.link(left(), y - 11, pageX - left(), 15, {}, sec.id);
            y += 20;
            ++k;
        }
    }

    void decorate() {
        const std::size_t n = pages_.size();
        for (std::size_t i = 0; i < n; ++i) {
            Canvas& p = pages_[i];
            const Section* sec = pageSection_[i];
            const double fy = s_.heightPt - s_.marginPt + 2;
            p.line(left(), fy - 10, right(), fy - 10, Stroke{colors::kLightGrey, 0.5});
            std::string footer = doc_.title;
            if (!doc_.documentNumber.empty())
                footer = doc_.documentNumber +
                         (doc_.revision.empty() ? "" : " rev. " + doc_.revision) + " \u00b7 " +
                         footer;
            p.text(left(), fy, elide(footer, Font::Regular, 7.5, width() * 0.55), 7.5,
                   Font::Regular, Align::Left, colors::kGrey);
            if (!doc_.confidentiality.empty())
                p.text(left() + width() * 0.72, fy,
                       elide(doc_.confidentiality, Font::Bold, 7.5, width() * 0.25), 7.5,
                       Font::Bold, Align::Center, colors::kRed);
            p.text(right(), fy,
                   fill(tr("Report", "Page %1 of %2"), {std::to_string(i + 1), std::to_string(n)}),
                   7.5, Font::Regular, Align::Right, colors::kGrey);
            if (static_cast<int>(i) == tocPage_) {
                p.text(left(), s_.marginPt + 6, "AI Factory Planner", 7.5, Font::Bold, Align::Left,
                       colors::kGrey);
            } else if (sec && !sec->cover) {
                p.text(left(), s_.marginPt + 6, "AI Factory Planner", 7.5, Font::Bold, Align::Left,
                       colors::kGrey);
                p.text(right(), s_.marginPt + 6, sec->title, 7.5, Font::Regular, Align::Right,
                       colors::kGrey);
            }
        }
    }

    const ReportDocument& doc_;
    PageSetup s_;
    const Section* section_ = nullptr;
    std::vector<Canvas> pages_;
    std::vector<const Section*> pageSection_;
    std::vector<std::size_t> sectionPage_; // page index of each numbered section
    int tocPage_ = -1;
    int subheadings_ = 0;
    double y_ = 0.0;
};

} // namespace

std::vector<Canvas> layoutPages(const ReportDocument& doc, const PageSetup& setup) {
    return Layout(doc, setup).run();
}

} // namespace aifp::report
