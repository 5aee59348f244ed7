// The Debian package (issue 20): built by CPack, unpacked into a staging root with dpkg-deb -x
// and run from there with an empty environment, from '/', so nothing of the source or build tree
// can help it. Checks the control fields (dpkg-shlibdeps), the file list, that no build path is
// compiled into the installed programs, the installed aifp-cli and aifp, the desktop entry
// (desktop-file-validate), the MIME type (update-mime-database, then Qt's MIME database: glob and
// magic on the SQLite application_id), AppStream (appstreamcli), the man pages (man --warnings,
// every command and option of the installed aifp-cli) and the bash completion (every command
// and option completed). Tools: dpkg-dev, desktop-file-utils, appstream, shared-mime-info,
// man-db (packaging/aifp.sh installs them).
#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QMap>
#include <QMimeDatabase>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs program with exactly env (no inherited variables) in workDir.
Result run(const QString& program, const QStringList& args, const QStringList& env = {},
           const QString& workDir = QStringLiteral("/"), int timeoutMs = 300000) {
    QProcess p;
    QProcessEnvironment e;
    for (const QString& kv : env)
        e.insert(kv.section('=', 0, 0), kv.section('=', 1));
    if (!e.contains("PATH"))
        e.insert("PATH", "/usr/bin:/bin");
    p.setProcessEnvironment(e);
    p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, {}, program + " did not finish"};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray readBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The command names of 'aifp-cli --help' (cli/Command.cpp: "Commands:" then "  name  ...").
QStringList commandNames(const QString& help) {
    QStringList names;
    bool inCommands = false;
    for (const QString& line : help.split('\n')) {
        if (line.trimmed() == "Commands:") {
            inCommands = true;
            continue;
        }
        if (!inCommands)
            continue;
        static const QRegularExpression row(QStringLiteral("^  (\\S+)\\s+\\S"));
        const auto m = row.match(line);
        if (!m.hasMatch())
            break;
        names << m.captured(1);
    }
    return names;
}

// The option names ("--x") of 'aifp-cli COMMAND --help'.
QStringList optionNames(const QString& help) {
    QStringList names;
    static const QRegularExpression row(QStringLiteral("^  (--[A-Za-z0-9][A-Za-z0-9-]*)"));
    for (const QString& line : help.split('\n'))
        if (const auto m = row.match(line); m.hasMatch())
            names << m.captured(1);
    return names;
}

} // namespace

class TestDebianPackage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir tmp_;
    QString deb_;
    QString root_; // the unpacked package
    QString cli_;  // root_/usr/bin/aifp-cli
    QString sample_;
    QStringList cleanEnv_; // an empty environment with a private HOME

    QString installed(const QString& rel) const { return root_ + "/usr/" + rel; }

    Result cli(const QStringList& args) const { return run(cli_, args, cleanEnv_); }

