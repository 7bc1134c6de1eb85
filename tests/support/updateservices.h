#pragma once

#include "testhttpserver.h"

#include <QByteArray>

namespace Curator::Test {

// Loopback arXiv, Crossref (with doi.org) and bioRxiv services for keeping a list current
// (issue 18), answering from recorded and recorded-shape fixtures, and the README whose papers
// they know: a preprint whose arXiv record names its journal DOI, one with only a journal
// reference, a bioRxiv preprint Crossref links to its journal version, one only bioRxiv's API
// knows as published, a retracted paper, a corrected one, and a paper with nothing new.
class UpdateServices
{
public:
    // Listens, routes, and points CURATOR_ARXIV_API, CURATOR_CROSSREF_API, CURATOR_DOI_API and
    // CURATOR_BIORXIV_API at the servers.
    bool start();
    static QByteArray readme();

    TestHttpServer arxiv;
    TestHttpServer crossref;
    TestHttpServer biorxiv;
};

} // namespace Curator::Test
