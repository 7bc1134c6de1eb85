#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// What a link points at, as far as checking it goes (issue 16): a paper by its arXiv id or DOI, a
// GitHub repository, or a page. Pure functions.
namespace Curator::Links {

struct Target
{
    enum class Kind {
        Page, // fetched (headers only)
        Arxiv, // checked through arXiv's API, never by fetching arxiv.org
        Doi, // checked through doi.org's handle API, never by fetching the publisher's page
        GitHubRepo, // checked through GitHub's REST API
    };
    Kind kind = Kind::Page;
    QString arxivId; // Arxiv: with its version when the link names one
    QString doi; // Doi
    QString owner, repo; // GitHubRepo
};

// arxiv.org (abs, pdf, html; export. and www.) links by their id; doi.org / dx.doi.org links,
// and publishers' pages whose address holds the DOI (nature.com/articles/nn.4244,
// pnas.org/doi/10.1073/…, biorxiv.org/content/10.1101/…), by the DOI; github.com/OWNER/REPO
// (the repository's front page, nothing below it) by the repository; anything else as a page.
Target targetOf(const QUrl &url);

// Scholarly publishers, preprint servers and doi.org: they throttle or block bots, so they are
// asked at most once a second over one connection. `host` is compared with its subdomains
// (www.nature.com is nature.com's).
bool isPublisherHost(const QString &host);

} // namespace Curator::Links
