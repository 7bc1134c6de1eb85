#pragma once

#include <QString>

#include <optional>

namespace Curator {

// A repository on GitHub, "owner/name", and how it is read from what users and git write: a
// pure unit every part of the core may use (the store detects a clone's GitHub repository on
// import, the pull-request flow opens pull requests there).
struct GitHubRepo
{
    QString owner;
    QString name;

    QString fullName() const { return owner + u'/' + name; }
    friend bool operator==(const GitHubRepo &a, const GitHubRepo &b)
    {
        return a.owner == b.owner && a.name == b.name;
    }
    friend bool operator!=(const GitHubRepo &a, const GitHubRepo &b) { return !(a == b); }

    // The repository of a git remote URL on GitHub: https://github.com/o/r(.git)(/),
    // git@github.com:o/r.git, ssh://git@github.com/o/r.git, git://github.com/o/r.git. Credentials
    // in the URL are dropped. Nothing for other hosts (unless `extraHost` names a GitHub
    // Enterprise host) or for anything but exactly "o/r".
    static std::optional<GitHubRepo> fromRemoteUrl(const QString &url,
                                                   const QString &extraHost = {});
    // "owner/name" as a user types it (surrounding spaces ignored; a pasted clone URL is read as
    // one), checked against the characters GitHub allows.
    static std::optional<GitHubRepo> parse(const QString &text);
    static bool isValidOwner(const QString &owner);
    static bool isValidName(const QString &name);
};

} // namespace Curator
