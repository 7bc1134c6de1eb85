#pragma once

#include <QIcon>
#include <QString>

namespace Curator::Links {
struct CheckedLink;
}

namespace Curator {

// The desktop theme's icon `name` (freedesktop naming), else the bundled one
// (":/icons/actions/<name>.svg"), so the app looks complete without an icon theme.
QIcon themeIcon(const QString &name);

// The state of a checked link at a glance (the style's icons: every platform has them).
QIcon linkStatusIcon(const Links::CheckedLink &checked);

} // namespace Curator
