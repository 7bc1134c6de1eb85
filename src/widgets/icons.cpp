#include "icons.h"

#include "links/linkcheck.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Curator {

QIcon themeIcon(const QString &name)
{
    // fromTheme() only uses the fallback when the theme has no such icon, so build it lazily.
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return QIcon(u":/icons/actions/"_s % name % u".svg"_s);
}

QIcon linkStatusIcon(const Links::CheckedLink &checked)
{
    const QStyle *style = QApplication::style();
    using Links::Verdict;
    if (checked.verdict == Verdict::Broken)
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    if (checked.softNotFound)
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    switch (checked.verdict) {
    case Verdict::Ok:
        return style->standardIcon(checked.archived ? QStyle::SP_MessageBoxInformation
                                                    : QStyle::SP_DialogApplyButton);
    case Verdict::Redirected:
        return style->standardIcon(QStyle::SP_ArrowForward);
    case Verdict::Unverified:
        return style->standardIcon(QStyle::SP_MessageBoxQuestion);
    case Verdict::Skipped:
        return style->standardIcon(QStyle::SP_DialogCancelButton);
    case Verdict::Broken:
        break;
    }
    return {};
}

} // namespace Curator
