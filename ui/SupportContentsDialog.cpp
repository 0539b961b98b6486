#include "SupportContentsDialog.h"

#include "PlanView.h"
#include "document/PlanDocument.h"
#include "pages/ModulePage.h"

#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

namespace {

const QString AttachmentsKey = u"support_documents"_s;

enum ItemRole { BodyRole = Qt::UserRole + 1, ModuleRole, PathRole };

QString fold(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower().normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    return out;
}

/// The legal references: one entry per <h2> of resources/support/normas.html.
QList<std::pair<QString, QString>> legalEntries()
{
    QFile f(u":/planea/support/normas.html"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString html = QString::fromUtf8(f.readAll());
    QList<std::pair<QString, QString>> out;
    static const QRegularExpression heading(u"<h2>(.*?)</h2>"_s);
    auto it = heading.globalMatch(html);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.append(it.next());
    for (int i = 0; i < matches.size(); ++i) {
        const qsizetype start = matches.at(i).capturedEnd();
        const qsizetype end = i + 1 < matches.size() ? matches.at(i + 1).capturedStart() : html.size();
        out.append({ matches.at(i).captured(1), html.mid(start, end - start).trimmed() });
    }
    return out;
}

} // namespace

SupportContentsDialog::SupportContentsDialog(PlanDocument *document, PlanView *view, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_view(view)
    , m_search(new QLineEdit)
    , m_tree(new QTreeWidget)
    , m_browser(new QTextBrowser)
    , m_attach(new QPushButton(tr("Attach a document…")))
    , m_open(new QPushButton(tr("Open")))
    , m_detach(new QPushButton(tr("Remove from the list")))
{
    setObjectName(u"supportContentsDialog"_s);
    setWindowTitle(tr("Support contents"));
    resize(980, 620);
    auto *layout = new QVBoxLayout(this);
    auto *searchRow = new QHBoxLayout;
    auto *label = new QLabel(tr("&Search:"));
    label->setBuddy(m_search);
    m_search->setObjectName(u"supportSearch"_s);
    m_search->setPlaceholderText(tr("e.g. “consejo territorial”, “acumulación”, “SGP”"));
    m_search->setClearButtonEnabled(true);
    searchRow->addWidget(label);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);
    auto *split = new QSplitter(Qt::Horizontal);
    m_tree->setObjectName(u"supportTree"_s);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    split->addWidget(m_tree);
    m_browser->setObjectName(u"supportBrowser"_s);
    m_browser->setOpenExternalLinks(false);
    split->addWidget(m_browser);
    split->setSizes({ 330, 650 });
    layout->addWidget(split, 1);
    auto *buttons = new QHBoxLayout;
    m_attach->setObjectName(u"attachDocumentButton"_s);
    m_attach->setToolTip(tr("Add a document of the entity (POT, transition report, studies…) to this list. The file "
                            "stays where it is; Planea remembers its title and location."));
    m_open->setObjectName(u"openAttachmentButton"_s);
    m_detach->setObjectName(u"removeAttachmentButton"_s);
    buttons->addWidget(m_attach);
    buttons->addWidget(m_open);
    buttons->addWidget(m_detach);
    buttons->addStretch();
    auto *close = new QPushButton(tr("Close"));
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_search, &QLineEdit::textChanged, this, &SupportContentsDialog::setFilter);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &SupportContentsDialog::showCurrent);
    connect(m_attach, &QPushButton::clicked, this, &SupportContentsDialog::attachWithDialog);
    connect(m_open, &QPushButton::clicked, this, &SupportContentsDialog::openAttachment);
    connect(m_detach, &QPushButton::clicked, this, &SupportContentsDialog::removeAttachment);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, &SupportContentsDialog::openAttachment);
    rebuild();
}

