#include "BackupsDialog.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

namespace {

QString when(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s) : QString();
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(align);
    return item;
}

} // namespace

BackupsDialog::BackupsDialog(const BackupManager &manager, const QString &planPath, QWidget *parent)
    : QDialog(parent)
    , m_backups(manager.list(planPath))
    , m_table(new QTableWidget)
    , m_restore(new QPushButton(tr("&Restore this copy")))
{
    setObjectName(u"backupsDialog"_s);
    setWindowTitle(tr("Backup copies of «%1»").arg(QFileInfo(planPath).fileName()));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(
        m_backups.isEmpty()
            ? tr("There are no backup copies of this plan yet. Planea makes one when a plan is opened, every hour "
                 "of editing, and before an approval, an import or a format update.")
            : tr("Planea makes a copy when the plan is opened, every hour of editing, and before an approval, an "
                 "import or a format update. Restoring replaces the plan with the chosen copy; the plan as it is "
                 "now is kept as one more copy first, so nothing is lost."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setObjectName(u"backupsTable"_s);
    const QStringList headers = { tr("Made on"), tr("Why"),         tr("Plan"), tr("Lines"),
                                  tr("Goals"),   tr("Last change"), tr("Size"), tr("State") };
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(m_backups.size()));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    const QLocale locale;
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    // Each copy's bytes against the SHA-256 recorded when it was made (one read of each copy): a
    // damaged one is marked before it is chosen, and cannot be restored.
    m_intact.reserve(m_backups.size());
    for (const BackupInfo &b : std::as_const(m_backups))
        m_intact.append(BackupManager::isIntact(b));
    const QString damagedWhy = tr("This copy is damaged: its bytes no longer match the fingerprint (SHA-256) "
                                  "recorded when it was made, so it cannot be restored. Choose another copy.");
    for (int row = 0; row < m_backups.size(); ++row) {
        const BackupInfo &b = m_backups[row];
        m_table->setItem(row, 0, cell(when(b.createdAt)));
        m_table->setItem(row, 1, cell(BackupManager::reasonText(b.reason)));
        m_table->setItem(row, 2, cell(b.planName));
        m_table->setItem(row, 3, cell(locale.toString(b.lines), right));
        m_table->setItem(row, 4, cell(locale.toString(b.goals), right));
        m_table->setItem(row, 5, cell(when(b.lastChange)));
        m_table->setItem(row, 6, cell(locale.formattedDataSize(b.bytes, 1, QLocale::DataSizeTraditionalFormat), right));
        m_table->setItem(row, 7, cell(m_intact[row] ? tr("Intact") : tr("Damaged")));
        m_table->item(row, 0)->setToolTip(QDir::toNativeSeparators(b.path));
        if (!m_intact[row]) {
            for (int column = 0; column < m_table->columnCount(); ++column) {
                QTableWidgetItem *item = m_table->item(row, column);
                item->setForeground(QColor(0xb0, 0x00, 0x20));
                item->setToolTip(column == 0 ? QDir::toNativeSeparators(b.path) + u"\n"_s + damagedWhy : damagedWhy);
            }
            QFont bold = m_table->item(row, 7)->font();
            bold.setBold(true);
            m_table->item(row, 7)->setFont(bold);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch); // the plan's name
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_restore->setObjectName(u"restoreButton"_s);
    m_restore->setEnabled(false);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this, damagedWhy] {
        m_restore->setEnabled(selected().has_value());
        m_restore->setToolTip(selectedRowIsDamaged() ? damagedWhy : QString());
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (selected())
            accept();
    });
    // The newest intact copy is chosen first.
    const qsizetype firstIntact = m_intact.indexOf(true);
    if (firstIntact >= 0)
        m_table->selectRow(int(firstIntact));
    else if (!m_backups.isEmpty())
        m_table->selectRow(0);
    resize(900, 420);
}

std::optional<BackupInfo> BackupsDialog::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_backups.size() || !m_intact.value(rows.first().row()))
        return std::nullopt;
    return m_backups[rows.first().row()];
}

bool BackupsDialog::selectedRowIsDamaged() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return !rows.isEmpty() && rows.first().row() < m_intact.size() && !m_intact[rows.first().row()];
}

} // namespace planea::ui
