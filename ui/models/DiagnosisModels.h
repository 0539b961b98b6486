#pragma once

#include "ChoiceTableModel.h"
#include "domain/Enums.h"

namespace planea::ui {

/// Problem analysis of the diagnosis: the problem, its causes and effects, who suffers it and
/// where, by line and sector.
class ProblemModel final : public ChoiceTableModel
{
    Q_OBJECT

public:
    enum Column { Line, Sector, Problem, Causes, Effects, Affected, Location, ColumnCount };

    explicit ProblemModel(PlanDocument *document, QObject *parent = nullptr);

protected:
    QList<Row> readRows(const PlanData &data) const override;
    QList<std::pair<QString, QVariant>> choices(int column) const override;
    bool isChoice(int column) const override { return column == Line || column == Sector; }
};

/// The notes of one characterisation view (population groups, transition report…): what the
/// team knows, as a title and a text.
class CharacterizationModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Content, ColumnCount };

    CharacterizationModel(PlanDocument *document, CharacterizationKind kind, QObject *parent = nullptr);

    CharacterizationKind kind() const { return m_kind; }
    /// Shows the notes of another view.
    void setKind(CharacterizationKind kind);

protected:
    QList<Row> readRows(const PlanData &data) const override;

private:
    CharacterizationKind m_kind;
};

} // namespace planea::ui
