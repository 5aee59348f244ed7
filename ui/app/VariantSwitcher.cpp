#include "ui/app/VariantSwitcher.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryTargets.hpp"
#include "core/io/Project.hpp"
#include "core/options/GenerationSwap.hpp"
#include "core/options/VariantFromTargets.hpp"
#include "ui/commands/VariantCommands.hpp"
#include "ui/document/DisplayFormat.hpp"
#include "ui/document/Document.hpp"
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <ctime>

namespace aifp::ui {

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

// CPU time of the calling thread, ms: what a step costs the GUI thread on a loaded machine.
double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// A name (and, for a new variant, a description) with the name rules checked as it is typed:
// OK stays disabled and the reason shows under the field while the name cannot be used.
bool askName(QWidget* parent, const QString& title, const QString& intro, QString& name,
             QString* description, const std::function<QString(const QString&)>& problemOf) {
    QDialog dialog(parent);
    dialog.setObjectName("variantNameDialog");
    dialog.setWindowTitle(title);
    auto* form = new QFormLayout(&dialog);
    auto* introLabel = new QLabel(intro, &dialog);
    introLabel->setWordWrap(true);
    form->addRow(introLabel);
    auto* nameEdit = new QLineEdit(name, &dialog);
    nameEdit->setObjectName("variantNameEdit");
    form->addRow(QObject::tr("Name:"), nameEdit);
    QLineEdit* descriptionEdit = nullptr;
    if (description) {
        descriptionEdit = new QLineEdit(*description, &dialog);
        descriptionEdit->setObjectName("variantDescriptionEdit");
        form->addRow(QObject::tr("Description:"), descriptionEdit);
    }
    auto* problem = new QLabel(&dialog);
    problem->setObjectName("variantNameProblem");
    problem->setWordWrap(true);
    problem->setStyleSheet("color: #b00020");
    form->addRow(problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto check = [&] {
        const QString p = problemOf(nameEdit->text());
        problem->setText(p);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
    };
    QObject::connect(nameEdit, &QLineEdit::textChanged, &dialog, check);
    check();
    nameEdit->selectAll();
    if (dialog.exec() != QDialog::Accepted)
        return false;
    name = nameEdit->text();
    if (description)
        *description = descriptionEdit->text();
    return true;
}

// Gives a job on the pool (Loading, Making) its window-modal progress dialog: shown only when the
// job takes more than a tenth of a second; Cancel marks the job cancelled.
template <class Job>
void attachProgress(const std::shared_ptr<Job>& job, const QString& text, const QString& objectName,
                    QWidget* window, QObject* context) {
    job->dialog = new QProgressDialog(text, VariantSwitcher::tr("Cancel"), 0, 0, window);
    job->dialog->setObjectName(objectName);
    job->dialog->setWindowModality(Qt::WindowModal);
    QTimer::singleShot(100, job->dialog, [job] {
        if (!job->done)
            job->dialog->show();
    });
    QObject::connect(job->dialog, &QProgressDialog::canceled, context,
                     [job] { job->cancelled = true; });
}

} // namespace

struct VariantSwitcher::Making {
    NewVariantRequest request;
    QProgressDialog* dialog = nullptr;
    bool cancelled = false;
    bool done = false;
};

struct VariantSwitcher::Loading {
    std::string name;
    std::shared_ptr<const std::string> image;
    QProgressDialog* dialog = nullptr;
    bool cancelled = false;
    bool done = false;
    std::function<void(std::size_t)> then;
};

VariantSwitcher::VariantSwitcher(QMainWindow* window, Document* document)
    : QObject(window), window_(window), document_(document), combo_(new QComboBox(window)) {
    setObjectName("variantSwitcher");
    pool_.setMaxThreadCount(1);
    combo_->setObjectName("variantCombo");
    combo_->setToolTip(tr("The variant being edited: switching is one undo step"));
    combo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(combo_, &QComboBox::activated, this, [this](int row) {
        if (!rebuilding_ && row >= 0)
            switchTo(combo_->itemData(row).toString());
    });
    connect(document_, &Document::variantsChanged, this, &VariantSwitcher::refresh);
    refresh();
}

VariantSwitcher::~VariantSwitcher() {
    pool_.waitForDone();
}

void VariantSwitcher::refresh() {
    rebuilding_ = true;
    combo_->clear();
    for (std::size_t i = 0; i < document_->variantCount(); ++i) {
        const QString name = q(document_->variant(i).name);
        combo_->addItem(i == 0 ? tr("%1 (base)").arg(name) : name, name);
    }
    combo_->setCurrentIndex(int(document_->activeVariant()));
    rebuilding_ = false;
    const bool notBase = document_->activeVariant() != 0;
    if (auto* a = window_->findChild<QAction*>("actionDeleteVariant"))
        a->setEnabled(notBase);
    if (auto* a = window_->findChild<QAction*>("actionSetBaseVariant"))
        a->setEnabled(notBase);
}

QString VariantSwitcher::nameProblem(const QString& name, std::size_t except) const {
    Project names; // the names alone are what the rules look at
    for (std::size_t i = 0; i < document_->variantCount(); ++i)
        if (i != except) {
            names.variants.emplace_back();
            names.variants.back().name = document_->variant(i).name;
        }
    const std::string p = variantNameProblem(names, name.toStdString());
    return p.empty() ? QString() : tr("Not a valid name: %1").arg(q(p));
}

void VariantSwitcher::whenLoaded(std::size_t i, std::function<void(std::size_t)> then) {
    if (document_->variantLoaded(i)) {
        then(i);
        return;
    }
    if (loading_)
        return; // one open at a time (the progress dialog is window-modal)
    auto l = std::make_shared<Loading>();
    l->name = document_->variant(i).name;
    l->image = document_->variant(i).image;
    l->then = std::move(then);
    attachProgress(l, tr("Opening variant %1...").arg(q(l->name)),
                   QStringLiteral("variantOpenProgress"), window_, this);
    loading_ = l;
    combo_->setEnabled(false);
    const std::string path = document_->filePath().toStdString();
    pool_.start([this, l, path] {
        auto design = std::make_shared<Design>();
        std::shared_ptr<const DesignIndex> index;
        QString error;
        try {
            *design = openVariantImage(l->image ? *l->image : std::string(), path, l->name);
            // Here rather than on the GUI thread at the switch (~10 ms at 1 GW).
            index = std::make_shared<const DesignIndex>(*design);
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(
            this,
            [this, l, design, index, error] {
                l->done = true;
                loading_.reset();
                combo_->setEnabled(true);
                l->dialog->deleteLater();
                // The document may have moved on (another file, the variant deleted or edited).
                const std::size_t at = document_->variantIndex(l->name);
                if (l->cancelled || at == std::string::npos ||
                    document_->variant(at).image != l->image) {
                    refresh();
                    return;
                }
                if (!error.isEmpty()) {
                    refresh();
                    QMessageBox::warning(window_, tr("Variant not opened"), error);
                    return;
                }
                document_->setLoadedVariant(at, design, index);
                l->then(at);
            },
            Qt::QueuedConnection);
    });
}

bool VariantSwitcher::switchTo(const QString& name) {
    const std::size_t i = document_->variantIndex(name.toStdString());
    if (i == std::string::npos)
        return false;
    if (i == document_->activeVariant())
        return true;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    whenLoaded(i, [this, timer](std::size_t at) {
        QElapsedTimer gui;
        gui.start();
        const double cpu0 = threadCpuMs();
        document_->push(new SwitchVariantCommand(document_, at));
        lastSwitchGuiCpuMs_ = threadCpuMs() - cpu0;
        lastSwitchGuiMs_ = gui.elapsed();
        lastSwitchMs_ = timer->elapsed();
        emit statusMessage(
            tr("Editing variant %1 (%2 ms)").arg(q(document_->variantName())).arg(lastSwitchMs_));
    });
    return true;
}

void VariantSwitcher::newVariantFromCurrent() {
    if (document_->variantCount() >= kMaxVariants) {
        QMessageBox::information(window_, tr("New variant"),
                                 tr("A project holds at most %1 variants.").arg(kMaxVariants));
        return;
    }
    const QString from = q(document_->variantName());
    QString name = from + tr(" copy");
    for (int n = 2; !nameProblem(name).isEmpty() && n < 1000; ++n)
        name = from + tr(" copy %1").arg(n);
    QString description;
    if (!askName(window_, tr("New variant"),
                 tr("A copy of variant %1, made the one being edited. (Variants with other "
                    "targets, re-generated: aifp-cli variant add.)")
                     .arg(from),
                 name, &description, [this](const QString& n) { return nameProblem(n); }))
        return;
    document_->push(
        new AddVariantCommand(document_, name.toStdString(), description.toStdString()));
}

void VariantSwitcher::newVariant() {
    if (document_->variantCount() >= kMaxVariants) {
        QMessageBox::information(window_, tr("New variant"),
                                 tr("A project holds at most %1 variants.").arg(kMaxVariants));
        return;
    }
    QStringList names;
    for (std::size_t i = 0; i < document_->variantCount(); ++i)
        names << q(document_->variant(i).name);
    const QString from = q(document_->variantName());
    QString name = from + tr(" copy");
    for (int n = 2; !nameProblem(name).isEmpty() && n < 1000; ++n)
        name = from + tr(" copy %1").arg(n);
    NewVariantDialog dialog(window_, names, document_->activeVariant(), name,
                            [this](const QString& n) { return nameProblem(n); });
    std::vector<std::string> systems; // of the variants in memory; "" for the others
    for (std::size_t i = 0; i < document_->variantCount(); ++i) {
        systems.emplace_back();
        if (const auto d = document_->variantSnapshot(i)) {
            try {
                systems.back() = targetsOfDesign(*d, Catalog::builtin()).systemId;
            } catch (const std::exception&) {
                // no GPU racks: no system to start from
            }
        }
    }
    dialog.setVariantSystems(std::move(systems));
    if (dialog.exec() != QDialog::Accepted)
        return;
    createVariant(dialog.request());
}

bool VariantSwitcher::createVariant(const NewVariantRequest& request) {
    if (busy() || document_->variantCount() >= kMaxVariants ||
        request.source >= document_->variantCount() || !nameProblem(request.name).isEmpty())
        return false;
    auto m = std::make_shared<Making>();
    m->request = request;
    const Variant& source = document_->variant(request.source);
    const std::string sourceName = source.name;
    std::shared_ptr<const Design> design = document_->variantSnapshot(request.source);
    std::shared_ptr<const std::string> image = source.image;
    attachProgress(
        m,
        request.how == NewVariantRequest::How::Copy
            ? tr("Copying variant %1...").arg(q(sourceName))
            : (request.how == NewVariantRequest::How::Regenerate
                   ? tr("Re-generating variant %1 with the new targets...").arg(q(sourceName))
                   : tr("Swapping the GPU racks of variant %1...").arg(q(sourceName))),
        QStringLiteral("variantMakeProgress"), window_, this);
    making_ = m;
    combo_->setEnabled(false);
    lastReport_.clear();
    lastError_.clear();
    const std::string path = document_->filePath().toStdString();
    struct Made {
        Variant variant;
        QString report, error;
    };
    pool_.start([this, m, design, image, path, sourceName, style = numberStyleOf()] {
        const display::NumberStyleScope numbers(style); // report texts in the user's language
        auto made = std::make_shared<Made>();
        const NewVariantRequest& r = m->request;
        Variant& v = made->variant;
        v.name = r.name.toStdString();
        v.description = r.description.toStdString();
        v.createdFrom = sourceName;
        v.createdAt = todayIsoDate();
        try {
            // The source: shared with the document when loaded, else opened from its bytes.
            std::shared_ptr<const Design> from = design;
            if (!from)
                from = std::make_shared<const Design>(
                    openVariantImage(image ? *image : std::string(), path, sourceName));
            if (r.how == NewVariantRequest::How::Copy) {
                v.design = *from;
                if (!r.procurement)
                    v.image = image; // an exact copy: the same bytes (as variant add)
            } else if (r.how == NewVariantRequest::How::Regenerate) {
                GeneratedFactory g = regenerateVariant(*from, r.changes);
                v.design = std::move(g.design);
                QStringList warnings;
                for (const std::string& w : g.warnings)
                    warnings << q(w);
                made->report = warnings.join('\n');
            } else {
                const Catalog catalog = Catalog::builtin().withUserEntries(from->userCatalog);
                SwapResult s = swapGeneration(*from, catalog, r.swapSystemId, r.swapMode);
                made->report = q(swapText(s));
                if (v.description.empty())
                    v.description = swapVariantDescription(s);
                v.design = std::move(s.design);
            }
            if (r.procurement && v.design)
                v.design->settings.procurement = *r.procurement;
        } catch (const std::exception& e) {
            made->error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(
            this,
            [this, m, made] {
                m->done = true;
                making_.reset();
                combo_->setEnabled(true);
                m->dialog->deleteLater();
                if (m->cancelled) {
                    emit statusMessage(tr("New variant cancelled"));
                    return;
                }
                if (!made->error.isEmpty()) {
                    lastError_ = made->error;
                    QMessageBox::warning(window_, tr("Variant not made"), made->error);
                    return;
                }
                // The name may have been taken meanwhile (nothing else edits while busy).
                if (!nameProblem(q(made->variant.name)).isEmpty() ||
                    document_->variantCount() >= kMaxVariants)
                    return;
                const QString name = q(made->variant.name);
                document_->push(new AddVariantCommand(document_, std::move(made->variant)));
                lastReport_ = made->report;
                emit statusMessage(tr("Added variant %1").arg(name));
                if (m->request.how == NewVariantRequest::How::Swap || !made->report.isEmpty()) {
                    auto* box = new QMessageBox(
                        QMessageBox::Information, tr("Variant %1").arg(name),
                        m->request.how == NewVariantRequest::How::Swap
                            ? tr("Variant %1 holds the swapped design. What breaks and what "
                                 "must be added:")
                                  .arg(name)
                            : tr("Variant %1 was re-generated, with these warnings:").arg(name),
                        QMessageBox::Ok, window_);
                    box->setObjectName("variantReportBox");
                    box->setInformativeText(made->report.left(1500));
                    box->setDetailedText(made->report);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->setModal(false);
                    box->show();
                }
            },
            Qt::QueuedConnection);
    });
    return true;
}

void VariantSwitcher::renameActive() {
    const std::size_t i = document_->activeVariant();
    QString name = q(document_->variantName());
    if (!askName(window_, tr("Rename variant"), tr("New name of variant %1:").arg(name), name,
                 nullptr, [this, i](const QString& n) { return nameProblem(n, i); }))
        return;
    if (name.toStdString() != document_->variantName())
        document_->push(new RenameVariantCommand(document_, i, name.toStdString()));
}

void VariantSwitcher::deleteActive() {
    const std::size_t i = document_->activeVariant();
    if (i == 0) {
        QMessageBox::information(window_, tr("Delete variant"),
                                 tr("The base variant cannot be deleted: make another variant "
                                    "the base first."));
        return;
    }
    const QString name = q(document_->variantName());
    if (QMessageBox::question(window_, tr("Delete variant"),
                              tr("Delete variant %1? The base becomes the one being edited "
                                 "(Undo brings the variant back).")
                                  .arg(name)) != QMessageBox::Yes)
        return;
    document_->push(new DeleteVariantCommand(document_, i));
}

void VariantSwitcher::setActiveAsBase() {
    const std::size_t i = document_->activeVariant();
    if (i == 0)
        return;
    document_->push(new SetBaseVariantCommand(document_, i));
}

VariantSwitcher* installVariantSwitcher(QMainWindow* window, Document* document) {
    auto* switcher = new VariantSwitcher(window, document);
    // On a row of its own: the tool and view bars already fill a 1366 px wide window.
    window->addToolBarBreak();
    QToolBar* bar = window->addToolBar(VariantSwitcher::tr("Variants"));
    bar->setObjectName("VariantsToolBar");
    bar->addWidget(new QLabel(VariantSwitcher::tr("  Variant: "), window));
    bar->addWidget(switcher->combo());

    QMenu* menu = window->menuBar()->addMenu(VariantSwitcher::tr("Va&riants"));
    menu->setObjectName("menuVariants");
    auto add = [&](const char* objectName, const QString& text, void (VariantSwitcher::*slot)()) {
        QAction* a = menu->addAction(text);
        a->setObjectName(objectName);
        QObject::connect(a, &QAction::triggered, switcher, slot);
        return a;
    };
    add("actionNewVariant", VariantSwitcher::tr("&New variant from current..."),
        &VariantSwitcher::newVariantFromCurrent);
    add("actionNewVariantFrom", VariantSwitcher::tr("New variant from &targets or swap..."),
        &VariantSwitcher::newVariant);
    add("actionRenameVariant", VariantSwitcher::tr("&Rename..."), &VariantSwitcher::renameActive);
    add("actionDeleteVariant", VariantSwitcher::tr("&Delete..."), &VariantSwitcher::deleteActive);
    add("actionSetBaseVariant", VariantSwitcher::tr("Set as &base"),
        &VariantSwitcher::setActiveAsBase);
    QObject::connect(switcher, &VariantSwitcher::statusMessage, window,
                     [window](const QString& m) { window->statusBar()->showMessage(m, 6000); });
    switcher->refresh(); // the actions' enabled state
    return switcher;
}

} // namespace aifp::ui
