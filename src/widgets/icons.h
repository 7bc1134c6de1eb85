#pragma once

#include <QIcon>
#include <QString>

namespace Curator {

// The desktop theme's icon `name` (freedesktop naming), else the bundled one
// (":/icons/actions/<name>.svg"), so the app looks complete without an icon theme.
QIcon themeIcon(const QString &name);

} // namespace Curator
