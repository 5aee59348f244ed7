#include "ui/docks/ImpactDock.hpp"
#include "ui/docks/ImpactColours.hpp"
#include "ui/document/DisplayFormat.hpp"
#include "ui/document/Document.hpp"
#include <QBrush>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace aifp::ui {

namespace {

QString describeObject(const Design& design, const DesignIndex& index, ObjectId id) {
    QString name;
    if (const Rack* r = index.rack(id))
        name = QString::fromStdString(r->name);
    else if (const PowerNode* p = index.powerNode(id))
        name = QString::fromStdString(p->name);
    else if (const CoolingNode* c = index.coolingNode(id))
        name = QString::fromStdString(c->name);
    else if (const NetworkSwitch* s = index.networkSwitch(id))
        name = QString::fromStdString(s->name);
    else if (const Hall* h = index.hall(id))
        name = QString::fromStdString(h->name);
    (void)design;
    const QString kind = kindText(toString(index.kindOf(id))).toLower();
    return name.isEmpty() ? QStringLiteral("%1 %2").arg(kind).arg(id)
                          : QStringLiteral("%1 (%2 %3)").arg(name, kind).arg(id);
}

} // namespace

ImpactDock::ImpactDock(Document* document, QWidget* parent)
    : QDockWidget(tr("Failure impact"), parent), document_(document), status_(new QLabel),
      summary_(new QLabel), list_(new QTreeWidget), clear_(new QPushButton(tr("Clear"))) {
    setObjectName("ImpactDock");
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    status_->setWordWrap(true);
    summary_->setWordWrap(true);
    summary_->setObjectName("impactSummary");
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    list_->setObjectName("impactList");
    list_->setHeaderLabels({tr("Impact"), tr("Colour in 3D")});
    list_->header()->setStretchLastSection(false);
    list_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(status_);
    layout->addWidget(summary_);
    layout->addWidget(list_, 1);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    clear_->setObjectName("impactClear");
    row->addWidget(clear_);
    layout->addLayout(row);
    setWidget(body);
    connect(clear_, &QPushButton::clicked, this, &ImpactDock::clearRequested);
    connect(list_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item, int) {
        const auto id = item->data(0, Qt::UserRole).toULongLong();
        if (id != 0)
            document_->setSelection({static_cast<ObjectId>(id)});
    });
    clearResult();
}

void ImpactDock::showRunning(int failedCount) {
    status_->setText(tr("Simulating the failure of %n object(s)…", nullptr, failedCount));
    clear_->setEnabled(true);
}

void ImpactDock::setError(const QString& reason) {
    status_->setText(tr("Simulation refused: %1").arg(reason));
    summary_->clear();
    list_->clear();
    clear_->setEnabled(true);
}

void ImpactDock::markStale() {
    if (list_->topLevelItemCount() > 0)
        status_->setText(tr("The design changed since this simulation: run it again for current "
                            "figures. The 3D view shows normal colours."));
}

void ImpactDock::clearResult() {
    status_->setText(tr("Select power, cooling or network objects and choose Simulate failure."));
    summary_->clear();
    list_->clear();
    clear_->setEnabled(false);
}

QString ImpactDock::summaryText() const {
    return summary_->text();
}

void ImpactDock::setResult(const ImpactResult& r, const Design& design) {
    const DesignIndex index(design);
    const QLocale loc; // on screen: the user's locale
    QStringList failedNames;
    for (ObjectId id : r.failed)
        failedNames << describeObject(design, index, id);
    status_->setText(tr("Failed at once: %1").arg(failedNames.join(", ")));
    QString tokens = tr("n/a (no estimate for this design)");
    if (r.tokensPerSecondLost && r.tokensPerSecondTotal)
        tokens = tr("%1 of %2 (estimate at the design's model and scenario)")
                     .arg(loc.toString(*r.tokensPerSecondLost, 'f', 0),
                          loc.toString(*r.tokensPerSecondTotal, 'f', 0));
    summary_->setText(tr("GPUs lost: %1 of %2\nFabric bandwidth lost: %3 of %4 bisection (%5 %)\n"
                         "Tokens/s lost: %6\nHeat rejection deficit: %7 kW")
                          .arg(loc.toString(r.gpusLost), loc.toString(r.gpusTotal),
                               bandwidthText(r.fabricBandwidthLostGbps),
                               bandwidthText(r.fabricBisectionGbps),
                               loc.toString(r.fabricBandwidthLostPercent, 'f', 2), tokens,
                               loc.toString(r.heatRejectionDeficitKw, 'f', 1)));
    list_->clear();
    auto group = [&](const QString& title, const std::vector<ObjectId>& ids,
                     std::optional<QColor> colour, const QString& colourName) {
        auto* top = new QTreeWidgetItem(list_, {tr("%1 (%2)").arg(title).arg(ids.size())});
        if (colour) {
            top->setText(1, colourName);
            top->setBackground(1, QBrush(*colour));
        }
        for (ObjectId id : ids) {
            auto* item = new QTreeWidgetItem(top, {describeObject(design, index, id)});
            item->setData(0, Qt::UserRole, static_cast<qulonglong>(id));
        }
        top->setExpanded(ids.size() <= 20);
    };
    group(
        tr("Racks failed or losing power"),
        [&] {
            std::vector<ObjectId> v = r.racksFailed;
            for (ObjectId id : r.racksLosingPower)
                if (std::find(v.begin(), v.end(), id) == v.end())
                    v.push_back(id);
            return v;
        }(),
        impactColour(ImpactClass::LosesPower), tr("red"));
    group(tr("Racks losing cooling"), r.racksLosingCooling, impactColour(ImpactClass::LosesCooling),
          tr("amber"));
    group(tr("Racks cut off from the compute fabric"), r.racksDisconnected,
          impactColour(ImpactClass::Disconnected), tr("amber"));
    group(tr("Racks losing redundancy (running on their last feed or CDU group)"),
          r.racksLosingRedundancy, impactColour(ImpactClass::LosesRedundancy), tr("blue"));
    group(tr("Overloaded power nodes"), r.overloadedPowerNodes, std::nullopt, {});
    group(tr("Overloaded CDUs"), r.overloadedCdus, std::nullopt, {});
    if (!r.assumptions.empty()) {
        auto* top = new QTreeWidgetItem(list_, {tr("Assumptions (%1)").arg(r.assumptions.size())});
        for (const std::string& a : r.assumptions)
            new QTreeWidgetItem(top, {QString::fromStdString(a)});
    }
    clear_->setEnabled(true);
}

} // namespace aifp::ui
