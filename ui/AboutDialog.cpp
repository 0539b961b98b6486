#include "AboutDialog.h"

#include "Icons.h"
#include "PlaneaVersion.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

QString AboutDialog::versionText()
{
    return tr("Version %1").arg(QStringLiteral(PLANEA_VERSION_STRING));
}

QList<AboutDialog::Component> AboutDialog::components()
{
    return {
        { u"Qt 6 (Core, GUI, Widgets, SQL, Print Support)"_s, tr("Windows, printing and access to the plan file"),
          tr("LGPL-3.0"), true },
        { u"Qt Charts"_s, tr("Charts of the diagnosis and of the follow-up"), tr("GPL-3.0"), true },
        { u"SQLite"_s, tr("Plan file format (through Qt's SQLite driver)"), tr("Public domain"), true },
        { u"QuaZip"_s, tr("Writing Excel (.xlsx) workbooks"), tr("LGPL-2.1 with static linking exception"), true },
        { u"zlib"_s, tr("Reading Excel (.xlsx) workbooks"), tr("zlib licence"), true },
        { u"GoogleTest"_s, tr("Automated tests only; not part of the program"), tr("BSD-3-Clause"), false },
        { u"Google Benchmark"_s, tr("Performance measurements only; not part of the program"), tr("Apache-2.0"),
          false },
    };
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Planea"));
    setWindowIcon(appIcon());
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    auto *logo = new QLabel;
    logo->setObjectName(u"aboutLogo"_s);
    logo->setPixmap(appIcon().pixmap(64, 64));
    logo->setAlignment(Qt::AlignTop);
    header->addWidget(logo);
    auto *titles = new QVBoxLayout;
    auto *title = new QLabel(tr("Planea"));
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.8);
    tf.setBold(true);
    title->setFont(tf);
    title->setStyleSheet(u"color: #1F4E79;"_s); // the identity colour of the welcome screen and documents
    titles->addWidget(title);
    auto *version = new QLabel(versionText());
    version->setObjectName(u"aboutVersion"_s);
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    titles->addWidget(version);
    auto *qtVersion = new QLabel(tr("Built with Qt %1; running on Qt %2.")
                                     .arg(QLatin1StringView(QT_VERSION_STR), QLatin1StringView(qVersion())));
    qtVersion->setObjectName(u"aboutQtVersion"_s);
    titles->addWidget(qtVersion);
    header->addLayout(titles, 1);
    layout->addLayout(header);

    auto *description = new QLabel(tr("Territorial development plans for Colombian municipalities, offline, "
                                      "following the route of the DNP's Kit de Planeación Territorial."));
    description->setWordWrap(true);
    layout->addWidget(description);

    auto *licence = new QLabel(tr("Planea is free software: you can redistribute it and modify it under the terms "
                                  "of the GNU General Public License, version 3 or (at your option) any later "
                                  "version (GPL-3.0-or-later). It comes with NO WARRANTY. The full text is in the "
                                  "LICENSE file installed with the program."));
    licence->setObjectName(u"aboutLicence"_s);
    licence->setWordWrap(true);
    layout->addWidget(licence);

    auto *componentsLabel = new QLabel(tr("Planea is built with these components:"));
    QFont bf = componentsLabel->font();
    bf.setBold(true);
    componentsLabel->setFont(bf);
    layout->addWidget(componentsLabel);

    const QList<Component> list = components();
    auto *table = new QTableWidget(int(list.size()), 3);
    table->setObjectName(u"aboutComponents"_s);
    table->setHorizontalHeaderLabels({ tr("Component"), tr("Used for"), tr("Licence") });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setWordWrap(true);
    for (int row = 0; row < list.size(); ++row) {
        const Component &c = list.at(row);
        table->setItem(row, 0, new QTableWidgetItem(c.name));
        table->setItem(row, 1, new QTableWidgetItem(c.use));
        table->setItem(row, 2, new QTableWidgetItem(c.licence));
    }
    QHeaderView *columns = table->horizontalHeader();
    columns->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(1, QHeaderView::Stretch);
    columns->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // Rows as tall as their wrapped text, once the columns have their final widths.
    connect(columns, &QHeaderView::sectionResized, table, [table] { table->resizeRowsToContents(); });
    layout->addWidget(table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(u"aboutQtButton"_s);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    resize(900, 520);
}

} // namespace planea::ui
