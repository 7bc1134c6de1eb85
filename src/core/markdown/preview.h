#pragma once

#include <QByteArrayView>
#include <QString>

namespace Curator::Markdown {

// A README as GitHub shows it, as HTML for a widget that loads nothing from outside
// (QTextBrowser): GitHub's own rendering (gfmHtml), with every image replaced by its alt text
// (the widget could not load it, and a file: image would show a local file), tables given
// borders, and never empty: a document the renderer makes nothing of shows as plain text.
QString previewHtml(QByteArrayView markdown);

} // namespace Curator::Markdown
