#include "Startup.h"

#include "core/platform/AppIdentity.h"
#include "core/platform/LocalTools.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <libssh2.h>

#include <clocale>
#include <cstring>
#include <langinfo.h>

namespace Stratum {

namespace {
constexpr auto languageKey = "ui/language";
}

namespace {

bool encodingIsUtf8()
{
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (std::strcmp(codeset, "UTF-8") == 0 || std::strcmp(codeset, "utf8") == 0);
}

} // namespace

void Startup::useUtf8Encoding()
{
    std::setlocale(LC_ALL, "");
    if (encodingIsUtf8())
        return;
    // LC_ALL outranks LC_CTYPE: its value moves to the other categories, which it meant anyway.
    const QByteArray all = qgetenv("LC_ALL");
    if (!all.isEmpty()) {
        for (const char *category : {"LC_MESSAGES", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LANG"})
            qputenv(category, all);
        qunsetenv("LC_ALL");
    }
    // C.UTF-8 on glibc; macOS knows it as UTF-8.
    for (const char *encoding : {"C.UTF-8", "UTF-8", "en_US.UTF-8"}) {
        if (std::setlocale(LC_CTYPE, encoding)) {
            qputenv("LC_CTYPE", encoding);
            break;
        }
    }
    std::setlocale(LC_ALL, "");
}

void Startup::identify()
{
    LocalTools::adoptLoginAgent(); // Finder starts: the login session's ssh-agent
    QCoreApplication::setOrganizationName(QStringLiteral("Stratum"));
    QCoreApplication::setApplicationName(AppIdentity::applicationName());
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
