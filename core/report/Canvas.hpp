#pragma once
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace aifp::report {

// Colour, 0..255 per channel.
struct Color {
    std::uint8_t r = 0;
    std::uint8_t g = 0;
    std::uint8_t b = 0;
    friend bool operator==(const Color&, const Color&) = default;
};

namespace colors {
inline constexpr Color kBlack{0, 0, 0};
inline constexpr Color kWhite{255, 255, 255};
inline constexpr Color kGrey{120, 120, 120};
inline constexpr Color kLightGrey{225, 225, 225};
inline constexpr Color kRed{200, 30, 30};
inline constexpr Color kBlue{30, 90, 170};
inline constexpr Color kLightBlue{200, 220, 245};
inline constexpr Color kOrange{230, 130, 20};
inline constexpr Color kGreen{40, 140, 60};
inline constexpr Color kTeal{20, 130, 140};
inline constexpr Color kNavy{20, 40, 90};
} // namespace colors

enum class Font { Regular, Bold }; // the report typeface (TextMetrics.hpp)
enum class Align { Left, Center, Right };

// Stroke of a line or outline: width in points, optional dash pattern (on, off).
struct Stroke {
    Color color = colors::kBlack;
    double widthPt = 0.8;
    double dashOnPt = 0.0; // 0: solid
    double dashOffPt = 0.0;
};

// Text drawn with its baseline at y. Text is UTF-8, set by Pango in the report typeface
// (TextMetrics.hpp) with font fallback for any script.
struct TextItem {
    double xPt = 0.0; // anchor: left, centre or right end of the text, per align
    double yPt = 0.0; // baseline
    std::string text;
    Font font = Font::Regular;
    double sizePt = 9.0;
    Color color = colors::kBlack;
    Align align = Align::Left;
    double rotationDeg = 0.0; // counter-clockwise about the anchor (0 or 90 in practice)
};

struct LineItem {
    double x1Pt = 0.0, y1Pt = 0.0, x2Pt = 0.0, y2Pt = 0.0;
    Stroke stroke;
};

struct PolylineItem {
    std::vector<double> xyPt; // x0, y0, x1, y1, ...
    bool closed = false;
    bool filled = false;
    Color fill = colors::kWhite;
    bool stroked = true;
    Stroke stroke;
};

struct RectItem {
    double xPt = 0.0, yPt = 0.0, wPt = 0.0, hPt = 0.0; // top-left corner, size
    bool filled = false;
    Color fill = colors::kWhite;
    bool stroked = true;
    Stroke stroke;
};

// A circle, or an arc from startDeg to endDeg (counter-clockwise, 0 = +x) when it is not full.
struct CircleItem {
    double cxPt = 0.0, cyPt = 0.0, radiusPt = 1.0;
    double startDeg = 0.0;
    double endDeg = 360.0;
    bool filled = false;
    Color fill = colors::kWhite;
    bool stroked = true;
    Stroke stroke;
};

// An RGB8 raster image (rows top to bottom), e.g. a 3D render supplied by the GUI.
struct RasterImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgb; // width * height * 3 bytes
    bool valid() const {
        return width > 0 && height > 0 &&
               rgb.size() == static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 3;
    }
};

struct ImageItem {
    double xPt = 0.0, yPt = 0.0, wPt = 0.0, hPt = 0.0;
    RasterImage image;
};

// A clickable area: an external URI, or an internal destination (an AnchorItem's name).
struct LinkItem {
    double xPt = 0.0, yPt = 0.0, wPt = 0.0, hPt = 0.0;
    std::string uri;  // "https://..." (external)
    std::string dest; // anchor name (internal); used when uri is empty
};

// A named place on the page (target of internal links); with an outline title it is also an
// entry of the PDF's outline (bookmarks) at outlineLevel (0 = top).
struct AnchorItem {
    std::string name;
    double yPt = 0.0;
    std::string outlineTitle;
    int outlineLevel = 0;
};

using Item = std::variant<TextItem, LineItem, PolylineItem, RectItem, CircleItem, ImageItem,
                          LinkItem, AnchorItem>;

// A drawing: vector primitives in points, origin at the top-left corner, y down. A page is a
// drawing the size of the paper; a figure is a drawing placed on a page (or inlined as SVG).
class Canvas {
public:
    Canvas() = default;
    Canvas(double widthPt, double heightPt) : widthPt_(widthPt), heightPt_(heightPt) {}

    double widthPt() const { return widthPt_; }
    double heightPt() const { return heightPt_; }
    const std::vector<Item>& items() const { return items_; }

    void text(double x, double y, const std::string& s, double sizePt = 9.0,
              Font font = Font::Regular, Align align = Align::Left, Color color = colors::kBlack,
              double rotationDeg = 0.0);
    void line(double x1, double y1, double x2, double y2, Stroke stroke = {});
    void dashedLine(double x1, double y1, double x2, double y2, Color color = colors::kGrey,
                    double widthPt = 0.6);
    void polyline(std::vector<double> xy, Stroke stroke = {}, bool closed = false);
    void polygon(std::vector<double> xy, Color fill, bool stroked = true, Stroke stroke = {});
    void rect(double x, double y, double w, double h, Stroke stroke = {});
    void fillRect(double x, double y, double w, double h, Color fill, bool stroked = false,
                  Stroke stroke = {});
    void circle(double cx, double cy, double r, Stroke stroke = {});
    void fillCircle(double cx, double cy, double r, Color fill, bool stroked = true,
                    Stroke stroke = {});
    void arc(double cx, double cy, double r, double startDeg, double endDeg, Stroke stroke = {});
    void image(double x, double y, double w, double h, RasterImage img);
    // An arrow head at (x2, y2) pointing from (x1, y1), plus the shaft.
    void arrow(double x1, double y1, double x2, double y2, Stroke stroke = {}, double headPt = 5.0);
    void link(double x, double y, double w, double h, std::string uri, std::string dest = {});
    void anchor(std::string name, double y, std::string outlineTitle = {}, int outlineLevel = 0);
    // Draws another canvas translated by (dx, dy) and scaled by scale.
    void place(const Canvas& other, double dx, double dy, double scale = 1.0);
    void add(Item item) { items_.push_back(std::move(item)); }
    // The smallest font size of the canvas's (non-empty) text in points; 0 when it has none.
    double minTextSizePt() const;

private:
    double widthPt_ = 0.0;
    double heightPt_ = 0.0;
    std::vector<Item> items_;
};

} // namespace aifp::report
