#pragma once

#include <QSyntaxHighlighter>

namespace Curator {

// Colours a unified diff as every diff viewer does: added lines green, removed red, hunk
// headers blue, file names bold. For the README pane and the pull-request confirmation.
class DiffHighlighter final : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace Curator
