// Import → export → import through a real store (SQLite in memory): the export of an unedited
// import is the input byte for byte, and importing it again over the list gives the same list:
// the same entries in the same order, matched to the rows they came from (their ids kept).

#include "fuzzcheck.h"
#include "store/readmeio.h"
#include "store/store.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace Curator;

namespace {

Store *store = nullptr;

struct Row
{
    qint64 id;
    QByteArray raw, trail;
    EntryFields fields;

    bool sameAs(const Row &o) const
    {
        return id == o.id && raw == o.raw && trail == o.trail && fields == o.fields;
    }
};

QList<Row> rows(qint64 listId)
{
    QList<Row> out;
    for (const Entry &e : store->entries(listId))
        out.append({e.id, e.raw, e.trail, e.fields});
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // QSqlDatabase wants an application object; one for the whole run.
    static QCoreApplication app(*argc, *argv);
    store = new Store;
    if (!store->open(u":memory:"_s)) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(store->errorString()));
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = CuratorFuzz::inputView(data, size).toByteArray();
    ImportOptions options;
    options.listName = u"fuzz"_s;
    options.force = true; // keep paragraphs that could not be read as text
    const ImportReport first = importReadme(*store, input, options);
    if (!first.ok) {
        FUZZ_CHECK(!first.error.isEmpty());
        FUZZ_CHECK(store->lists().isEmpty()); // a failed import changes nothing
        return 0;
    }
    FUZZ_CHECK(first.createdList && first.added == first.entries);

    const ExportResult exported = exportReadme(*store, first.listId);
    FUZZ_CHECK(exported.ok && exported.rendered == 0);
    FUZZ_CHECK(exported.data == input);
    const QList<Row> before = rows(first.listId);
    FUZZ_CHECK(before.size() == first.entries);

    const ImportReport second = importReadme(*store, exported.data, options);
    FUZZ_CHECK(second.ok && !second.createdList && second.listId == first.listId);
    FUZZ_CHECK(second.entries == first.entries && second.sections == first.sections);
    FUZZ_CHECK(second.added == 0 && second.removed == 0 && second.updated == first.entries);
    const QList<Row> after = rows(first.listId);
    FUZZ_CHECK(after.size() == before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        FUZZ_CHECK(before.at(i).sameAs(after.at(i)));
    const ExportResult again = exportReadme(*store, first.listId);
    FUZZ_CHECK(again.ok && again.data == input);

    FUZZ_CHECK(store->removeList(first.listId));
    return 0;
}
