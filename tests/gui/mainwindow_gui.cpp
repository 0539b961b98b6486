// The desktop application driven as a user would: open the demonstration plan and walk the
// route, undo from the Edit menu, a damaged file, the new-plan wizard, jumping from a finding.

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "NewPlanWizard.h"
#include "PlanView.h"
#include "catalog/Catalog.h"
#include "document/PlanDocument.h"
#include "models/FindingsModel.h"
#include "models/StrategicTreeModel.h"
#include "pages/DocumentsPage.h"
#include "pages/ModulePage.h"
#include "pages/StrategicPlanPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using namespace planea::ui;

class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const Catalog> m_catalog;

private slots:
    void initTestCase()
    {
        auto catalog = Catalog::load(m_dir.filePath(u"data"_s));
        QVERIFY2(catalog.ok(), catalog.ok() ? "" : qPrintable(catalog.error().message));
        m_catalog = catalog.value();
    }

    void openDemoAndWalkTheRoute()
    {
        MainWindow window(m_catalog, m_dir.filePath(u"data"_s));
        window.show();
        QVERIFY(window.openDemo());
        QVERIFY(QFile::exists(MainWindow::demoPath(m_dir.filePath(u"data"_s))));
        QVERIFY(window.windowTitle().contains(u"guardado"_s));
        auto *banner = window.findChild<QLabel *>(u"demoBanner"_s);
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->text().contains(u"DEMOSTRACIÓN"_s));
        auto *saved = window.findChild<QLabel *>(u"savedLabel"_s);
        QVERIFY(saved->text().startsWith(u"Guardado automáticamente"_s));

        auto *route = window.findChild<QListWidget *>(u"routeList"_s);
        QCOMPARE(route->count(), 7);
        QVERIFY(route->item(0)->text().startsWith(u"1. Alistamiento"_s));
        QVERIFY(route->item(4)->text().startsWith(u"5. Plan plurianual de inversiones"_s));
        QVERIFY(route->item(6)->text().contains(u"%"_s));
        auto *next = window.findChild<QPushButton *>(u"nextButton"_s);
        auto *previous = window.findChild<QPushButton *>(u"previousButton"_s);
        QVERIFY(!previous->isEnabled());
        for (int module = 1; module <= 7; ++module) {
            auto *page = window.findChild<QWidget *>(u"modulePage%1"_s.arg(module));
            QVERIFY2(page && page->isVisible(), qPrintable(u"module %1"_s.arg(module)));
            QCOMPARE(window.planView()->currentModule(), module);
            if (module < 7)
                QTest::mouseClick(next, Qt::LeftButton);
        }
        QVERIFY(!next->isEnabled());
        QTest::mouseClick(previous, Qt::LeftButton);
        QCOMPARE(window.planView()->currentModule(), 6);

        // Going back to the welcome screen keeps the plan among the recent ones.
        window.closePlan();
        auto *recent = window.findChild<QListWidget *>(u"recentPlans"_s);
        QVERIFY(recent->count() >= 1);
        QVERIFY(recent->item(0)->data(Qt::UserRole).toString().endsWith(u"Buenavista-demo.planea"_s));
    }

    void everyPageFitsALaptopAt125Percent()
    {
        // A 1366×768 laptop at 125 % gives the window 1093 logical pixels; the route takes 265.
        // Wider pages would scroll sideways (PlanView scrolls rather than grow past the screen).
        MainWindow window(m_catalog, m_dir.filePath(u"data"_s));
        window.show();
        QVERIFY(window.openDemo());
        const int available = qRound(1366 / 1.25) - 265 - 20; // minus a vertical scroll bar
        for (int module = 1; module <= 7; ++module) {
            window.planView()->showModule(module);
            ModulePage *page = window.planView()->page(module);
            for (int tab = 0; tab < page->tabs()->count(); ++tab) {
                page->tabs()->setCurrentIndex(tab);
                QApplication::processEvents();
                QVERIFY2(page->minimumSizeHint().width() <= available,
                         qPrintable(u"module %1 tab %2 needs %3 pixels"_s.arg(module).arg(tab + 1).arg(
                             page->minimumSizeHint().width())));
            }
        }
        // The window itself never asks for more than the screen at 125 %.
        QVERIFY(window.minimumSizeHint().width() <= qRound(1366 / 1.25));
        QVERIFY(window.minimumSizeHint().height() <= qRound(768 / 1.25));
    }

    void buttonsExplainThemselvesAndTheRouteHasShortcuts()
    {
        MainWindow window(m_catalog, m_dir.filePath(u"data"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDemo());
        // Every labelled button of the seven modules says what it does when the mouse rests on it.
        QStringList silent;
        for (auto *button : window.planView()->findChildren<QAbstractButton *>()) {
            if (!button->text().isEmpty() && button->toolTip().isEmpty())
                silent.append(button->objectName() + u" «"_s + button->text() + u"»"_s);
        }
        QVERIFY2(silent.isEmpty(), qPrintable(silent.join(u", "_s)));

        // Ctrl+3 jumps to Diagnóstico, Ctrl+PgDown and Ctrl+PgUp walk the route.
        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.planView()->currentModule(), 3);
        QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(window.planView()->currentModule(), 4);
        QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(window.planView()->currentModule(), 2);
        QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier); // already the last
        QCOMPARE(window.planView()->currentModule(), 7);
    }

    void undoFromTheEditMenu()
    {
        MainWindow window(m_catalog, m_dir.filePath(u"data"_s));
        window.show();
        QVERIFY(window.openDemo());
        PlanDocument *doc = window.document();
        auto *undo = window.findChild<QAction *>(u"undoAction"_s);
        auto *redo = window.findChild<QAction *>(u"redoAction"_s);
        QVERIFY(!undo->isEnabled());
        const QString before = doc->data().info.headOfGovernment;
        auto *head = window.findChild<QLineEdit *>(u"headOfGovernmentEdit"_s);
        head->setFocus();
        head->selectAll();
        QTest::keyClicks(head, u"Maria Fernanda Gomez"_s);
        QTest::keyClick(head, Qt::Key_Return);
        QCOMPARE(doc->data().info.headOfGovernment, u"Maria Fernanda Gomez"_s);
        QVERIFY(undo->isEnabled());
        QVERIFY(undo->text().contains(u"Deshacer"_s));
        undo->trigger();
        QCOMPARE(doc->data().info.headOfGovernment, before);
        QVERIFY(redo->isEnabled());
        redo->trigger();
        QCOMPARE(doc->data().info.headOfGovernment, u"Maria Fernanda Gomez"_s);
        QCOMPARE(redo->shortcut(), QKeySequence(u"Ctrl+Y"_s));
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    }

    void damagedFileShowsSpanishError()
    {
        const QString path = m_dir.filePath(u"dañado.planea"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Esto no es un plan: son bytes cualesquiera que no forman una base de datos SQLite.");
        file.close();
        MainWindow window(m_catalog, m_dir.filePath(u"data"_s));
        window.show();
        guitest::MessageBoxCatcher catcher;
        QVERIFY(!window.openPlan(path));
        QVERIFY(catcher.seen());
        QCOMPARE(catcher.title(), u"No se pudo abrir el plan"_s);
        QVERIFY2(catcher.text().contains(u"no es un plan de Planea"_s), qPrintable(catcher.text()));
        QVERIFY(catcher.text().contains(u"dañado.planea"_s));
        QVERIFY(window.document() == nullptr);
        QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget()->objectName(), u"welcome"_s);
    }

    void wizardCreatesThePlanFile()
    {
        QCOMPARE(NewPlanWizard::nextTermStart(QDate(2026, 11, 25)), 2028);
        QCOMPARE(NewPlanWizard::nextTermStart(QDate(2028, 1, 1)), 2032);
        QCOMPARE(NewPlanWizard::nextTermStart(QDate(2027, 12, 31)), 2028);

        NewPlanWizard wizard(m_catalog.get());
        wizard.show();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no entity chosen yet
        auto *search = wizard.findChild<QLineEdit *>(u"entitySearch"_s);
        QTest::keyClicks(search, u"filandia"_s);
        auto *results = wizard.findChild<QListWidget *>(u"entityResults"_s);
        QVERIFY(results->count() >= 1);
        QCOMPARE(results->item(0)->data(Qt::UserRole).toString(), u"63272"_s);
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualItemRect(results->item(0)).center());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.findChild<QSpinBox *>(u"startYearSpin"_s)->value(),
                 NewPlanWizard::nextTermStart(QDate::currentDate()));
        wizard.findChild<QSpinBox *>(u"startYearSpin"_s)->setValue(2028);
        QTest::keyClicks(wizard.findChild<QLineEdit *>(u"headField"_s), u"Jorge Ivan Ramirez"_s);
        QTest::keyClicks(wizard.findChild<QLineEdit *>(u"leaderField"_s), u"Ana Milena Restrepo"_s);

        const QString path = m_dir.filePath(u"Filandia 2028-2031.planea"_s);
        QVERIFY(wizard.createPlanFile(path));
        auto store = PlanStore::open(path);
        QVERIFY(store.ok());
        const PlanData d = store.value()->load().value();
        QCOMPARE(d.info.entity.daneCode, u"63272"_s);
        QCOMPARE(d.info.entity.name, u"Filandia"_s);
        QCOMPARE(d.info.entity.departmentCode, u"63"_s);
        QCOMPARE(d.info.entity.category, u"6"_s);
        QCOMPARE(d.info.term.startYear, 2028);
        QCOMPARE(d.info.headOfGovernment, u"Jorge Ivan Ramirez"_s);
        QCOMPARE(d.info.planName, u"Plan de desarrollo de Filandia 2028–2031"_s);
        QVERIFY(!d.info.catalogVersion.isEmpty());
        QCOMPARE(d.team.size(), 1);
        QCOMPARE(d.team.first().name, u"Ana Milena Restrepo"_s);
        QVERIFY(d.team.first().isLeader);
        store.value().reset();
        // An existing file is never replaced by a new plan.
        QVERIFY(!wizard.createPlanFile(path));
    }

    void doubleClickOnFindingNavigates()
    {
        MainWindow window(m_catalog, m_dir.filePath(u"data"_s));
        window.resize(1366, 768);
        window.show();
        QVERIFY(window.openDemo());
        PlanDocument *doc = window.document();
        // A product without indicator nor cost: validation must point at it.
        const Product first = doc->data().products.first();
        const qint64 productId = doc->insertRow(Table::Product,
                                                { { u"program_id"_s, first.programId },
                                                  { u"code"_s, u"1901998"_s },
                                                  { u"name"_s, u"Producto sin indicador"_s },
                                                  { u"is_own"_s, 1 },
                                                  { u"sort_order"_s, 99 } },
                                                u"Agregar producto"_s);
        QVERIFY(productId > 0);
        window.planView()->showModule(7);
        window.planView()->refreshNow();
        auto *page = static_cast<DocumentsPage *>(window.planView()->page(7));
        QTableView *view = page->findingsView();
        FindingsModel *model = page->findingsModel();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex i = model->index(r, 0);
            if (Table(i.data(FindingsModel::TableRole).toInt()) == Table::Product
                && i.data(FindingsModel::ItemIdRole).toLongLong() == productId)
                row = r;
        }
        QVERIFY2(row >= 0, "no finding about the new product");
        QCOMPARE(model->index(row, FindingsModel::Severity).data().toString().isEmpty(), false);
        page->tabs()->setCurrentIndex(1);
        view->scrollTo(model->index(row, FindingsModel::Message));
        const QRect rect = view->visualRect(model->index(row, FindingsModel::Message));
        QSignalSpy navigate(page, &DocumentsPage::navigateRequested);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(navigate.count(), 1);
        const int module = model->index(row, 0).data(FindingsModel::ModuleRole).toInt();
        QCOMPARE(window.planView()->currentModule(), module);
        if (module == 4) {
            auto *strategic = static_cast<StrategicPlanPage *>(window.planView()->page(4));
            const QModelIndex current = strategic->treeView()->currentIndex();
            QCOMPARE(current.data(StrategicTreeModel::RowIdRole).toLongLong(), productId);
        }
    }
};

int main(int argc, char **argv)
{
    MainWindowTest tests;
    return planea::guitest::runTests(argc, argv, &tests);
}

#include "mainwindow_gui.moc"
