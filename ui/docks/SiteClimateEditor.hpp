#pragma once
#include <QWidget>
#include <string>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace aifp {
struct Climate;
}

namespace aifp::ui {

class Document;

// Fills a combo with the choices of a site's climate: first "Typed-in design ambient" (data ""),
// then every location of the climate library (data: its id), in library order. Used by the site
// editor and the new-factory wizard so both offer the same list.
void fillClimateChoices(QComboBox* combo);
// A short caption of a library location's design figures and their confidence:
// "0.4 % design 43.4 °C dry-bulb / 21.1 °C wet-bulb (secondary); monthly statistics ...".
QString climateDesignText(const Climate& climate);
// Every source of the location's figures, one per line (tooltips).
QString climateSourcesText(const Climate& climate);

// The site's climate in the properties dock: the climate library location (Site::climateId) or
// a typed-in design ambient (Site::designAmbientC). Every change is one undoable command on the
// document; the Estimates dock recomputes PUE design and annual from it (docs/estimation.md 3).
class SiteClimateEditor : public QWidget {
    Q_OBJECT
public:
    SiteClimateEditor(Document* document, QWidget* parent = nullptr);
    // Pushes the command choosing a library location ("" = typed-in design ambient). Returns
    // false when the id is not in the library.
    bool chooseClimate(const std::string& climateId);
    // Pushes the command setting the typed-in design ambient; false (and a message) when the
    // value is outside -40..60 °C.
    bool setDesignAmbientC(double dryBulbC);
    QComboBox* climateBox() const { return climate_; }
    QDoubleSpinBox* ambientBox() const { return ambient_; }
    QString message() const;

private:
    void sync();
    Document* document_;
    QComboBox* climate_;
    QDoubleSpinBox* ambient_;
    QLabel* details_;
    QLabel* message_;
    bool syncing_ = false;
};

} // namespace aifp::ui
