// The identifier recogniser on any text: a pasted value, a link's URL, free prose. Whatever it
// finds must be well formed, an arXiv id it gives must read back as itself, and findAll() never
// names one paper twice.

#include "fuzzcheck.h"
#include "identifier.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace Curator;

namespace {

void checkId(const RecognizedId &id)
{
    switch (id.kind) {
    case RecognizedId::Kind::None:
        FUZZ_CHECK(id.doi.isEmpty() && id.arxivId.isEmpty());
        return;
    case RecognizedId::Kind::Doi:
        FUZZ_CHECK(id.doi.startsWith(u"10.") && id.doi.contains(u'/'));
        FUZZ_CHECK(id.arxivId.isEmpty());
        break;
    case RecognizedId::Kind::Arxiv: {
        FUZZ_CHECK(id.doi.isEmpty() && id.arxivVersion >= 0);
        FUZZ_CHECK(Identifier::isArxivId(id.arxivId));
        FUZZ_CHECK(Identifier::isArxivId(id.arxivWithVersion()));
        // The id alone, and in arXiv's own forms, names the same paper.
        FUZZ_CHECK(Identifier::recognize(id.arxivWithVersion()) == id);
        FUZZ_CHECK(Identifier::recognize(QString(u"arXiv:"_s + id.arxivWithVersion())) == id);
        FUZZ_CHECK(
            Identifier::recognize(QString(u"https://arxiv.org/abs/"_s + id.arxivWithVersion()))
            == id);
        break;
    }
    }
    FUZZ_CHECK(!id.display().isEmpty());
}

QString keyOf(const RecognizedId &id)
{
    return id.kind == RecognizedId::Kind::Arxiv ? u"arxiv:"_s + id.arxivWithVersion()
                                                : u"doi:"_s + Identifier::doiKey(id.doi);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(CuratorFuzz::inputView(data, size));

    const RecognizedId whole = Identifier::recognize(text);
    checkId(whole);
    FUZZ_CHECK(Identifier::recognize(QString(u"  "_s + text + u"\n"_s)) == whole);

    const LinkIdentifiers link = Identifier::fromUrl(text);
    FUZZ_CHECK(!link.doi.startsWith(u"10.48550/arXiv.", Qt::CaseInsensitive));
    if (!link.arxivId.isEmpty())
        FUZZ_CHECK(Identifier::isArxivId(link.arxivId));
    if (!link.doi.isEmpty())
        FUZZ_CHECK(link.doi.startsWith(u"10.") && link.doi.contains(u'/'));

    const QList<RecognizedId> all = Identifier::findAll(text);
    QSet<QString> seen;
    for (const RecognizedId &id : all) {
        FUZZ_CHECK(id.isValid());
        checkId(id);
        const QString key = keyOf(id);
        FUZZ_CHECK(!seen.contains(key));
        seen.insert(key);
    }
    (void)Identifier::doiKey(text);
    (void)Identifier::isArxivId(text);
    return 0;
}
