#pragma once

// A list's repository with open pull requests, for the contributions inbox's tests (issue 17):
// the seed README in a real bare repository, eight pull requests kept as refs/pull/N/head (as
// GitHub keeps them) — 1 correct, 2 out of year order, 3 a listed preprint again, 4 a link inside
// the link, 5 in another grammar, 6 removing an entry, 7 not touching the README, 8 a draft from
// a fork — main moved on after them, a store with the list imported and linked, and GitHub's
// API on the loopback server answering as GitHub does (two pages, the files of each).

#include "gitsandbox.h"
#include "testhttpserver.h"

#include <QHash>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

#include <memory>
#include <optional>

namespace Curator::Test {

class InboxFixture
{
public:
    // "neuro/awesome-neuro-ai-papers"; a constant expression, so no test sees it unset.
    static constexpr QLatin1StringView Repo{"neuro/awesome-neuro-ai-papers"};

    // Sets everything up; `runCli` imports and links the list (the command line's own runner,
    // passed in so that this library does not depend on it). Empty on success, else what failed.
    QString setUp(const std::function<int(const QStringList &)> &runCli);

    GitSandbox &git() { return *m_git; }
    TestHttpServer &github() { return m_github; }
    QString db() const { return m_db; }
    QString sha(int n) const { return m_sha.value(n); }

    QJsonObject pull(int n, const QString &title, const QString &author,
                     const QString &headRepo = QString(Repo), bool draft = false,
                     std::optional<bool> mergeable = std::nullopt,
                     const QString &cloneUrl = {}) const;
    static Response json(const QJsonValue &v, int status = 200);

private:
    bool pushPull(int n, const QString &path, const QByteArray &content, const QString &from);

    std::unique_ptr<GitSandbox> m_git;
    TestHttpServer m_github;
    QString m_db;
    QHash<int, QString> m_sha;
};

} // namespace Curator::Test