private slots:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        const QString pkgDir = tmp_.filePath("cpack");
        const Result built =
            run(QStringLiteral(AIFP_CPACK_COMMAND),
                {"-G", "DEB", "--config", QStringLiteral(AIFP_CPACK_CONFIG), "-B", pkgDir},
                {"PATH=/usr/bin:/bin"}, tmp_.path(), 600000);
        QVERIFY2(built.exitCode == 0, qPrintable(built.out + built.err));
        const QStringList debs = QDir(pkgDir).entryList({"aifp_*.deb"}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        deb_ = pkgDir + "/" + debs.front();
        // Unpacked, then moved: the root the package was unpacked into no longer exists either.
        const QString unpacked = tmp_.filePath("unpacked");
        const Result x = run("dpkg-deb", {"-x", deb_, unpacked});
        QVERIFY2(x.exitCode == 0, qPrintable(x.err));
        root_ = tmp_.filePath("moved-root");
        QVERIFY(QDir().rename(unpacked, root_));
        cli_ = installed("bin/aifp-cli");
        sample_ = installed("share/aifp/projects/sample-gb300-hall.aifp");
        QVERIFY(QDir().mkpath(tmp_.filePath("home")));
        cleanEnv_ = {"PATH=/usr/bin:/bin", "HOME=" + tmp_.filePath("home")};
        qInfo("package: %s, %lld bytes", qPrintable(debs.front()), QFileInfo(deb_).size());
    }

    void controlFields() {
        const Result f = run("dpkg-deb", {"-f", deb_, "Package", "Version", "Depends", "Recommends",
                                          "Section", "Maintainer"});
        QVERIFY2(f.exitCode == 0, qPrintable(f.err));
        QVERIFY2(f.out.contains("Package: aifp\n"), qPrintable(f.out));
        QVERIFY2(f.out.contains(QStringLiteral("Version: " AIFP_VERSION "\n")), qPrintable(f.out));
        // From dpkg-shlibdeps: the libraries the programs link, with versions.
        const QString depends = f.out.section("Depends: ", 1).section('\n', 0, 0);
        QStringList expected = {"libsqlite3-0 (>=", "libcairo2 (>=", "libpango-1.0-0 (>=",
                                "libstdc++6 (>=",   "libc6 (>=",     "fonts-dejavu-core"};
        if (AIFP_HAS_GUI)
            expected << "libqt6core6 (>="
                     << "libqt6widgets6 (>="
                     << "libqt6charts6 (>="
                     << "libvtk9.1 (>=";
        for (const QString& d : expected)
            QVERIFY2(depends.contains(d), qPrintable("Depends lacks " + d + ": " + depends));
        QVERIFY2(f.out.contains("Maintainer: "), qPrintable(f.out));
        // Qt's own Spanish (standard buttons, file dialogs) comes from Debian's l10n package.
        const QString recommends = f.out.section("Recommends: ", 1).section('\n', 0, 0);
        QVERIFY2(recommends.contains("qt6-translations-l10n"), qPrintable(recommends));
    }

    void fileList() {
        QStringList files = {
            "bin/aifp-cli",
            "share/aifp/catalog.json",
            "share/aifp/models.json",
            "share/aifp/climate.json",
            "share/aifp/projects/sample-gb300-hall.aifp",
            "share/aifp/projects/sample-1mw.aifp",
            "share/doc/aifp/README.md",
            "share/doc/aifp/user-guide.md",
            "share/doc/aifp/user-guide.es.md",
            "share/man/man1/aifp-cli.1.gz",
            "share/bash-completion/completions/aifp-cli",
            "share/mime/packages/aifp.xml",
            "share/thumbnailers/aifp.thumbnailer",
            "share/metainfo/" AIFP_APP_ID ".metainfo.xml",
            "share/icons/hicolor/scalable/apps/" AIFP_APP_ID ".svg",
            "share/icons/hicolor/scalable/mimetypes/application-vnd.aifp+sqlite.svg"};
        if (AIFP_HAS_GUI)
            files << "bin/aifp"
                  << "share/man/man1/aifp.1.gz"
                  << "share/applications/" AIFP_APP_ID ".desktop"
                  << "share/icons/hicolor/256x256/apps/" AIFP_APP_ID ".png";
        for (const QString& f : files)
            QVERIFY2(QFileInfo(installed(f)).isFile(), qPrintable("missing /usr/" + f));
        QVERIFY2(!QDir(installed("share/aifp/models")).entryList({"*.json"}).isEmpty(),
                 "no model configs in /usr/share/aifp/models");
        if (AIFP_HAS_GUI) {
            // PNG signature, then IHDR width and height (big-endian) at bytes 16 and 20.
            const QByteArray png =
                readBytes(installed("share/icons/hicolor/256x256/apps/" AIFP_APP_ID ".png"));
            QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
            const auto be32 = [&](int at) {
                return (quint32(quint8(png[at])) << 24) | (quint32(quint8(png[at + 1])) << 16) |
                       (quint32(quint8(png[at + 2])) << 8) | quint32(quint8(png[at + 3]));
            };
            QCOMPARE(be32(16), 256u);
            QCOMPARE(be32(20), 256u);
        }
        // Nothing outside /usr, nothing owned by a build path.
        QCOMPARE(QDir(root_).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{"usr"});
    }

    // No path of this checkout is compiled into the installed programs (what `strings | grep`
    // would find, RUNPATH included).
    void noBuildPathsInPrograms() {
        QStringList programs = {cli_};
        if (AIFP_HAS_GUI)
            programs << installed("bin/aifp");
        for (const QString& p : programs) {
            const QByteArray bytes = readBytes(p);
            QVERIFY2(bytes.size() > 100000, qPrintable(p));
            for (const char* path : {AIFP_SOURCE_DIR, AIFP_BUILD_DIR})
                QVERIFY2(!bytes.contains(QByteArray(path)),
                         qPrintable(p + " contains the path " + QString::fromUtf8(path)));
        }
    }

    void installedCliRuns() {
        const Result v = cli({"--version"});
        QCOMPARE(v.exitCode, 0);
        QCOMPARE(v.out, QStringLiteral("aifp-cli " AIFP_VERSION "\n"));

        const Result info = cli({"info", sample_});
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        QVERIFY2(info.out.contains("application_id 0x41494650"), qPrintable(info.out));

        // The catalog, the model library and the climate library come from /usr/share/aifp.
        const Result est = cli({"estimate", sample_, "--format", "json"});
        QVERIFY2(est.exitCode == 0, qPrintable(est.err));
        const Result climate = cli({"climate", "list"});
        QVERIFY2(climate.exitCode == 0, qPrintable(climate.err));
        QVERIFY2(climate.out.contains("Madrid"), qPrintable(climate.out.left(400)));

        const QString pdf = tmp_.filePath("installed-report.pdf");
        const Result report = cli({"report", sample_, "--out", pdf});
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        QVERIFY(readBytes(pdf).startsWith("%PDF-"));
    }

    // Without its share/aifp the program fails with a message naming the missing file: it has
    // no other way (no compiled-in source path) to the catalog.
    void programAloneNamesMissingData() {
        const QString lonely = tmp_.filePath("lonely/bin");
        QVERIFY(QDir().mkpath(lonely));
        QVERIFY(QFile::copy(cli_, lonely + "/aifp-cli"));
        const Result r = run(lonely + "/aifp-cli", {"estimate", sample_}, cleanEnv_);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(tmp_.filePath("lonely/share/aifp/catalog.json")),
                 qPrintable(r.err));
        QCOMPARE(r.err.count('\n'), 1);
    }

    void installedGuiHelpWithoutDisplay() {
        if (!AIFP_HAS_GUI)
            QSKIP("the desktop application is not built");
        const QString gui = installed("bin/aifp");
        const Result v = run(gui, {"--version"}, cleanEnv_); // no DISPLAY, no WAYLAND_DISPLAY
        QVERIFY2(v.exitCode == 0, qPrintable(v.err));
        QCOMPARE(v.out, QStringLiteral("aifp " AIFP_VERSION "\n"));
        const Result h = run(gui, {"--help"}, cleanEnv_);
        QVERIFY2(h.exitCode == 0, qPrintable(h.err));
        QVERIFY2(h.out.contains("--export-report"), qPrintable(h.out));
    }

    void desktopEntryValidates() {
        if (!AIFP_HAS_GUI)
            QSKIP("the desktop application is not built");
        const QString desktop = installed("share/applications/" AIFP_APP_ID ".desktop");
        const Result r = run("desktop-file-validate", {desktop});
        QVERIFY2(r.exitCode == 0 && r.out.isEmpty() && r.err.isEmpty(), qPrintable(r.out + r.err));
        const QString text = QString::fromUtf8(readBytes(desktop));
        QVERIFY(text.contains("\nExec=aifp %f\n"));
        QVERIFY(text.contains("\nIcon=" AIFP_APP_ID "\n"));
        QVERIFY(text.contains("MimeType=application/vnd.aifp+sqlite;"));
    }

    void appstreamValidates() {
        const Result r =
            run("appstreamcli",
                {"validate", "--no-net", installed("share/metainfo/" AIFP_APP_ID ".metainfo.xml")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString xml =
            QString::fromUtf8(readBytes(installed("share/metainfo/" AIFP_APP_ID ".metainfo.xml")));
        QVERIFY(xml.contains(QStringLiteral("<release version=\"" AIFP_VERSION "\"")));
    }

    // The MIME package compiles (update-mime-database) and Qt's MIME database, reading only it
    // and freedesktop.org's, types a project by its name and by its content (the SQLite header
    // and application_id 0x41494650 at byte 68), while a plain SQLite file stays SQLite.
    void mimeTypeByGlobAndMagic() {
        const QString share = tmp_.filePath("mime-share");
        QVERIFY(QDir().mkpath(share + "/mime/packages"));
        QVERIFY(QFile::copy("/usr/share/mime/packages/freedesktop.org.xml",
                            share + "/mime/packages/freedesktop.org.xml"));
        QVERIFY(QFile::copy(installed("share/mime/packages/aifp.xml"),
                            share + "/mime/packages/aifp.xml"));
        const Result u = run("update-mime-database", {"-V", share + "/mime"});
        QVERIFY2(u.exitCode == 0, qPrintable(u.err));
        QVERIFY2(!u.err.contains("rror") && !u.err.contains("arning"), qPrintable(u.err));

        qputenv("XDG_DATA_DIRS", share.toUtf8());
        qputenv("XDG_DATA_HOME", tmp_.filePath("empty-data-home").toUtf8());
        QMimeDatabase db;
        QVERIFY2(db.mimeTypeForName("application/vnd.aifp+sqlite").isValid(),
                 "the MIME type is not known");
        QCOMPARE(db.mimeTypeForFile("hall.aifp", QMimeDatabase::MatchExtension).name(),
                 QStringLiteral("application/vnd.aifp+sqlite"));

        const QString renamed = tmp_.filePath("project-without-extension");
        QVERIFY(QFile::copy(sample_, renamed));
        QCOMPARE(db.mimeTypeForFile(renamed, QMimeDatabase::MatchContent).name(),
                 QStringLiteral("application/vnd.aifp+sqlite"));

        QByteArray other = readBytes(sample_).left(4096);
        other[68] = 0; // another application's id
        const QString plain = tmp_.filePath("other-sqlite-file");
        QVERIFY(writeBytes(plain, other));
        QCOMPARE(db.mimeTypeForFile(plain, QMimeDatabase::MatchContent).name(),
                 QStringLiteral("application/vnd.sqlite3"));
    }

    // The man pages format without warnings and name every command and option of the
    // installed aifp-cli (and every option of aifp).
    void manPages() {
        QStringList pages = {"aifp-cli"};
        if (AIFP_HAS_GUI)
            pages << "aifp";
        QMap<QString, QString> text;
        for (const QString& page : pages) {
            const Result r = run(
                "man",
                {"--warnings", "-E", "UTF-8", "-l", installed("share/man/man1/" + page + ".1.gz")},
                {"PATH=/usr/bin:/bin", "MANWIDTH=100", "LC_ALL=C.UTF-8", "MAN_KEEP_FORMATTING=0"});
            QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(page + ": " + r.err));
            QString plain = r.out;
            plain.remove(QRegularExpression(QStringLiteral(".\b")));
            plain.replace(QChar(0x2010), '-'); // hyphen
            plain.replace(QChar(0x2212), '-'); // minus
            text[page] = plain;
        }
        const Result help = cli({"--help"});
        const QStringList commands = commandNames(help.out);
        QVERIFY2(commands.size() >= 10, qPrintable(help.out));
        for (const QString& c : commands) {
            QVERIFY2(text["aifp-cli"].contains(QRegularExpression("\n   " + c + "\n")),
                     qPrintable("aifp-cli.1 has no section for " + c));
            const Result ch = cli({c, "--help"});
            for (const QString& o : optionNames(ch.out))
                QVERIFY2(text["aifp-cli"].contains(o),
                         qPrintable("aifp-cli.1 does not document " + c + " " + o));
        }
        if (AIFP_HAS_GUI) {
            const Result gh = run(installed("bin/aifp"), {"--help"}, cleanEnv_);
            static const QRegularExpression opt(QStringLiteral("(--[a-z][a-z-]*)"));
            auto it = opt.globalMatch(gh.out);
            int n = 0;
            while (it.hasNext()) {
                const QString o = it.next().captured(1);
                ++n;
                QVERIFY2(text["aifp"].contains(o), qPrintable("aifp.1 does not document " + o));
            }
            QVERIFY(n >= 6);
        }
    }

    // The thumbnailer entry's command line, as a file manager runs it (%i input, %s size,
    // %o output), with the installed aifp-cli found on PATH.
    void thumbnailer() {
        const QString entry =
            QString::fromUtf8(readBytes(installed("share/thumbnailers/aifp.thumbnailer")));
        QVERIFY(entry.startsWith("[Thumbnailer Entry]\n"));
        QVERIFY(entry.contains("\nMimeType=application/vnd.aifp+sqlite;\n"));
        static const QRegularExpression execLine(QStringLiteral("\nExec=([^\n]+)\n"));
        const auto m = execLine.match(entry);
        QVERIFY(m.hasMatch());
        const QString out = tmp_.filePath("thumbnail.png");
        QStringList argv = m.captured(1).split(' ', Qt::SkipEmptyParts);
        for (QString& a : argv)
            a = a == "%i" ? sample_ : a == "%s" ? QStringLiteral("128") : a == "%o" ? out : a;
        const QString program = argv.takeFirst();
        QCOMPARE(program, QStringLiteral("aifp-cli"));
        const Result r =
            run(installed("bin/") + program, argv,
                {"PATH=" + installed("bin") + ":/usr/bin:/bin", "HOME=" + tmp_.filePath("home")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray png = readBytes(out);
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        QCOMPARE(int(quint8(png[18])) * 256 + int(quint8(png[19])), 128);
    }

    // Bash completes every command of the installed aifp-cli and every option of each.
    void bashCompletion() {
        const QString script = installed("share/bash-completion/completions/aifp-cli");
        const auto complete = [&](const QStringList& words) {
            QString quoted;
            for (const QString& w : words)
                quoted += " '" + w + "'";
            const QString driver = QStringLiteral("source '%1'; COMP_WORDS=(%2); COMP_CWORD=%3; "
                                                  "_aifp_cli; printf '%s\\n' \"${COMPREPLY[@]}\"")
                                       .arg(script, quoted)
                                       .arg(words.size() - 1);
            const Result r = run("bash", {"--norc", "--noprofile", "-c", driver}, cleanEnv_);
            return r.exitCode == 0 ? r.out.split('\n', Qt::SkipEmptyParts)
                                   : QStringList{"error: " + r.err};
        };
        const QStringList commands = commandNames(cli({"--help"}).out);
        QVERIFY(!commands.isEmpty());
        const QStringList all = complete({"aifp-cli", ""});
        for (const QString& c : commands)
            QVERIFY2(all.contains(c), qPrintable("not completed: " + c + " in " + all.join(' ')));
        for (const QString& c : commands) {
            const QStringList offered = complete({"aifp-cli", c, "--"});
            for (const QString& o : optionNames(cli({c, "--help"}).out))
                QVERIFY2(offered.contains(o),
                         qPrintable("not completed: " + c + " " + o + " in " + offered.join(' ')));
        }
        QCOMPARE(complete({"aifp-cli", "export", sample_, "--format", ""}).isEmpty(), false);
        QVERIFY(complete({"aifp-cli", "climate", ""}).contains("list"));
    }
};

QTEST_GUILESS_MAIN(TestDebianPackage)
#include "test_debian_package.moc"
