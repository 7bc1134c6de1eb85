#include "background.h"

#include <QThread>

#include <algorithm>

namespace Curator {

QThreadPool *backgroundPool()
{
    // The application's child: it is waited for when the application ends, while everything the
    // jobs use still exists (a pool destroyed with the other statics at exit waited for a job
    // blocked on a regular-expression cache already gone).
    static QPointer<QThreadPool> pool;
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return QThreadPool::globalInstance();
    if (!pool) {
        pool = new QThreadPool(app);
        // Two at least: a slow job (a sync's merge) must not hold up a quick one (the table's
        // ids).
        pool->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    }
    return pool;
}

} // namespace Curator
