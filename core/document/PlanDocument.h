#pragma once

#include "domain/PlanData.h"
#include "storage/PlanStore.h"
#include "util/Result.h"

#include <QObject>
#include <QUndoStack>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace planea {
class Catalog;
struct CatalogMove;
} // namespace planea

namespace planea {

/// One open plan in the window: the store (every edit is committed to the file at once), the
/// undo stack (every user edit is a QUndoCommand) and a cached PlanData for the views.
///
/// Widgets and models never write to the store directly: they call setValue(), insertRow(),
/// removeRow() or setCell(), which apply the edit, and push the matching command only when the
/// file accepted it, so the undo history never holds an edit that did not happen.
class PlanDocument final : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<PlanDocument>> open(const QString &path, std::shared_ptr<const Catalog> catalog = {},
                                                      const OpenOptions &options = {});
    explicit PlanDocument(std::unique_ptr<PlanStore> store, std::shared_ptr<const Catalog> catalog = {});
    ~PlanDocument() override;

    PlanStore &store() { return *m_store; }
    const PlanStore &store() const { return *m_store; }
    QUndoStack *undoStack() { return &m_undoStack; }
    /// May be null when the catalogs could not be loaded; views then offer free text.
    const Catalog *catalog() const { return m_catalog.get(); }
    QString path() const { return m_store->path(); }
    /// A package for the planning council (council/CouncilPackage.h): always read-only.
    bool isCouncilPackage() const;

    /// The plan as it is in the file now. After a change only the changed part is read again,
    /// lazily, on the next call.
    const PlanData &data() const;

    // --- Edits, each undoable. They return false (and emit editFailed) when refused. ----------
    bool setValue(Table table, qint64 id, const QString &column, const QVariant &value, const QString &text = {});
    /// Inserts a row; returns its id, or 0 when refused.
    qint64 insertRow(Table table, const QVariantMap &values, const QString &text);
    /// Removes a row whose undo restores `snapshot` (the row's columns, as the caller knows them).
    bool removeRow(Table table, qint64 id, const QVariantMap &snapshot, const QString &text);
    /// Sets (or with nullopt, clears) one row of a composite-key table, e.g. one PPI cell.
    bool setCell(Table table, const QVariantMap &key, const std::optional<QVariantMap> &values,
                 const QString &text = {});

    // --- Intent-level edits: one user action, one undo step, the domain rules checked here. -----
    /// What removing a program, a product or a goal takes with it.
    struct Removal
    {
        QString label; ///< the item's name, for the question and the undo text
        int goals = 0; ///< goals removed with it (with their annual targets)
    };
    /// Whether the program, product or goal `id` may be removed now, and what goes with it. A goal
    /// with progress reported is the follow-up's record: it (and what holds it) is refused.
    Result<Removal> removal(Table table, qint64 id) const;
    /// Removes a program, a product or a goal with everything under it (goals, annual targets,
    /// investment) as one undo step. Returns false (and emits editFailed) when refused; a step
    /// refused half-way is undone, so the plan is as before.
    bool removeItem(Table table, qint64 id);

    /// Moves the plan to the catalog version of `move` (CatalogMover::planMove): the version and
    /// every new name in one transaction and one undo step. The GUI and `planea-cli catalog move`
    /// both come here. On refusal nothing changed and the message says why.
    Status moveToCatalog(const CatalogMove &move);

    /// Records many progress reports at once (an imported follow-up matrix) as one undo step and
    /// one transaction: all or none. `text` names the step in Edit › Undo.
    /// `reporters`, when given, has one entry per report: who the audit trail names for it
    /// (follow-up forms: the person and the office that reported it).
    /// `executions`, when given, are budget execution rows written in the same undo step.
    Status importProgress(const QList<ProgressReport> &reports, const QString &text, const QStringList &reporters = {},
                          const QList<BudgetExecution> &executions = {});

    /// Whether an edit of `table` (`column`, or a whole row when empty) is allowed now: refused on
    /// an approved plan when it touches what the council approved, with a message that points to
    /// the amendment. Every edit and every undo/redo passes through it.
    Status checkEdit(Table table, const QString &column = {}) const;
    /// Amendment mode ("Modificar el plan (enmienda)"): edits to the approved structure are
    /// allowed until the amendment is recorded with its act (approval::amend) or abandoned.
    bool isAmending() const { return m_amending; }
    void setAmending(bool amending) { m_amending = amending; }

    /// Remembers the eficacia method chosen for this plan (calc::methodCode, "" for the default)
    /// in the file's meta table. Not an undo step and allowed on an approved plan: it changes how
    /// the follow-up is read, not what was approved. Fails on a read-only plan (the caller keeps
    /// the choice for the session).
    Status setEfficacyMethod(const QString &code);

    /// Reads the whole plan again on the next data() and tells the views, after a change made to
    /// the file outside the edit API (an approval, an amendment).
    void refresh();

    /// Current row of a composite-key table matching `key`, as the columns given in `columns`.
    std::optional<QVariantMap> cell(Table table, const QVariantMap &key, const QStringList &columns) const;

signals:
    /// Something in the plan changed (any table). Views that show derived figures refresh.
    void changed();
    /// An edit was refused; the message is for the user, in Spanish.
    void editFailed(const QString &message);

private:
    /// Marks parts (plan_part flags) of the cached plan stale and emits changed().
    void invalidate(unsigned parts);
    /// checkEdit(); on refusal emits editFailed and returns true.
    bool refuse(Table table, const QString &column = {});

    std::unique_ptr<PlanStore> m_store;
    std::shared_ptr<const Catalog> m_catalog;
    QUndoStack m_undoStack;
    mutable std::optional<PlanData> m_data;
    /// What changed since m_data was read: whole parts, and single values re-read row by row.
    struct StaleValue
    {
        Table table;
        qint64 id;
        QString column;
    };
    mutable unsigned m_stale = 0;
    mutable QList<StaleValue> m_staleValues;
    bool m_amending = false;
};

} // namespace planea
