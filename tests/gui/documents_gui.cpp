// Module 7's documents: the export dialog's CSV options (defaults from the locale, choices
// honoured), the action plan's office and year, an export that runs off the UI thread and writes
// the file, cancelling it, and the print path painting on a QPrinter (print preview's device).

#include "GuiTestSupport.h"
#include "document/PlanDocument.h"
#include "export/DocumentExport.h"
#include "pages/DocumentsPage.h"
#include "widgets/BackgroundExport.h"
#include "widgets/ExportDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using namespace planea::ui;

class DocumentsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<PlanDocument> openDemo(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        if (auto s = demo::writeDemoPlan(path); !s)
            qFatal("demo: %s", qPrintable(s.error().message));
        auto doc = PlanDocument::open(path);
        if (!doc)
            qFatal("open: %s", qPrintable(doc.error().message));
        return std::move(doc.value());
    }

private slots:
    void csvDefaultsFollowTheLocale()
    {
        const auto colombia = ExportDialog::defaultCsvOptions(QLocale(QLocale::Spanish, QLocale::Colombia));
        QCOMPARE(colombia.separator, QChar(u';'));
        QCOMPARE(colombia.decimalMark, QChar(u','));
        const auto us = ExportDialog::defaultCsvOptions(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(us.separator, QChar(u','));
        QCOMPARE(us.decimalMark, QChar(u'.'));
    }

    void dialogOptionsAreWhatTheUserChose()
    {
        auto doc = openDemo(u"dialog.planea"_s);
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Colombia));
        ExportDialog dialog(doc->data(), u"plan-accion"_s, u"csv"_s, m_dir.filePath(u"accion"_s));
        QVERIFY(dialog.separatorBox() && dialog.decimalBox() && dialog.officeBox() && dialog.yearBox());
        QCOMPARE(dialog.path(), m_dir.filePath(u"accion.csv"_s)); // the suffix is added
        dialog.separatorBox()->setCurrentIndex(1);
        dialog.decimalBox()->setCurrentIndex(1);
        QCOMPARE(dialog.csvOptions().separator, QChar(u','));
        QCOMPARE(dialog.csvOptions().decimalMark, QChar(u'.'));
        QCOMPARE(dialog.officeBox()->itemText(0), u"Todas las dependencias"_s);
        QCOMPARE(dialog.officeBox()->count(), doc->data().offices.size() + 1);
        dialog.officeBox()->setCurrentIndex(2);
        dialog.yearBox()->setCurrentIndex(1);
        QCOMPARE(dialog.context().office, doc->data().offices[1].name);
        QCOMPARE(dialog.context().year, 2029);

        // No CSV options for a PDF, no office for another document.
        ExportDialog pdf(doc->data(), u"lineas"_s, u"pdf"_s, m_dir.filePath(u"lineas.pdf"_s));
        QVERIFY(!pdf.separatorBox() && !pdf.officeBox());
        QCOMPARE(pdf.context().office, QString());
    }

    void pageListsEveryDocumentAndEnablesItsFormats()
    {
        auto doc = openDemo(u"page.planea"_s);
        DocumentsPage page(doc.get());
        QTableWidget *table = page.documentsTable();
        QCOMPARE(table->rowCount(), exporting::exportableDocuments().size());
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->data(Qt::UserRole).toString() == u"pdt"_s)
                table->selectRow(r);
        }
        QCOMPARE(page.selectedDocument(), u"pdt"_s);
        QVERIFY(page.findChild<QPushButton *>(u"export_odt"_s)->isEnabled());
        QVERIFY(!page.findChild<QPushButton *>(u"export_csv"_s)->isEnabled());
        QVERIFY(page.findChild<QPushButton *>(u"printPreview"_s)->isEnabled());
        table->selectRow(0);
        QVERIFY(!page.findChild<QPushButton *>(u"export_odt"_s)->isEnabled());
        QVERIFY(page.findChild<QPushButton *>(u"export_csv"_s)->isEnabled());
    }

    void exportRunsInTheBackgroundAndWritesTheFile()
    {
        auto doc = openDemo(u"export.planea"_s);
        DocumentsPage page(doc.get());
        QSignalSpy finished(&page, &DocumentsPage::exportFinished);
        const QString out = m_dir.filePath(u"plan-indicativo.pdf"_s);
        page.startExport(u"plan-indicativo"_s, u"pdf"_s, out, {}, {});
        QVERIFY(page.runningExport());
        // The export button is disabled while it runs.
        QVERIFY(!page.findChild<QPushButton *>(u"export_pdf"_s)->isEnabled());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(!page.runningExport());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(page.findChild<QLabel *>(u"exportResult"_s)->text().contains(u"plan-indicativo.pdf"_s));

        // CSV with the options chosen.
        const QString csv = m_dir.filePath(u"lineas.csv"_s);
        exporting::ExportOptions options;
        options.csv.separator = u',';
        page.startExport(u"lineas"_s, u"csv"_s, csv, {}, options);
        QVERIFY(finished.wait(60000));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVERIFY(csvFile.readLine().contains("No.,"));
    }

    void cancelStopsTheJobAndReportsIt()
    {
        std::atomic_int calls = 0;
        BackgroundExport job([&calls](const exporting::ProgressCallback &progress) -> Status {
            for (int i = 0; i < 1'000'000; ++i) {
                ++calls;
                if (!progress(i, 1'000'000))
                    return Error::cancelled(u"cancelado"_s);
                if (i == 5)
                    QThread::yieldCurrentThread();
            }
            return {};
        });
        QSignalSpy progress(&job, &BackgroundExport::progressChanged);
        QSignalSpy finished(&job, &BackgroundExport::finished);
        job.start();
        QVERIFY(progress.wait(10000)); // progress reaches the UI thread
        job.cancel();
        QVERIFY(finished.wait(10000));
        QVERIFY(!job.status().ok());
        QCOMPARE(job.status().error().kind, Error::Kind::Cancelled);
        QVERIFY(calls < 1'000'000);
    }

    void previewShowsTheSamePagesAsThePdf()
    {
        auto doc = openDemo(u"preview.planea"_s);
        DocumentsPage page(doc.get());
        page.resize(1100, 700);
        QTableWidget *table = page.documentsTable();
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->data(Qt::UserRole).toString() == u"plan-indicativo"_s)
                table->selectRow(r);
        }
        QCOMPARE(page.selectedDocument(), u"plan-indicativo"_s);
        // The PDF file of the same document, for its page count.
        const QString pdf = m_dir.filePath(u"preview-pi.pdf"_s);
        QVERIFY(exporting::exportDocument(doc->data(), u"plan-indicativo"_s, u"pdf"_s, pdf).ok());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const int pdfPages = int(file.readAll().count("/Type /Page\n")); // Qt's PDF writer, one per page
        int previewPages = -1;
        bool landscape = false;
        guitest::onNextModal<QPrintPreviewDialog>([&](QPrintPreviewDialog *dialog) {
            dialog->resize(1000, 700);
            auto *widget = dialog->findChild<QPrintPreviewWidget *>();
            QVERIFY(widget);
            widget->updatePreview();
            previewPages = widget->pageCount();
            landscape = widget->orientation() == QPageLayout::Landscape;
            guitest::saveShot(dialog, u"documents-print-preview"_s);
            dialog->reject();
        });
        QTest::mouseClick(page.findChild<QPushButton *>(u"printPreview"_s), Qt::LeftButton);
        QVERIFY(landscape); // a wide table
        QVERIFY(pdfPages >= 2);
        QCOMPARE(previewPages, pdfPages);
    }

    void printPathPaintsOnAPrinter()
    {
        auto doc = openDemo(u"print.planea"_s);
        for (const QString &code : { u"plan-indicativo"_s, u"pdt"_s, u"estado"_s }) {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            const QString out = m_dir.filePath(code + u"-printed.pdf"_s);
            printer.setOutputFileName(out);
            const Status s = exporting::printDocument(doc->data(), code, printer);
            QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
            QVERIFY(QFile(out).size() > 1000);
        }
        QPrinter printer;
        QVERIFY(!exporting::printDocument(doc->data(), u"kpt"_s, printer).ok());
    }
};

int main(int argc, char **argv)
{
    DocumentsTest tests;
    return planea::guitest::runTests(argc, argv, &tests);
}

#include "documents_gui.moc"
