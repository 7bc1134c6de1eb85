#pragma once

#include "links/linkcheck.h"

#include <QString>

// How a check reads for the maintainer, the same in the window and on the command line: which
// links need their attention, and what to call a link's state.
namespace Curator::Links {

// Broken, or redirected to a front page or a sign-in page (a "soft 404"): the links the
// maintainer has to do something about. Unverified is not: a server that refused a bot says
// nothing about the page.
bool needsAttention(const CheckedLink &checked);

// What a report lists: every link that is not plainly ok (skipped ones are the list's own
// choice), and repositories their owners archived.
bool isNotable(const LinkFinding &finding);

// verdictName(), except that a soft 404 is called one, and an archived repository that exists
// "archived".
QString statusName(const CheckedLink &checked);

} // namespace Curator::Links
