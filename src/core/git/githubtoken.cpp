#include "githubtoken.h"

#include "logging.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Curator {

namespace {

// What a token may be: it goes into an HTTP header as it is, so visible ASCII only.
bool isPlausibleToken(const QByteArray &token)
{
    return !token.isEmpty()
        && std::all_of(token.begin(), token.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

QByteArray tokenFromVariable(const char *name)
{
    return qgetenv(name).trimmed();
}

constexpr int TimedOut = -1; // not a QKeychain::Error

} // namespace

QByteArray githubTokenFromEnvironment(TokenSource *source)
{
    QByteArray token = tokenFromVariable("GH_TOKEN");
    TokenSource from = TokenSource::GhTokenVariable;
    if (token.isEmpty()) {
        token = tokenFromVariable("GITHUB_TOKEN");
        from = TokenSource::GitHubTokenVariable;
    }
    if (source)
        *source = token.isEmpty() ? TokenSource::None : from;
    return token;
}

struct TokenProvider::Lookup
{
    Callback done;
    QString cliNote; // why the GitHub CLI gave no token, if it was asked
};

TokenProvider::TokenProvider(QObject *parent)
    : QObject(parent)
{ }

// Running CLI processes are children and die with this object; a keychain job still waiting on
// D-Bus deletes itself when it ends, and its answer no longer reaches anybody.
TokenProvider::~TokenProvider() = default;

QString TokenProvider::keychainKey() const
{
    return u"github-token@"_s + m_host.toLower();
}

void TokenProvider::fetch(Callback done)
{
    auto lookup = std::make_shared<Lookup>();
    lookup->done = std::move(done);

    TokenResult r;
    r.token = githubTokenFromEnvironment(&r.source);
    if (!r.token.isEmpty()) {
        finishLater(lookup, r);
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, lookup] { tryCli(lookup); }, Qt::QueuedConnection);
}

void TokenProvider::tryCli(const std::shared_ptr<Lookup> &lookup)
{
    const QString gh = QStandardPaths::findExecutable(u"gh"_s);
    if (gh.isEmpty()) {
        qCDebug(lcGit) << "no GitHub CLI on PATH";
        tryKeychain(lookup);
        return;
    }

    auto *process = new QProcess(this);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // gh must not wait for an answer nobody will type, nor talk about updates.
    env.insert(u"GH_PROMPT_DISABLED"_s, u"1"_s);
    env.insert(u"GH_NO_UPDATE_NOTIFIER"_s, u"1"_s);
    env.insert(u"NO_COLOR"_s, u"1"_s);
    process->setProcessEnvironment(env);
    process->setStandardInputFile(QProcess::nullDevice());

    auto settled = std::make_shared<bool>(false);
    auto settle = [this, lookup, process, settled](const QByteArray &token, const QString &note) {
        if (*settled)
            return;
        *settled = true;
        process->disconnect(this);
        if (process->state() == QProcess::NotRunning) {
            process->deleteLater();
        } else {
            // Deleted once it is really gone: a QProcess destroyed while running blocks to wait.
            connect(process, &QProcess::finished, process, &QObject::deleteLater);
            process->kill();
        }
        if (!token.isEmpty()) {
            TokenResult r;
            r.token = token;
            r.source = TokenSource::GitHubCli;
            finish(lookup, r);
            return;
        }
        lookup->cliNote = note;
        tryKeychain(lookup);
    };

    connect(process, &QProcess::finished, this,
            [process, settle](int exitCode, QProcess::ExitStatus status) {
                if (status != QProcess::NormalExit || exitCode != 0) {
                    // gh says "not logged in" on stderr with exit code 1.
                    qCDebug(lcGit) << "gh auth token exited with" << exitCode;
                    settle({}, tr("The GitHub CLI is not logged in (“gh auth login”)."));
                    return;
                }
                const QByteArray token
                    = process->readAllStandardOutput().split('\n').value(0).trimmed();
                if (!isPlausibleToken(token)) {
                    settle({}, tr("The GitHub CLI printed no token."));
                    return;
                }
                settle(token, {});
            });
    connect(process, &QProcess::errorOccurred, this, [settle](QProcess::ProcessError error) {
        // A crash or kill also ends in finished(); only a failed start ends here alone.
        if (error == QProcess::FailedToStart)
            settle({}, tr("The GitHub CLI could not be started."));
    });
    connect(timer, &QTimer::timeout, this, [this, settle] {
        qCDebug(lcGit) << "gh auth token did not finish in" << m_cliTimeoutMs << "ms";
        settle({},
               tr("The GitHub CLI did not answer within %n second(s).", nullptr,
                  std::max(1, m_cliTimeoutMs / 1000)));
    });
    timer->start(m_cliTimeoutMs);
    process->start(gh, {u"auth"_s, u"token"_s, u"--hostname"_s, m_host});
}

void TokenProvider::runKeychainJob(QKeychain::Job *job, const JobCallback &done)
{
    job->setKey(keychainKey());
    // Never a plain-text file in place of a keychain.
    job->setInsecureFallback(false);
    // The job deletes itself when it ends, also when nobody waits for it any more: deleting it
    // while a D-Bus or libsecret call is under way is not safe.
    job->setAutoDelete(true);

    auto settled = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(job, &QKeychain::Job::finished, this, [this, settled, timer, done](QKeychain::Job *j) {
        if (*settled)
            return;
        *settled = true;
        timer->deleteLater();
        const int error = j->error();
        const QString errorString = j->errorString();
        const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j);
        const QString text = read ? read->textData() : QString();
        // Without a backend the job fails within start(), and a callback must not run inside
        // its caller's call.
        QMetaObject::invokeMethod(
            this, [done, error, errorString, text] { done(error, errorString, text); },
            Qt::QueuedConnection);
    });
    // Over D-Bus a keychain that is registered but never answers holds the job for the call's
    // full timeout (25 s) or longer; nobody should wait that long for a token.
    connect(timer, &QTimer::timeout, this, [settled, timer, done] {
        if (*settled)
            return;
        *settled = true;
        timer->deleteLater();
        done(TimedOut, QString(), QString());
    });
    timer->start(m_keychainTimeoutMs);
    job->start();
}

