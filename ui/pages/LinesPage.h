#pragma once

#include "ModulePage.h"

class QListWidget;
class QPlainTextEdit;
class QTableView;

namespace planea::ui {

class ChartWidget;
class LineModel;

/// Module 2: the strategic lines in priority order, with their description and sectors.
class LinesPage final : public ModulePage
{
    Q_OBJECT

public:
    explicit LinesPage(PlanDocument *document, QWidget *parent = nullptr);

    void showItem(Table table, qint64 id) override;
    LineModel *lineModel() const { return m_model; }
    QTableView *linesView() const { return m_view; }
    QListWidget *sectorList() const { return m_sectors; }
    QPlainTextEdit *programText() const { return m_programText; }
    ChartWidget *wordChart() const { return m_wordChart; }
    /// Reads a .txt or .docx Programa de Gobierno into the plan (one undo step); false with a
    /// message on failure.
    bool importProgram(const QString &path);
    void refresh() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addLine();
    void removeLine();
    void move(int delta);
    QWidget *buildProgramTab();
    void loadSectors();
    void commitProgramText();
    void updateWordChart();

    LineModel *m_model;
    QTableView *m_view;
    QListWidget *m_sectors = nullptr;
    QPlainTextEdit *m_programText = nullptr;
    ChartWidget *m_wordChart = nullptr;
};

} // namespace planea::ui
