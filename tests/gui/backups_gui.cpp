// Backups in the window: a copy when a plan opens, the restore screen ("Copias de seguridad…"),
// the offer to restore the newest copy when a plan is damaged, the cloud-folder warning.

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PlanSafety.h"
#include "SamplePlans.h"
#include "catalog/Catalog.h"
#include "dialogs/BackupsDialog.h"
#include "document/PlanDocument.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using namespace planea::ui;
using planea::guitest::onNextModal;

namespace {

// A plan with one strategic line, written the way Planea writes new files.
bool writePlan(const QString &path, const QString &lineName)
{
    return writeNewPlanFile(path, test::sampleInfo(),
                            [&](PlanStore &store) -> Status {
                                auto id = store.insert(Table::StrategicLine, { { u"name"_s, lineName } });
                                return id ? Status() : Status(id.error());
                            })
        .ok();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QStringList lineNames(const PlanDocument &doc)
{
    QStringList names;
    for (const auto &l : doc.data().lines)
        names.append(l.name);
    return names;
}

} // namespace

class BackupsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const Catalog> m_catalog;

    QString dataDir() const { return m_dir.filePath(u"data"_s); }

    BackupInfo makeBackup(const QString &path)
    {
        auto store = PlanStore::open(path);
        if (!store)
            return {};
        BackupManager manager(dataDir());
        auto made = manager.backup(**store, BackupReason::Manual);
        return made ? *made : BackupInfo {};
    }

    static bool renameFirstLine(const QString &path, const QString &name)
    {
        auto store = PlanStore::open(path);
        if (!store)
            return false;
        auto rows = (*store)->select(u"SELECT id FROM strategic_line ORDER BY id LIMIT 1"_s);
        return rows && !rows->isEmpty()
            && (*store)->update(Table::StrategicLine, rows->first().value(0).toLongLong(), u"name"_s, name).ok();
    }

    // One flipped bit in the last page: the page checksum (and a backup's SHA-256) no longer match.
    static bool damageBytes(const QString &path)
    {
        QByteArray bytes = readAll(path);
        if (bytes.size() < 8192)
            return false;
        bytes[bytes.size() - 3000] = char(bytes.at(bytes.size() - 3000) ^ 0x08);
        return writeAll(path, bytes);
    }

private slots:
    void initTestCase()
    {
        auto catalog = Catalog::load(dataDir());
        QVERIFY(catalog.ok());
        m_catalog = catalog.value();
    }