QString TokenProvider::keychainFailure(int error, const QString &errorString) const
{
    if (error == TimedOut) {
        return tr("The system keychain did not answer within %n second(s); set GH_TOKEN instead.",
                  nullptr, std::max(1, m_keychainTimeoutMs / 1000));
    }
    // QtKeychain's own words where they say something; its generic "Unknown error" (what the
    // Secret Service back end reports without a keyring daemon) says nothing to the user.
    const bool saysSomething = !errorString.trimmed().isEmpty()
        && errorString.compare(u"Unknown error"_s, Qt::CaseInsensitive) != 0;
    const QString detail = saysSomething ? u" ("_s + errorString.trimmed() + u')' : QString();
    switch (QKeychain::Error(error)) {
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return tr("The system keychain refused access%1.").arg(detail);
    default:
        // NoBackendAvailable, NotImplemented, and the "OtherError" QtKeychain reports without a
        // Secret Service on the session bus: for the user all the same as no keychain at all.
        return tr("No system keychain is available%1; set GH_TOKEN instead.").arg(detail);
    }
}

void TokenProvider::tryKeychain(const std::shared_ptr<Lookup> &lookup)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    runKeychainJob(job, [this, lookup](int error, const QString &errorString, const QString &text) {
        TokenResult r;
        QStringList why;
        if (error == QKeychain::NoError) {
            r.token = text.toLatin1().trimmed();
            if (isPlausibleToken(r.token)) {
                r.source = TokenSource::Keychain;
                finish(lookup, r);
                return;
            }
            r.token.clear();
            why << tr("No GitHub token was found. Set GH_TOKEN, log in with the GitHub CLI (“gh "
                      "auth login”), or save a token in the settings.")
                << lookup->cliNote << tr("The entry in the system keychain is not a token.");
        } else if (error == QKeychain::EntryNotFound) {
            why << tr("No GitHub token was found. Set GH_TOKEN, log in with the GitHub CLI (“gh "
                      "auth login”), or save a token in the settings.")
                << lookup->cliNote;
        } else {
            qCDebug(lcGit) << "keychain read failed:" << error << errorString;
            // Saving a token in the settings would fail too: not worth suggesting.
            why << tr("No GitHub token was found in GH_TOKEN, GITHUB_TOKEN or the GitHub CLI.")
                << lookup->cliNote << keychainFailure(error, errorString);
        }
        why.removeAll(QString());
        r.message = why.join(u' ');
        finish(lookup, r);
    });
}

