#pragma once

#include "calc/Efficacy.h"
#include "domain/Money.h"
#include "storage/Schema.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace planea {
class PlanDocument;
}

namespace planea::ui {

/// Filter value meaning "every office".
inline constexpr qint64 AllOffices = -1;

/// Progress capture ("Seguimiento") of the product indicators for one year and period: the value
/// achieved, an evidence note and a link or file reference, per goal, filtered by the
/// responsible office. The target of the year and the compliance are shown beside them. Every
/// edit is one undoable command written to the file at once.
class ProgressModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Code,
        Indicator,
        Responsible,
        Unit,
        Target,
        Achieved,
        Compliance,
        Evidence,
        EvidenceLink,
        ColumnCount
    };
    enum Role { RowIdRole = Qt::UserRole + 1 };

    explicit ProgressModel(PlanDocument *document, QObject *parent = nullptr);

    /// period 0: the whole year; 1–4: quarters.
    void setPeriod(int year, int period);
    /// AllOffices, 0 for goals without an office, or an office id.
    void setOffice(qint64 officeId);
    int year() const { return m_year; }
    int period() const { return m_period; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    qint64 idAt(int row) const { return m_ids.value(row); }
    int rowOf(qint64 id) const { return int(m_ids.indexOf(id)); }

private:
    void reload();
    void refreshAll();
    const calc::GoalEfficacy *goal(qint64 indicatorId) const;

    PlanDocument *m_document;
    int m_year = 0;
    int m_period = 0;
    qint64 m_office = AllOffices;
    QList<qint64> m_ids;
    mutable std::optional<calc::EfficacyReport> m_report; ///< of m_year, dropped on every change
    mutable QHash<qint64, qsizetype> m_goalIndex;
};

/// Budget execution of the products for one year, by funding source: appropriation,
/// commitments, obligations and payments in pesos. Rows are the product/source pairs the
/// investment plan programs that year, plus any execution already recorded.
class ExecutionModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ProductCode, ProductName, Source, Appropriation, Commitments, Obligations, Payments, ColumnCount };

    explicit ExecutionModel(PlanDocument *document, QObject *parent = nullptr);

    void setYear(int year);
    void setOffice(qint64 officeId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    struct Key
    {
        qint64 productId = 0;
        QString sourceCode;
        bool operator==(const Key &) const = default;
    };
    void reload();
    Money amount(const Key &key, int column) const;

    PlanDocument *m_document;
    int m_year = 0;
    qint64 m_office = AllOffices;
    QList<Key> m_rows;
};

/// Yearly values of the result (wellbeing) indicators against their baseline and four-year
/// target: one row per prioritised indicator, one editable column per year of the term.
class ResultValuesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Line, Indicator, Unit, Baseline, Target, Year1, Year2, Year3, Year4, ColumnCount };

    explicit ResultValuesModel(PlanDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int yearOf(int column) const;

private:
    void reload();

    PlanDocument *m_document;
    QList<qint64> m_ids;
};

} // namespace planea::ui
