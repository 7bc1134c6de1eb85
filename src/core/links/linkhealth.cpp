#include "linkhealth.h"

#include "background.h"
#include "links/linkstore.h"
#include "store/storeworker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Curator::Links {

namespace {

class HealthText
{
    Q_DECLARE_TR_FUNCTIONS(Curator::Links::LinkHealth)
};

// Largest README file checked (the import's own cap).
constexpr qint64 MaxFileBytes = 128 * 1024 * 1024;

} // namespace

int LinkReport::count(Verdict verdict) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [verdict](const LinkFinding &f) {
        return f.result.verdict == verdict;
    }));
}

QString LinkReport::summary() const
{
    QString s = HealthText::tr("%n links: ", nullptr, int(findings.size()))
        + HealthText::tr("%1 ok, %2 redirected, %3 broken, %4 unverified")
              .arg(count(Verdict::Ok))
              .arg(count(Verdict::Redirected))
              .arg(count(Verdict::Broken))
              .arg(count(Verdict::Unverified));
    if (const int skipped = count(Verdict::Skipped))
        s += HealthText::tr(", %1 skipped").arg(skipped);
    return s;
}

struct LinkHealth::Prepared
{
    QString source;
    QString error;
    QList<LinkToCheck> links;
    QStringList addresses; // each once, made here on the worker
    QHash<QString, CheckedLink> stored;
    QSet<QString> knownIds;
    QString ignoreText;
    QString ignoreError;
};

LinkHealth::LinkHealth(Store &store, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_checker(nam)
{
    connect(&m_checker, &LinkChecker::progress, this, &LinkHealth::progress);
    connect(&m_checker, &LinkChecker::finished, this, &LinkHealth::done);
}

LinkHealth::~LinkHealth() = default;

void LinkHealth::checkList(qint64 listId, CheckSettings settings)
{
    if (m_running)
        return;
    m_running = true;
    m_keep = true;
    m_cancelRequested = false;
    runOnStore(
        this, m_store,
        [listId](Store &store) {
            Prepared p;
            const auto list = store.list(listId);
            if (!list) {
                p.error = HealthText::tr("There is no such list.");
                return p;
            }
            p.source = list->name;
            p.links = linksOfList(store, listId, &p.error);
            p.addresses = LinkChecker::addressesOf(p.links);
            p.stored = storedChecks(store, p.addresses);
            p.knownIds = knownIdentifiers(store, p.links);
            const IgnoreRules rules = ignoreRules(store, listId);
            p.ignoreText = rules.text();
            p.ignoreError = rules.error();
            return p;
        },
        [](const QString &error) {
            Prepared p;
            p.error = error;
            return p;
        },
        [this, settings](const Prepared &p) {
            CheckSettings s = settings;
            s.ignore = IgnoreRules::parse(p.ignoreText);
            run(p, s);
        });
}

void LinkHealth::checkFile(const QString &path, CheckSettings settings)
{
    if (m_running)
        return;
    m_running = true;
    m_keep = false;
    m_cancelRequested = false;
    const QString ignoreBeside = QFileInfo(path).dir().filePath(u".lycheeignore"_s);
    const QString extra = settings.ignore.text();
    runInBackground(
        this,
        [path, ignoreBeside, extra] {
            Prepared p;
            p.source = path;
            QFile f(path);
            if (f.size() > MaxFileBytes) {
                p.error = HealthText::tr("%1 is larger than 128 MB; is it a README?").arg(path);
                return p;
            }
            if (!f.open(QIODevice::ReadOnly)) {
                p.error = HealthText::tr("Cannot read %1: %2").arg(path, f.errorString());
                return p;
            }
            p.links = linksOfReadme(f.readAll());
            p.addresses = LinkChecker::addressesOf(p.links);
            p.ignoreText = extra;
            QFile ignore(ignoreBeside);
            if (ignore.open(QIODevice::ReadOnly)) {
                if (!p.ignoreText.isEmpty() && !p.ignoreText.endsWith(u'\n'))
                    p.ignoreText += u'\n';
                p.ignoreText += QString::fromUtf8(ignore.readAll());
            }
            return p;
        },
        [this, settings](const Prepared &p) {
            CheckSettings s = settings;
            s.ignore = IgnoreRules::parse(p.ignoreText);
            run(p, s);
        });
}

void LinkHealth::run(const Prepared &prepared, CheckSettings settings)
{
    m_source = prepared.source;
    if (!prepared.error.isEmpty()) {
        fail(prepared.source, prepared.error);
        return;
    }
    if (!settings.ignore.isValid()) {
        fail(prepared.source, settings.ignore.error());
        return;
    }
    if (m_cancelRequested) {
        LinkReport report;
        report.source = prepared.source;
        report.canceled = true;
        report.finished = QDateTime::currentDateTimeUtc();
        m_running = false;
        emit finished(report);
        return;
    }
    emit started(int(prepared.links.size()), int(prepared.addresses.size()));
    m_checker.start(prepared.links, settings, prepared.stored, prepared.knownIds,
                    prepared.addresses);
}

void LinkHealth::cancel()
{
    if (m_checker.isRunning())
        m_checker.cancel();
    else if (m_running)
        m_cancelRequested = true; // still reading the list: run() ends it
}

void LinkHealth::done(const QList<LinkFinding> &findings, const QList<CheckedLink> &checked,
                      bool canceled)
{
    LinkReport report;
    report.source = m_source;
    report.findings = findings;
    report.canceled = canceled;
    report.finished = QDateTime::currentDateTimeUtc();
    if (!m_keep || checked.isEmpty()) {
        m_running = false;
        emit finished(report);
        return;
    }
    // What was found is kept before anyone hears of it: the table's column reads it back.
    runOnStore(
        this, m_store,
        [checked](Store &store) {
            return storeChecks(store, checked) ? QString() : store.errorString();
        },
        [](const QString &error) { return error; },
        [this, report](const QString &error) {
            LinkReport r = report;
            if (!error.isEmpty())
                r.error = HealthText::tr("The results could not be kept: %1").arg(error);
            m_running = false;
            emit finished(r);
        });
}

void LinkHealth::fail(const QString &source, const QString &error)
{
    LinkReport report;
    report.source = source;
    report.error = error;
    report.finished = QDateTime::currentDateTimeUtc();
    m_running = false;
    emit finished(report);
}

} // namespace Curator::Links
