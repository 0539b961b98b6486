#include "catalog/CatalogSearchIndex.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace planea {

CatalogSearchIndex::CatalogSearchIndex(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
}

CatalogSearchIndex::~CatalogSearchIndex()
{
    // A catalog kept in a static outlives the application; its index, built by the first search,
    // may then outlive Qt SQL's own globals too. At process exit there is nothing to release.
    if (QCoreApplication::instance() == nullptr)
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<CatalogSearchIndex>> CatalogSearchIndex::build(const QList<Entry> &entries)
{
    // Several catalogs may be alive at once (tests, a reload after an import): one connection each.
    std::unique_ptr<CatalogSearchIndex> index(
        new CatalogSearchIndex(u"planea-catalog-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, index->m_connectionName);
    db.setDatabaseName(u":memory:"_s);
    auto fail = [](const QString &what, const QSqlError &error) {
        return Error::internal(tr("Could not build the catalog search index (%1): %2").arg(what, error.text()));
    };
    if (!db.open())
        return fail(u"open"_s, db.lastError());

    QSqlQuery query(db);
    if (!query.exec(u"CREATE VIRTUAL TABLE items USING fts5(kind UNINDEXED, code, name, extra, "
                    u"tokenize='unicode61 remove_diacritics 2')"_s)) {
        return fail(u"fts5"_s, query.lastError());
    }
    db.transaction();
    if (!query.prepare(u"INSERT INTO items(rowid, kind, code, name, extra) VALUES (?, ?, ?, ?, ?)"_s))
        return fail(u"insert"_s, query.lastError());
    index->m_hits.reserve(entries.size());
    for (const Entry &entry : entries) {
        index->m_hits.append(entry.hit);
        query.bindValue(0, qint64(index->m_hits.size()));
        query.bindValue(1, int(entry.hit.kind));
        query.bindValue(2, entry.hit.code);
        query.bindValue(3, entry.hit.name);
        query.bindValue(4, entry.extraText);
        if (!query.exec())
            return fail(u"insert"_s, query.lastError());
    }
    if (!db.commit())
        return fail(u"commit"_s, db.lastError());
    return index;
}

QString CatalogSearchIndex::ftsQuery(const QString &text)
{
    // Split as the unicode61 tokenizer does (letters and digits form words, everything else
    // separates them), then quote each word: nothing the user types can be FTS syntax.
    QStringList terms;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            terms.append(u'"' + word + u"\"*"_s);
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            word.append(c);
        else
            flush();
    }
    flush();
    return terms.join(u' ');
}

QList<CatalogHit> CatalogSearchIndex::search(const QString &text, std::optional<CatalogKind> kind, int limit) const
{
    const QString match = ftsQuery(text);
    if (match.isEmpty() || limit <= 0)
        return {};

    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    // Exact code first (typing a full code must show that entry on top), then FTS relevance.
    QString sql = u"SELECT rowid FROM items WHERE items MATCH :match"_s;
    if (kind)
        sql += u" AND kind = :kind"_s;
    sql += u" ORDER BY (code = :code) DESC, rank, rowid LIMIT :limit"_s;
    query.prepare(sql);
    query.bindValue(u":match"_s, match);
    if (kind)
        query.bindValue(u":kind"_s, int(*kind));
    query.bindValue(u":code"_s, text.trimmed());
    query.bindValue(u":limit"_s, limit);
    QList<CatalogHit> hits;
    if (!query.exec())
        return hits; // cannot happen with a quoted query; an empty result is the safe answer
    while (query.next()) {
        const qint64 row = query.value(0).toLongLong();
        if (row >= 1 && row <= m_hits.size())
            hits.append(m_hits.at(row - 1));
    }
    return hits;
}

} // namespace planea
