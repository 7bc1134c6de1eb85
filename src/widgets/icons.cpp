#include "icons.h"

using namespace Qt::StringLiterals;

namespace Curator {

QIcon themeIcon(const QString &name)
{
    // fromTheme() only uses the fallback when the theme has no such icon, so build it lazily.
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return QIcon(u":/icons/actions/"_s % name % u".svg"_s);
}

} // namespace Curator
