// A Crossref REST /works/{DOI} body, as a service (or anything between it and us) might send it:
// the parser returns a status for any bytes, and each record it gives becomes an entry that the
// README reader reads back as the same paper.

#include "fuzzcheck.h"
#include "fuzzrecord.h"
#include "metadata/parsers.h"

using namespace Curator;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = CuratorFuzz::inputView(data, size).toByteArray();
    CuratorFuzz::checkParseResult(Metadata::parseCrossrefWork(body));
    return 0;
}
