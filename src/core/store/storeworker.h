#pragma once

#include "background.h"
#include "store/store.h"

#include <type_traits>

namespace Curator {

// Runs `work(Store &)` on a pool thread with a store connection of its own, so that long work on
// a large list (export, diff, sync check and merge, the change summary) never holds the GUI
// thread; its result goes to `then(result)` on the GUI thread, unless `context` is gone by then.
// The window's connection sees what the worker committed as soon as it is committed. When the
// connection cannot be opened, `failed(errorString)` makes the result. A store without a file (in
// memory) cannot be opened twice: the work runs on it directly, still answered from the event loop.
template<typename Work, typename Failed, typename Then>
void runOnStore(QObject *context, Store &store, Work work, Failed failed, Then then)
{
    using Result = std::invoke_result_t<Work, Store &>;
    const QString path = store.path();
    if (path.isEmpty()) {
        Result result = work(store);
        runInBackground(
            context, [result] { return result; }, then);
        return;
    }
    runInBackground(
        context,
        [path, work, failed] {
            Store own;
            return own.open(path) ? work(own) : failed(own.errorString());
        },
        then);
}

} // namespace Curator
