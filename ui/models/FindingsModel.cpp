#include "FindingsModel.h"

#include <QApplication>
#include <QColor>
#include <QStyle>

namespace planea::ui {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FindingsModel::setFindings(QList<calc::Finding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const calc::Finding &f = m_findings.at(index.row());
    const bool error = f.severity == calc::Severity::Error;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Severity:
            return error ? tr("Error") : tr("Warning");
        case Module:
            return tr("%1. %2").arg(f.module).arg(f.moduleName);
        case Location:
            return f.location;
        case Message:
            return f.message;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == Severity)
            return QApplication::style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                             : QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Severity)
            return error ? QColor(0xB0, 0x3A, 0x2E) : QColor(0x9A, 0x62, 0x00);
        return {};
    case ModuleRole:
        return f.module;
    case TableRole:
        return int(f.table);
    case ItemIdRole:
        return f.itemId;
    case SeverityRole:
        return int(f.severity);
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Module:
        return tr("Module");
    case Location:
        return tr("Where");
    case Message:
        return tr("What to fix");
    default:
        return {};
    }
}

} // namespace planea::ui
