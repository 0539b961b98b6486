#pragma once

#include "domain/PlanInfo.h"
#include "util/Result.h"

#include <QWizard>

class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace planea {
class Catalog;
}

namespace planea::ui {

/// "Nuevo plan…": the entity (from DIVIPOLA: department then municipality, or by typing its
/// name), its category, the term and the people. The file itself is written by createPlanFile()
/// so it is either complete or absent.
class NewPlanWizard final : public QWizard
{
    Q_OBJECT

public:
    explicit NewPlanWizard(const Catalog *catalog, QWidget *parent = nullptr);

    /// The plan as filled in so far.
    PlanInfo planInfo() const;
    QString teamLeader() const;
    /// Selects an entity by DANE code (5 digits) in the lists; false if unknown.
    bool selectMunicipality(const QString &daneCode);

    /// Writes the new plan at `path` (must not exist), with the team leader as first member.
    Status createPlanFile(const QString &path) const;

    /// The next term's first year after `today`: terms start in 2024, 2028, 2032…
    static int nextTermStart(const QDate &today);

private:
    QWizardPage *buildEntityPage();
    QWizardPage *buildTermPage();
    void fillMunicipalities();
    void search(const QString &text);

    const Catalog *m_catalog;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_municipality = nullptr;
    QLineEdit *m_freeName = nullptr;
    QLineEdit *m_freeCode = nullptr;
    QLineEdit *m_freeDepartment = nullptr;
    QComboBox *m_category = nullptr;
    QSpinBox *m_startYear = nullptr;
    QLineEdit *m_head = nullptr;
    QLineEdit *m_leader = nullptr;
    QLineEdit *m_planName = nullptr;
};

} // namespace planea::ui
