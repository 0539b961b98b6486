#include "ImportAssistant.h"

#include "catalog/Catalog.h"
#include "domain/PlanData.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

namespace {

constexpr int PreviewRows = 8;
constexpr int RawRows = 12;
constexpr int RawColumns = 30;

QString fold(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    }
    return out.simplified();
}

QLabel *problemLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #9C0006;"_s);
    label->hide();
    return label;
}

QTableWidget *readOnlyTable()
{
    auto *table = new QTableWidget;
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

ImportAssistant::ImportAssistant(const PlanData *openPlan, const Catalog *catalog, QWidget *parent)
    : QWizard(parent)
    , m_openPlan(openPlan)
    , m_catalog(catalog)
{
    setObjectName(u"importAssistant"_s);
    setWindowTitle(tr("Import assistant"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Import"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setPage(FilePage, buildFilePage());
    setPage(SheetsPage, buildSheetsPage());
    setPage(ColumnsPage, buildColumnsPage());
    setPage(CheckPage, buildCheckPage());
    resize(1000, 640);
}

ImportAssistant::~ImportAssistant() = default;

// --- Pages -------------------------------------------------------------------------------------------

QWizardPage *ImportAssistant::buildFilePage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("The spreadsheet"));
    page->setSubTitle(tr("A workbook (.xlsx) or a CSV file with your plan or its follow-up, one row per indicator."));
    m_file = new QLineEdit;
    m_file->setObjectName(u"assistantFile"_s);
    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Spreadsheet to import"), m_file->text(),
                                                          tr("Spreadsheets (*.xlsx *.csv);;All files (*)"));
        if (!path.isEmpty()) {
            m_file->setText(path);
            readQuietly();
        }
    });
    // Read as soon as the file is known, so the term's first year below comes from its titles.
    connect(m_file, &QLineEdit::editingFinished, this, &ImportAssistant::readQuietly);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_newPlan = new QRadioButton(tr("It is a plan: make a new plan from it"));
    m_newPlan->setObjectName(u"assistantNewPlan"_s);
    m_progress = new QRadioButton(tr("It is a follow-up: add its progress to the open plan"));
    m_progress->setObjectName(u"assistantProgress"_s);
    m_newPlan->setChecked(true);
    if (!m_openPlan) {
        m_progress->setEnabled(false);
        m_progress->setToolTip(tr("Open the plan first."));
    }

    m_startYear = new QSpinBox;
    m_startYear->setObjectName(u"assistantStartYear"_s);
    m_startYear->setRange(1990, 2100);
    m_startYear->setValue(QDate::currentDate().year());
    m_dane = new QLineEdit;
    m_dane->setObjectName(u"assistantDane"_s);
    m_dane->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{0,5}"_s), m_dane));
    m_dane->setPlaceholderText(tr("e.g. 63111"));
    m_entity = new QLineEdit;
    m_entity->setObjectName(u"assistantEntity"_s);
    m_entity->setPlaceholderText(tr("e.g. Buenavista"));
    for (QWidget *w : std::initializer_list<QWidget *> { m_startYear, m_dane, m_entity })
        w->setMaximumWidth(320);
    auto *planForm = new QFormLayout;
    planForm->addRow(tr("First year of the term:"), m_startYear);
    planForm->addRow(tr("DANE code of the entity:"), m_dane);
    planForm->addRow(tr("Entity name:"), m_entity);
    auto *planBox = new QWidget;
    planBox->setLayout(planForm);
    connect(m_newPlan, &QRadioButton::toggled, planBox, &QWidget::setEnabled);

    auto *load = new QPushButton(tr("Load a saved mapping…"));
    load->setObjectName(u"assistantLoadMapping"_s);
    load->setToolTip(tr("The columns chosen last time for a file like this one (JSON)."));
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Load a mapping"), {}, tr("Planea mappings (*.json)"));
        if (path.isEmpty())
            return;
        if (auto s = loadMapping(path); !s)
            QMessageBox::warning(this, tr("The mapping was not loaded"), s.error().message);
    });

    m_fileProblem = problemLabel();
    m_fileProblem->setObjectName(u"assistantFileProblem"_s);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("File:")));
    layout->addLayout(fileRow);
    layout->addSpacing(8);
    layout->addWidget(m_newPlan);
    layout->addWidget(planBox);
    layout->addWidget(m_progress);
    layout->addSpacing(8);
    auto *loadRow = new QHBoxLayout;
    loadRow->addWidget(load);
    loadRow->addStretch(1);
    layout->addLayout(loadRow);
    layout->addWidget(m_fileProblem);
    layout->addStretch(1);
    return page;
}

