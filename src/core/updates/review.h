#pragma once

#include "updates/sweep.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the window (and a report) shows of a sweep's proposals and of an entry that a notice
// marked: kept apart from the widgets so that both faces word them alike and tests can read them.
namespace Curator::Updates {

// "Published version", "Retraction", … (translated)
QString kindName(Proposal::Kind kind);

// Whether the proposal offers a choice of Annotate, Remove and Keep: a correction only notes.
bool offersNoticeAction(const Proposal &proposal);

struct FieldChange
{
    enum class Field { Title, Authors, Venue, Year, Doi, NoticeDoi, NoticeDate, NoticeSource };
    Field key = Field::Title;
    QString field; // "Venue", "Year", "DOI", "Title", "Authors", "Notice DOI", … (translated)
    QString before;
    QString after;
};

// The fields the proposal would change, in the order the README writes them (title, authors,
// venue, year, DOI); a notice adds its DOI, date and source as fields without a before.
QList<FieldChange> changesOf(const Proposal &proposal);

// The tags a notice leaves ("retracted", "withdrawn", "expression-of-concern"), most serious
// first; "corrected" is not among them, a correction does not put a paper in doubt.
const QStringList &warningTags();

struct NoticeFlag
{
    QString tag; // one of warningTags()
    QString note; // the notes' line that tells of it (notice DOI and date), empty if none does
};

// The flag an entry carries, from the tags and notes the store reads with its row. Cheap when
// there are no tags, which is nearly every row.
std::optional<NoticeFlag> noticeFlagOf(const QStringList &tags, const QString &notes);

// "Retracted", "Withdrawn", "Expression of concern" for a warning tag (translated).
QString flagName(const QString &tag);

} // namespace Curator::Updates
