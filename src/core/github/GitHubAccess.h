#pragma once

#include "core/github/GitHubClient.h"
#include "core/keychain/KeychainStore.h"
#include "core/profile/Profile.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Stratum {

class Redactor;
class Vault;

// Why there is no GitHub client: no token, or the keychain failed.
struct GitHubAccessError {
    bool noToken = false;
    KeychainError keychain;
    QString message;
    bool ok() const { return message.isEmpty(); }
};

// A front end's one GitHub client, made when first needed from the token in
// the keychain (the token also goes to the redactor).
class GitHubAccess : public QObject
{
    Q_OBJECT
public:
    GitHubAccess(const Profile &profile, Vault *vault, Redactor *redactor, QObject *parent = nullptr);

    using Done = std::function<void(GitHubClient *client, const GitHubAccessError &error)>;
    void withClient(QObject *context, Done done);
    GitHubClient *client() const { return m_client; }
    void forget(); // the token changed

private:
    const Profile &m_profile;
    Vault *m_vault;
    Redactor *m_redactor;
    QPointer<GitHubClient> m_client;
};

} // namespace Stratum
