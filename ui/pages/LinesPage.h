#pragma once

#include "ModulePage.h"

class QTableView;

namespace planea::ui {

class LineModel;

/// Module 2: the strategic lines in priority order, with their description and sectors.
class LinesPage final : public ModulePage
{
    Q_OBJECT

public:
    explicit LinesPage(PlanDocument *document, QWidget *parent = nullptr);

    void showItem(Table table, qint64 id) override;
    LineModel *lineModel() const { return m_model; }

private:
    void addLine();
    void removeLine();
    void move(int delta);

    LineModel *m_model;
    QTableView *m_view;
};

} // namespace planea::ui
