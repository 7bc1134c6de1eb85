#include "gitrunner.h"

#include "logging.h"

#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Curator {

struct GitRunner::Job
{
    quint64 ticket = 0;
    QStringList args;
    GitOptions options; // with the runner's defaults filled in
    Callback done;
    QString commandLine;
    QPointer<QProcess> process;
    QTimer *timer = nullptr; // the process's child
    bool canceled = false;
    bool timedOut = false;
};

namespace {

// What git said, shortened for a message box: its first lines, and its fatal/error line if that
// came later (the identity complaint puts it after ten lines of instructions). Hints are left out:
// they suggest commands for a terminal.
QString gitWords(const QByteArray &stdErr)
{
    QStringList lines;
    // Progress output overwrites itself with \r; each part is a line of its own here.
    const QString text = QString::fromUtf8(stdErr).replace(u'\r', u'\n');
    for (const QString &raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        if (!line.isEmpty() && !line.startsWith(u"hint:"_s))
            lines << line;
    }
    constexpr int maxLines = 6;
    if (lines.size() > maxLines) {
        QStringList shown = lines.mid(0, maxLines - 1);
        for (qsizetype i = lines.size() - 1; i >= maxLines - 1; --i) {
            if (lines[i].startsWith(u"fatal:"_s) || lines[i].startsWith(u"error:"_s)) {
                shown << lines[i];
                break;
            }
        }
        lines = shown;
    }
    return GitRunner::redactCredentials(lines.join(u'\n'));
}

QProcessEnvironment gitEnvironment(bool readOnly)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Set when the app is started from a git hook or an alias: they would point every command at
    // that repository instead of the working directory.
    for (const QString &name : {u"GIT_DIR"_s, u"GIT_WORK_TREE"_s, u"GIT_INDEX_FILE"_s,
                                u"GIT_PREFIX"_s, u"GIT_COMMON_DIR"_s, u"GIT_OBJECT_DIRECTORY"_s})
        env.remove(name);
    env.insert(u"GIT_TERMINAL_PROMPT"_s, u"0"_s);
    env.insert(u"LC_ALL"_s, u"C"_s);
    if (readOnly)
        env.insert(u"GIT_OPTIONAL_LOCKS"_s, u"0"_s);
    return env;
}

} // namespace

GitRunner::GitRunner(QObject *parent)
    : QObject(parent)
{ }

GitRunner::~GitRunner()
{
    for (Job *job : std::as_const(m_jobs)) {
        if (job->process) {
            job->process->disconnect(this);
            // Killed and reaped here, so no zombie is left; SIGKILL makes the wait a short one.
            job->process->kill();
            job->process->waitForFinished(1000);
            delete job->process;
        }
        delete job;
    }
}

QString GitRunner::commandLine(const QStringList &args)
{
    QStringList parts{u"git"_s};
    for (const QString &arg : args) {
        const bool plain = !arg.isEmpty() && std::none_of(arg.begin(), arg.end(), [](QChar c) {
            return c.isSpace() || c == u'\'' || c == u'"' || c == u'\\';
        });
        parts << (plain ? arg : u'\'' + QString(arg).replace(u"'"_s, u"'\\''"_s) + u'\'');
    }
    return redactCredentials(parts.join(u' '));
}

QString GitRunner::redactCredentials(QString text)
{
    static const QRegularExpression userInfo(u"\\b([A-Za-z][A-Za-z0-9+.-]*://)[^/@\\s]+@"_s);
    return text.replace(userInfo, u"\\1"_s);
}

quint64 GitRunner::run(const QStringList &args, Callback done)
{
    return run(args, GitOptions{}, std::move(done));
}

quint64 GitRunner::run(const QStringList &args, const GitOptions &options, Callback done)
{
    auto *job = new Job;
    job->ticket = m_nextTicket++;
    job->args = args;
    job->options = options;
    if (job->options.workingDirectory.isEmpty())
        job->options.workingDirectory = m_workingDirectory;
    if (job->options.timeoutMs <= 0)
        job->options.timeoutMs = m_timeoutMs;
    job->done = std::move(done);
    job->commandLine = commandLine(args);
    m_jobs.insert(job->ticket, job);
    // Started from the event loop: the caller's state is complete before any callback can run,
    // also when git cannot be started at all.
    const quint64 ticket = job->ticket;
    QMetaObject::invokeMethod(
        this,
        [this, ticket] {
            if (Job *j = m_jobs.value(ticket))
                start(j);
        },
        Qt::QueuedConnection);
    return ticket;
}

void GitRunner::start(Job *job)
{
    if (completedBeforeStart(job))
        return;
    setUpProcess(job);
    const quint64 ticket = job->ticket;
    job->process->start(QIODevice::ReadWrite);
    // A start that fails at once may already have completed (and deleted) the job.
    if (!m_jobs.contains(ticket))
        return;
    if (!job->options.stdIn.isEmpty())
        job->process->write(job->options.stdIn);
    job->process->closeWriteChannel();
    job->timer->start(job->options.timeoutMs);
}

