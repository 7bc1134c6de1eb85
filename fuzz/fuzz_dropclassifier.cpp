// The drop classifier on pasted text (classifyText) and on a drop (classifyDrop) whose formats
// the input chooses. Input: one byte of flags, then the formats' data separated by NUL bytes in
// this order: text/uri-list, text/x-moz-url, text/plain, text/html (each present when its flag
// bit is set: 1, 2, 4, 8; flag 16 sends the Firefox format as UTF-16, as Firefox does).

#include "fuzzcheck.h"
#include "importing/dropclassifier.h"

#include <QMimeData>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace Curator;

namespace {

void checkItems(const QList<DropItem> &items)
{
    FUZZ_CHECK(items.size() <= kMaxDropItems + 2);
    QSet<QString> papers;
    for (const DropItem &item : items) {
        FUZZ_CHECK(item.source.size() <= 201);
        switch (item.kind) {
        case DropItem::Kind::PdfFile:
            FUZZ_CHECK(item.path.endsWith(u".pdf"_s, Qt::CaseInsensitive));
            break;
        case DropItem::Kind::LocalFile:
            FUZZ_CHECK(!item.path.isEmpty());
            break;
        case DropItem::Kind::Identifier: {
            FUZZ_CHECK(item.id.isValid());
            const QString key = item.id.kind == RecognizedId::Kind::Arxiv
                ? u"arxiv:"_s + item.id.arxivId
                : u"doi:"_s + Identifier::doiKey(item.id.doi);
            FUZZ_CHECK(!papers.contains(key)); // one paper, one item
            papers.insert(key);
            break;
        }
        case DropItem::Kind::Url:
            FUZZ_CHECK(item.url.isValid() && !item.url.host().isEmpty());
            FUZZ_CHECK(item.url.scheme() == u"http" || item.url.scheme() == u"https");
            break;
        case DropItem::Kind::Unsupported:
            FUZZ_CHECK(!item.reason.isEmpty());
            break;
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const unsigned flags = data[0];
    const QByteArrayView rest = CuratorFuzz::inputView(data + 1, size - 1);

    const QString text = QString::fromUtf8(rest);
    const QList<DropItem> pasted = classifyText(text);
    checkItems(pasted);
    FUZZ_CHECK(pasted.isEmpty() == text.trimmed().isEmpty());

    const QList<QByteArrayView> parts = CuratorFuzz::splitParts(rest, 4);
    QMimeData mime;
    int next = 0;
    if (flags & 1)
        mime.setData(u"text/uri-list"_s, parts.at(next++).toByteArray());
    if (flags & 2) {
        const QByteArrayView moz = parts.at(next++);
        if (flags & 16) {
            const QString s = QString::fromUtf8(moz);
            mime.setData(u"text/x-moz-url"_s,
                         QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2));
        } else {
            mime.setData(u"text/x-moz-url"_s, moz.toByteArray());
        }
    }
    if (flags & 4)
        mime.setData(u"text/plain"_s, parts.at(next++).toByteArray());
    if (flags & 8)
        mime.setData(u"text/html"_s, parts.at(next++).toByteArray());
    const QList<DropItem> dropped = classifyDrop(mime);
    checkItems(dropped);
    FUZZ_CHECK(dropped.isEmpty() == mime.formats().isEmpty());
    return 0;
}
