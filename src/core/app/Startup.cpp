#include "Startup.h"

#include "platform/LocalTools.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <libssh2.h>

namespace Stratum {

namespace {
constexpr auto languageKey = "ui/language";
}

void Startup::identify()
{
    LocalTools::adoptLoginAgent(); // Finder starts: the login session's ssh-agent
    QCoreApplication::setOrganizationName(QStringLiteral("Stratum"));
    QCoreApplication::setApplicationName(QStringLiteral("stratum-deploy"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STRATUM_VERSION));
}

QString Startup::versionText(const QString &program, const QStringList &more)
{
    QStringList libraries{QStringLiteral("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
                          QStringLiteral("libssh2 %1").arg(QString::fromLatin1(libssh2_version(0)))};
    libraries << more;
    return QStringLiteral("%1 %2 (commit %3)\n%4").arg(program, QCoreApplication::applicationVersion(),
                                                      QStringLiteral(STRATUM_GIT_COMMIT), libraries.join(QStringLiteral(", ")));
}

QString Startup::chosenLanguage()
{
    return QSettings().value(QLatin1String(languageKey), QStringLiteral("system")).toString();
}

void Startup::chooseLanguage(const QString &language)
{
    QSettings().setValue(QLatin1String(languageKey), language);
}

void Startup::installTranslations()
{
    // The translators live as long as the application.
    auto *english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral("stratum-deploy_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(english);
    const QString chosen = chosenLanguage();
    if (chosen == QLatin1String("en"))
        return;
    const QLocale locale = chosen == QLatin1String("system") ? QLocale() : QLocale(chosen);
    // Dates and numbers follow the system's locale, unless the operator chose another language.
    if (locale.language() != QLocale().language())
        QLocale::setDefault(locale);
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, QStringLiteral("stratum-deploy"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace Stratum
