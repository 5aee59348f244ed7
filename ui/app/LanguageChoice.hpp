#pragma once
#include <QString>

class QCoreApplication;
class QMenu;
class QWidget;

namespace aifp::ui {

// The language of the desktop application, chosen once at start (translations/README.md):
// `aifp --lang es|en`, else the choice remembered from View > Language, else the system locale
// (QLocale::system().uiLanguages(): LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Returns "es" or "en".
// Reads argv directly so --help can already be translated.
QString chooseLanguage(int argc, char** argv);

// Installs the translators for language ("es": :/i18n/aifp_es.qm and Qt's own qtbase_es when the
// system has it), makes QLocale's default follow it (numbers on screen) and sets core's language
// (report and messages). Call after the QCoreApplication exists, before any widget.
void applyLanguage(QCoreApplication& app, const QString& language);

// The language applied at start ("es" or "en").
QString currentLanguage();

// View > Language: System default, English, Español. The choice is remembered and applies at the
// next start (said in the status bar).
void addLanguageMenu(QMenu* view, QWidget* window);

} // namespace aifp::ui
