#pragma once

#include <QDialog>
#include <QPointer>

class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace planea {
class PlanDocument;
}

namespace planea::ui {

class PlanView;

/// "Contenidos de apoyo": an offline, searchable library of the methodology's guidance — the
/// help text of every step of the route, the legal references in plain words, and the entity's
/// own documents attached to the plan (title and path, kept in the plan's metadata).
class SupportContentsDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `document` and `view` may be null (no plan open): then only the legal references show.
    SupportContentsDialog(PlanDocument *document, PlanView *view, QWidget *parent = nullptr);

    /// Opens (or raises) the window of `parent`, showing the help of `module` (1–7; 0 for none).
    static SupportContentsDialog *showFor(QWidget *parent, PlanDocument *document, PlanView *view, int module = 0);

    /// Keeps only the entries whose title or text contain every word of `text` (accents and case
    /// ignored).
    void setFilter(const QString &text);
    /// Shows the help entry of a module.
    void showModule(int module);
    /// Attaches a document of the entity (path and title), stored in the plan. False when refused.
    bool attachDocument(const QString &path, const QString &title);

    QTreeWidget *tree() const { return m_tree; }
    QTextBrowser *browser() const { return m_browser; }
    QLineEdit *searchEdit() const { return m_search; }
    /// Number of entries currently shown (for tests).
    int visibleEntryCount() const;

    struct Attachment
    {
        QString title;
        QString path;
    };
    /// The attached documents recorded in the plan.
    static QList<Attachment> attachments(const PlanDocument &document);

private:
    void rebuild();
    void showCurrent();
    void attachWithDialog();
    void removeAttachment();
    void openAttachment();
    bool storeAttachments(const QList<Attachment> &list);

    QPointer<PlanDocument> m_document;
    QPointer<PlanView> m_view;
    QLineEdit *m_search;
    QTreeWidget *m_tree;
    QTextBrowser *m_browser;
    QPushButton *m_attach;
    QPushButton *m_open;
    QPushButton *m_detach;
};

} // namespace planea::ui
