#pragma once
#include <QString>

namespace aifp::ui {

// `aifp FILE --export-report OUT.pdf|OUT.html`: opens the project into a Document and runs the
// GUI's own report export (ReportExportDialog's worker: engines, sections, layout, writer)
// without showing any window, waits for it and returns the process exit code: 0 written, 2 the
// project could not be opened or the report not written (the reason on stderr, file name first).
int runHeadlessReportExport(const QString& projectPath, const QString& outPath);

// True when argv asks for a headless export (checked before QApplication exists, so that the
// caller can pick the offscreen platform when there is no display).
bool wantsHeadlessExport(int argc, char** argv);

} // namespace aifp::ui
