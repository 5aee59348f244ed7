#include "ui/docks/ModelsDialog.hpp"
#include "core/estimate/ModelConfig.hpp"
#include "core/estimate/ModelLibrary.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/io/ProjectFileGuard.hpp"
#include "core/model/DesignLimits.hpp"
#include "ui/commands/EditPatches.hpp"
#include "ui/commands/PatchCommand.hpp"
#include "ui/document/Document.hpp"
#include "ui/document/TextLineCheck.hpp"
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace aifp::ui {

namespace {

enum Column { Id, Name, Total, Active, Stored, Source, ColumnCount };

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

bool isProjectModel(const Design& d, const std::string& id) {
    return std::any_of(d.userModels.begin(), d.userModels.end(),
                       [&](const UserModel& m) { return m.id == id; });
}

bool isKnownId(const Design& d, const std::string& id) {
    return ModelLibrary::builtin().find(id) || isProjectModel(d, id);
}

} // namespace

ModelsDialog::ModelsDialog(Document* document, QWidget* parent)
    : QDialog(parent), document_(document), table_(new QTableWidget(this)),
      designModel_(new QLabel(this)), message_(new QLabel(this)),
      add_(new QPushButton(tr("&Add config.json…"), this)),
      rename_(new QPushButton(tr("Re&name…"), this)), remove_(new QPushButton(tr("&Remove"), this)),
      use_(new QPushButton(tr("&Use for estimates"), this)) {
    setObjectName(QStringLiteral("modelsDialog"));
    setWindowTitle(tr("Models"));
    table_->setObjectName(QStringLiteral("modelsTable"));
    table_->setColumnCount(ColumnCount);
    table_->setHorizontalHeaderLabels({tr("Id"), tr("Name"), tr("Total params (B)"),
                                       tr("Active params (B)"), tr("Stored"), tr("Source")});
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setMinimumSize(760, 280);
    designModel_->setObjectName(QStringLiteral("modelsDesignModel"));
    message_->setObjectName(QStringLiteral("modelsMessage"));
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color: #b00020;"));
    message_->hide();
    add_->setObjectName(QStringLiteral("modelsAdd"));
    add_->setToolTip(tr("Store a Hugging Face config.json in the project as a serving model"));
    rename_->setObjectName(QStringLiteral("modelsRename"));
    remove_->setObjectName(QStringLiteral("modelsRemove"));
    use_->setObjectName(QStringLiteral("modelsUse"));
    auto* note = new QLabel(tr("Project models are stored in the project file as their "
                               "config.json and travel with it; shipped models come with the "
                               "program. Every change here can be undone."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {add_, rename_, remove_, use_})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, Qt::Horizontal, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(designModel_);
    layout->addWidget(table_, 1);
    layout->addLayout(buttons);
    layout->addWidget(note);
    layout->addWidget(message_);
    layout->addWidget(close);

    connect(add_, &QPushButton::clicked, this, &ModelsDialog::addInteractive);
    connect(rename_, &QPushButton::clicked, this, &ModelsDialog::renameInteractive);
    connect(remove_, &QPushButton::clicked, this,
            [this] { showMessage(removeModel(selectedId())); });
    connect(use_, &QPushButton::clicked, this, [this] { showMessage(useModel(selectedId())); });
    connect(table_, &QTableWidget::itemSelectionChanged, this, &ModelsDialog::updateButtons);
    // Undo and redo (or any other edit) while the dialog is open show at once.
    connect(document_, &Document::changed, this, &ModelsDialog::refresh);
    refresh();
}

void ModelsDialog::refresh() {
    const Design& d = document_->design();
    const QString keep = selectedId();
    const QLocale locale;
    struct Row {
        std::string id, name, source;
        double totalB = 0.0, activeB = 0.0;
        bool project = false;
        std::string error;
    };
    std::vector<Row> rows;
    for (const ModelSpec& m : ModelLibrary::builtin().models())
        if (!isProjectModel(d, m.id)) // a project model with a shipped id replaces it
            rows.push_back({m.id, m.name, m.source, m.paramsTotalB, m.paramsActiveB, false, {}});
    for (const UserModel& u : d.userModels) {
        Row r{u.id, u.name, u.source, 0.0, 0.0, true, {}};
        try {
            const ModelSpec m =
                modelFromHfConfig(u.configJson, "project model '" + u.id + "'", u.id);
            r.totalB = m.paramsTotalB;
            r.activeB = m.paramsActiveB;
            if (r.name.empty())
                r.name = m.name;
        } catch (const ModelLibraryError& e) {
            r.error = e.what();
        }
        rows.push_back(std::move(r));
    }
    table_->setRowCount(static_cast<int>(rows.size()));
    int select = -1;
    for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
        const Row& r = rows[static_cast<std::size_t>(i)];
        auto set = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            if (r.id == d.settings.modelId) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            if (column == Total || column == Active)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == Source || column == Name)
                item->setToolTip(text); // the column may cut it short
            table_->setItem(i, column, item);
        };
        set(Id, q(r.id));
        set(Name, q(r.name));
        set(Total, r.error.empty() ? locale.toString(r.totalB, 'f', 1) : QStringLiteral("-"));
        set(Active, r.error.empty() ? locale.toString(r.activeB, 'f', 1) : QStringLiteral("-"));
        set(Stored, r.project ? tr("project") : tr("shipped"));
        set(Source, r.error.empty() ? q(r.source) : q(r.error));
        if (q(r.id) == keep)
            select = i;
    }
    table_->resizeColumnsToContents();
    if (select >= 0)
        table_->selectRow(select);
    designModel_->setText(tr("Model of the design's estimates: <b>%1</b>")
                              .arg(q(d.settings.modelId).toHtmlEscaped()));
    updateButtons();
}

