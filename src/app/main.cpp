#include "commandline.h"
#include "language.h"
#include "mainwindow.h"
#include "store/store.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
#ifdef SIGXFSZ
    // Past a file-size limit (ulimit -f) a write should fail with "File too large", which the
    // store and the export report, instead of the kernel ending the process mid-way.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    QCoreApplication::setApplicationName(u"awesome-curator"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CURATOR_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Commands run without a display, so a headless machine or a script can use them.
    if (Curator::Cli::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        // English, always (scripts read the output), with its plural forms: "1 entry".
        Curator::Language::install(u"en"_s);
        QFile out, err;
        out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
        err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
        return Curator::Cli::run(app.arguments(), out, err);
    }

    QApplication app(argc, argv);
    // The language chosen in the settings ("ui/language"; applies at start), else the system's.
    // The command line above stays English: scripts read its output.
    Curator::Language::install(Curator::Language::resolve(
        QSettings(QCoreApplication::applicationName(), QCoreApplication::applicationName())
            .value(u"ui/language"_s)
            .toString()));
    QApplication::setWindowIcon(QIcon(u":/icons/awesome-curator.svg"_s));
    // Lets Wayland compositors and docks match the window to the installed .desktop file.
    QGuiApplication::setDesktopFileName(u"io.github.awesome_curator.AwesomeCurator"_s);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Awesome Curator"));
    Curator::Store store;
    const QString path = Curator::Cli::storePath(app.arguments());
    if (!store.open(path)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Awesome Curator"),
                              store.errorString());
        return 1;
    }
    // A new user sees a real list rather than an empty window.
    if (!app.arguments().contains(u"--db"_s))
        Curator::MainWindow::importSampleIfEmpty(store);
    Curator::MainWindow window(store);
    window.show();
    return app.exec();
}
