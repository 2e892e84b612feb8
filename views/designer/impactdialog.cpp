#include "impactdialog.h"

#include "design/migrationrunner.h"
#include "store/storelane.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

constexpr int KeyRole = Qt::UserRole + 1;

QString valueText(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    if (value.isString())
        return value.toString();
    if (value.isNull())
        return u"null"_s;
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
}

QString problemsText(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.path.isEmpty() ? p.message : u"%1: %2"_s.arg(p.path, p.message));
    return lines.join(u"; "_s);
}

} // namespace

ImpactDialog::ImpactDialog(StoreLane &lane, const ModelDraft &draft, const QString &actor, QWidget *parent)
    : QDialog(parent)
    , m_lane(lane)
    , m_migration(ModelMigration::fromDraft(draft, actor))
    , m_progress(std::make_shared<Progress>())
{
    setWindowTitle(tr("Review and apply"));
    m_summary = new QLabel(tr("Reading the stored catalog to see what this change does…"));
    m_summary->setWordWrap(true);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_summary->setFont(big);
    m_bar = new QProgressBar;
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_export = m_buttons->addButton(tr("Export migration…"), QDialogButtonBox::ActionRole);
    m_apply = m_buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setEnabled(false);
    m_apply->setDefault(true);
    connect(m_apply, &QPushButton::clicked, this, &ImpactDialog::apply);
    connect(m_export, &QPushButton::clicked, this, &ImpactDialog::exportMigration);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImpactDialog::reject);
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        const qint64 total = m_progress->total;
        if (total > 0) {
            m_bar->setRange(0, 1000);
            m_bar->setValue(int(1000 * m_progress->done / total));
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_bar);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
    resize(960, 620);
    analyse(draft);
}

ImpactDialog::~ImpactDialog()
{
    m_progress->cancel = true; // a running analysis stops early; its result finds no dialog
}

void ImpactDialog::analyse(const ModelDraft &draft)
{
    std::shared_ptr<Progress> progress = m_progress;
    m_lane.post(this, u"impact"_s, [draft, progress](CatalogStore &store) { return analyseImpact(store, draft, &progress->cancel); },
                [this](const Impact &impact) {
                    m_impact = impact;
                    m_analysed = true;
                    showImpact();
                    Q_EMIT analysed();
                });
}

QTreeWidget *ImpactDialog::addList(const QString &title, const QStringList &headers, int count)
{
    auto *list = new QTreeWidget;
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(true);
    list->setSortingEnabled(true);
    list->header()->setStretchLastSection(true);
    m_tabs->addTab(list, count < 0 ? title : u"%1 (%2)"_s.arg(title, QLocale().toString(count)));
    return list;
}