QString ModelsDialog::selectedId() const {
    const QList<QTableWidgetItem*> items = table_->selectedItems();
    if (items.isEmpty())
        return {};
    const QTableWidgetItem* id = table_->item(items.first()->row(), Id);
    return id ? id->text() : QString();
}

bool ModelsDialog::selectedIsProject() const {
    const QString id = selectedId();
    return !id.isEmpty() && isProjectModel(document_->design(), id.toStdString());
}

void ModelsDialog::updateButtons() {
    const QString id = selectedId();
    rename_->setEnabled(selectedIsProject());
    remove_->setEnabled(selectedIsProject() &&
                        id.toStdString() != document_->design().settings.modelId);
    use_->setEnabled(!id.isEmpty() && id.toStdString() != document_->design().settings.modelId);
}

void ModelsDialog::showMessage(const QString& text) {
    message_->setText(text);
    message_->setVisible(!text.isEmpty());
}

QString ModelsDialog::message() const {
    return message_->isVisible() ? message_->text() : QString();
}

QString ModelsDialog::freeId(const QString& wanted) const {
    const Design& d = document_->design();
    const std::string base = wanted.toStdString();
    if (!isKnownId(d, base))
        return wanted;
    for (int n = 2;; ++n) {
        const std::string id = base + "-" + std::to_string(n);
        if (!isKnownId(d, id))
            return q(id);
    }
}

// "" or why `id` cannot name a project model (`except`: the model being renamed).
QString ModelsDialog::idProblem(const std::string& id, const std::string& except) const {
    if (id.empty())
        return tr("Model id: is empty");
    if (QString e = checkTextLine(tr("Model id"), id); !e.isEmpty())
        return e;
    if (id != except && isKnownId(document_->design(), id))
        return tr("Model id: '%1' is already used by a model (free: '%2')")
            .arg(q(id), freeId(q(id)));
    return {};
}

QString ModelsDialog::addFromFile(const QString& path, const QString& id, const QString& name) {
    const Design& d = document_->design();
    if (d.userModels.size() >= limits::kMaxUserModels)
        return tr("A project holds at most %1 models").arg(limits::kMaxUserModels);
    const std::string file = path.toStdString();
    std::string text;
    ModelSpec spec;
    const std::string wantedId =
        id.isEmpty() ? QFileInfo(path).completeBaseName().toStdString() : id.toStdString();
    try {
        text = readRegularFile(file, static_cast<std::int64_t>(limits::kMaxConfigJsonBytes));
        spec = modelFromHfConfig(text, file, wantedId); // the CLI's --model-config error
    } catch (const ProjectFileError& e) {
        return q(e.what());
    } catch (const ModelLibraryError& e) {
        return q(e.what());
    }
    if (QString e = idProblem(wantedId, {}); !e.isEmpty())
        return e;
    UserModel m;
    m.id = wantedId;
    m.name = name.isEmpty() ? spec.name : name.trimmed().toStdString();
    if (QString e = checkTextLine(tr("Model name"), m.name); !e.isEmpty())
        return e;
    m.configJson = text;
    // The config's own source when it names one, else the file it came from.
    m.source = spec.source.rfind("config.json ", 0) == 0
                   ? "config.json " + QFileInfo(path).fileName().toStdString()
                   : spec.source;
    DesignPatch patch =
        userModelsPatch(d, [&](std::vector<UserModel>& models) { models.push_back(std::move(m)); });
    document_->push(
        new PatchCommand(document_, std::move(patch), tr("Add model %1").arg(q(wantedId))));
    return {};
}

