#include "ui/document/ValidationWorker.hpp"
#include "core/validation/Validator.hpp"
#include "ui/document/DisplayFormat.hpp"
#include <QCoreApplication>
#include <unordered_set>

namespace aifp::ui {

namespace {
// Two edits as one: what either touched (a run that sees both designs' difference at once).
DesignChange merged(const DesignChange& a, const DesignChange& b) {
    if (a.kind == DesignChange::Kind::Reset || b.kind == DesignChange::Kind::Reset)
        return DesignChange::reset();
    DesignChange out = a;
    if (b.kind != a.kind)
        out.kind = DesignChange::Kind::Modified;
    out.objectKinds.insert(b.objectKinds.begin(), b.objectKinds.end());
    std::unordered_set<ObjectId> seen(a.ids.begin(), a.ids.end());
    for (ObjectId id : b.ids)
        if (seen.insert(id).second)
            out.ids.push_back(id);
    out.siteChanged = a.siteChanged || b.siteChanged;
    out.settingsChanged = a.settingsChanged || b.settingsChanged;
    out.catalogChanged = a.catalogChanged || b.catalogChanged;
    return out;
}
} // namespace

ValidationWorker::ValidationWorker(std::shared_ptr<std::atomic<int>> generation,
                                   std::shared_ptr<ValidationHandoff> handoff)
    : generation_(std::move(generation)), handoff_(std::move(handoff)) {}

ValidationWorker::~ValidationWorker() = default;

void ValidationWorker::startOver(std::shared_ptr<const Catalog> catalog) {
    validator_.reset(); // it refers to the old catalog and knows the old design
    if (catalog)
        catalog_ = std::move(catalog);
    needFull_ = true;
    unseen_.reset();
}

void ValidationWorker::run(const DesignSource& source, DesignChange change,
                           std::shared_ptr<const Catalog> catalog, int generation) {
    if (catalog) {
        validator_.reset(); // it refers to the old catalog
        catalog_ = std::move(catalog);
        needFull_ = true;
    }
    // Changes of the requests skipped since the last run: the next run re-validates them too
    // (a drag of many moves costs one incremental run, not a full one).
    if (unseen_)
        change = merged(*unseen_, change);
    unseen_.reset();
    // The design as the mirror holds it now (this edit applied, maybe later ones too: their
    // own requests follow and re-validate what they changed).
    const std::shared_ptr<const Design> design =
        generation == generation_->load() ? source() : nullptr;
    if (!design) {
        unseen_ = std::move(change);
        emit done({}, generation, true);
        return;
    }
    if (!catalog_)
        catalog_ = std::make_shared<Catalog>(Catalog::builtin());
    if (!validator_)
        validator_ = std::make_unique<Validator>(*catalog_);
    ValidationResult result;
    // Finding texts in the user's language (QLocale's decimal mark and separators).
    const display::NumberStyleScope numbers(numberStyleOf());
    try {
        result = needFull_ || change.kind == DesignChange::Kind::Reset
                     ? validator_->validateAll(*design)
                     : validator_->revalidate(*design, change);
        needFull_ = false;
    } catch (const std::exception& e) {
        // A rule that fails must not take the application down: report it as a finding.
        Finding f;
        f.rule = "validator.internal";
        f.severity = Severity::Error;
        f.message =
            QCoreApplication::translate("aifp::ui::ValidationWorker", "validation stopped: %1")
                .arg(QString::fromStdString(e.what()))
                .toStdString();
        result.findings.push_back(f);
        result.errors = 1;
        needFull_ = true;
    }
    if (generation == generation_->load()) {
        {
            std::lock_guard lock(handoff_->mutex);
            handoff_->generation = generation;
            handoff_->result = result;
        }
        handoff_->ready.notify_all();
    }
    emit done(result, generation, false);
}

} // namespace aifp::ui
