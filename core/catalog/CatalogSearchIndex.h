#pragma once

#include "catalog/CatalogTypes.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace planea {

/// Full-text index over every catalog entry: an in-memory SQLite database with an FTS5 table
/// (unicode61 tokenizer removing diacritics), so that "educacion" finds "Educación" and each word
/// typed matches as a prefix. Owned by Catalog; used from the thread that created it.
class CatalogSearchIndex final
{
    Q_DECLARE_TR_FUNCTIONS(planea::CatalogSearchIndex)

public:
    struct Entry
    {
        CatalogHit hit;
        QString extraText; ///< searchable but not shown as the name (e.g. the department of a municipality)
    };

    static Result<std::unique_ptr<CatalogSearchIndex>> build(const QList<Entry> &entries);
    ~CatalogSearchIndex();
    CatalogSearchIndex(const CatalogSearchIndex &) = delete;
    CatalogSearchIndex &operator=(const CatalogSearchIndex &) = delete;

    QList<CatalogHit> search(const QString &text, std::optional<CatalogKind> kind, int limit) const;

    /// The FTS5 query for user text: each word becomes a quoted prefix term, so that FTS syntax
    /// (quotes, *, -, :, parentheses, AND/OR/NOT) typed by the user is just text. Empty when the
    /// text holds no word.
    static QString ftsQuery(const QString &text);

private:
    explicit CatalogSearchIndex(QString connectionName);

    QString m_connectionName;
    QList<CatalogHit> m_hits; ///< FTS rowid - 1 indexes this list
};

} // namespace planea
