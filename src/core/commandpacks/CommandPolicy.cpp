#include "CommandPolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::CommandPolicy)
};

} // namespace

bool CommandPolicy::readsPrivateKey(const QString &code)
{
    // ~/.ssh/id_<type> without .pub, any *.pem / *.key file, or a private key block.
    static const QRegularExpression privateKeyFile(
        QStringLiteral("(\\.ssh/id_[A-Za-z0-9_-]+(?![A-Za-z0-9_.-]*\\.pub)\\b(?!\\.pub))|(\\S+\\.(pem|key|p12|pfx)\\b)"));
    static const QRegularExpression privateKeyBlock(QStringLiteral("-----BEGIN [A-Z ]*PRIVATE KEY-----"));
    static const QRegularExpression keyInspection(QStringLiteral("(ssh-keygen\\s+-l|ls\\s+-l)"));
    const QStringList lines = code.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (privateKeyBlock.match(line).hasMatch())
            return true;
        // Listing a key file or printing its fingerprint does not read the secret.
        if (keyInspection.match(line).hasMatch())
            continue;
        if (privateKeyFile.match(line).hasMatch())
            return true;
    }
    return false;
}

bool CommandPolicy::hasPlaceholder(const QString &code)
{
    static const QRegularExpression placeholder(QStringLiteral("<[A-Za-z_][A-Za-z0-9_]*>"));
    return placeholder.match(code).hasMatch();
}

bool CommandPolicy::isDisplayOnly(const CommandBlock &block)
{
    return block.displayOnly || (block.context != Context::GitHubUi && readsPrivateKey(block.code));
}

RunDecision CommandPolicy::canRun(const CommandBlock &block, RunTarget target)
{
    if (block.context == Context::GitHubUi)
        return {false, Text::tr("a [GitHub UI] step is done in the browser; open its page instead")};
    if (isDisplayOnly(block))
        return {false, Text::tr("this block reads a private key; it is shown for reference and never run by the app")};
    if (block.context == Context::Droplet && target == RunTarget::Local)
        return {false, Text::tr("a [Droplet] block never runs on this Mac; run it on the droplet")};
    if (block.context == Context::Mac && target == RunTarget::Droplet)
        return {false, Text::tr("a [Mac] block never runs on the droplet; run it locally")};
    if (hasPlaceholder(block.code))
        return {false, Text::tr("this block has a placeholder such as <commit_sha>; use the Deploy or Releases page, "
                          "or copy it and fill it in")};
    return {true, {}};
}

} // namespace Stratum
