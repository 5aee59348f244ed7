#include "ui/app/LanguageChoice.hpp"
#include "core/i18n/Language.hpp"
#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTranslator>
#include <cstring>

namespace aifp::ui {

namespace {

const char* kSettingsKey = "language"; // "", "en" or "es"
QString gApplied = QStringLiteral("en");

QString normalized(const QString& code) {
    const auto lang = parseLanguage(code.toStdString());
    return lang ? QString::fromLatin1(languageCode(*lang)) : QString();
}

} // namespace

QString chooseLanguage(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        QString value;
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            value = QString::fromLocal8Bit(argv[i + 1]);
        else if (std::strncmp(argv[i], "--lang=", 7) == 0)
            value = QString::fromLocal8Bit(argv[i] + 7);
        else
            continue;
        if (const QString code = normalized(value); !code.isEmpty())
            return code;
    }
    if (const QString saved = normalized(QSettings().value(kSettingsKey).toString());
        !saved.isEmpty())
        return saved;
    for (const QString& ui : QLocale::system().uiLanguages())
        if (const QString code = normalized(ui); !code.isEmpty())
            return code;
    return QStringLiteral("en");
}

void applyLanguage(QCoreApplication& app, const QString& language) {
    gApplied = language == QLatin1String("es") ? QStringLiteral("es") : QStringLiteral("en");
    setLanguage(gApplied == QLatin1String("es") ? Language::Spanish : Language::English);
    if (gApplied == QLatin1String("en")) {
        // Numbers on screen follow the language when the system locale speaks another one.
        if (QLocale::system().language() != QLocale::English)
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return;
    }
    if (QLocale::system().language() != QLocale::Spanish)
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    auto* ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/aifp_es.qm")))
        QCoreApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app); // Qt's dialogs and shortcuts, when Debian's package is there
    if (qt->load(QStringLiteral("qtbase_es"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

QString currentLanguage() {
    return gApplied;
}

void addLanguageMenu(QMenu* view, QWidget* window) {
    QMenu* menu =
        view->addMenu(QCoreApplication::translate("aifp::ui::LanguageChoice", "&Language"));
    menu->setObjectName("menuLanguage");
    auto* group = new QActionGroup(menu);
    const QString saved = normalized(QSettings().value(kSettingsKey).toString());
    // Each language named in itself, so a user lost in the other one still finds it.
    const std::pair<QString, QString> choices[] = {
        {QString(), QCoreApplication::translate("aifp::ui::LanguageChoice", "System default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")}};
    for (const auto& [code, text] : choices) {
        QAction* a = menu->addAction(text);
        a->setObjectName(code.isEmpty() ? QStringLiteral("actionLanguageSystem")
                                        : QStringLiteral("actionLanguage_") + code);
        a->setCheckable(true);
        a->setChecked(code == saved);
        group->addAction(a);
        // A copy, not the structured binding: clang 14 cannot capture bindings (the asan build).
        QObject::connect(a, &QAction::triggered, window, [chosen = code, window] {
            QSettings().setValue(kSettingsKey, chosen);
            if (auto* main = qobject_cast<QMainWindow*>(window))
                main->statusBar()->showMessage(
                    QCoreApplication::translate("aifp::ui::LanguageChoice",
                                                "The language changes at the next start"),
                    8000);
        });
    }
}

} // namespace aifp::ui
