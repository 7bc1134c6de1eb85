#include "linkstatus.h"

#include <QCoreApplication>

namespace Curator::Links {

namespace {

class StatusText
{
    Q_DECLARE_TR_FUNCTIONS(Curator::Links::LinkStatus)
};

} // namespace

bool needsAttention(const CheckedLink &checked)
{
    return checked.verdict == Verdict::Broken || checked.softNotFound;
}

bool isNotable(const LinkFinding &finding)
{
    const Verdict v = finding.result.verdict;
    return (v != Verdict::Ok && v != Verdict::Skipped) || finding.result.archived;
}

QString statusName(const CheckedLink &checked)
{
    if (checked.softNotFound && checked.verdict != Verdict::Broken)
        return StatusText::tr("soft 404");
    if (checked.archived && checked.verdict == Verdict::Ok)
        return StatusText::tr("archived");
    return verdictName(checked.verdict);
}

} // namespace Curator::Links