void TokenProvider::finish(const std::shared_ptr<Lookup> &lookup, const TokenResult &result)
{
    qCDebug(lcGit) << "GitHub token" << (result.found() ? "found" : "not found") << "source"
                   << int(result.source);
    const Callback done = std::move(lookup->done);
    lookup->done = nullptr;
    if (done)
        done(result);
}

void TokenProvider::finishLater(const std::shared_ptr<Lookup> &lookup, const TokenResult &result)
{
    QMetaObject::invokeMethod(
        this, [this, lookup, result] { finish(lookup, result); }, Qt::QueuedConnection);
}

void TokenProvider::storeInKeychain(const QByteArray &token, KeychainCallback done)
{
    const QByteArray t = token.trimmed();
    if (!isPlausibleToken(t)) {
        QMetaObject::invokeMethod(
            this,
            [this, done] {
                if (done)
                    done({false,
                          tr("That is not a GitHub token: a token has no spaces and only "
                             "ASCII letters, digits and punctuation.")});
            },
            Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(QString::fromLatin1(t));
    runKeychainJob(job, [this, done](int error, const QString &errorString, const QString &) {
        KeychainResult r;
        r.ok = error == QKeychain::NoError;
        if (!r.ok) {
            qCDebug(lcGit) << "keychain write failed:" << error << errorString;
            r.message = tr("The token was not saved. %1").arg(keychainFailure(error, errorString));
        }
        if (done)
            done(r);
    });
}

void TokenProvider::removeFromKeychain(KeychainCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    runKeychainJob(job, [this, done](int error, const QString &errorString, const QString &) {
        KeychainResult r;
        // Nothing stored is what removing was for.
        r.ok = error == QKeychain::NoError || error == QKeychain::EntryNotFound;
        if (!r.ok) {
            qCDebug(lcGit) << "keychain delete failed:" << error << errorString;
            r.message
                = tr("The token was not removed. %1").arg(keychainFailure(error, errorString));
        }
        if (done)
            done(r);
    });
}

QString TokenProvider::mask(const QString &token)
{
    const QString t = token.trimmed();
    if (t.isEmpty())
        return {};
    // GitHub's token prefixes say what kind of token it is, which is worth showing.
    static const QStringList prefixes{u"github_pat_"_s, u"ghp_"_s, u"gho_"_s,
                                      u"ghu_"_s,        u"ghs_"_s, u"ghr_"_s};
    QString prefix;
    for (const QString &p : prefixes) {
        if (t.startsWith(p)) {
            prefix = p;
            break;
        }
    }
    const QString dots(8, QChar(0x2022));
    // Four characters of a short secret would give away too much of it.
    if (t.size() - prefix.size() < 16)
        return prefix + dots;
    return prefix + dots + t.right(4);
}

QString TokenProvider::describe(TokenSource source)
{
    switch (source) {
    case TokenSource::GhTokenVariable:
        return tr("from GH_TOKEN");
    case TokenSource::GitHubTokenVariable:
        return tr("from GITHUB_TOKEN");
    case TokenSource::GitHubCli:
        return tr("from the GitHub CLI");
    case TokenSource::Keychain:
        return tr("from the keychain");
    case TokenSource::None:
        break;
    }
    return tr("not found");
}

} // namespace Curator
