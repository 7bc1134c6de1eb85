#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <type_traits>

namespace Curator {

// Runs `work()` on a pool thread and hands its result to `then(result)` on the GUI thread (the
// application's), unless `context` is gone by then. For work that would hold the window for more
// than a frame: writing a 20 MB README with its fsync, hashing it, reading a large store.
template<typename Work, typename Then>
void runInBackground(QObject *context, Work work, Then then)
{
    using Result = std::invoke_result_t<Work>;
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, work, then] {
        Result result = work();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, then, result = std::move(result)] {
                if (guard)
                    then(result);
            },
            Qt::QueuedConnection);
    });
}

} // namespace Curator
