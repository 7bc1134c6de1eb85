// A contribution read as entries, "old\0new": the same README twice changes nothing and finds
// nothing; otherwise every change names an entry of its side, every finding a line of the new
// README (or none, for a removal) and a message, and a changed entry stands on both sides.

#include "fuzzcheck.h"
#include "review/contribution.h"

using namespace Curator;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArrayView> parts
        = CuratorFuzz::splitParts(CuratorFuzz::inputView(data, size), 2);
    const QByteArray oldReadme = parts.at(0).toByteArray(), newReadme = parts.at(1).toByteArray();

    const Review::ContributionReview same = Review::reviewContribution(oldReadme, oldReadme);
    FUZZ_CHECK(!same.error.isEmpty() || (same.changes.isEmpty() && same.findings.isEmpty()));

    const Review::ContributionReview r = Review::reviewContribution(oldReadme, newReadme);
    if (!r.error.isEmpty()) {
        FUZZ_CHECK(r.changes.isEmpty() && r.findings.isEmpty());
        return 0;
    }
    const qsizetype newLines = newReadme.count('\n') + 1;
    for (const Review::EntryChange &c : r.changes) {
        switch (c.kind) {
        case Review::EntryChange::Kind::Added:
            FUZZ_CHECK(c.after && !c.before);
            break;
        case Review::EntryChange::Kind::Removed:
            FUZZ_CHECK(c.before && !c.after);
            break;
        case Review::EntryChange::Kind::Changed:
            FUZZ_CHECK(c.before && c.after);
            break;
        }
        if (c.after)
            FUZZ_CHECK(c.after->line >= 1 && c.after->line <= newLines);
    }
    FUZZ_CHECK(r.added() + r.changed() + r.removed() == r.changes.size());
    int last = 0;
    for (const Review::Finding &f : r.findings) {
        FUZZ_CHECK(!f.message.isEmpty());
        FUZZ_CHECK(f.line >= 0 && f.line <= newLines);
        FUZZ_CHECK(f.line >= last); // sorted by line
        FUZZ_CHECK(f.lastLine == 0 || f.lastLine > f.line);
        last = f.line;
    }
    FUZZ_CHECK(r.errors() + r.warnings() == r.findings.size());
    return 0;
}