QWizardPage *ImportAssistant::buildSheetsPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Sheets and header rows"));
    page->setSubTitle(tr("Tick the sheets to read (one per secretaría is fine) and say in which row the column "
                         "titles are; titles on two rows are joined."));
    m_sheets = new QListWidget;
    m_sheets->setObjectName(u"assistantSheets"_s);
    m_sheets->setMaximumWidth(260);
    m_headerRow = new QSpinBox;
    m_headerRow->setObjectName(u"assistantHeaderRow"_s);
    m_headerRow->setRange(1, 1000);
    m_headerRows = new QSpinBox;
    m_headerRows->setObjectName(u"assistantHeaderRows"_s);
    m_headerRows->setRange(1, 5);
    m_raw = readOnlyTable();
    m_raw->setObjectName(u"assistantRawPreview"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("Titles in row:"), m_headerRow);
    form->addRow(tr("Rows of titles:"), m_headerRows);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Sheets:")));
    left->addWidget(m_sheets, 1);
    left->addLayout(form);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("The first rows of the sheet (titles highlighted):")));
    right->addWidget(m_raw, 1);
    auto *layout = new QHBoxLayout(page);
    layout->addLayout(left);
    layout->addLayout(right, 1);
    connect(m_sheets, &QListWidget::itemChanged, this, &ImportAssistant::fillRawPreview);
    connect(m_sheets, &QListWidget::currentRowChanged, this, &ImportAssistant::fillRawPreview);
    connect(m_headerRow, &QSpinBox::valueChanged, this, &ImportAssistant::fillRawPreview);
    connect(m_headerRows, &QSpinBox::valueChanged, this, &ImportAssistant::fillRawPreview);
    return page;
}

QWizardPage *ImportAssistant::buildColumnsPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("What each column is"));
    page->setSubTitle(tr("Planea guessed from the titles; correct what is wrong. Columns left as «(no importar)» are "
                         "ignored."));
    m_columns = new QTableWidget(0, 4);
    m_columns->setObjectName(u"assistantColumns"_s);
    m_columns->setHorizontalHeaderLabels({ tr("Column"), tr("Title"), tr("First value"), tr("Planea field") });
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->verticalHeader()->setVisible(false);
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_percent = new QComboBox;
    m_percent->setObjectName(u"assistantPercent"_s);
    m_percent->addItem(tr("0 to 100 (45 is 45 %)"), int(matrix::PercentScale::Hundred));
    m_percent->addItem(tr("0 to 1 (0,45 is 45 %)"), int(matrix::PercentScale::Fraction));
    m_money = new QComboBox;
    m_money->setObjectName(u"assistantMoney"_s);
    m_money->addItem(tr("pesos"), 1.0);
    m_money->addItem(tr("thousands of pesos"), 1e3);
    m_money->addItem(tr("millions of pesos"), 1e6);
    auto *save = new QPushButton(tr("Save this mapping…"));
    save->setObjectName(u"assistantSaveMapping"_s);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the mapping"), tr("mapping.json"),
                                                          tr("Planea mappings (*.json)"));
        if (path.isEmpty())
            return;
        if (auto s = saveMapping(path); !s)
            QMessageBox::warning(this, tr("The mapping was not saved"), s.error().message);
    });
    auto *options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("Percentages written as:")));
    options->addWidget(m_percent);
    options->addSpacing(12);
    options->addWidget(new QLabel(tr("Money in:")));
    options->addWidget(m_money);
    options->addStretch(1);
    options->addWidget(save);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_columns, 1);
    layout->addLayout(options);
    return page;
}

