#include "CatalogSearchDialog.h"

#include "catalog/Catalog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

CatalogSearchDialog::CatalogSearchDialog(const Catalog *catalog, CatalogKind kind, const QString &codePrefix,
                                         QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_kind(kind)
    , m_prefix(codePrefix)
    , m_search(new QLineEdit)
    , m_results(new QTableWidget)
    , m_status(new QLabel)
{
    setObjectName(u"catalogSearchDialog"_s);
    setWindowTitle(tr("Choose from the catalog: %1").arg(catalogKindDisplayName(kind)));
    resize(820, 480);
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Type words of the name or the first digits of the code. Use ↓ to move through the "
                               "results and Enter to choose."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_search->setObjectName(u"catalogSearchEdit"_s);
    m_search->setPlaceholderText(tr("Search, e.g. “vías rurales” or 2402"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);
    if (!m_prefix.isEmpty()) {
        m_onlyPrefix = new QCheckBox(tr("Only items under code %1").arg(m_prefix));
        m_onlyPrefix->setObjectName(u"catalogOnlyPrefix"_s);
        m_onlyPrefix->setChecked(true);
        layout->addWidget(m_onlyPrefix);
        connect(m_onlyPrefix, &QCheckBox::toggled, this, &CatalogSearchDialog::runSearch);
    }
    m_results->setObjectName(u"catalogResults"_s);
    m_results->setColumnCount(3);
    m_results->setHorizontalHeaderLabels({ tr("Code"), tr("Name"), tr("Detail") });
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->verticalHeader()->hide();
    m_results->setAlternatingRowColors(true);
    m_results->setWordWrap(true);
    m_results->setColumnWidth(0, 95);
    m_results->setColumnWidth(1, 480);
    m_results->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_results, 1);
    m_status->setObjectName(u"catalogStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &CatalogSearchDialog::runSearch);
    connect(m_results, &QTableWidget::cellDoubleClicked, this, [this] { accept(); });
    runSearch();
}

void CatalogSearchDialog::runSearch()
{
    m_hits.clear();
    const QString text = m_search->text().trimmed();
    const bool narrow = m_onlyPrefix && m_onlyPrefix->isChecked();
    if (m_catalog) {
        if (!text.isEmpty()) {
            for (const CatalogHit &h : m_catalog->search(text, m_kind, narrow ? 500 : 60)) {
                if (!narrow || h.code.startsWith(m_prefix))
                    m_hits.append(h);
                if (m_hits.size() >= 60)
                    break;
            }
        } else if (narrow) {
            // Nothing typed yet: list what belongs under the prefix, so a click is enough.
            auto add = [this](const QString &code, const QString &name, const QString &detail) {
                m_hits.append({ m_kind, code, name, detail });
            };
            if (m_kind == CatalogKind::Program)
                for (const CatalogProgram &p : m_catalog->programsOf(m_prefix))
                    add(p.code, p.name, {});
            else if (m_kind == CatalogKind::Product)
                for (const CatalogProduct &p : m_catalog->productsOf(m_prefix))
                    add(p.code, p.name, p.unit);
            else if (m_kind == CatalogKind::ProductIndicator)
                for (const CatalogProductIndicator &i : m_catalog->indicatorsOf(m_prefix))
                    add(i.code, i.name, i.unit);
        }
    }
    m_results->setRowCount(int(m_hits.size()));
    for (int r = 0; r < m_hits.size(); ++r) {
        const CatalogHit &h = m_hits.at(r);
        m_results->setItem(r, 0, new QTableWidgetItem(h.code));
        auto *name = new QTableWidgetItem(h.name.isEmpty() ? tr("(no published name)") : h.name);
        name->setToolTip(h.name);
        m_results->setItem(r, 1, name);
        m_results->setItem(r, 2, new QTableWidgetItem(h.detail));
    }
    if (!m_hits.isEmpty())
        m_results->selectRow(0);
    const bool mgaKind
        = m_kind == CatalogKind::Program || m_kind == CatalogKind::Product || m_kind == CatalogKind::ProductIndicator;
    const Status mga = m_catalog && mgaKind ? m_catalog->mgaStatus() : Status {};
    if (!m_catalog)
        m_status->setText(tr("The catalogs could not be loaded: add your own item instead."));
    else if (!mga)
        // A damaged catalog file must not look like a search with no results.
        m_status->setText(tr("The MGA catalog cannot be used: %1 Add your own item instead, or import the "
                             "catalog again (Catalog › Import).")
                              .arg(mga.error().message));
    else if (text.isEmpty() && m_hits.isEmpty())
        m_status->setText(tr("Type to search the catalog."));
    else
        m_status->setText(tr("%n result(s)", nullptr, int(m_hits.size())));
}

bool CatalogSearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Arrow keys in the search box move through the results, so the hands stay on the keyboard.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_results->rowCount() > 0) {
            const int row
                = std::clamp(m_results->currentRow() + (key == Qt::Key_Down ? 1 : -1), 0, m_results->rowCount() - 1);
            m_results->selectRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CatalogSearchDialog::accept()
{
    const int row = m_results->currentRow();
    if (row < 0 || row >= m_hits.size())
        return;
    m_selected = m_hits.at(row);
    QDialog::accept();
}

} // namespace planea::ui
