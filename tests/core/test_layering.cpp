// The layering the build expresses (docs/architecture.md):
// - core/ and cli/ are plain C++20: standard library, Boost and the SQLite C API. No Qt, no VTK.
// - core/ is one static library per module (core/CMakeLists.txt, aifp_core_module): a module's
//   files include only the core modules its target DEPENDS on, every module it depends on is
//   included, every .cpp is listed in its module's target, the graph has no cycle, and core never
//   includes the command line (cli/, its own library).
// - ui/ is layered by folder, lowest first: document (the open design, its background copy and
//   jobs, display formatting), commands, then docks, tools and view3d, then reactions, then app
//   (the main window that puts them together); a folder includes only the folders below it.
// - VTK is included only by the viewport's sources, ui/view3d/*.cpp.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTest>

namespace {

// The project includes ("..." or <...>) of a source file, one entry per line with its number.
struct Include {
    int line = 0;
    QString path;
};

QList<Include> includesOf(const QString& path) {
    static const QRegularExpression include(
        QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"));
    QList<Include> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    int lineNo = 0;
    while (!f.atEnd()) {
        ++lineNo;
        const auto m = include.match(QString::fromUtf8(f.readLine()));
        if (m.hasMatch())
            out.push_back({lineNo, m.captured(1)});
    }
    return out;
}

QStringList sourcesUnder(const QString& dir, const QStringList& patterns) {
    QStringList out;
    QDirIterator it(dir, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

QString readText(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// One aifp_core_module(NAME DEPENDS ... SOURCES ...) call of core/CMakeLists.txt.
struct ModuleTarget {
    QSet<QString> depends;
    QStringList sources;
};

QMap<QString, ModuleTarget> coreModuleTargets() {
    QMap<QString, ModuleTarget> out;
    const QString text = readText(QStringLiteral(AIFP_SOURCE_DIR "/core/CMakeLists.txt"));
    static const QRegularExpression call(QStringLiteral("\\baifp_core_module\\(([^)]*)\\)"));
    auto it = call.globalMatch(text);
    while (it.hasNext()) {
        const QStringList words = it.next().captured(1).split(
            QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (words.isEmpty() || words.first() == QLatin1String("name"))
            continue; // the function definition's own signature
        ModuleTarget t;
        QString section;
        for (int i = 1; i < words.size(); ++i) {
            if (words[i] == QLatin1String("DEPENDS") || words[i] == QLatin1String("SOURCES"))
                section = words[i];
            else if (section == QLatin1String("DEPENDS"))
                t.depends.insert(words[i]);
            else if (section == QLatin1String("SOURCES"))
                t.sources << words[i];
        }
        out.insert(words.first(), t);
    }
    return out;
}

} // namespace

class TestLayering : public QObject {
    Q_OBJECT
private slots:
    void coreAndCliHaveNoQtOrVtk() {
        const QRegularExpression forbidden(
            QStringLiteral("^(Q[A-Za-z]*|Qt[A-Za-z]*/.*|vtk.*|QVTK.*)$"));
        int filesChecked = 0;
        QStringList offences;
        for (const char* dir : {"/core", "/cli"}) {
            for (const QString& path :
                 sourcesUnder(QStringLiteral(AIFP_SOURCE_DIR) + dir, {"*.hpp", "*.cpp", "*.h"})) {
                ++filesChecked;
                for (const Include& inc : includesOf(path))
                    if (forbidden.match(inc.path).hasMatch())
                        offences
                            << QStringLiteral("%1:%2: %3").arg(path).arg(inc.line).arg(inc.path);
            }
        }
        QVERIFY2(filesChecked > 10, "core/ sources not found");
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join('\n')));
    }

    void coreAndCliCMakeLinkNoQtOrVtk() {
        for (const char* file : {"/core/CMakeLists.txt", "/cli/CMakeLists.txt"}) {
            const QString text = readText(QStringLiteral(AIFP_SOURCE_DIR) + file);
            QVERIFY2(!text.isEmpty(), file);
            QVERIFY2(!text.contains("Qt6::") && !text.contains("VTK::") &&
                         !text.contains("VTK_LIBRARIES"),
                     qPrintable(QStringLiteral("%1 must not link Qt or VTK").arg(file)));
        }
    }

    // Every folder of core/ is a module target; its files include only the modules it depends on
    // and use each of them; every .cpp is in its target; no cycles; core never includes cli/, ui/
    // or app/.
    void coreIncludeGraphMatchesModuleTargets() {
        const QMap<QString, ModuleTarget> targets = coreModuleTargets();
        QVERIFY2(targets.size() >= 10, "core/CMakeLists.txt: aifp_core_module calls not found");
        const QDir core(QStringLiteral(AIFP_SOURCE_DIR "/core"));
        QStringList offences;
        const QStringList folders = core.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString& folder : folders)
            if (!targets.contains(folder))
                offences
                    << QStringLiteral("core/%1: no aifp_core_module(%1 ...) target").arg(folder);
        static const QRegularExpression coreInclude(QStringLiteral("^core/([a-z0-9_]+)/"));
        for (auto t = targets.cbegin(); t != targets.cend(); ++t) {
            const QString module = t.key();
            for (const QString& dep : t.value().depends)
                if (!targets.contains(dep))
                    offences << QStringLiteral("%1 depends on %2, which is not a module")
                                    .arg(module, dep);
            QSet<QString> used;
            const QStringList files =
                sourcesUnder(core.filePath(module), {"*.hpp", "*.cpp", "*.h"});
            for (const QString& path : files) {
                for (const Include& inc : includesOf(path)) {
                    for (const char* outside : {"cli/", "ui/", "app/"})
                        if (inc.path.startsWith(QLatin1String(outside)))
                            offences << QStringLiteral("%1:%2: core includes %3, which is outside "
                                                       "the engine")
                                            .arg(path)
                                            .arg(inc.line)
                                            .arg(inc.path);
                    const auto m = coreInclude.match(inc.path);
                    if (!m.hasMatch() || m.captured(1) == module)
                        continue;
                    used.insert(m.captured(1));
                    if (!t.value().depends.contains(m.captured(1)))
                        offences << QStringLiteral("%1:%2: includes %3, but aifp_core_%4 does not "
                                                   "depend on aifp_core_%5")
                                        .arg(path)
                                        .arg(inc.line)
                                        .arg(inc.path, module, m.captured(1));
                }
                if (path.endsWith(QLatin1String(".cpp")) &&
                    !t.value().sources.contains(QFileInfo(path).fileName()))
                    offences << QStringLiteral("%1: not listed in aifp_core_module(%2 SOURCES ...)")
                                    .arg(path, module);
            }
            for (const QString& dep : t.value().depends)
                if (!used.contains(dep))
                    offences << QStringLiteral("aifp_core_%1 depends on aifp_core_%2 but includes "
                                               "nothing of it")
                                    .arg(module, dep);
            for (const QString& src : t.value().sources)
                if (!QFile::exists(core.filePath(module + '/' + src)))
                    offences << QStringLiteral("core/%1/%2: listed but missing").arg(module, src);
        }
        // No cycle: repeatedly remove modules whose dependencies are all removed.
        QSet<QString> left(targets.keyBegin(), targets.keyEnd());
        bool progress = true;
        while (progress && !left.isEmpty()) {
            progress = false;
            for (const QString& m : QStringList(left.begin(), left.end())) {
                bool ready = true;
                for (const QString& dep : targets.value(m).depends)
                    ready = ready && !left.contains(dep);
                if (ready) {
                    left.remove(m);
                    progress = true;
                }
            }
        }
        if (!left.isEmpty()) {
            QStringList cycle(left.begin(), left.end());
            cycle.sort();
            offences << QStringLiteral("module dependency cycle among: %1").arg(cycle.join(", "));
        }
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join('\n')));
    }

