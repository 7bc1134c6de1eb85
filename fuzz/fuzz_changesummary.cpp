// The change summary of two README versions, "old\0new": a summary is empty exactly when the
// versions are the same, and the words made of any entries fit where they go (a 72-character
// subject, a 40-character lower-case ASCII branch name).

#include "fuzzcheck.h"
#include "git/changesummary.h"

using namespace Curator;

namespace {

bool isBranchStem(const QString &stem)
{
    // git check-ref-format --branch refuses a leading '-'.
    if (stem.isEmpty() || stem.size() > 40 || stem.startsWith(u'-'))
        return false;
    for (QChar c : stem) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArrayView> parts
        = CuratorFuzz::splitParts(CuratorFuzz::inputView(data, size), 2);
    const QByteArrayView oldReadme = parts.at(0), newReadme = parts.at(1);

    const ChangeSummary s = summarizeChange(oldReadme, newReadme);
    FUZZ_CHECK(s.isEmpty() == (oldReadme == newReadme));
    const QString subject = s.commitSubject();
    FUZZ_CHECK(!subject.isEmpty() && subject.size() <= 72 && !subject.contains(u'\n'));
    FUZZ_CHECK(isBranchStem(s.branchStem()));
    FUZZ_CHECK(s.commitBody().isEmpty()
               == (s.added.isEmpty() && s.edited.isEmpty() && s.removed.isEmpty()));
    FUZZ_CHECK(!s.pullRequestBody().isEmpty());
    return 0;
}