QString ModelsDialog::renameModel(const QString& id, const QString& newId, const QString& newName) {
    const Design& d = document_->design();
    const std::string from = id.toStdString(), to = newId.trimmed().toStdString();
    const auto it = std::find_if(d.userModels.begin(), d.userModels.end(),
                                 [&](const UserModel& m) { return m.id == from; });
    if (it == d.userModels.end())
        return tr("Model '%1' is not a project model: shipped models cannot be renamed").arg(id);
    if (QString e = idProblem(to, from); !e.isEmpty())
        return e;
    const std::string name = newName.trimmed().toStdString();
    if (QString e = checkTextLine(tr("Model name"), name); !e.isEmpty())
        return e;
    if (to == it->id && name == it->name)
        return {}; // nothing changed: no empty undo step
    DesignPatch patch = userModelsPatch(d, [&](std::vector<UserModel>& models) {
        UserModel& m = models[static_cast<std::size_t>(it - d.userModels.begin())];
        m.id = to;
        m.name = name;
    });
    if (d.settings.modelId == from && to != from) {
        patch.settingsBefore = d.settings;
        patch.settingsAfter = d.settings;
        patch.settingsAfter->modelId = to;
    }
    document_->push(
        new PatchCommand(document_, std::move(patch), tr("Rename model %1 to %2").arg(id, q(to))));
    return {};
}

QString ModelsDialog::removeModel(const QString& id) {
    const Design& d = document_->design();
    const std::string target = id.toStdString();
    if (!isProjectModel(d, target))
        return tr("Model '%1' is not a project model: shipped models cannot be removed").arg(id);
    if (d.settings.modelId == target)
        return tr("Model '%1' is the design's model: use another model for the estimates first")
            .arg(id);
    DesignPatch patch = userModelsPatch(d, [&](std::vector<UserModel>& models) {
        std::erase_if(models, [&](const UserModel& m) { return m.id == target; });
    });
    document_->push(new PatchCommand(document_, std::move(patch), tr("Remove model %1").arg(id)));
    return {};
}

QString ModelsDialog::useModel(const QString& id) {
    const Design& d = document_->design();
    const std::string target = id.toStdString();
    if (!isKnownId(d, target))
        return tr("Model '%1' is not in the list").arg(id);
    if (d.settings.modelId == target)
        return {};
    DesignPatch patch = settingsPatch(d, [&](DesignSettings& s) { s.modelId = target; });
    document_->push(
        new PatchCommand(document_, std::move(patch), tr("Set estimate model to %1").arg(id)));
    return {};
}

void ModelsDialog::addInteractive() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Add a model from a Hugging Face config.json"),
                                     QString(), tr("Model config (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString id = QFileInfo(path).completeBaseName();
    if (isKnownId(document_->design(), id.toStdString())) {
        // The file's name is taken (config.json twice, or a shipped model's id): ask for another.
        bool ok = false;
        id = QInputDialog::getText(this, tr("Model id"),
                                   tr("The id '%1' is already used. Id for the new model:").arg(id),
                                   QLineEdit::Normal, freeId(id), &ok);
        if (!ok)
            return;
    }
    showMessage(addFromFile(path, id.trimmed()));
}

void ModelsDialog::renameInteractive() {
    const QString id = selectedId();
    const Design& d = document_->design();
    const auto it = std::find_if(d.userModels.begin(), d.userModels.end(),
                                 [&](const UserModel& m) { return m.id == id.toStdString(); });
    if (it == d.userModels.end())
        return;
    bool ok = false;
    const QString newId = QInputDialog::getText(this, tr("Rename model"), tr("Model id:"),
                                                QLineEdit::Normal, id, &ok);
    if (!ok)
        return;
    const QString newName = QInputDialog::getText(this, tr("Rename model"), tr("Model name:"),
                                                  QLineEdit::Normal, q(it->name), &ok);
    if (!ok)
        return;
    showMessage(renameModel(id, newId, newName));
}

} // namespace aifp::ui
