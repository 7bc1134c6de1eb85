#include "githubrepo.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Curator {

namespace {

bool isGitHubHost(const QString &host, const QString &extraHost)
{
    const QString h = host.toLower();
    // ssh.github.com is GitHub's SSH-over-port-443 endpoint for networks that block port 22.
    return h == u"github.com"_s || h == u"www.github.com"_s || h == u"ssh.github.com"_s
        || (!extraHost.isEmpty() && h == extraHost.toLower());
}

std::optional<GitHubRepo> repoFromPath(QString path)
{
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    if (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u".git"_s))
        path.chop(4);
    const QStringList parts = path.split(u'/');
    if (parts.size() != 2 || !GitHubRepo::isValidOwner(parts[0])
        || !GitHubRepo::isValidName(parts[1]))
        return std::nullopt;
    return GitHubRepo{parts[0], parts[1]};
}

} // namespace

std::optional<GitHubRepo> GitHubRepo::fromRemoteUrl(const QString &remote, const QString &extraHost)
{
    const QString text = remote.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (text.contains(u"://"_s)) {
        const QUrl url(text, QUrl::StrictMode);
        static const QStringList schemes{u"https"_s, u"http"_s,    u"ssh"_s,
                                         u"git"_s,   u"git+ssh"_s, u"ssh+git"_s};
        if (!url.isValid() || !schemes.contains(url.scheme().toLower()) || url.hasQuery()
            || url.hasFragment() || !isGitHubHost(url.host(), extraHost))
            return std::nullopt;
        // The user info (a user name, or a token someone pasted into the URL) is never kept.
        return repoFromPath(url.path(QUrl::FullyDecoded));
    }
    // scp-like syntax: [user@]host:path, where the host holds no slash (else it is a local path).
    static const QRegularExpression scp(uR"(^(?:[^@/:\s]+@)?([^@/:\s\[\]]+):([^\s]+)$)"_s);
    const QRegularExpressionMatch m = scp.match(text);
    if (!m.hasMatch() || !isGitHubHost(m.captured(1), extraHost))
        return std::nullopt;
    return repoFromPath(m.captured(2));
}

std::optional<GitHubRepo> GitHubRepo::parse(const QString &text)
{
    const QString t = text.trimmed();
    // A pasted clone URL is taken for what it names.
    if (t.contains(u"://"_s) || t.contains(u'@'))
        return fromRemoteUrl(t);
    const QStringList parts = t.split(u'/');
    if (parts.size() != 2 || !isValidOwner(parts[0]) || !isValidName(parts[1]))
        return std::nullopt;
    return GitHubRepo{parts[0], parts[1]};
}

bool GitHubRepo::isValidOwner(const QString &owner)
{
    // GitHub's sign-up rule is letters, digits and single inner hyphens, at most 39 characters;
    // older accounts may have a trailing or doubled hyphen, so only the first character is strict.
    static const QRegularExpression re(u"^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"_s);
    return re.match(owner).hasMatch();
}

bool GitHubRepo::isValidName(const QString &name)
{
    static const QRegularExpression re(u"^[A-Za-z0-9._-]{1,100}$"_s);
    return name != u"."_s && name != u".."_s && re.match(name).hasMatch();
}

} // namespace Curator
