#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Curator {

struct GitResult
{
    enum class Status {
        Ok, // exit code 0
        Failed, // git ran and exited non-zero (or crashed); see exitCode and stdErr
        NotInstalled, // no git on PATH
        Timeout, // killed after the command's time limit
        Canceled,
    };
    Status status = Status::Failed;
    int exitCode = -1;
    QByteArray stdOut;
    QByteArray stdErr;
    QString commandLine; // "git fetch -- origin", for logs and messages
    QString message; // for the user, when not Ok: git's own words first, then the command

    bool ok() const { return status == Status::Ok; }
};

struct GitOptions
{
    QString workingDirectory; // empty: the runner's
    QByteArray stdIn; // written, then the channel is closed (git never waits on a terminal)
    int timeoutMs = 0; // 0: the runner's
    bool readOnly = false; // a query: GIT_OPTIONAL_LOCKS=0, so it never races the user's git
};

// Runs git commands as child processes with an argument list (never a shell), asynchronously.
// Each command gets the inherited environment plus GIT_TERMINAL_PROMPT=0 (a credential prompt
// would hang an invisible terminal) and LC_ALL=C (git's messages are parsed).
class GitRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GitRunner)

public:
    static constexpr int DefaultTimeoutMs = 60000; // generous enough for a fetch or a push

    explicit GitRunner(QObject *parent = nullptr);
    ~GitRunner() override; // kills what still runs; no callback is called any more

    void setWorkingDirectory(const QString &dir) { m_workingDirectory = dir; }
    QString workingDirectory() const { return m_workingDirectory; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    using Callback = std::function<void(const GitResult &)>;
    // Starts `git <args>`; `done` runs once, on this object's thread, never before run() returns.
    // Returns a ticket for cancel().
    quint64 run(const QStringList &args, Callback done);
    quint64 run(const QStringList &args, const GitOptions &options, Callback done);
    void cancel(quint64 ticket);
    void cancelAll();
    int running() const { return int(m_jobs.size()); }

    // "git a 'b c'": for logs and messages. Credentials in URLs are left out.
    static QString commandLine(const QStringList &args);
    // The user:password of scheme://user:password@host URLs removed from git's output.
    static QString redactCredentials(QString text);

signals:
    void commandStarted(const QString &commandLine);

private:
    struct Job;
    void start(Job *job);
    // True when the job was completed instead (its folder is missing, or it was canceled).
    bool completedBeforeStart(Job *job);
    void setUpProcess(Job *job);
    void failedToStart(Job *job);
    void processFinished(Job *job, int exitCode, bool crashed);
    void complete(Job *job, GitResult result);

    QString m_workingDirectory;
    int m_timeoutMs = DefaultTimeoutMs;
    QHash<quint64, Job *> m_jobs;
    quint64 m_nextTicket = 1;
};

} // namespace Curator
