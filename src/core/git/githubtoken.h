#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace QKeychain {
class Job;
}

namespace Curator {

enum class TokenSource {
    None,
    GhTokenVariable, // the environment variable GH_TOKEN
    GitHubTokenVariable, // the environment variable GITHUB_TOKEN
    GitHubCli, // `gh auth token`
    Keychain, // the system keychain, through QtKeychain
};

struct TokenResult
{
    QByteArray token; // empty when none was found
    TokenSource source = TokenSource::None;
    // When none was found: why, and where the user can put one (including why the keychain could
    // not be read, if it could not).
    QString message;

    bool found() const { return !token.isEmpty(); }
};

struct KeychainResult
{
    bool ok = false;
    QString message; // for the user, when not ok
};

// Finds the GitHub token, in this order: GH_TOKEN, GITHUB_TOKEN, `gh auth token` (when the GitHub
// CLI is on PATH), the system keychain. Everything is asynchronous and bounded in time: the CLI and
// the keychain (a D-Bus service on Linux, which may never answer) each have a timeout.
//
// The token itself is never logged and never written to a file; with no keychain it is not kept
// anywhere (QtKeychain's plain-text fallback stays off).
// GH_TOKEN, else GITHUB_TOKEN (trimmed), as the command line and a list's CI set them; empty
// when neither is set. `source` says which.
QByteArray githubTokenFromEnvironment(TokenSource *source = nullptr);

class TokenProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenProvider)

public:
    explicit TokenProvider(QObject *parent = nullptr);
    ~TokenProvider() override;

    // The GitHub host the token is for: `gh auth token --hostname HOST`, and part of the keychain
    // key. "github.com" unless the API base is a GitHub Enterprise server; see
    // GitHubClient::webBaseFor().
    QString host() const { return m_host; }
    void setHost(const QString &host) { m_host = host; }

    // "awesome-curator"; a different one keeps tests away from the user's real entry.
    QString keychainService() const { return m_service; }
    void setKeychainService(const QString &service) { m_service = service; }
    // "github-token@HOST"
    QString keychainKey() const;

    void setCliTimeoutMs(int ms) { m_cliTimeoutMs = ms; }
    void setKeychainTimeoutMs(int ms) { m_keychainTimeoutMs = ms; }

    using Callback = std::function<void(const TokenResult &)>;
    using KeychainCallback = std::function<void(const KeychainResult &)>;
    // Each callback runs once, from the event loop, never from within the call, and not at all
    // once this object is destroyed.
    void fetch(Callback done);
    void storeInKeychain(const QByteArray &token, KeychainCallback done);
    void removeFromKeychain(KeychainCallback done);

    // "ghp_••••••••1a2b": the kind of token and its last four characters, for a settings dialog.
    // The number of dots says nothing about the length.
    static QString mask(const QString &token);
    // "from GH_TOKEN", "from the GitHub CLI", "from the keychain".
    static QString describe(TokenSource source);

private:
    struct Lookup;
    // The error (a QKeychain::Error, or -1 for no answer in time), its description, and what was
    // read.
    using JobCallback
        = std::function<void(int error, const QString &errorString, const QString &text)>;

    void tryCli(const std::shared_ptr<Lookup> &lookup);
    void tryKeychain(const std::shared_ptr<Lookup> &lookup);
    void finish(const std::shared_ptr<Lookup> &lookup, const TokenResult &result);
    void finishLater(const std::shared_ptr<Lookup> &lookup, const TokenResult &result);
    // Starts `job` (made for this service) with this key; `done` runs once, from the event loop.
    void runKeychainJob(QKeychain::Job *job, const JobCallback &done);
    QString keychainFailure(int error, const QString &errorString) const;

    QString m_host = QStringLiteral("github.com");
    QString m_service = QStringLiteral("awesome-curator");
    int m_cliTimeoutMs = 5000;
    int m_keychainTimeoutMs = 10000;
};

} // namespace Curator
