#pragma once

#include <QApplication>
#include <QObject>
#include <QTimer>
#include <QUrl>

namespace Curator::Test {

// Runs `answer` on the first modal dialog of type T that shows within ten seconds (a question
// asked when a look-up or a dry run comes back). The poll timer belongs to the application, so
// an unanswered one is still cleaned up at exit (LeakSanitizer counts an unparented one).
template<typename T, typename F>
void whenShown(F answer)
{
    auto *poll = new QTimer(QCoreApplication::instance());
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer, tries = 0]() mutable {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (dialog)
            answer(dialog);
        if (dialog || ++tries > 500) {
            poll->stop();
            poll->deleteLater();
        }
    });
    poll->start(20);
}

// Receives what the window hands the desktop to open (QDesktopServices::setUrlHandler).
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened << url; }
};

} // namespace Curator::Test