bool GitRunner::completedBeforeStart(Job *job)
{
    GitResult early;
    early.commandLine = job->commandLine;
    const QString dir = job->options.workingDirectory;
    // QProcess would report a missing folder as "failed to start", which reads like missing git.
    if (!job->canceled && !dir.isEmpty() && !QFileInfo(dir).isDir()) {
        early.status = GitResult::Status::Failed;
        early.message = tr("The folder %1 does not exist.").arg(dir);
        complete(job, early);
        return true;
    }
    if (!job->canceled) {
        qCInfo(lcGit).noquote() << "in" << dir << "run:" << job->commandLine;
        emit commandStarted(job->commandLine);
    }
    // Canceled before it started, or by a slot of commandStarted().
    if (job->canceled) {
        early.status = GitResult::Status::Canceled;
        early.message = tr("“%1” was canceled.").arg(job->commandLine);
        complete(job, early);
        return true;
    }
    return false;
}

void GitRunner::setUpProcess(Job *job)
{
    const QString &dir = job->options.workingDirectory;
    auto *process = new QProcess(this);
    job->process = process;
    process->setProgram(u"git"_s);
    process->setArguments(job->args);
    if (!dir.isEmpty())
        process->setWorkingDirectory(dir);
    process->setProcessEnvironment(gitEnvironment(job->options.readOnly));

    auto *timer = new QTimer(process);
    job->timer = timer;
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [job] {
        job->timedOut = true;
        job->process->kill();
    });

    connect(process, &QProcess::errorOccurred, this, [this, job](QProcess::ProcessError error) {
        // Every other error is followed by finished().
        if (error == QProcess::FailedToStart)
            failedToStart(job);
    });
    connect(process, &QProcess::finished, this,
            [this, job](int exitCode, QProcess::ExitStatus exitStatus) {
                processFinished(job, exitCode, exitStatus == QProcess::CrashExit);
            });
}

void GitRunner::failedToStart(Job *job)
{
    GitResult r;
    r.commandLine = job->commandLine;
    if (QStandardPaths::findExecutable(u"git"_s).isEmpty()) {
        r.status = GitResult::Status::NotInstalled;
        r.message = tr("git is not installed or not on PATH. Install it (Debian: apt install "
                       "git) and try again.");
    } else {
        r.status = GitResult::Status::Failed;
        r.message = tr("Could not start git: %1").arg(job->process->errorString());
    }
    complete(job, r);
}

void GitRunner::processFinished(Job *job, int exitCode, bool crashed)
{
    GitResult r;
    r.commandLine = job->commandLine;
    r.exitCode = crashed ? -1 : exitCode;
    r.stdOut = job->process->readAllStandardOutput();
    r.stdErr = job->process->readAllStandardError();
    if (job->canceled) {
        r.status = GitResult::Status::Canceled;
        r.message = tr("“%1” was canceled.").arg(job->commandLine);
    } else if (job->timedOut) {
        r.status = GitResult::Status::Timeout;
        r.message = tr("“%1” did not finish within %n second(s) and was stopped.", nullptr,
                       std::max(1, job->options.timeoutMs / 1000))
                        .arg(job->commandLine);
    } else if (crashed) {
        r.status = GitResult::Status::Failed;
        r.message = tr("“%1” crashed.").arg(job->commandLine);
    } else if (exitCode == 0) {
        r.status = GitResult::Status::Ok;
    } else {
        r.status = GitResult::Status::Failed;
        const QString words = gitWords(r.stdErr);
        r.message = words.isEmpty()
            ? tr("“%1” failed with exit code %2.").arg(job->commandLine, QString::number(exitCode))
            : tr("%1\n(“%2”, exit code %3)")
                  .arg(words, job->commandLine, QString::number(exitCode));
    }
    complete(job, r);
}

void GitRunner::complete(Job *job, GitResult result)
{
    m_jobs.remove(job->ticket);
    if (job->process) {
        job->process->disconnect(this);
        job->timer->stop();
        job->timer->disconnect(this);
        // Not deleted here: this may run inside one of the process's own signals.
        job->process->deleteLater();
    }
    if (result.ok()) {
        qCInfo(lcGit).noquote() << "done:" << result.commandLine;
    } else {
        qCInfo(lcGit).noquote() << "not ok:" << result.commandLine << "exit" << result.exitCode
                                << redactCredentials(QString::fromUtf8(result.stdErr).trimmed());
    }
    const Callback done = std::move(job->done);
    delete job;
    if (done)
        done(result);
}

void GitRunner::cancel(quint64 ticket)
{
    Job *job = m_jobs.value(ticket);
    if (!job || job->canceled)
        return;
    job->canceled = true;
    // Not started yet: start() reports it. Running: finished() reports it.
    if (job->process && job->process->state() != QProcess::NotRunning)
        job->process->kill();
}

void GitRunner::cancelAll()
{
    const QList<quint64> tickets = m_jobs.keys();
    for (quint64 ticket : tickets)
        cancel(ticket);
}

} // namespace Curator
