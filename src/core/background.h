#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <type_traits>

namespace Curator {

// The threads long work runs on. Not Qt's global pool: QImage converts and scales there in
// parallel while the GUI thread waits for the pieces, so a long job of ours on it held the window
// (0.6 s after a drop into a 100,000-entry list, measured with bench_mainwindow --drop).
QThreadPool *backgroundPool();

// Runs `work()` on a pool thread and hands its result to `then(result)` on the GUI thread (the
// application's), unless `context` is gone by then. For work that would hold the window for more
// than a frame: writing a 20 MB README with its fsync, hashing it, reading a large store.
template<typename Work, typename Then>
void runInBackground(QObject *context, Work work, Then then)
{
    using Result = std::invoke_result_t<Work>;
    QPointer<QObject> guard(context);
    backgroundPool()->start([guard, work, then] {
        Result result = work();
        QCoreApplication *app = QCoreApplication::instance();
        if (!app)
            return; // the application is ending: nobody waits for the answer
        QMetaObject::invokeMethod(
            app,
            [guard, then, result = std::move(result)] {
                if (guard)
                    then(result);
            },
            Qt::QueuedConnection);
    });
}

} // namespace Curator