SupportContentsDialog *SupportContentsDialog::showFor(QWidget *parent, PlanDocument *document, PlanView *view,
                                                      int module)
{
    auto *dialog = parent ? parent->findChild<SupportContentsDialog *>(u"supportContentsDialog"_s) : nullptr;
    if (dialog && (dialog->m_document != document || dialog->m_view != view)) {
        dialog->deleteLater();
        dialog->setObjectName(QString());
        dialog = nullptr;
    }
    if (!dialog) {
        dialog = new SupportContentsDialog(document, view, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (module > 0)
        dialog->showModule(module);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QList<SupportContentsDialog::Attachment> SupportContentsDialog::attachments(const PlanDocument &document)
{
    QList<Attachment> out;
    const QJsonDocument json = QJsonDocument::fromJson(document.store().meta(AttachmentsKey).toUtf8());
    for (const QJsonValue &v : json.array()) {
        const QJsonObject o = v.toObject();
        const QString path = o.value(u"path"_s).toString();
        if (!path.isEmpty())
            out.append({ o.value(u"title"_s).toString(), path });
    }
    return out;
}

bool SupportContentsDialog::storeAttachments(const QList<Attachment> &list)
{
    if (!m_document)
        return false;
    QJsonArray array;
    for (const Attachment &a : list)
        array.append(QJsonObject { { u"title"_s, a.title }, { u"path"_s, a.path } });
    if (auto s = m_document->store().setMeta(AttachmentsKey,
                                             QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
        !s) {
        emit m_document->editFailed(s.error().message);
        return false;
    }
    rebuild();
    return true;
}

void SupportContentsDialog::rebuild()
{
    m_tree->clear();
    auto *steps = new QTreeWidgetItem(m_tree, { tr("Help for each step of the route") });
    for (int module = 1; module <= 7; ++module) {
        const ModulePage *page = m_view ? m_view->page(module) : nullptr;
        auto *item = new QTreeWidgetItem(steps, { tr("%1. %2").arg(module).arg(moduleTitle(module)) });
        item->setData(0, ModuleRole, module);
        QString body = page ? page->helpText().toHtmlEscaped()
                            : tr("Open a plan to read the help of this step.").toHtmlEscaped();
        if (page) {
            QStringList tabNames;
            for (int t = 0; t < page->tabs()->count(); ++t)
                tabNames.append(page->tabs()->tabText(t).remove(u'&').toHtmlEscaped());
            body += u"<p><b>%1</b> %2</p>"_s.arg(tr("Sub-steps:").toHtmlEscaped(), tabNames.join(u" · "_s));
        }
        item->setData(0, BodyRole, body);
    }
    auto *concepts = new QTreeWidgetItem(m_tree, { tr("Key concepts") });
    const QList<std::pair<QString, QString>> conceptTexts {
        { tr("Welfare indicator"),
          tr("Measures a result the population feels, such as the infant mortality rate or the share of homes with "
             "drinking water. It does not depend only on the administration; the plan commits to move it from its "
             "baseline to a target in four years.") },
        { tr("Product indicator (goal)"),
          tr("Measures what the administration delivers — schools built, children served. Each product of the MGA "
             "catalog has its indicators; the four-year goal is set on them and split into annual targets in the "
             "Plan Indicativo.") },
        { tr("Accumulation type"),
          tr("Says how the annual targets add up to the four-year goal: cumulative (the years add up), maintenance "
             "(the same value every year), increase or reduction (the last year's value is the goal), or flow "
             "(each year stands alone). It decides how progress and efficacy are computed.") },
        { tr("Multi-year investment plan"),
          tr("How much each product will cost, by year and funding source. It may not exceed the financial "
             "projection of the diagnosis.") },
        { tr("Own item"),
          tr("A program, product or indicator that is not in the MGA catalog. Planea marks it “own — pending "
             "validation” so the team remembers to have it validated.") },
    };
    for (const auto &[title, text] : conceptTexts) {
        auto *item = new QTreeWidgetItem(concepts, { title });
        item->setData(0, BodyRole, u"<p>%1</p>"_s.arg(text.toHtmlEscaped()));
    }
    auto *laws = new QTreeWidgetItem(m_tree, { tr("Legal references") });
    for (const auto &[title, body] : legalEntries()) {
        auto *item = new QTreeWidgetItem(laws, { title });
        item->setData(0, BodyRole, body);
    }
    auto *docs = new QTreeWidgetItem(m_tree, { tr("Documents of the entity") });
    docs->setData(0, BodyRole,
                  u"<p>%1</p>"_s.arg(tr("The entity's own documents attached to this plan: the POT, the transition "
                                        "report, sector studies… Use “Attach a document…” to add one.")
                                         .toHtmlEscaped()));
    if (m_document) {
        for (const Attachment &a : attachments(*m_document)) {
            auto *item = new QTreeWidgetItem(docs, { a.title.isEmpty() ? QFileInfo(a.path).fileName() : a.title });
            item->setData(0, PathRole, a.path);
            const bool exists = QFileInfo::exists(a.path);
            item->setData(
                0, BodyRole,
                u"<p><b>%1</b></p><p>%2</p><p>%3</p>"_s.arg(a.title.toHtmlEscaped(), a.path.toHtmlEscaped(),
                                                            (exists ? tr("Double-click or press “Open” to open it.")
                                                                    : tr("The file is no longer at this location."))
                                                                .toHtmlEscaped()));
            if (!exists)
                item->setForeground(0, QColor(u"#A05A00"_s));
        }
    }
    const bool writable = m_document && !m_document->store().isReadOnly();
    m_attach->setEnabled(writable);
    m_tree->expandAll();
    setFilter(m_search->text());
    if (!m_tree->currentItem())
        m_tree->setCurrentItem(steps->childCount() ? steps->child(0) : steps);
}

void SupportContentsDialog::setFilter(const QString &text)
{
    const QStringList words = fold(text).split(u' ', Qt::SkipEmptyParts);
    QTreeWidgetItem *firstVisible = nullptr;
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem *top = m_tree->topLevelItem(t);
        int shown = 0;
        for (int c = 0; c < top->childCount(); ++c) {
            QTreeWidgetItem *item = top->child(c);
            const QString haystack
                = fold(item->text(0) + u' '
                       + QString(item->data(0, BodyRole).toString()).remove(QRegularExpression(u"<[^>]*>"_s)));
            bool match = true;
            for (const QString &w : words)
                match = match && haystack.contains(w);
            item->setHidden(!match);
            if (match) {
                ++shown;
                if (!firstVisible)
                    firstVisible = item;
            }
        }
        top->setHidden(!words.isEmpty() && shown == 0);
    }
    if (!words.isEmpty() && firstVisible && (!m_tree->currentItem() || m_tree->currentItem()->isHidden()))
        m_tree->setCurrentItem(firstVisible);
}

int SupportContentsDialog::visibleEntryCount() const
{
    int n = 0;
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t)
        for (int c = 0; c < m_tree->topLevelItem(t)->childCount(); ++c)
            n += m_tree->topLevelItem(t)->child(c)->isHidden() ? 0 : 1;
    return n;
}

void SupportContentsDialog::showModule(int module)
{
    m_search->clear();
    QTreeWidgetItem *steps = m_tree->topLevelItem(0);
    for (int c = 0; steps && c < steps->childCount(); ++c)
        if (steps->child(c)->data(0, ModuleRole).toInt() == module)
            m_tree->setCurrentItem(steps->child(c));
}

void SupportContentsDialog::showCurrent()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const bool attachment = item && !item->data(0, PathRole).toString().isEmpty();
    m_open->setEnabled(attachment);
    m_detach->setEnabled(attachment && m_document && !m_document->store().isReadOnly());
    if (!item) {
        m_browser->clear();
        return;
    }
    m_browser->setHtml(u"<h2>%1</h2>%2"_s.arg(item->text(0).toHtmlEscaped(), item->data(0, BodyRole).toString()));
}

bool SupportContentsDialog::attachDocument(const QString &path, const QString &title)
{
    if (!m_document || m_document->store().isReadOnly())
        return false;
    if (path.trimmed().isEmpty() || !QFileInfo(path).isFile()) {
        emit m_document->editFailed(tr("«%1» is not a file that can be attached.").arg(path));
        return false;
    }
    QList<Attachment> list = attachments(*m_document);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const Attachment &a : list)
        if (a.path == absolute)
            return true;
    list.append({ title.trimmed().isEmpty() ? QFileInfo(path).completeBaseName() : title.trimmed(), absolute });
    return storeAttachments(list);
}

void SupportContentsDialog::attachWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a document of the entity"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Attach a document of the entity"), tr("Title:"),
                                                QLineEdit::Normal, QFileInfo(path).completeBaseName(), &ok);
    if (ok)
        attachDocument(path, title);
}

void SupportContentsDialog::removeAttachment()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !m_document)
        return;
    const QString path = item->data(0, PathRole).toString();
    QList<Attachment> list = attachments(*m_document);
    list.removeIf([&](const Attachment &a) { return a.path == path; });
    storeAttachments(list);
}

void SupportContentsDialog::openAttachment()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const QString path = item ? item->data(0, PathRole).toString() : QString();
    if (!path.isEmpty() && QFileInfo::exists(path))
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace planea::ui
