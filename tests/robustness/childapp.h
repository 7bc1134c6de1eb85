#pragma once

// The real awesome-curator binary as a child process, the way a user's shell or a script runs it:
// killed at a chosen moment, limited in the file size it may write, or run without privileges.
// Linux only (/proc, RLIMIT_FSIZE, SIGKILL).

#include "store/store.h"
#include "testdata.h"

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QThread>

#include <functional>

#include <csignal>
#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Curator::Test {

inline QString appBinary()
{
    return QStringLiteral(CURATOR_APP_BINARY);
}

// The uid and gid a root test drops to, so that file permissions apply to the child.
constexpr uid_t NobodyId = 65534;

struct ChildOptions
{
    qint64 fileSizeLimit = 0; // RLIMIT_FSIZE in bytes; 0: unlimited
    // With a limit: whether SIGXFSZ kills the child (the default disposition) or is ignored, so
    // that the write past the limit fails with EFBIG like a write on a full disk.
    bool ignoreFileSizeSignal = false;
    bool unprivileged = false; // when the test runs as root: the child runs as nobody
};

// Exit code of a child that could not drop its privileges.
constexpr int CannotDropPrivileges = 126;

inline void prepareChild(QProcess &p, const QStringList &args, const ChildOptions &o = {})
{
    p.setProgram(appBinary());
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Nothing reaches the internet: a look-up that the cache cannot answer fails at once.
    for (const char *name : {"CURATOR_ARXIV_API", "CURATOR_CROSSREF_API", "CURATOR_DOI_API"})
        env.insert(QString::fromLatin1(name), QStringLiteral("http://127.0.0.1:9"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    p.setProcessEnvironment(env);
    p.setChildProcessModifier([o] {
        // Runs in the child between fork and exec: system calls only.
        if (o.fileSizeLimit > 0) {
            const rlimit limit{rlim_t(o.fileSizeLimit), rlim_t(o.fileSizeLimit)};
            ::setrlimit(RLIMIT_FSIZE, &limit);
            ::signal(SIGXFSZ, o.ignoreFileSizeSignal ? SIG_IGN : SIG_DFL);
        }
        if (o.unprivileged && ::geteuid() == 0) {
            if (::setgroups(0, nullptr) != 0 || ::setgid(NobodyId) != 0 || ::setuid(NobodyId) != 0)
                ::_exit(CannotDropPrivileges);
        }
    });
}

// One run of the app to its end.
struct ChildRun
{
    bool started = false;
    bool crashed = false; // ended by a signal
    int code = -1; // exit code, or the signal's number when crashed
    QByteArray out;
    QByteArray err;
};

inline ChildRun runApp(const QStringList &args, const ChildOptions &o = {})
{
    QProcess p;
    prepareChild(p, args, o);
    p.start();
    ChildRun r;
    r.started = p.waitForStarted(10000);
    if (!r.started)
        return r;
    p.waitForFinished(120000);
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// One run of the app that is killed (SIGKILL) the moment `killNow(pid, elapsedMs)` says so; it
// is asked every 0.2 ms while the child runs.
struct KillRun
{
    bool started = false;
    bool killSent = false;
    bool killed = false; // the SIGKILL landed: the child was still running
    qint64 killedAtMs = -1;
    int code = -1; // exit code when it ran to its end
    QByteArray err;
};

inline KillRun runAndKill(const QStringList &args,
                          const std::function<bool(qint64 pid, qint64 ms)> &killNow)
{
    QProcess p;
    prepareChild(p, args);
    QElapsedTimer timer;
    timer.start();
    p.start();
    KillRun r;
    r.started = p.waitForStarted(10000);
    if (!r.started)
        return r;
    const qint64 pid = p.processId();
    while (!p.waitForFinished(0)) {
        if (killNow(pid, timer.elapsed())) {
            p.kill();
            r.killSent = true;
            r.killedAtMs = timer.elapsed();
            break;
        }
        if (timer.elapsed() > 120000) {
            p.kill();
            break;
        }
        QThread::usleep(200);
    }
    p.waitForFinished(-1);
    r.killed = r.killSent && p.exitStatus() == QProcess::CrashExit && p.exitCode() == SIGKILL;
    if (p.exitStatus() == QProcess::NormalExit)
        r.code = p.exitCode();
    r.err = p.readAllStandardError();
    return r;
}

inline qint64 fileSize(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? qint64(st.st_size) : -1;
}

// The size of a file that process `pid` holds open in `dir` under another name than `except`:
// QSaveFile's temporary file, unnamed on Linux ("#1234 (deleted)", O_TMPFILE) or
// "README.md.XXXXXX" elsewhere. -1 when it has none open.
inline qint64 openTemporaryFileSize(qint64 pid, const QString &dir, const QString &except)
{
    const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pid);
    const QStringList fds = QDir(fdDir).entryList(QDir::AllEntries | QDir::System | QDir::Hidden
                                                  | QDir::NoDotAndDotDot);
    const QByteArray prefix = QFile::encodeName(dir) + '/';
    for (const QString &fd : fds) {
        const QByteArray link = QFile::encodeName(fdDir + u'/' + fd);
        char target[4096];
        const ssize_t n = ::readlink(link.constData(), target, sizeof target - 1);
        if (n <= 0)
            continue;
        const QByteArray path(target, n);
        if (!path.startsWith(prefix) || path == QFile::encodeName(except))
            continue;
        struct stat st;
        if (::stat(link.constData(), &st) == 0 && S_ISREG(st.st_mode))
            return st.st_size;
    }
    return -1;
}

// A made-up DOI, and the Crossref record of it as the look-up cache keeps it, so that the app
// adds it offline: a work titled "<titlePrefix> <i>" from `year`.
inline QString cliDoi(int i)
{
    return QStringLiteral("10.5555/curator.%1").arg(i);
}

inline QByteArray crossrefRecord(int i,
                                 const QString &titlePrefix = QStringLiteral("Command line write"),
                                 int year = 2021)
{
    using namespace Qt::StringLiterals;
    const QString json
        = uR"({"status":"ok","message-type":"work","message":{"DOI":"%1",)"
          uR"("type":"journal-article","title":["%2 %3"],)"
          uR"("author":[{"given":"Ada","family":"Lovelace"}],"container-title":["Neuron"],)"
          uR"("issued":{"date-parts":[[%4]]},"URL":"https://doi.org/%1"}})"_s;
    return json.arg(cliDoi(i), titlePrefix).arg(i).arg(year).toUtf8();
}

// A synthetic awesome list of `n` entries (bench/syntheticlist.h).
inline QByteArray makeList(int n, int seed)
{
    return syntheticList(n, quint64(seed));
}

// A store file as it is on disk, with its write-ahead log when it has one.
inline bool copyStore(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile::remove(to + suffix);
        if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return QFile::setPermissions(
        to, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
}

// PRAGMA integrity_check's verdict ("ok"), the full-text index checked against its content
// (needs a writable store), and no dangling foreign key.
inline QString integrityProblems(Store &s, bool checkFullText = true)
{
    QSqlQuery q(s.database());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return q.lastError().text();
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString();
    if (rows != QStringList{QStringLiteral("ok")})
        return rows.join(u'\n');
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return q.lastError().text();
    if (q.next())
        return QStringLiteral("a row of %1 has a dangling foreign key").arg(q.value(0).toString());
    if (checkFullText
        && !q.exec(
            QStringLiteral("INSERT INTO entries_fts(entries_fts) VALUES ('integrity-check')")))
        return QStringLiteral("full-text index: ") + q.lastError().text();
    return {};
}

} // namespace Curator::Test