void ImpactDialog::showImpact()
{
    m_bar->hide();
    m_tabs->clear();
    const Impact &impact = m_impact;
    QString verdict;
    if (!impact.storeError.isEmpty())
        verdict = tr("The store could not be read: %1").arg(impact.storeError);
    else if (impact.canApply())
        verdict = tr("Ready to apply, in one transaction.");
    else
        verdict = tr("Cannot apply yet: fix what the tabs marked below list, then review again.");
    m_summary->setText(impact.summary() + u"\n"_s + verdict);

    QTreeWidget *changes = addList(tr("What changes"), {tr("Change"), tr("Detail")}, -1);
    changes->setRootIsDecorated(true);
    changes->setSortingEnabled(false);
    for (const QJsonObject &bp : m_migration.blueprints) {
        const QString id = bp.value(u"identifier"_s).toString();
        new QTreeWidgetItem(changes, {id, tr("create or update the blueprint")});
    }
    for (const QString &id : m_migration.removedBlueprints)
        new QTreeWidgetItem(changes, {id, tr("delete the blueprint and its entities")});
    for (const DataStep &step : m_migration.steps)
        new QTreeWidgetItem(changes, {step.blueprint, step.describe()});
    new QTreeWidgetItem(changes, {tr("Entities"), tr("%L1 read, %L2 change").arg(impact.checkedEntities).arg(impact.changedEntities)});
    changes->resizeColumnToContents(0);

    int firstBad = -1;
    if (!impact.modelProblems.isEmpty()) {
        QTreeWidget *list = addList(tr("⚠ Model problems"), {tr("Blueprint"), tr("Where"), tr("Problem")}, int(impact.modelProblems.size()));
        for (const Problem &p : impact.modelProblems)
            new QTreeWidgetItem(list, {p.file, p.path, p.message});
        list->resizeColumnToContents(0);
        list->resizeColumnToContents(1);
        firstBad = m_tabs->count() - 1;
    }
    QTreeWidget *invalid = addList(impact.invalidCount ? tr("⚠ Entities that would fail") : tr("Entities that would fail"),
                                   {tr("Blueprint"), tr("Entity"), tr("Title"), tr("Why")}, int(impact.invalidCount));
    for (const InvalidEntity &e : impact.invalidEntities) {
        auto *item = new QTreeWidgetItem(invalid, {e.key.blueprint, e.key.identifier, e.title, problemsText(e.problems)});
        item->setData(0, KeyRole, QStringList{e.key.blueprint, e.key.identifier});
        item->setToolTip(3, problemsText(e.problems));
    }
    if (impact.invalidCount > impact.invalidEntities.size())
        new QTreeWidgetItem(invalid, {QString(), tr("… %L1 more").arg(impact.invalidCount - impact.invalidEntities.size())});
    invalid->setToolTip(tr("Double-click an entity to open it."));
    connect(invalid, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QStringList key = item->data(0, KeyRole).toStringList();
        if (key.size() == 2)
            Q_EMIT entityRequested(EntityKey{key.at(0), key.at(1)});
    });
    for (int c = 0; c < 3; ++c)
        invalid->resizeColumnToContents(c);
    if (impact.invalidCount > 0 && firstBad < 0)
        firstBad = m_tabs->count() - 1;

    QTreeWidget *broken = addList(tr("Broken properties"), {tr("Blueprint"), tr("Property"), tr("Kind"), tr("Why")},
                                  int(impact.brokenFields.size()));
    for (const BrokenField &f : impact.brokenFields)
        new QTreeWidgetItem(broken, {f.blueprint, f.field, f.kind, f.reason});
    for (int c = 0; c < 3; ++c)
        broken->resizeColumnToContents(c);

    QTreeWidget *dropped = addList(tr("Data removed"), {tr("Blueprint"), tr("Field"), tr("Entities"), tr("Values"), tr("Why")},
                                   int(impact.droppedData.size() + impact.deletedEntities.size()));
    for (const DeletedEntities &d : impact.deletedEntities)
        new QTreeWidgetItem(dropped, {d.blueprint, tr("(every entity)"), QLocale().toString(d.entities), QString(), tr("the blueprint is deleted")});
    for (const DroppedData &d : impact.droppedData)
        new QTreeWidgetItem(dropped, {d.blueprint, d.relation ? tr("relation %1").arg(d.field) : d.field, QLocale().toString(d.entities),
                                      QLocale().toString(d.values), d.reason});
    for (int c = 0; c < 4; ++c)
        dropped->resizeColumnToContents(c);

    if (!impact.conversions.isEmpty()) {
        QTreeWidget *conversions = addList(tr("Conversions"), {tr("Entity"), tr("Before"), tr("After"), tr("Problem")}, -1);
        conversions->setRootIsDecorated(true);
        conversions->setSortingEnabled(false);
        for (const TransformPreview &t : impact.conversions) {
            const ConversionPreview &p = t.preview;
            auto *top = new QTreeWidgetItem(conversions, {t.step.describe(), tr("%L1 values").arg(p.total),
                                                          tr("%L1 fail").arg(p.failures), p.programError});
            for (const ConversionSample &s : p.samples)
                new QTreeWidgetItem(top, {s.entity, valueText(s.before), valueText(s.after), s.error});
            top->setExpanded(true);
        }
        conversions->resizeColumnToContents(0);
    }
    if (firstBad >= 0)
        m_tabs->setCurrentIndex(firstBad);
    m_apply->setEnabled(impact.canApply() && impact.storeError.isEmpty());
}

void ImpactDialog::apply()
{
    if (!m_analysed || m_applying || !m_impact.canApply())
        return;
    m_applying = true;
    m_apply->setEnabled(false);
    m_export->setEnabled(false);
    m_progress->done = 0;
    m_progress->total = 0;
    m_progress->cancel = false;
    m_bar->setRange(0, 0);
    m_bar->show();
    m_poll->start();
    m_summary->setText(tr("Applying… (Close cancels; nothing changes until the last entity is written)"));
    std::shared_ptr<Progress> progress = m_progress;
    const ModelMigration migration = m_migration;
    m_lane.post(
        this, u"apply"_s,
        [migration, progress](CatalogStore &store) {
            return applyMigration(store, migration, [progress](qint64 done, qint64 total) {
                progress->done = done;
                progress->total = total;
                return !progress->cancel;
            });
        },
        [this](const MigrationResult &result) {
            m_poll->stop();
            m_applying = false;
            if (hasErrors(result.problems)) {
                showApplyProblems(result.problems);
                Q_EMIT applyFinished(false);
                return;
            }
            m_changes = result.changes;
            Q_EMIT applyFinished(true);
            accept();
        });
}

void ImpactDialog::showApplyProblems(const Problems &problems)
{
    m_bar->hide();
    m_export->setEnabled(true);
    m_summary->setText(m_progress->cancel ? tr("Cancelled: nothing was changed.")
                                          : tr("The migration failed and nothing was changed:"));
    QTreeWidget *list = addList(tr("⚠ Apply problems"), {tr("Where"), tr("Problem")}, int(problems.size()));
    for (const Problem &p : problems)
        new QTreeWidgetItem(list, {p.file.isEmpty() ? p.path : u"%1 %2"_s.arg(p.file, p.path), p.message});
    list->resizeColumnToContents(0);
    m_tabs->setCurrentWidget(list);
    m_apply->setEnabled(true);
}

void ImpactDialog::exportMigration()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export migration"), dir + u"/migration.json"_s,
                                                      tr("Portolan migration (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = m_migration.save(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export migration"), error);
}

void ImpactDialog::reject()
{
    if (m_applying) { // ask the lane to stop; the rollback lands in showApplyProblems
        m_progress->cancel = true;
        m_summary->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace portolan