    // The command line's target lists every file of cli/.
    void cliTargetListsEverySource() {
        const QString text = readText(QStringLiteral(AIFP_SOURCE_DIR "/cli/CMakeLists.txt"));
        QStringList missing;
        for (const QString& path : sourcesUnder(QStringLiteral(AIFP_SOURCE_DIR "/cli"), {"*.cpp"}))
            if (!text.contains(QRegularExpression(
                    QStringLiteral("\\b%1\\b")
                        .arg(QRegularExpression::escape(QFileInfo(path).fileName())))))
                missing << path;
        QVERIFY2(missing.isEmpty(),
                 qPrintable("not listed in cli/CMakeLists.txt:\n" + missing.join('\n')));
    }

    // ui/ folders include only the folders of lower layers (the header comment above), so the
    // folders have no include cycle: the open document does not know the window or the docks.
    void uiFoldersFollowTheirLayers() {
        const QMap<QString, QStringList> below{
            {QStringLiteral("document"), {}},
            {QStringLiteral("report"), {}},
            {QStringLiteral("commands"), {QStringLiteral("document")}},
            {QStringLiteral("docks"), {QStringLiteral("document"), QStringLiteral("commands")}},
            {QStringLiteral("tools"), {QStringLiteral("document"), QStringLiteral("commands")}},
            {QStringLiteral("view3d"), {QStringLiteral("document"), QStringLiteral("commands")}},
            {QStringLiteral("reactions"),
             {QStringLiteral("document"), QStringLiteral("commands"), QStringLiteral("docks"),
              QStringLiteral("tools"), QStringLiteral("view3d")}},
            {QStringLiteral("app"),
             {QStringLiteral("document"), QStringLiteral("commands"), QStringLiteral("docks"),
              QStringLiteral("tools"), QStringLiteral("view3d"), QStringLiteral("reactions"),
              QStringLiteral("report")}},
        };
        const QDir ui(QStringLiteral(AIFP_SOURCE_DIR "/ui"));
        static const QRegularExpression uiInclude(QStringLiteral("^ui/([a-z0-9_]+)/"));
        QStringList offences;
        int files = 0;
        for (const QString& folder : ui.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (!below.contains(folder)) {
                offences
                    << QStringLiteral("ui/%1: not in the layer table of this test").arg(folder);
                continue;
            }
            for (const QString& path : sourcesUnder(ui.filePath(folder), {"*.hpp", "*.cpp"})) {
                ++files;
                for (const Include& inc : includesOf(path)) {
                    const auto m = uiInclude.match(inc.path);
                    if (m.hasMatch() && m.captured(1) != folder &&
                        !below.value(folder).contains(m.captured(1)))
                        offences << QStringLiteral("%1:%2: ui/%3 includes %4 of a layer not below "
                                                   "it")
                                        .arg(path)
                                        .arg(inc.line)
                                        .arg(folder, inc.path);
                }
            }
        }
        QVERIFY2(files > 100, "ui/ sources not found");
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join('\n')));
    }

    // VTK stays behind the viewport: only ui/view3d/*.cpp include it (the headers of ui/view3d
    // use a pimpl, so nothing else of ui/ or app/ compiles against VTK).
    void vtkOnlyInViewportSources() {
        const QRegularExpression vtk(QStringLiteral("^(vtk|QVTK).*"));
        QStringList offences;
        int files = 0;
        for (const char* dir : {"/ui", "/app"}) {
            for (const QString& path :
                 sourcesUnder(QStringLiteral(AIFP_SOURCE_DIR) + dir, {"*.hpp", "*.cpp", "*.h"})) {
                ++files;
                const bool allowed = path.contains(QLatin1String("/ui/view3d/")) &&
                                     path.endsWith(QLatin1String(".cpp"));
                for (const Include& inc : includesOf(path))
                    if (vtk.match(inc.path).hasMatch() && !allowed)
                        offences
                            << QStringLiteral("%1:%2: %3").arg(path).arg(inc.line).arg(inc.path);
            }
        }
        QVERIFY2(files > 10, "ui/ sources not found");
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join('\n')));
    }
};

QTEST_APPLESS_MAIN(TestLayering)
#include "test_layering.moc"
