#include "migrationsdialog.h"

#include "design/migrationhistory.h"
#include "store/storelane.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

MigrationsDialog::MigrationsDialog(StoreLane &lane, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Applied migrations"));
    m_list = new QTreeWidget;
    m_list->setHeaderLabels({tr("Applied"), tr("By"), tr("What")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    m_json = new QPlainTextEdit;
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setPlaceholderText(tr("No migration applied to this portal yet: the blueprint designer's \"Review and apply\" makes one."));
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_list);
    splitter->addWidget(m_json);
    splitter->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_export = buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
    m_export->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (row < 0)
            return;
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString name = u"%1/migration-%2.json"_s.arg(dir, m_migrations.at(row).idText().left(8));
        const QString path = QFileDialog::getSaveFileName(this, tr("Export migration"), name, tr("Portolan migration (*.json)"));
        if (path.isEmpty())
            return;
        const QString error = exportSelected(path);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export migration"), error);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &MigrationsDialog::showSelected);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every change to the data model is applied as a migration and kept in the audit log. "
                                    "Export one to keep it with your portal's code, or to apply it elsewhere with "
                                    "<tt>portolan migrate apply FILE</tt>."));
    intro->setWordWrap(true); // else the sentence sets the dialog's width
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(860, 560);

    lane.post(this, u"migrations"_s, [](CatalogStore &store) { return appliedMigrations(store); },
              [this](const QList<ModelMigration> &migrations) {
                  m_migrations = migrations;
                  for (const ModelMigration &m : migrations) {
                      const QDateTime at = QDateTime::fromString(m.appliedAt.isEmpty() ? m.createdAt : m.appliedAt, Qt::ISODate);
                      new QTreeWidgetItem(m_list, {QLocale().toString(at.toLocalTime(), QLocale::ShortFormat), m.actor, m.summary});
                  }
                  m_list->resizeColumnToContents(0);
                  m_list->resizeColumnToContents(1);
                  if (m_list->topLevelItemCount() > 0)
                      m_list->setCurrentItem(m_list->topLevelItem(0));
                  Q_EMIT loaded();
              });
}

void MigrationsDialog::showSelected()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    m_export->setEnabled(row >= 0);
    m_json->setPlainText(row < 0 ? QString()
                                 : QString::fromUtf8(QJsonDocument(m_migrations.at(row).toJson()).toJson(QJsonDocument::Indented)));
}

QString MigrationsDialog::exportSelected(const QString &path) const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0)
        return tr("No migration is selected.");
    return m_migrations.at(row).save(path);
}

} // namespace portolan
