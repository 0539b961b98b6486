#pragma once

// A follow-up form (FollowUpForms) filled the way a user's spreadsheet program saves it: values
// written into the empty unlocked cells of the goal sheet's XML, then the parts zipped again.
// Header-only, shared by the core and GUI tests; a test that includes it links QuaZip.

#include "SamplePlans.h"
#include "XlsxParts.h"
#include "followup/FormLayout.h"
#include "xlsx/XlsxReader.h"
#include "xlsx/ZipWriter.h"

#include <QRegularExpression>
#include <QVariant>

namespace planea::test {

class FilledForm
{
public:
    explicit FilledForm(const QString &path)
        : m_parts(xlsxparts::unzip(readBytes(path)))
    {
        auto book = XlsxReader::read(path);
        m_readable = bool(book);
        if (book && book->sheet(followup::layout::GoalSheet))
            m_sheet = *book->sheet(followup::layout::GoalSheet);
    }
    bool readable() const { return m_readable; }
    /// The 0-based sheet row of a goal, or -1.
    int rowOf(qint64 goalId) const
    {
        for (int r = followup::layout::HeaderRow + 1; r < m_sheet.rowCount(); ++r) {
            if (m_sheet.cell(r, followup::layout::ColumnId).value.toLongLong() == goalId)
                return r;
        }
        return -1;
    }
    QList<qint64> goalIds() const
    {
        QList<qint64> ids;
        for (int r = followup::layout::HeaderRow + 1; r < m_sheet.rowCount(); ++r)
            ids.append(m_sheet.cell(r, followup::layout::ColumnId).value.toLongLong());
        return ids;
    }
    const XlsxSheet &sheet() const { return m_sheet; }
    /// Writes a number or a text into an empty cell of the goal sheet; false when the cell is not
    /// an empty cell of the form.
    bool set(int row, int column, const QVariant &value)
    {
        using namespace Qt::Literals::StringLiterals;
        QString &xml = m_parts[u"xl/worksheets/sheet1.xml"_s];
        const QString ref = cellName(row, column);
        const QRegularExpression empty(u"<c r=\"%1\"( s=\"\\d+\")?/>"_s.arg(ref));
        const QRegularExpressionMatch m = empty.match(xml);
        if (!m.hasMatch())
            return false;
        const QString style = m.captured(1);
        const QString filled = value.typeId() == QMetaType::QString
            ? u"<c r=\"%1\"%2 t=\"inlineStr\"><is><t>%3</t></is></c>"_s.arg(ref, style, value.toString())
            : u"<c r=\"%1\"%2><v>%3</v></c>"_s.arg(ref, style, value.toString());
        xml.replace(m.capturedStart(), m.capturedLength(), filled);
        return true;
    }
    /// false when the goal is not in the form or its cell is not empty.
    bool setGoal(qint64 goalId, int column, const QVariant &value)
    {
        const int r = rowOf(goalId);
        return r >= 0 && set(r, column, value);
    }
    QString &part(const QString &name) { return m_parts[name]; }
    bool save(const QString &path) const
    {
        using namespace Qt::Literals::StringLiterals;
        QList<std::pair<QString, QByteArray>> parts { { u"[Content_Types].xml"_s,
                                                        m_parts.value(u"[Content_Types].xml"_s).toUtf8() } };
        for (auto it = m_parts.cbegin(); it != m_parts.cend(); ++it) {
            if (it.key() != u"[Content_Types].xml"_s)
                parts.append({ it.key(), it.value().toUtf8() });
        }
        const ZippedParts zipped = zipParts(parts);
        if (zipped.error != 0)
            return false;
        writeBytes(path, zipped.bytes);
        return true;
    }

private:
    QHash<QString, QString> m_parts;
    XlsxSheet m_sheet;
    bool m_readable = false;
};

} // namespace planea::test
