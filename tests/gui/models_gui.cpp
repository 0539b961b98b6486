// Item models of the desktop application, each under QAbstractItemModelTester (Fatal): edits go
// through undoable commands, reach the file at once, and come back with undo / redo.

#include "Format.h"
#include "GuiTestSupport.h"
#include "catalog/Catalog.h"
#include "document/PlanDocument.h"
#include "models/AnnualTargetsModel.h"
#include "models/InvestmentGridModel.h"
#include "models/LineModel.h"
#include "models/StrategicTreeModel.h"
#include "models/TeamModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using namespace planea::ui;

namespace {

/// The plan as a fresh process would read it from disk.
PlanData reloadFromDisk(const QString &path, PlanDocument &open)
{
    // The file is locked while open; copy it consistently and read the copy.
    const QString copy = path + u".copy.planea"_s;
    QFile::remove(copy);
    if (auto s = open.store().copyTo(copy); !s)
        qFatal("copyTo failed: %s", qPrintable(s.error().message));
    auto store = PlanStore::open(copy);
    if (!store)
        qFatal("reopen failed: %s", qPrintable(store.error().message));
    auto data = store.value()->load();
    if (!data)
        qFatal("load failed");
    PlanData result = data.value();
    store.value().reset();
    QFile::remove(copy);
    return result;
}

} // namespace

class ModelsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::shared_ptr<const Catalog> m_catalog;

    std::unique_ptr<PlanDocument> openDemo(QString *pathOut = nullptr)
    {
        const QString path = m_dir.filePath(u"demo%1.planea"_s.arg(++m_counter));
        if (auto s = demo::writeDemoPlan(path); !s)
            qFatal("demo: %s", qPrintable(s.error().message));
        auto doc = PlanDocument::open(path, m_catalog);
        if (!doc)
            qFatal("open: %s", qPrintable(doc.error().message));
        if (pathOut)
            *pathOut = path;
        return std::move(doc.value());
    }

