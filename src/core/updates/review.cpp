#include "review.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Curator::Updates {

namespace {

class ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(Curator::Updates::Review)
};

QString yearOf(const EntryFields &f)
{
    return f.yearText.isEmpty() && f.year ? QString::number(f.year) : f.yearText;
}

} // namespace

QString kindName(Proposal::Kind kind)
{
    switch (kind) {
    case Proposal::Kind::PublishedVersion:
        return ReviewText::tr("Published version");
    case Proposal::Kind::Retraction:
        return ReviewText::tr("Retraction");
    case Proposal::Kind::Withdrawal:
        return ReviewText::tr("Withdrawal");
    case Proposal::Kind::ExpressionOfConcern:
        return ReviewText::tr("Expression of concern");
    case Proposal::Kind::Correction:
        return ReviewText::tr("Correction");
    case Proposal::Kind::Title:
        return ReviewText::tr("Title");
    case Proposal::Kind::Authors:
        return ReviewText::tr("Authors");
    }
    return {};
}

bool offersNoticeAction(const Proposal &proposal)
{
    return proposal.isNotice() && proposal.kind != Proposal::Kind::Correction;
}

QList<FieldChange> changesOf(const Proposal &p)
{
    QList<FieldChange> out;
    using F = FieldChange::Field;
    const auto add
        = [&out](F key, const QString &field, const QString &before, const QString &after) {
              if (before != after)
                  out.append({key, field, before, after});
          };
    add(F::Title, ReviewText::tr("Title"), p.before.title, p.after.title);
    add(F::Authors, ReviewText::tr("Authors"), p.before.authors, p.after.authors);
    add(F::Venue, ReviewText::tr("Venue"), p.before.venue, p.after.venue);
    add(F::Year, ReviewText::tr("Year"), yearOf(p.before), yearOf(p.after));
    add(F::Doi, ReviewText::tr("DOI"), p.before.doi, p.after.doi);
    if (p.isNotice()) {
        add(F::NoticeDoi, ReviewText::tr("Notice DOI"), {}, p.notice.doi);
        add(F::NoticeDate, ReviewText::tr("Notice date"), {},
            p.notice.date.isValid() ? p.notice.date.toString(Qt::ISODate) : QString());
        add(F::NoticeSource, ReviewText::tr("Notice source"), {}, p.source);
    }
    return out;
}

const QStringList &warningTags()
{
    static const QStringList tags{u"retracted"_s, u"withdrawn"_s, u"expression-of-concern"_s};
    return tags;
}

std::optional<NoticeFlag> noticeFlagOf(const QStringList &tags, const QString &notes)
{
    if (tags.isEmpty())
        return std::nullopt;
    for (const QString &tag : warningTags()) {
        if (!tags.contains(tag))
            continue;
        NoticeFlag flag{tag, {}};
        // The sweep notes "retracted 2021-03-04 (notice 10.…, Retraction Watch)": the last line
        // naming a DOI and the notice's word, else (notes written in another language) the last
        // line naming a DOI.
        static const QRegularExpression doi(u"\\b10\\.\\d{4,9}/\\S"_s);
        const QString word = QString(tag).replace(u'-', u' ');
        QString anyDoiLine;
        const QStringList lines = notes.split(u'\n');
        for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
            if (!doi.match(*it).hasMatch())
                continue;
            if (it->contains(word, Qt::CaseInsensitive)) {
                flag.note = it->trimmed();
                break;
            }
            if (anyDoiLine.isEmpty())
                anyDoiLine = it->trimmed();
        }
        if (flag.note.isEmpty())
            flag.note = anyDoiLine;
        return flag;
    }
    return std::nullopt;
}

QString flagName(const QString &tag)
{
    if (tag == u"retracted"_s)
        return ReviewText::tr("Retracted");
    if (tag == u"withdrawn"_s)
        return ReviewText::tr("Withdrawn");
    if (tag == u"expression-of-concern"_s)
        return ReviewText::tr("Expression of concern");
    return tag;
}

} // namespace Curator::Updates
