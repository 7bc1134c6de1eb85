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
        writer.setCreator(spec.author);
        QPainter painter(&writer);
        if (!painter.isActive())
            return false;
        QFont font(u"DejaVu Serif"_s);
        font.setPixelSize(24);
        painter.setFont(font);
        painter.drawText(QRectF(60, 50, 480, 90), Qt::AlignHCenter | Qt::TextWordWrap,
                         spec.heading);
        font.setPixelSize(10);
        painter.setFont(font);
        qreal y = 160;
        for (int i = 0; i < 30; ++i) {
            painter.drawText(
                QPointF(70, y),
                u"Lorem ipsum dolor sit amet, consectetur adipiscing elit %1."_s.arg(i));
            y += 12;
        }
        if (!spec.stamp.isEmpty()) {
            QFont stampFont(u"DejaVu Sans"_s);
            stampFont.setPixelSize(20);
            painter.setFont(stampFont);
            painter.translate(30, 600);
            painter.rotate(-90);
            painter.drawText(QPointF(0, 0), spec.stamp);
        }
    }
    if (spec.author.isEmpty())
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = file.readAll();
    const qsizetype at = bytes.indexOf("\n/Creator (");
    if (at < 0)
        return false;
    bytes.replace(at + 1, 8, "/Author "); // same length: the cross-reference table stays right
    return file.seek(0) && file.write(bytes) == bytes.size();
}

} // namespace Curator::Test
