#include "GitHubAccess.h"

#include "core/github/GitHubClient.h"
#include "core/keychain/Vault.h"
#include "core/redaction/Redactor.h"

namespace Stratum {

GitHubAccess::GitHubAccess(const Profile &profile, Vault *vault, Redactor *redactor, QObject *parent)
    : QObject(parent), m_profile(profile), m_vault(vault), m_redactor(redactor)
{
}

void GitHubAccess::forget()
{
    if (m_client && m_client->parent() == this)
        m_client->deleteLater();
    m_client = nullptr;
}

void GitHubAccess::withClient(QObject *context, Done done)
{
    if (m_client) {
        done(m_client, {});
        return;
    }
    QPointer<QObject> guard(context);
    m_vault->readSecret(SecretNames::githubToken(), this, [this, guard, done](const Vault::Result<QString> &token) {
        if (!guard)
            return;
        if (token.error.notFound()) {
            done(nullptr, {true, token.error, tr("no GitHub token in the keychain: set one in Settings, or stratumctl "
                                                 "secrets set github-token < token-file")});
            return;
        }
        if (!token.error.ok()) {
            done(nullptr, {false, token.error, token.error.message});
            return;
        }
        if (!m_client) {
            auto *client = new GitHubClient(m_profile.github.apiBaseUrl, std::chrono::seconds(m_profile.timing.httpSeconds), this);
            client->setToken(token.value.toUtf8());
            if (m_redactor)
                m_redactor->addSecret(token.value);
            m_client = client;
        }
        done(m_client, {});
    });
}

} // namespace Stratum
