#include "diffhighlighter.h"

using namespace Qt::StringLiterals;

namespace Curator {

void DiffHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat f;
    if (text.startsWith(u"+++"_s) || text.startsWith(u"---"_s)) {
        f.setFontWeight(QFont::Bold);
    } else if (text.startsWith(u'+')) {
        f.setBackground(QColor(0xe6, 0xff, 0xec));
        f.setForeground(QColor(0x11, 0x63, 0x29));
    } else if (text.startsWith(u'-')) {
        f.setBackground(QColor(0xff, 0xeb, 0xe9));
        f.setForeground(QColor(0x82, 0x07, 0x1e));
    } else if (text.startsWith(u"@@"_s)) {
        f.setForeground(QColor(0x05, 0x50, 0xae));
    } else {
        return;
    }
    setFormat(0, int(text.size()), f);
}

} // namespace Curator