QWizardPage *ImportAssistant::buildCheckPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Preview and dry run"));
    page->setSubTitle(tr("The first rows as Planea reads them, and every row it cannot read. Nothing is written "
                         "until you press «Importar»."));
    m_preview = readOnlyTable();
    m_preview->setObjectName(u"assistantPreview"_s);
    m_summary = new QLabel;
    m_summary->setObjectName(u"assistantSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = readOnlyTable();
    m_problems->setObjectName(u"assistantProblems"_s);
    m_problems->setColumnCount(3);
    m_problems->setHorizontalHeaderLabels({ tr("Sheet"), tr("Row"), tr("Why it cannot be read") });
    m_problems->verticalHeader()->setVisible(false);
    m_problems->setWordWrap(true);
    m_skip = new QCheckBox(tr("Import the rows that can be read and leave out the others"));
    m_skip->setObjectName(u"assistantSkipBadRows"_s);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("First rows as read:")));
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Rows that cannot be read:")));
    layout->addWidget(m_problems, 2);
    layout->addWidget(m_skip);
    return page;
}

// --- File and mapping ---------------------------------------------------------------------------------

Status ImportAssistant::setFile(const QString &path)
{
    m_file->setText(path);
    auto source = matrix::MatrixSource::open(path, m_base.csvSeparator);
    if (!source) {
        m_source.reset();
        m_path.clear();
        return source.error();
    }
    m_source = std::move(*source);
    m_path = path;
    m_result.reset();
    // The term's first year: the smallest year written in the first rows' titles, if any.
    static const QRegularExpression yearRe(u"\\b(20\\d\\d)\\b"_s);
    int first = 0;
    for (int s = 0; s < m_source->sheetNames().size(); ++s) {
        const auto &rows = m_source->rows(s);
        for (int r = 0; r < std::min<int>(10, int(rows.size())); ++r) {
            for (const XlsxCell &cell : rows[r]) {
                if (cell.type != XlsxCellType::String)
                    continue;
                auto it = yearRe.globalMatch(cell.text());
                while (it.hasNext()) {
                    const int y = it.next().captured(1).toInt();
                    if (first == 0 || y < first)
                        first = y;
                }
            }
        }
    }
    if (first > 0 && !m_pending)
        m_startYear->setValue(first);
    m_sheets->clear();
    for (const QString &name : m_source->sheetNames()) {
        auto *item = new QListWidgetItem(name, m_sheets);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_sheets->setCurrentRow(0);
    return {};
}

void ImportAssistant::readQuietly()
{
    // Errors are said when the person presses «Siguiente».
    if (!m_file->text().trimmed().isEmpty() && m_file->text() != m_path)
        (void)setFile(m_file->text());
}

QString ImportAssistant::filePath() const
{
    return m_path;
}

matrix::ImportMode ImportAssistant::mode() const
{
    return m_progress->isChecked() ? matrix::ImportMode::Progress : matrix::ImportMode::NewPlan;
}

void ImportAssistant::setMode(matrix::ImportMode mode)
{
    (mode == matrix::ImportMode::Progress ? m_progress : m_newPlan)->setChecked(true);
}

Status ImportAssistant::loadMapping(const QString &path)
{
    auto loaded = matrix::MatrixMapping::load(path);
    if (!loaded)
        return loaded.error();
    m_base = *loaded;
    m_pending = *loaded;
    if (loaded->plan.startYear > 0)
        m_startYear->setValue(loaded->plan.startYear);
    if (!loaded->plan.daneCode.isEmpty())
        m_dane->setText(loaded->plan.daneCode);
    if (!loaded->plan.entityName.isEmpty())
        m_entity->setText(loaded->plan.entityName);
    // Already past the first page: apply now.
    if (m_source && currentId() != FilePage)
        initializePage(currentId());
    return {};
}

Status ImportAssistant::saveMapping(const QString &path) const
{
    return mapping().save(path);
}

QStringList ImportAssistant::selectedSheets() const
{
    QStringList names;
    for (int i = 0; i < m_sheets->count(); ++i) {
        if (m_sheets->item(i)->checkState() == Qt::Checked)
            names.append(m_sheets->item(i)->text());
    }
    return names;
}

int ImportAssistant::firstSelectedSheet() const
{
    if (!m_source)
        return -1;
    const QStringList names = selectedSheets();
    return names.isEmpty() ? -1 : m_source->sheetIndex(names.first());
}

QList<int> ImportAssistant::years() const
{
    QList<int> list;
    const int start
        = mode() == matrix::ImportMode::Progress && m_openPlan ? m_openPlan->info.term.startYear : m_startYear->value();
    for (int y = start; y < start + 4; ++y)
        list.append(y);
    static const QRegularExpression yearRe(u"\\b(20\\d\\d)\\b"_s);
    for (const QString &h : m_headers) {
        auto it = yearRe.globalMatch(h);
        while (it.hasNext()) {
            const int y = it.next().captured(1).toInt();
            if (!list.contains(y))
                list.append(y);
        }
    }
    std::sort(list.begin(), list.end());
    return list;
}

QString ImportAssistant::sourceName(const QString &code) const
{
    if (m_catalog) {
        if (const CatalogFundingSource *s = m_catalog->fundingSource(code))
            return s->name;
    }
    return code;
}

QComboBox *ImportAssistant::choiceCombo(const ColumnChoice &selected) const
{
    auto *combo = new QComboBox;
    combo->addItem(ColumnChoice().label(), QString());
    for (matrix::Field f : matrix::allFields()) {
        ColumnChoice c;
        c.kind = ColumnChoice::Kind::Field;
        c.field = f;
        combo->addItem(c.label(), c.key());
    }
    QList<CatalogFundingSource> sources;
    if (m_catalog)
        sources = m_catalog->kptFundingSources();
    for (int y : years()) {
        ColumnChoice c;
        c.year = y;
        c.kind = ColumnChoice::Kind::Target;
        combo->addItem(c.label(), c.key());
        c.kind = ColumnChoice::Kind::Progress;
        combo->addItem(c.label(), c.key());
        c.kind = ColumnChoice::Kind::Quarter;
        for (int q = 1; q <= 4; ++q) {
            c.quarter = q;
            combo->addItem(c.label(), c.key());
        }
        c.kind = ColumnChoice::Kind::Resource;
        for (const CatalogFundingSource &s : sources) {
            c.sourceCode = s.code;
            combo->addItem(c.label(s.name), c.key());
        }
    }
    int index = combo->findData(selected.key());
    if (index < 0 && selected.kind != ColumnChoice::Kind::None) {
        combo->addItem(selected.label(sourceName(selected.sourceCode)), selected.key());
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(0, index));
    return combo;
}

ColumnChoice ImportAssistant::choice(int column) const
{
    auto *combo = qobject_cast<QComboBox *>(m_columns->cellWidget(column, 3));
    return combo ? ColumnChoice::fromKey(combo->currentData().toString()) : ColumnChoice();
}

void ImportAssistant::setChoice(int column, const ColumnChoice &c)
{
    auto *combo = qobject_cast<QComboBox *>(m_columns->cellWidget(column, 3));
    if (!combo)
        return;
    int index = combo->findData(c.key());
    if (index < 0) {
        combo->addItem(c.label(sourceName(c.sourceCode)), c.key());
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

matrix::MatrixMapping ImportAssistant::mapping() const
{
    matrix::MatrixMapping m = m_base;
    m.sheets = m_source && m_source->isCsv() ? QStringList() : selectedSheets();
    if (m_source && !m_source->isCsv() && m.sheets.size() == m_source->sheetNames().size())
        m.sheets.clear(); // every sheet: also the ones a later file adds
    m.headerRow = m_headerRow->value();
    m.headerRowCount = m_headerRows->value();
    m.percentScale = matrix::PercentScale(m_percent->currentData().toInt());
    m.resourcesMultiplier = m_money->currentData().toDouble();
    m.columns.clear();
    m.targets.clear();
    m.progress.clear();
    m.quarterlyProgress.clear();
    m.resources.clear();
    QHash<QString, int> titleCount;
    for (const QString &h : m_headers)
        titleCount[fold(h)] += 1;
    for (int i = 0; i < m_columns->rowCount(); ++i) {
        const ColumnChoice c = choice(i);
        if (c.kind == ColumnChoice::Kind::None)
            continue;
        // By title (the same title may sit in another column in another sheet), or by letter when the
        // title is empty or repeated.
        const QString title = m_headers.value(i);
        const QString ref
            = title.trimmed().isEmpty() || titleCount.value(fold(title)) > 1 ? u"#"_s + columnName(i) : title;
        switch (c.kind) {
        case ColumnChoice::Kind::None:
            break;
        case ColumnChoice::Kind::Field:
            if (!m.columns.contains(c.field))
                m.columns.insert(c.field, ref);
            break;
        case ColumnChoice::Kind::Target:
            m.targets.insert(c.year, ref);
            break;
        case ColumnChoice::Kind::Progress:
            m.progress.insert(c.year, ref);
            break;
        case ColumnChoice::Kind::Quarter: {
            auto it = std::find_if(m.quarterlyProgress.begin(), m.quarterlyProgress.end(),
                                   [&](const matrix::QuarterColumns &q) { return q.year == c.year; });
            if (it == m.quarterlyProgress.end()) {
                m.quarterlyProgress.append({ c.year, { QString(), QString(), QString(), QString() } });
                it = m.quarterlyProgress.end() - 1;
            }
            it->columns[c.quarter - 1] = ref;
            break;
        }
        case ColumnChoice::Kind::Resource:
            m.resources.append({ c.year, c.sourceCode, ref });
            break;
        }
    }
    if (mode() == matrix::ImportMode::NewPlan) {
        m.plan.startYear = m_startYear->value();
        m.plan.daneCode = m_dane->text().trimmed();
        m.plan.entityName = m_entity->text().simplified();
    }
    return m;
}

// --- Page contents ------------------------------------------------------------------------------------

void ImportAssistant::fillRawPreview()
{
    m_raw->clear();
    const int sheet
        = m_sheets->currentRow() >= 0 && m_source ? m_source->sheetIndex(m_sheets->currentItem()->text()) : -1;
    if (sheet < 0) {
        m_raw->setRowCount(0);
        m_raw->setColumnCount(0);
        return;
    }
    const auto &rows = m_source->rows(sheet);
    const int columns = std::min(RawColumns, m_source->columnCount(sheet));
    const int count = std::min<int>(RawRows, int(rows.size()));
    m_raw->setColumnCount(columns);
    m_raw->setRowCount(count);
    QStringList letters;
    for (int c = 0; c < columns; ++c)
        letters.append(columnName(c));
    m_raw->setHorizontalHeaderLabels(letters);
    const int firstHeader = m_headerRow->value() - 1;
    const int lastHeader = firstHeader + m_headerRows->value() - 1;
    for (int r = 0; r < count; ++r) {
        for (int c = 0; c < columns; ++c) {
            auto *item = new QTableWidgetItem(m_source->cell(sheet, r, c).text());
            if (r >= firstHeader && r <= lastHeader) {
                item->setBackground(QColor(0xDD, 0xEB, 0xF7));
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_raw->setItem(r, c, item);
        }
    }
    m_raw->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c)
        m_raw->setColumnWidth(c, std::min(m_raw->columnWidth(c), 180));
}

void ImportAssistant::fillColumns()
{
    // Choices made before (going back to change the header row) are kept by title.
    QHash<QString, QString> before;
    for (int i = 0; i < m_columns->rowCount(); ++i)
        before.insert(fold(m_headers.value(i)), choice(i).key());
    const int sheet = firstSelectedSheet();
    m_headers = sheet >= 0 ? m_source->headers(sheet, m_headerRow->value(), m_headerRows->value()) : QStringList();
    QList<std::pair<QString, QString>> sources;
    if (m_catalog) {
        for (const CatalogFundingSource &s : m_catalog->kptFundingSources())
            sources.append({ s.code, s.name });
    }
    // A loaded mapping, or else the one planea-cli would suggest from these titles.
    const QHash<int, ColumnChoice> fromMapping
        = choicesFrom(m_pending ? *m_pending : matrix::suggestMapping(m_headers));
    m_columns->setRowCount(int(m_headers.size()));
    const int firstData = m_headerRow->value() - 1 + m_headerRows->value();
    for (int i = 0; i < m_headers.size(); ++i) {
        m_columns->setItem(i, 0, new QTableWidgetItem(columnName(i)));
        m_columns->setItem(i, 1, new QTableWidgetItem(m_headers[i]));
        QString sample;
        const auto &rows = m_source->rows(sheet);
        for (int r = firstData; r < std::min<int>(firstData + 20, int(rows.size())) && sample.isEmpty(); ++r)
            sample = m_source->cell(sheet, r, i).text().simplified();
        m_columns->setItem(i, 2, new QTableWidgetItem(sample));
        ColumnChoice c;
        if (m_pending) {
            c = fromMapping.value(i);
        } else if (const auto kept = before.constFind(fold(m_headers[i])); kept != before.constEnd()) {
            c = ColumnChoice::fromKey(*kept);
        } else {
            c = fromMapping.value(i);
            // The funding source of a money column is guessed only here (e.g. «Propios 2024»).
            if (c.kind == ColumnChoice::Kind::None) {
                const ColumnChoice guessed = ColumnChoice::guess(m_headers[i], sources);
                if (guessed.kind == ColumnChoice::Kind::Resource)
                    c = guessed;
            }
        }
        m_columns->setCellWidget(i, 3, choiceCombo(c));
    }
    m_columns->resizeColumnsToContents();
    m_columns->setColumnWidth(1, std::min(m_columns->columnWidth(1), 320));
    m_columns->setColumnWidth(2, std::min(m_columns->columnWidth(2), 200));
    m_pending.reset();
}

QHash<int, ColumnChoice> ImportAssistant::choicesFrom(const matrix::MatrixMapping &m) const
{
    auto resolve = [&](const QString &ref) -> int {
        if (ref.startsWith(u'#')) {
            for (int i = 0; i < m_headers.size(); ++i) {
                if (columnName(i).compare(ref.mid(1), Qt::CaseInsensitive) == 0)
                    return i;
            }
            return -1;
        }
        for (int i = 0; i < m_headers.size(); ++i) {
            if (fold(m_headers[i]) == fold(ref))
                return i;
        }
        return -1;
    };
    QHash<int, ColumnChoice> out;
    for (auto it = m.columns.cbegin(); it != m.columns.cend(); ++it) {
        ColumnChoice c;
        c.kind = ColumnChoice::Kind::Field;
        c.field = it.key();
        if (const int i = resolve(it.value()); i >= 0)
            out.insert(i, c);
    }
    for (auto it = m.targets.cbegin(); it != m.targets.cend(); ++it) {
        if (const int i = resolve(it.value()); i >= 0)
            out.insert(i, { ColumnChoice::Kind::Target, {}, it.key(), 0, {} });
    }
    for (auto it = m.progress.cbegin(); it != m.progress.cend(); ++it) {
        if (const int i = resolve(it.value()); i >= 0)
            out.insert(i, { ColumnChoice::Kind::Progress, {}, it.key(), 0, {} });
    }
    for (const matrix::QuarterColumns &q : m.quarterlyProgress) {
        for (int k = 0; k < q.columns.size(); ++k) {
            if (const int i = q.columns[k].isEmpty() ? -1 : resolve(q.columns[k]); i >= 0)
                out.insert(i, { ColumnChoice::Kind::Quarter, {}, q.year, k + 1, {} });
        }
    }
    for (const matrix::ResourceColumn &r : m.resources) {
        if (const int i = resolve(r.column); i >= 0)
            out.insert(i, { ColumnChoice::Kind::Resource, {}, r.year, 0, r.sourceCode });
    }
    return out;
}

void ImportAssistant::fillPreview()
{
    m_preview->clear();
    const int sheet = firstSelectedSheet();
    QList<int> mapped;
    QStringList labels;
    for (int i = 0; i < m_columns->rowCount(); ++i) {
        const ColumnChoice c = choice(i);
        if (c.kind == ColumnChoice::Kind::None)
            continue;
        mapped.append(i);
        labels.append(c.label(sourceName(c.sourceCode)));
    }
    m_preview->setColumnCount(int(mapped.size()));
    m_preview->setHorizontalHeaderLabels(labels);
    if (sheet < 0) {
        m_preview->setRowCount(0);
        return;
    }
    const auto &rows = m_source->rows(sheet);
    const int firstData = m_headerRow->value() - 1 + m_headerRows->value();
    QList<int> shown;
    for (int r = firstData; r < rows.size() && shown.size() < PreviewRows; ++r) {
        bool empty = true;
        for (int i : std::as_const(mapped))
            empty = empty && m_source->cell(sheet, r, i).text().trimmed().isEmpty();
        if (!empty)
            shown.append(r);
    }
    m_preview->setRowCount(int(shown.size()));
    QStringList rowLabels;
    for (int k = 0; k < shown.size(); ++k) {
        rowLabels.append(QString::number(shown[k] + 1));
        for (int j = 0; j < mapped.size(); ++j)
            m_preview->setItem(k, j, new QTableWidgetItem(m_source->cell(sheet, shown[k], mapped[j]).text()));
    }
    m_preview->setVerticalHeaderLabels(rowLabels);
    m_preview->resizeColumnsToContents();
    for (int j = 0; j < mapped.size(); ++j)
        m_preview->setColumnWidth(j, std::min(m_preview->columnWidth(j), 200));
}

void ImportAssistant::runCheck()
{
    m_result.reset();
    m_problems->setRowCount(0);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto read = matrix::MatrixImport::read(*m_source, mapping(), mode(),
                                           mode() == matrix::ImportMode::Progress ? m_openPlan : nullptr);
    QApplication::restoreOverrideCursor();
    if (!read) {
        m_summary->setStyleSheet(u"color: #9C0006;"_s);
        m_summary->setText(read.error().message);
        m_skip->setEnabled(false);
        return;
    }
    m_result = std::move(*read);
    m_summary->setStyleSheet(QString());
    QStringList lines = matrix::MatrixImport::summaryLines(*m_result);
    lines.append(m_result->notes);
    m_summary->setText(lines.join(u"\n"_s));
    m_problems->setRowCount(int(m_result->problems.size()));
    for (int i = 0; i < m_result->problems.size(); ++i) {
        const matrix::RowProblem &p = m_result->problems[i];
        m_problems->setItem(i, 0, new QTableWidgetItem(p.sheet));
        m_problems->setItem(i, 1, new QTableWidgetItem(QString::number(p.row)));
        m_problems->setItem(i, 2, new QTableWidgetItem(p.reason));
    }
    m_problems->resizeColumnsToContents();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->resizeRowsToContents();
    m_skip->setEnabled(m_result->hasProblems());
    m_skip->setChecked(false);
}

void ImportAssistant::initializePage(int id)
{
    switch (id) {
    case SheetsPage:
        if (m_pending) {
            for (int i = 0; i < m_sheets->count(); ++i) {
                QListWidgetItem *item = m_sheets->item(i);
                item->setCheckState(m_pending->sheets.isEmpty() || m_pending->sheets.contains(item->text())
                                        ? Qt::Checked
                                        : Qt::Unchecked);
            }
            m_headerRow->setValue(m_pending->headerRow);
            m_headerRows->setValue(m_pending->headerRowCount);
            m_percent->setCurrentIndex(std::max(0, m_percent->findData(int(m_pending->percentScale))));
            m_money->setCurrentIndex(std::max(0, m_money->findData(m_pending->resourcesMultiplier)));
        }
        fillRawPreview();
        break;
    case ColumnsPage:
        fillColumns();
        break;
    case CheckPage:
        fillPreview();
        runCheck();
        break;
    default:
        break;
    }
}

bool ImportAssistant::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage: {
        m_fileProblem->hide();
        QString problem;
        if (m_file->text().trimmed().isEmpty()) {
            problem = tr("Choose the spreadsheet to import.");
        } else if (m_path != m_file->text() || !m_source) {
            if (auto s = setFile(m_file->text()); !s)
                problem = s.error().message;
        }
        if (problem.isEmpty() && mode() == matrix::ImportMode::Progress && !m_openPlan)
            problem = tr("Open the plan the progress belongs to first.");
        if (!problem.isEmpty()) {
            m_fileProblem->setText(problem);
            m_fileProblem->show();
            return false;
        }
        return true;
    }
    case SheetsPage:
        if (m_source && !m_source->isCsv() && selectedSheets().isEmpty()) {
            QMessageBox::information(this, tr("Sheets"), tr("Tick at least one sheet."));
            return false;
        }
        return true;
    case ColumnsPage:
        for (int i = 0; i < m_columns->rowCount(); ++i) {
            if (choice(i).kind != ColumnChoice::Kind::None)
                return true;
        }
        QMessageBox::information(this, tr("Columns"), tr("Choose the Planea field of at least one column."));
        return false;
    case CheckPage:
        if (!m_result)
            return false;
        if (m_result->hasProblems() && !m_skip->isChecked()) {
            m_summary->setText(m_summary->text() + u"\n\n"_s
                               + tr("%1 row(s) cannot be read: correct the spreadsheet, or tick «leave out the "
                                    "others» to import the rest.")
                                     .arg(m_result->problems.size()));
            return false;
        }
        return true;
    default:
        return true;
    }
}

bool ImportAssistant::skipBadRows() const
{
    return m_skip->isChecked();
}

} // namespace planea::ui
