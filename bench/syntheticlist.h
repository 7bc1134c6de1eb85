#pragma once

#include <QByteArray>

namespace Curator::Bench {

struct SyntheticListOptions
{
    int entries = 1000;
    quint64 seed = 1;
    bool crlf = false;
    // Entries as rows of one table per section ("| Date | Title | Venue | Code |"), the shape of
    // most paper lists, instead of the seed's paragraphs.
    bool table = false;
};

// A made-up awesome list in the seed's style (a logo block, a title with a badge, a quote, then
// "# Papers", "# Reviews", "# Blogs", "# More awesome lists" with 85/10/3/2 % of the entries as
// `Authors [**Title**](url) Venue (Year)` paragraphs). The same options give the same bytes on
// every machine (its own random generator, no std:: distributions), so benchmarks and tests
// measure the same input everywhere and nothing large needs to be stored.
QByteArray syntheticList(const SyntheticListOptions &options);

} // namespace Curator::Bench
