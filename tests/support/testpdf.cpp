#include "testpdf.h"

#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace Curator::Test {

bool writePdf(const QString &path, const PdfSpec &spec)
{
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        writer.setTitle(spec.title);
        writer.setCreator(spec.creator);
        if (!spec.xmp.isEmpty())
            writer.setDocumentXmpMetadata(spec.xmp);
        QPainter painter(&writer);
        if (!painter.isActive())
            return false;
        for (int page = 0; page < spec.pages; ++page) {
            if (page > 0)
                writer.newPage();
            QFont font(u"DejaVu Serif"_s);
            if (page == 0 && !spec.heading.isEmpty()) {
                font.setPixelSize(24);
                painter.setFont(font);
                painter.drawText(QRectF(60, 50, 480, 90), Qt::AlignHCenter | Qt::TextWordWrap,
                                 spec.heading);
            }
            font.setPixelSize(10);
            painter.setFont(font);
            qreal y = 160;
            if (page == 0) {
                for (const QString &line : spec.lines) {
                    painter.drawText(QPointF(70, y), line);
                    y += 12;
                }
            }
            for (const auto &[index, line] : spec.pageLines) {
                if (index == page) {
                    painter.drawText(QPointF(70, y), line);
                    y += 12;
                }
            }
            for (int i = 0; i < spec.linesPerPage; ++i) {
                painter.drawText(QPointF(70, y),
                                 u"Lorem ipsum dolor sit amet, consectetur "
                                 "adipiscing elit, sed do eiusmod %1."_s.arg(i));
                y += 12;
            }
            if (page == 0 && !spec.stamp.isEmpty()) {
                QFont stampFont(u"DejaVu Sans"_s);
                stampFont.setPixelSize(20);
                painter.save();
                painter.setFont(stampFont);
                painter.translate(30, 600);
                painter.rotate(-90);
                if (spec.mirroredStamp) {
                    painter.scale(-1, 1);
                    painter.drawText(QPointF(-400, 0), spec.stamp);
                } else {
                    painter.drawText(QPointF(0, 0), spec.stamp);
                }
                painter.restore();
            }
        }
    }
    if (spec.renameCreatorTo.isEmpty())
        return true;
    // Same length, so the cross-reference offsets stay right.
    if (spec.renameCreatorTo.size() != 8)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = file.readAll();
    const qsizetype at = bytes.indexOf("\n/Creator (");
    if (at < 0)
        return false;
    bytes.replace(at + 1, 8, spec.renameCreatorTo);
    return file.seek(0) && file.write(bytes) == bytes.size();
}

PdfSpec paperPdf(const QString &title, const QString &authors, const QString &heading)
{
    PdfSpec spec;
    spec.title = title;
    spec.heading = heading;
    spec.linesPerPage = 30;
    if (!authors.isEmpty()) {
        spec.creator = authors;
        spec.renameCreatorTo = "/Author ";
    }
    return spec;
}

} // namespace Curator::Test
