#pragma once

#include "entry.h"

#include <optional>

namespace Curator {

// The git clone a README file lives in, read from the files of its .git directory (no git
// process: importing must work, and stay fast, where git is not installed). The link names the
// remote "origin" and its default branch (refs/remotes/origin/HEAD), else the checked-out branch.
// Nothing when the file is not inside a work tree.
std::optional<RepoLink> detectRepository(const QString &readmePath);

} // namespace Curator
