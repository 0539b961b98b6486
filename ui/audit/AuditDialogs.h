#pragma once

#include "report/Report.h"
#include "storage/AuditLog.h"
#include "storage/Schema.h"

#include <QAbstractTableModel>
#include <QDialog>

#include <optional>

class QAbstractItemView;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableView;

namespace planea {
class PlanDocument;
}

namespace planea::ui {

/// Audit entries as a read-only table (date, person, module, item, action, field, old, new),
/// newest first.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit AuditLogModel(QObject *parent = nullptr);

    void setEntries(const QList<AuditEntry> &entries);
    const report::Report &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    report::Report m_report;
};

/// "¿Quién trabaja en este plan?": the plan's team members, and "Otra persona…" with a name.
class ActorDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `members` are the team's names; `current` is preselected (a member or another name).
    ActorDialog(const QStringList &members, const QString &current, QWidget *parent = nullptr);

    /// The chosen person ("" while "Otra persona…" has no name).
    QString actor() const;
    /// Selects a member by name, or "Otra persona…" with that name.
    void choose(const QString &name);

private:
    void updateState();

    QStringList m_members;
    QButtonGroup *m_group;
    QRadioButton *m_other = nullptr;
    QLineEdit *m_otherName = nullptr;
    class QPushButton *m_ok = nullptr;
};

/// The changes of one item (one row of a module table), newest first.
class ItemHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    ItemHistoryDialog(PlanDocument *document, Table table, qint64 rowId, const QString &title,
                      QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }

private:
    AuditLogModel *m_model;
};

/// "Registro de cambios": the whole plan's audit trail, filtered by person, module and dates,
/// exportable to CSV for Excel (es-CO).
class ChangeLogDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ChangeLogDialog(PlanDocument *document, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    /// Filters; an empty person or module 0 means all, null dates mean no bound.
    void setFilter(const QString &person, int module, const QDate &from, const QDate &to);
    /// Writes the rows shown to `path` as CSV (es-CO); false with a message when it cannot.
    bool exportCsv(const QString &path, QString *error = nullptr) const;

private:
    void reload();
    void exportWithDialog();

    PlanDocument *m_document;
    AuditLogModel *m_model;
    QComboBox *m_person;
    QComboBox *m_module;
    QCheckBox *m_useFrom;
    QDateEdit *m_from;
    QCheckBox *m_useTo;
    QDateEdit *m_to;
    QLabel *m_count;
};

/// Gives every item view under `root` that shows plan rows (module tables and the strategic tree)
/// a context menu with "Historial de cambios…", which opens ItemHistoryDialog for that row.
void installHistoryMenus(QWidget *root, PlanDocument *document);

/// The table and id of the plan row behind `index` (through proxy models), if any.
std::optional<std::pair<Table, qint64>> planRowAt(const QModelIndex &index);

} // namespace planea::ui
