#pragma once

#include "catalog/CatalogTypes.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace planea {
class Catalog;
}

namespace planea::ui {

/// Search-as-you-type over one kind of the MGA catalog (programs, products, product indicators,
/// welfare indicators): every keystroke re-runs Catalog::search() and lists the hits; Enter or a
/// double click picks the highlighted one. With a code prefix (e.g. the program's code when
/// choosing a product) the list can be narrowed to the items that belong there.
class CatalogSearchDialog final : public QDialog
{
    Q_OBJECT

public:
    CatalogSearchDialog(const Catalog *catalog, CatalogKind kind, const QString &codePrefix = {},
                        QWidget *parent = nullptr);

    /// The hit the user picked (after exec() returned Accepted).
    std::optional<CatalogHit> selected() const { return m_selected; }

    QLineEdit *searchEdit() const { return m_search; }
    QTableWidget *resultsTable() const { return m_results; }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();

    const Catalog *m_catalog;
    CatalogKind m_kind;
    QString m_prefix;
    QLineEdit *m_search;
    QCheckBox *m_onlyPrefix = nullptr;
    QTableWidget *m_results;
    QLabel *m_status;
    QList<CatalogHit> m_hits;
    std::optional<CatalogHit> m_selected;
};

} // namespace planea::ui
