#include "inboxfixture.h"

#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Curator::Test {

namespace {

QByteArray insertAtTop(QByteArray readme, const QByteArray &text)
{
    readme.insert(readme.indexOf("Evanson, L., Bulteau"), text);
    return readme;
}

} // namespace

QJsonObject InboxFixture::pull(int n, const QString &title, const QString &author,
                               const QString &headRepo, bool draft, std::optional<bool> mergeable,
                               const QString &cloneUrl) const
{
    const QString repoUrl = u"https://github.com/"_s + Repo;
    const QString branch = u"pr"_s + QString::number(n);
    QJsonObject head;
    head.insert(u"label"_s, QString(author + u':' + branch));
    head.insert(u"ref"_s, branch);
    head.insert(u"sha"_s, m_sha.value(n));
    QJsonObject headRepoObject{{u"full_name"_s, headRepo}};
    if (!cloneUrl.isEmpty())
        headRepoObject.insert(u"clone_url"_s, cloneUrl);
    head.insert(u"repo"_s, headRepoObject);
    QJsonObject base;
    base.insert(u"label"_s, u"neuro:main"_s);
    base.insert(u"ref"_s, u"main"_s);
    base.insert(u"repo"_s, QJsonObject{{u"full_name"_s, Repo}});
    QJsonObject o;
    o.insert(u"url"_s, u"https://api.github.com/repos/%1/pulls/%2"_s.arg(Repo).arg(n));
    o.insert(u"html_url"_s, QString(repoUrl + u"/pull/"_s + QString::number(n)));
    o.insert(u"number"_s, n);
    o.insert(u"state"_s, u"open"_s);
    o.insert(u"title"_s, title);
    o.insert(u"user"_s, QJsonObject{{u"login"_s, author}, {u"type"_s, u"User"_s}});
    o.insert(u"draft"_s, draft);
    o.insert(u"head"_s, head);
    o.insert(u"base"_s, base);
    o.insert(u"maintainer_can_modify"_s, headRepo != Repo);
    o.insert(u"mergeable"_s, mergeable ? QJsonValue(*mergeable) : QJsonValue());
    return o;
}

Response InboxFixture::json(const QJsonValue &v, int status)
{
    Response r;
    r.status = status;
    r.body
        = v.isArray() ? QJsonDocument(v.toArray()).toJson() : QJsonDocument(v.toObject()).toJson();
    r.headers = {{"Content-Type", "application/json; charset=utf-8"}};
    return r;
}

// A contributor's branch from `from`, pushed where GitHub keeps pull request #n.
bool InboxFixture::pushPull(int n, const QString &path, const QByteArray &content,
                            const QString &from)
{
    const QString dir = m_git->root() + u"/contrib"_s;
    if (!m_git->git(dir, {u"fetch"_s, u"origin"_s}).ok()
        || !m_git->git(dir, {u"checkout"_s, u"-q"_s, u"-B"_s, u"pr"_s + QString::number(n), from})
                .ok()
        || !m_git->commitFile(dir, path, content, u"Pull request %1"_s.arg(n)))
        return false;
    m_sha.insert(n, m_git->rev(dir, u"HEAD"_s));
    return m_git->git(dir, {u"push"_s, u"-q"_s, u"origin"_s, u"HEAD:refs/pull/%1/head"_s.arg(n)})
        .ok();
}

