#include "NewPlanWizard.h"

#include "catalog/Catalog.h"
#include "storage/PlanStore.h"
#include "storage/PlanWriter.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

namespace {

/// A page that is complete only when an entity is chosen.
class EntityPage final : public QWizardPage
{
public:
    std::function<bool()> ready;
    bool isComplete() const override { return ready && ready(); }
    void changed() { emit completeChanged(); }
};

} // namespace

int NewPlanWizard::nextTermStart(const QDate &today)
{
    // Local elections are held in October of 2023, 2027, 2031…; terms start the next 1 January.
    int year = 2024;
    while (year <= today.year())
        year += 4;
    return year;
}

NewPlanWizard::NewPlanWizard(const Catalog *catalog, QWidget *parent)
    : QWizard(parent)
    , m_catalog(catalog)
{
    setObjectName(u"newPlanWizard"_s);
    setWindowTitle(tr("New plan"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    addPage(buildEntityPage());
    addPage(buildTermPage());
    resize(720, 520);
}

QWizardPage *NewPlanWizard::buildEntityPage()
{
    auto *page = new EntityPage;
    page->setTitle(tr("Which entity is the plan for?"));
    page->setSubTitle(tr("Type the name of the municipality, or choose the department and then the municipality."));
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    if (m_catalog) {
        m_search = new QLineEdit;
        m_search->setObjectName(u"entitySearch"_s);
        m_search->setPlaceholderText(tr("e.g. buenavista, filandia, 63111"));
        m_search->setClearButtonEnabled(true);
        form->addRow(tr("Search:"), m_search);
        m_results = new QListWidget;
        m_results->setObjectName(u"entityResults"_s);
        m_results->setMaximumHeight(140);
        form->addRow(QString(), m_results);
        m_department = new QComboBox;
        m_department->setObjectName(u"departmentCombo"_s);
        for (const CatalogDepartment &d : m_catalog->departments())
            m_department->addItem(d.displayName, d.code);
        m_department->setCurrentIndex(-1);
        form->addRow(tr("Department:"), m_department);
        m_municipality = new QComboBox;
        m_municipality->setObjectName(u"municipalityCombo"_s);
        form->addRow(tr("Municipality:"), m_municipality);
        connect(m_search, &QLineEdit::textChanged, this, &NewPlanWizard::search);
        connect(m_results, &QListWidget::itemActivated, this,
                [this](QListWidgetItem *item) { selectMunicipality(item->data(Qt::UserRole).toString()); });
        connect(m_results, &QListWidget::itemClicked, this,
                [this](QListWidgetItem *item) { selectMunicipality(item->data(Qt::UserRole).toString()); });
        connect(m_department, &QComboBox::currentIndexChanged, this, &NewPlanWizard::fillMunicipalities);
        connect(m_municipality, &QComboBox::currentIndexChanged, page, [page] { page->changed(); });
        page->ready = [this] { return m_municipality->currentIndex() >= 0; };
    } else {
        // Without the catalogs (damaged installation) the plan can still be started by hand.
        m_freeName = new QLineEdit;
        m_freeName->setObjectName(u"entityName"_s);
        m_freeCode = new QLineEdit;
        m_freeCode->setObjectName(u"entityCode"_s);
        m_freeCode->setInputMask(u"99999;_"_s);
        m_freeDepartment = new QLineEdit;
        form->addRow(tr("Municipality:"), m_freeName);
        form->addRow(tr("DANE code:"), m_freeCode);
        form->addRow(tr("Department:"), m_freeDepartment);
        connect(m_freeName, &QLineEdit::textChanged, page, [page] { page->changed(); });
        connect(m_freeCode, &QLineEdit::textChanged, page, [page] { page->changed(); });
        page->ready = [this] { return !m_freeName->text().trimmed().isEmpty() && m_freeCode->hasAcceptableInput(); };
    }
    m_category = new QComboBox;
    m_category->setObjectName(u"categoryCombo"_s);
    m_category->addItem(tr("Special"), u"Especial"_s);
    for (int c = 1; c <= 6; ++c)
        m_category->addItem(QString::number(c), QString::number(c));
    m_category->setCurrentIndex(6);
    form->addRow(tr("Category (Ley 617):"), m_category);
    auto *note = new QLabel(tr("Most small municipalities are category 6. The mayor sets it each year by decree."));
    note->setWordWrap(true);
    note->setStyleSheet(u"color: #5A6B7B;"_s);
    layout->addWidget(note);
    layout->addStretch();
    return page;
}

QWizardPage *NewPlanWizard::buildTermPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Term and people"));
    page->setSubTitle(tr("The term starts on 1 January after the election and lasts four years."));
    auto *form = new QFormLayout(page);
    m_startYear = new QSpinBox;
    m_startYear->setObjectName(u"startYearSpin"_s);
    m_startYear->setRange(2000, 2100);
    m_startYear->setGroupSeparatorShown(false);
    m_startYear->setValue(nextTermStart(QDate::currentDate()));
    form->addRow(tr("First year of the term:"), m_startYear);
    m_planName = new QLineEdit;
    m_planName->setObjectName(u"planNameField"_s);
    m_planName->setPlaceholderText(tr("e.g. “Buenavista, tierra de oportunidades”"));
    form->addRow(tr("Name of the plan:"), m_planName);
    m_head = new QLineEdit;
    m_head->setObjectName(u"headField"_s);
    form->addRow(tr("Mayor or governor:"), m_head);
    m_leader = new QLineEdit;
    m_leader->setObjectName(u"leaderField"_s);
    form->addRow(tr("Leader of the planning team:"), m_leader);
    return page;
}

void NewPlanWizard::fillMunicipalities()
{
    const QSignalBlocker block(m_municipality);
    m_municipality->clear();
    const QString dept = m_department->currentData().toString();
    for (const CatalogMunicipality &m : m_catalog->municipalitiesOf(dept))
        m_municipality->addItem(m.displayName, m.code);
    m_municipality->setCurrentIndex(-1);
    if (auto *p = dynamic_cast<EntityPage *>(page(pageIds().value(0))))
        p->changed();
}

void NewPlanWizard::search(const QString &text)
{
    m_results->clear();
    if (text.trimmed().isEmpty())
        return;
    for (const CatalogHit &hit : m_catalog->search(text, CatalogKind::Municipality, 20)) {
        auto *item = new QListWidgetItem(tr("%1 (%2) — %3").arg(hit.name, hit.detail, hit.code));
        item->setData(Qt::UserRole, hit.code);
        m_results->addItem(item);
    }
}

bool NewPlanWizard::selectMunicipality(const QString &daneCode)
{
    if (!m_catalog)
        return false;
    const CatalogMunicipality *m = m_catalog->municipality(daneCode);
    if (!m)
        return false;
    m_department->setCurrentIndex(m_department->findData(m->departmentCode));
    m_municipality->setCurrentIndex(m_municipality->findData(m->code));
    return m_municipality->currentIndex() >= 0;
}

PlanInfo NewPlanWizard::planInfo() const
{
    PlanInfo info;
    if (m_catalog) {
        if (const CatalogMunicipality *m = m_catalog->municipality(m_municipality->currentData().toString())) {
            info.entity.daneCode = m->code;
            info.entity.name = m->displayName;
            info.entity.departmentCode = m->departmentCode;
            if (const CatalogDepartment *d = m_catalog->department(m->departmentCode))
                info.entity.departmentName = d->displayName;
        }
        info.catalogVersion = m_catalog->version();
    } else {
        info.entity.daneCode = m_freeCode->text();
        info.entity.name = m_freeName->text().trimmed();
        info.entity.departmentCode = info.entity.daneCode.left(2);
        info.entity.departmentName = m_freeDepartment->text().trimmed();
    }
    info.entity.type = EntityType::Municipality;
    info.entity.category = m_category->currentData().toString();
    info.term.startYear = m_startYear->value();
    info.headOfGovernment = m_head->text().trimmed();
    info.planName = m_planName->text().trimmed();
    if (info.planName.isEmpty())
        info.planName = tr("Development plan of %1 %2–%3")
                            .arg(info.entity.name)
                            .arg(info.term.startYear)
                            .arg(info.term.endYear());
    return info;
}

QString NewPlanWizard::teamLeader() const
{
    return m_leader->text().trimmed();
}

Status NewPlanWizard::createPlanFile(const QString &path) const
{
    const QString leader = teamLeader();
    const QString leaderRole = tr("Leader of the planning team");
    return writeNewPlanFile(path, planInfo(), [&](PlanStore &store) -> Status {
        if (leader.isEmpty())
            return {};
        TeamMember member;
        member.name = leader;
        member.role = leaderRole;
        member.isLeader = true;
        member.sortOrder = 1;
        auto id = PlanWriter(store).addTeamMember(member);
        if (!id)
            return id.error();
        return {};
    });
}

} // namespace planea::ui