private slots:
    void initTestCase()
    {
        auto catalog = Catalog::load(m_dir.filePath(u"data"_s));
        QVERIFY(catalog.ok());
        m_catalog = catalog.value();
    }

    void formatsMoneyAndNumbersAsInColombia()
    {
        QCOMPARE(format::money(150'000'000), u"$ 150.000.000"_s);
        QCOMPARE(format::money(0), u"$ 0"_s);
        QCOMPARE(format::number(12.5), u"12,5"_s);
        QCOMPARE(format::number(2150.0), u"2.150"_s);
        QCOMPARE(format::date(QDate(2028, 2, 29)), u"29/02/2028"_s);
        QCOMPARE(format::parseMoney(u"$ 150.000.000"_s).value(), 150'000'000);
        QCOMPARE(format::parseMoney(u"1500000"_s).value(), 1'500'000);
        QCOMPARE(format::parseMoney(u"1.500"_s).value(), 1'500);
        QCOMPARE(format::parseMoney(u"2.000.000,00"_s).value(), 2'000'000);
        bool ok = true;
        QVERIFY(!format::parseMoney(u"mil pesos"_s, &ok));
        QVERIFY(!ok);
        // Decimals are refused, never read as 25 or 15 pesos.
        for (const QString &decimals : { u"2,5"_s, u"1.5"_s, u"1.500,5"_s }) {
            ok = true;
            QVERIFY(!format::parseMoney(decimals, &ok));
            QVERIFY(!ok);
        }
        QCOMPARE(format::parseMoney(u"1,500,000"_s).value(), 1'500'000);
        QCOMPARE(format::parseNumber(u"12,5"_s).value(), 12.5);
        QVERIFY(!format::parseNumber(u""_s, &ok));
        QVERIFY(ok); // empty is "no value", not an error
    }

    void lineRenameIsUndoableAndOnDisk()
    {
        QString path;
        auto doc = openDemo(&path);
        LineModel model(doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(model.rowCount() >= 3);
        const QString original = model.index(0, LineModel::Name).data().toString();
        const qint64 id = model.idAt(0);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(0, LineModel::Name), u"  Buenavista cuida su agua  "_s));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, LineModel::Name));
        QCOMPARE(model.index(0, LineModel::Name).data().toString(), u"Buenavista cuida su agua"_s);
        QCOMPARE(reloadFromDisk(path, *doc).line(id)->name, u"Buenavista cuida su agua"_s);

        // Typing again in the same cell merges: one undo goes back to the original.
        QVERIFY(model.setData(model.index(0, LineModel::Name), u"Buenavista cuida su agua y su gente"_s));
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QCOMPARE(model.index(0, LineModel::Name).data().toString(), original);
        QCOMPARE(reloadFromDisk(path, *doc).line(id)->name, original);
        doc->undoStack()->redo();
        QCOMPARE(model.index(0, LineModel::Name).data().toString(), u"Buenavista cuida su agua y su gente"_s);
        QCOMPARE(reloadFromDisk(path, *doc).line(id)->name, u"Buenavista cuida su agua y su gente"_s);
    }

    void moveLineKeepsIdsAndIsOneUndoStep()
    {
        auto doc = openDemo();
        LineModel model(doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const qint64 first = model.idAt(0);
        const qint64 second = model.idAt(1);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        QVERIFY(model.move(0, +1));
        QVERIFY(layout.count() >= 1);
        QCOMPARE(model.idAt(0), second);
        QCOMPARE(model.idAt(1), first);
        QCOMPARE(model.index(0, LineModel::Order).data().toInt(), 1);
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QCOMPARE(model.idAt(0), first);
        QCOMPARE(model.idAt(1), second);
        QVERIFY(!model.move(0, -1)); // the first line cannot go higher
    }

    void teamMemberAddRemoveUndo()
    {
        QString path;
        auto doc = openDemo(&path);
        TeamModel model(doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const int before = model.rowCount();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        const qint64 id = doc->insertRow(
            Table::TeamMember, { { u"name"_s, u"Luz Dary Ospina"_s }, { u"sort_order"_s, model.nextSortOrder() } },
            u"Agregar"_s);
        QVERIFY(id > 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), before + 1);
        const int row = model.rowOf(id);
        QCOMPARE(row, before); // lands last
        QVERIFY(model.setData(model.index(row, TeamModel::Email), u"planeacion@buenavista.gov.co"_s));
        QSignalSpy moved(&model, &QAbstractItemModel::layoutChanged);
        QVERIFY(model.setData(model.index(row, TeamModel::Leader), Qt::Checked, Qt::CheckStateRole));
        // Leaders are listed first: the row moves up and the model says so with a layout change.
        QCOMPARE(moved.count(), 1);
        const int leaderRow = model.rowOf(id);
        QCOMPARE(model.index(leaderRow, TeamModel::Leader).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model.index(leaderRow, TeamModel::Name).data().toString(), u"Luz Dary Ospina"_s);

        QVERIFY(doc->removeRow(Table::TeamMember, id, model.snapshot(leaderRow), u"Quitar"_s));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), before);
        QCOMPARE(reloadFromDisk(path, *doc).team.size(), before);

        doc->undoStack()->undo(); // the member comes back, with the same id and e-mail
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.rowOf(id), leaderRow);
        QCOMPARE(model.index(leaderRow, TeamModel::Email).data().toString(), u"planeacion@buenavista.gov.co"_s);
        const PlanData onDisk = reloadFromDisk(path, *doc);
        QCOMPARE(onDisk.team.size(), before + 1);
        bool found = false;
        for (const TeamMember &m : onDisk.team) {
            if (m.id == id) {
                found = true;
                QCOMPARE(m.name, u"Luz Dary Ospina"_s);
                QVERIFY(m.isLeader);
            }
        }
        QVERIFY(found);

        // Undo everything: the team is as the demo left it.
        while (doc->undoStack()->canUndo())
            doc->undoStack()->undo();
        QCOMPARE(model.rowCount(), before);
    }

    void investmentGridEditAndPaste()
    {
        QString path;
        auto doc = openDemo(&path);
        InvestmentGridModel model(doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        // A product of the demo; start from an empty grid so the expected totals are hand-made.
        const qint64 productId = doc->data().products.first().id;
        model.setProduct(productId);
        QCOMPARE(model.rowCount(), model.totalRow() + 1);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"2028"_s);
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"Recursos propios"_s);
        for (int r = 0; r < model.totalRow(); ++r)
            for (int c = 0; c < InvestmentGridModel::TotalColumn; ++c)
                model.setData(model.index(r, c), QString());
        QCOMPARE(model.productTotal(), 0);
        doc->undoStack()->clear();

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(0, 0), u"$ 150.000.000"_s));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.index(0, 0).data().toString(), u"$ 150.000.000"_s);
        QCOMPARE(model.index(0, 0).data(Qt::EditRole).toString(), u"150.000.000"_s);

        // A 2 × 3 block copied from Excel (tab-separated, CRLF), pasted at SGP Educación / 2029.
        const QString block = u"1000000\t2.000.000\t3000000\r\n4000000\t\t5.000.000\r\n"_s;
        QCOMPARE(model.pasteBlock(model.index(1, 1), block), 6);
        QCOMPARE(model.index(1, 1).data(InvestmentGridModel::AmountRole).toLongLong(), 1'000'000);
        QCOMPARE(model.index(1, 3).data(InvestmentGridModel::AmountRole).toLongLong(), 3'000'000);
        QCOMPARE(model.index(2, 2).data(InvestmentGridModel::AmountRole).toLongLong(), 0);
        QCOMPARE(model.index(2, 3).data(InvestmentGridModel::AmountRole).toLongLong(), 5'000'000);
        // Row total of SGP Educación: 1 + 2 + 3 millions; 2031 column: 3 + 5 millions.
        QCOMPARE(model.index(1, InvestmentGridModel::TotalColumn).data(InvestmentGridModel::AmountRole).toLongLong(),
                 6'000'000);
        QCOMPARE(model.index(model.totalRow(), 3).data(InvestmentGridModel::AmountRole).toLongLong(), 8'000'000);
        QCOMPARE(model.productTotal(), 150'000'000 + 15'000'000);
        QCOMPARE(reloadFromDisk(path, *doc).investmentTotal(productId), 165'000'000);

        // The paste is one undo step.
        QCOMPARE(doc->undoStack()->count(), 2);
        doc->undoStack()->undo();
        QCOMPARE(model.productTotal(), 150'000'000);
        QCOMPARE(reloadFromDisk(path, *doc).investmentTotal(productId), 150'000'000);

        // A block with text in it is refused whole, with a Spanish message saying where.
        QSignalSpy failed(doc.get(), &PlanDocument::editFailed);
        QCOMPARE(model.pasteBlock(model.index(0, 0), u"5000\tcinco mil\n"_s), 0);
        QCOMPARE(failed.count(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(u"cinco mil"_s) && message.contains(u"fila 1"_s), qPrintable(message));
        QCOMPARE(model.productTotal(), 150'000'000);
        // The total row and column are not editable.
        QVERIFY(!(model.flags(model.index(model.totalRow(), 0)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, InvestmentGridModel::TotalColumn), u"1"_s));
    }

    void annualTargetsAcceptNotProgrammed()
    {
        auto doc = openDemo();
        AnnualTargetsModel model(doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.headerData(AnnualTargetsModel::Year1, Qt::Horizontal).toString(), u"2028"_s);
        const QModelIndex y1 = model.index(0, AnnualTargetsModel::Year1);
        QVERIFY(model.setData(y1, u"np"_s));
        QCOMPARE(y1.data().toString(), u"NP"_s);
        const ProductIndicator *ind = doc->data().indicator(model.idAt(0));
        QVERIFY(ind->target(2028)->notProgrammed);
        QVERIFY(model.setData(y1, u"12,5"_s));
        QCOMPARE(y1.data().toString(), u"12,5"_s);
        QCOMPARE(doc->data().indicator(model.idAt(0))->target(2028)->value.value(), 12.5);
        QVERIFY(!doc->data().indicator(model.idAt(0))->target(2028)->notProgrammed);
        QSignalSpy failed(doc.get(), &PlanDocument::editFailed);
        QVERIFY(!model.setData(y1, u"doce"_s));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(u"NP"_s));
        QVERIFY(!model.setData(model.index(0, AnnualTargetsModel::Weight), u"130"_s));
        QCOMPARE(doc->undoStack()->count(), 1); // NP then 12,5 on the same cell merged
        doc->undoStack()->undo();
        const AnnualTarget *restored = doc->data().indicator(model.idAt(0))->target(2028);
        QVERIFY(restored == nullptr || !restored->notProgrammed);
    }

    void strategicTreeFollowsEdits()
    {
        auto doc = openDemo();
        StrategicTreeModel model(doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const PlanData &d = doc->data();
        QCOMPARE(model.rowCount(), int(d.lines.size()));
        const Product product = d.products.first();
        const QModelIndex index = model.indexOf(Table::Product, product.id);
        QVERIFY(index.isValid());
        QCOMPARE(model.index(index.row(), StrategicTreeModel::Code, index.parent()).data().toString(), product.code);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(doc->setValue(Table::Product, product.id, u"cost"_s, 123'000'000));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(index.row(), StrategicTreeModel::Cost, index.parent()).data().toString(),
                 u"$ 123.000.000"_s);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const qint64 newId = doc->insertRow(Table::Product,
                                            { { u"program_id"_s, product.programId },
                                              { u"code"_s, u"1901999"_s },
                                              { u"name"_s, u"Producto propio de prueba"_s },
                                              { u"is_own"_s, 1 } },
                                            u"Agregar producto"_s);
        QCOMPARE(reset.count(), 1);
        const QModelIndex added = model.indexOf(Table::Product, newId);
        QVERIFY(added.isValid());
        QVERIFY(added.data(StrategicTreeModel::IsOwnRole).toBool());
        QCOMPARE(model.index(added.row(), StrategicTreeModel::Status, added.parent()).data(Qt::ToolTipRole).toString(),
                 u"propio — pendiente de validación"_s);
        doc->undoStack()->undo();
        QVERIFY(!model.indexOf(Table::Product, newId).isValid());
    }
};

int main(int argc, char **argv)
{
    ModelsTest tests;
    return planea::guitest::runTests(argc, argv, &tests);
}

#include "models_gui.moc"