    void openingMakesABackupAndTheScreenRestoresOne()
    {
        const QString path = m_dir.filePath(u"Filandia.planea"_s);
        QVERIFY(writePlan(path, u"Antes"_s));
        MainWindow window(m_catalog, dataDir());
        window.show();
        QVERIFY(window.openPlan(path));
        const auto afterOpen = window.safety()->backups().list(path);
        QCOMPARE(afterOpen.size(), 1);
        QCOMPARE(afterOpen[0].reason, u"open"_s);
        QVERIFY(window.findChild<QAction *>(u"backupsAction"_s)->isEnabled());
        QVERIFY(window.findChild<QAction *>(u"saveCopyAction"_s)->isEnabled());
        QVERIFY(!window.safety()->locationLabel()->isVisible());

        QVERIFY(window.document()->insertRow(Table::StrategicLine, { { u"name"_s, u"Después"_s } }, u"x"_s) > 0);

        // The screen, as the user sees it.
        {
            BackupsDialog dialog(window.safety()->backups(), path, &window);
            QAbstractItemModelTester tester(dialog.table()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(dialog.table()->rowCount(), 1);
            QCOMPARE(dialog.table()->horizontalHeaderItem(1)->text(), u"Motivo"_s);
            QCOMPARE(dialog.table()->item(0, 1)->text(), u"al abrir el plan"_s);
            QCOMPARE(dialog.table()->item(0, 3)->text(), u"1"_s);
            QVERIFY(dialog.restoreButton()->isEnabled());
            QCOMPARE(dialog.restoreButton()->text(), u"&Restaurar esta copia"_s);
            dialog.resize(900, 420);
            dialog.show();
            guitest::saveShot(&dialog, u"backups-dialog"_s);
        }

        // File › Backup copies…: the edit since opening is kept first (hourly copy), then the
        // copy made at opening is restored.
        onNextModal<BackupsDialog>([](BackupsDialog *dialog) {
            QTableWidget *table = dialog->table();
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 1)->text() == u"al abrir el plan"_s)
                    table->selectRow(row);
            }
            dialog->restoreButton()->click();
        });
        window.findChild<QAction *>(u"backupsAction"_s)->trigger();
        QVERIFY(window.document());
        QCOMPARE(lineNames(*window.document()), QStringList { u"Antes"_s });
        QVERIFY(window.statusBar()->currentMessage().contains(u"Se restauró"_s));
        QStringList reasons;
        for (const auto &b : window.safety()->backups().list(path))
            reasons.append(b.reason);
        QVERIFY(reasons.contains(u"periodic"_s));
        QVERIFY(reasons.contains(u"before-restore"_s));
        // Nothing was lost: the state with "Después" is in a copy.
        const auto kept = window.safety()->backups().list(path);
        auto before = std::find_if(kept.begin(), kept.end(),
                                   [](const BackupInfo &b) { return b.reason == u"before-restore"_s; });
        QCOMPARE(before->lines, 2);
    }

    void damagedPlanOffersTheNewestCopy()
    {
        const QString path = m_dir.filePath(u"Dañado.planea"_s);
        QVERIFY(writePlan(path, u"Salvada"_s));
        MainWindow window(m_catalog, dataDir());
        window.show();
        QVERIFY(window.openPlan(path));
        window.closePlan();
        QByteArray bytes = readAll(path);
        for (qsizetype i = 2048; i < bytes.size(); i += 5)
            bytes[i] = char(~bytes[i]);
        QVERIFY(writeAll(path, bytes));

        QString offered;
        onNextModal<QMessageBox>([&offered](QMessageBox *box) {
            offered = box->informativeText();
            QCOMPARE(box->objectName(), u"restoreOfferBox"_s);
            auto *restore = box->findChild<QPushButton *>(u"restoreLatestButton"_s);
            QVERIFY(restore);
            QCOMPARE(restore->text(), u"Restaurar la copia más reciente"_s);
            restore->click();
        });
        QVERIFY(window.openPlan(path));
        QVERIFY(offered.contains(u"copia de seguridad"_s));
        QCOMPARE(lineNames(*window.document()), QStringList { u"Salvada"_s });
    }

    // Silent damage: the newest copy is itself damaged (its bytes no longer match its SHA-256), so
    // the offer names and restores the newest intact one.
    void damagedPlanOffersTheNewestIntactCopy()
    {
        const QString path = m_dir.filePath(u"Dos copias.planea"_s);
        QVERIFY(writePlan(path, u"Intacta"_s));
        const BackupInfo older = makeBackup(path);
        QVERIFY(renameFirstLine(path, u"Más reciente"_s));
        const BackupInfo newest = makeBackup(path);
        QVERIFY(newest.createdAt >= older.createdAt);
        QVERIFY(damageBytes(newest.path));
        QVERIFY(damageBytes(path));

        QString offered;
        onNextModal<QMessageBox>([&offered](QMessageBox *box) {
            offered = box->informativeText();
            QCOMPARE(box->objectName(), u"restoreOfferBox"_s);
            QVERIFY(box->text().contains(u"dañado"_s));
            auto *restore = box->findChild<QPushButton *>(u"restoreLatestButton"_s);
            QVERIFY(restore);
            restore->click();
        });
        MainWindow window(m_catalog, dataDir());
        window.show();
        QVERIFY(window.openPlan(path));
        QVERIFY2(offered.contains(u"dañada y se pasó por alto"_s), qPrintable(offered));
        QCOMPARE(lineNames(*window.document()), QStringList { u"Intacta"_s });
    }

    // The restore screen marks a copy whose bytes no longer match as «Dañada» before one chooses it,
    // and does not let it be restored.
    void backupsScreenMarksADamagedCopy()
    {
        const QString path = m_dir.filePath(u"Pantalla.planea"_s);
        QVERIFY(writePlan(path, u"Intacta"_s));
        makeBackup(path);
        QVERIFY(renameFirstLine(path, u"Más reciente"_s));
        const BackupInfo newest = makeBackup(path);
        QVERIFY(damageBytes(newest.path));

        MainWindow window(m_catalog, dataDir());
        BackupsDialog dialog(window.safety()->backups(), path, &window);
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->horizontalHeaderItem(7)->text(), u"Estado"_s);
        QCOMPARE(table->item(0, 7)->text(), u"Dañada"_s);
        QCOMPARE(table->item(1, 7)->text(), u"Íntegra"_s);
        QVERIFY(table->item(0, 2)->toolTip().contains(u"no se puede restaurar"_s));
        // The intact copy is chosen first; the damaged one cannot be restored.
        QVERIFY(dialog.selected());
        QCOMPARE(dialog.selected()->path, window.safety()->backups().list(path).at(1).path);
        QVERIFY(dialog.restoreButton()->isEnabled());
        table->selectRow(0);
        QVERIFY(!dialog.selected());
        QVERIFY(!dialog.restoreButton()->isEnabled());
        QVERIFY(dialog.restoreButton()->toolTip().contains(u"dañada"_s));
        dialog.resize(1000, 420);
        dialog.show();
        guitest::saveShot(&dialog, u"backups-dialog-damaged"_s);
        table->selectRow(1);
        QVERIFY(dialog.restoreButton()->isEnabled());
        QVERIFY(dialog.restoreButton()->toolTip().isEmpty());
        guitest::saveShot(&dialog, u"backups-dialog-damaged-other-chosen"_s);
    }

    void planInACloudFolderShowsAWarning()
    {
        QDir().mkpath(m_dir.filePath(u"OneDrive/Planes"_s));
        const QString path = m_dir.filePath(u"OneDrive/Planes/plan.planea"_s);
        QVERIFY(writePlan(path, u"Nube"_s));
        MainWindow window(m_catalog, dataDir());
        window.show();
        QVERIFY(window.openPlan(path));
        QLabel *warning = window.safety()->locationLabel();
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(u"OneDrive"_s));
        QVERIFY(warning->toolTip().contains(u"copia"_s));
        window.closePlan();
        QVERIFY(!warning->isVisible());
    }
};

int main(int argc, char **argv)
{
    BackupsTest tests;
    return planea::guitest::runTests(argc, argv, &tests);
}

#include "backups_gui.moc"