QString InboxFixture::setUp(const std::function<int(const QStringList &)> &runCli)
{
    const QByteArray seed = readFile(seedReadmePath());
    m_git = std::make_unique<GitSandbox>(seed);
    if (!m_git->isValid())
        return m_git->error();
    if (!(!m_git->clone(u"contrib"_s).isEmpty()))
        return u"the contributor's clone failed"_s;
    const QString start = m_git->rev(m_git->workPath(), u"HEAD"_s);

    // 1: correct; 2: out of year order; 3: a listed preprint again; 4: a link in the link;
    // 5: another grammar; 6: removes an entry; 7: not the README; 8: a draft from a fork.
    QByteArray removed = seed;
    const qsizetype at = removed.indexOf("Granier, A., & Senn");
    removed.remove(at, removed.indexOf("\n\n", at) + 2 - at);
    const QList<std::pair<QString, QByteArray>> pulls{
        {u"README.md"_s,
         insertAtTop(seed,
                     "Roe, R. [**A new paper on brains**](https://arxiv.org/"
                     "abs/2508.00001) arXiv (2025)\n\n")},
        {u"README.md"_s,
         insertAtTop(seed,
                     "Smith, A. [**An older study**](https://arxiv.org/abs/"
                     "1901.01234) arXiv (2019)\n\n")},
        {u"README.md"_s,
         insertAtTop(seed,
                     "Spieler, A. [**The ELM Neuron**](https://arxiv.org/"
                     "abs/2306.16922v3) arXiv (2025)\n\n")},
        {u"README.md"_s,
         insertAtTop(seed,
                     "Doe, J. [**Brains**]([https://arxiv.org/abs/2507.1111"
                     "1](https://arxiv.org/abs/2507.11111)) arXiv "
                     "(2025)\n\n")},
        {u"README.md"_s,
         insertAtTop(seed,
                     "- [Brains and transformers](https://arxiv.org/abs/"
                     "2507.11111) - A study.\n\n")},
        {u"README.md"_s, removed},
        {u".github/workflows/ci.yml"_s, "on: push\n"},
        {u"README.md"_s,
         insertAtTop(seed,
                     "Poe, P. [**Another new paper**](https://arxiv.org/abs/"
                     "2508.00002) arXiv (2025)\n\n")},
    };
    for (qsizetype i = 0; i < pulls.size(); ++i) {
        if (!pushPull(int(i) + 1, pulls.at(i).first, pulls.at(i).second, start))
            return u"pull request %1 could not be pushed"_s.arg(i + 1);
    }

    // main moves on after the branches: its new review is no removal of theirs.
    QByteArray moved = seed;
    moved.insert(moved.indexOf("\n# Reviews") + 12,
                 "\nMaintainer, M. [**A review added on main**](https://arxiv.org/abs/"
                 "2509.00001) arXiv (2025)\n");
    if (!(m_git->commitFile(m_git->workPath(), u"README.md"_s, moved, u"A review"_s)))
        return u"main could not move on"_s;
    if (!(m_git->work({u"push"_s, u"-q"_s, u"origin"_s, u"main"_s}).ok()))
        return u"main could not be pushed"_s;

    m_db = m_git->root() + u"/store.sqlite"_s;
    if (!(m_github.listen()))
        return u"the loopback server does not listen"_s;
    qputenv("CURATOR_GITHUB_API", m_github.baseUrl().toString().toUtf8());
    // Every other service on the loopback server too: no test reaches the internet, whatever it
    // forgets (the tests that check online route its paths).
    for (const char *v : {"CURATOR_ARXIV_API", "CURATOR_CROSSREF_API", "CURATOR_DOI_API",
                          "CURATOR_BIORXIV_API", "CURATOR_WAYBACK_API"})
        qputenv(v, m_github.baseUrl().toString().toUtf8());
    qputenv("GH_TOKEN", "ghp_testtoken0000000000000000000000001a2b");
    if (runCli({u"--db"_s, m_db, u"import"_s, m_git->workPath() + u"/README.md"_s}) != 0)
        return u"import failed"_s;
    if (runCli({u"--db"_s, m_db, u"link"_s, u"--repo"_s, m_git->workPath(), u"--github"_s, Repo})
        != 0)
        return u"link failed"_s;

    // Two pages, as GitHub splits them (Link: rel="next").
    const QByteArray base = m_github.baseUrl().toString().toUtf8();
    Response first = json(QJsonArray{
        pull(1, u"Add a new paper on brains"_s, u"roe"_s),
        pull(2, u"Add an older study"_s, u"smith"_s),
        pull(3, u"Add the ELM neuron"_s, u"spieler"_s),
        pull(4, u"Add Brains"_s, u"doe"_s),
        pull(5, u"Add brains and transformers"_s, u"doe"_s),
    });
    first.headers.append({"Link",
                          "<" + base + "/repos/" + QString(Repo).toUtf8()
                              + "/pulls?state=open&per_page=100&page=2>; rel=\"next\", <" + base
                              + "/repos/" + QString(Repo).toUtf8()
                              + "/pulls?state=open&per_page=100&page=2>; rel=\"last\""});
    m_github.route("GET", "/repos/" + QString(Repo).toUtf8() + "/pulls?state=open&per_page=100",
                   first);
    m_github.route("GET",
                   "/repos/" + QString(Repo).toUtf8() + "/pulls?state=open&per_page=100&page=2",
                   json(QJsonArray{
                       pull(6, u"Remove a paper"_s, u"granier"_s),
                       pull(7, u"CI"_s, u"bot"_s),
                       pull(8, u"Add another new paper"_s, u"alice"_s,
                            u"alice/awesome-neuro-ai-papers"_s, true),
                   }));
    for (int n = 1; n <= 8; ++n) {
        const QString file = n == 7 ? u".github/workflows/ci.yml"_s : u"README.md"_s;
        m_github.route("GET",
                       "/repos/" + QString(Repo).toUtf8() + "/pulls/" + QByteArray::number(n)
                           + "/files?per_page=100",
                       json(QJsonArray{QJsonObject{{u"filename"_s, file},
                                                   {u"status"_s, u"modified"_s},
                                                   {u"additions"_s, 2},
                                                   {u"deletions"_s, 0}}}));
    }
    return {};
}

} // namespace Curator::Test
