#include "scorecardspage.h"

#include "importing/definitionsfile.h"
#include "widgets/confirmdelete.h"

#include "designer/formstyle.h"
#include "scorecarddetail.h"
#include "scorecardeditor.h"
#include "scorecardstyle.h"
#include "scoring/scorecardengine.h"
#include "scoring/scorecardstore.h"
#include "store/storelane.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

ScorecardsPage::ScorecardsPage(StoreLane &lane, CatalogStore &store, ScorecardEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_lane(lane)
    , m_store(store)
    , m_engine(engine)
    , m_count(formstyle::messageLabel(u"dim"_s))
    , m_new(new QPushButton(tr("&New…")))
    , m_edit(new QPushButton(tr("&Edit…")))
    , m_duplicate(new QPushButton(tr("D&uplicate…")))
    , m_delete(new QPushButton(tr("&Delete")))
    , m_export(new QPushButton(tr("E&xport JSON…")))
    , m_import(new QPushButton(tr("&Import JSON…")))
    , m_list(new QTreeWidget)
    , m_detail(new ScorecardDetail(lane, engine))
    , m_empty(formstyle::messageLabel(u"dim"_s))
    , m_stack(new QStackedWidget)
{
    m_empty->setText(tr("No scorecards yet.\nNew… makes one; Import JSON… reads Port scorecard definitions."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_detail);
    m_stack->addWidget(m_empty);
    auto *title = new QLabel(tr("Scorecards"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    m_delete->setToolTip(tr("Delete the selected scorecard and its results; asks first"));
    m_export->setToolTip(tr("Save every scorecard as a JSON array of Port definitions"));
    m_import->setToolTip(tr("Read Port scorecard definitions from a JSON file; all or nothing"));

    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Scorecard"), tr("Blueprint"), tr("Entities"), tr("Levels")});
    m_list->setItemDelegate(new ScorecardCellDelegate(m_list));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Scorecards"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Fixed);
    m_list->setColumnWidth(3, 110);
    m_list->setMinimumWidth(380);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addWidget(m_count, 0, Qt::AlignBottom);
    header->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    for (QPushButton *button : {m_new, m_edit, m_duplicate, m_delete})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_import);
    auto *splitter = new QSplitter;
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ScorecardsPage::selectionChanged);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { editScorecard(item->data(0, Qt::UserRole).toString()); });
    connect(m_new, &QPushButton::clicked, this, &ScorecardsPage::newScorecard);
    connect(m_edit, &QPushButton::clicked, this, [this] { editScorecard(currentIdentifier()); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] { duplicateScorecard(currentIdentifier()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteScorecard(currentIdentifier()); });
    connect(m_export, &QPushButton::clicked, this, &ScorecardsPage::exportClicked);
    connect(m_import, &QPushButton::clicked, this, &ScorecardsPage::importClicked);
    connect(m_detail, &ScorecardDetail::openEntity, this, &ScorecardsPage::openEntity);
    if (m_engine)
        connect(m_engine, &ScorecardEngine::evaluated, this, [this] {
            if (isVisible()) // hidden, it reads afresh when next refreshed
                refresh();
        });
    selectionChanged();
}

void ScorecardsPage::refresh()
{
    m_lane.post(
        this, u"scorecards"_s,
        [](CatalogStore &store) {
            ScorecardStore scores(store.database());
            Snapshot snapshot;
            snapshot.scorecards = scores.scorecards();
            snapshot.definitions = scores.definitions();
            snapshot.blueprints = store.blueprints();
            for (const Scorecard &scorecard : std::as_const(snapshot.scorecards))
                snapshot.perLevel.insert(scorecard.identifier, scores.summary(scorecard.identifier).perLevel);
            return snapshot;
        },
        [this](const Snapshot &snapshot) { present(snapshot); });
}

void ScorecardsPage::present(const Snapshot &snapshot)
{
    const QString selected = m_select.isEmpty() ? currentIdentifier() : m_select;
    m_select.clear();
    m_snapshot = snapshot;
    m_scorecards = snapshot.scorecards;
    rebuild();
    setCurrentIdentifier(selected);
    if (currentIdentifier().isEmpty() && !m_scorecards.isEmpty())
        setCurrentIdentifier(m_scorecards.constFirst().identifier);
    Q_EMIT loaded();
}

void ScorecardsPage::rebuild()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Scorecard &scorecard : std::as_const(m_scorecards)) {
        const QList<qint64> perLevel = m_snapshot.perLevel.value(scorecard.identifier);
        qint64 total = 0;
        QVariantList bar;
        QStringList tip;
        for (qsizetype i = 0; i < scorecard.levels.size(); ++i) {
            total += perLevel.value(i);
            bar.append(QVariant(QVariantList{scorecardstyle::levelColor(scorecard, int(i)), perLevel.value(i)}));
            tip.append(u"%1: %2"_s.arg(scorecard.levels.at(i).title).arg(perLevel.value(i)));
        }
        auto *item = new QTreeWidgetItem(m_list, {scorecard.title.isEmpty() ? scorecard.identifier : scorecard.title,
                                                  blueprintTitle(scorecard.blueprint), QString::number(total), QString()});
        item->setData(0, Qt::UserRole, scorecard.identifier);
        item->setToolTip(0, scorecard.identifier);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(3, scorecardstyle::BarRole, bar);
        item->setToolTip(3, tip.join(u'\n'));
    }
    m_list->resizeColumnToContents(1);
    m_list->resizeColumnToContents(2);
    m_stack->setCurrentWidget(m_scorecards.isEmpty() ? static_cast<QWidget *>(m_empty) : m_detail);
    m_count->setText(m_scorecards.size() == 1 ? tr("1 scorecard") : tr("%1 scorecards").arg(m_scorecards.size()));
}

QString ScorecardsPage::currentIdentifier() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void ScorecardsPage::setCurrentIdentifier(const QString &identifier)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (!identifier.isEmpty() && m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == identifier) {
            QTreeWidgetItem *item = m_list->topLevelItem(i);
            if (m_list->currentItem() == item)
                selectionChanged(); // current already: the detail still reloads its numbers
            else
                m_list->setCurrentItem(item);
            return;
        }
    if (!identifier.isEmpty() && !find(identifier))
        m_select = identifier; // not loaded yet: chosen when the next load is shown
    selectionChanged();
}

const Scorecard *ScorecardsPage::find(const QString &identifier) const
{
    for (const Scorecard &scorecard : m_scorecards)
        if (scorecard.identifier == identifier)
            return &scorecard;
    return nullptr;
}

QString ScorecardsPage::blueprintTitle(const QString &identifier) const
{
    for (const Blueprint &bp : m_snapshot.blueprints)
        if (bp.identifier == identifier)
            return bp.title.isEmpty() ? identifier : bp.title;
    return identifier;
}

QHash<QString, Blueprint> ScorecardsPage::blueprintMap() const
{
    QHash<QString, Blueprint> map;
    for (const Blueprint &bp : m_snapshot.blueprints)
        map.insert(bp.identifier, bp);
    return map;
}

void ScorecardsPage::selectionChanged()
{
    const Scorecard *scorecard = find(currentIdentifier());
    m_detail->showScorecard(scorecard, scorecard ? blueprintTitle(scorecard->blueprint) : QString());
    for (QPushButton *button : {m_edit, m_duplicate, m_delete})
        button->setEnabled(scorecard != nullptr);
    m_export->setEnabled(!m_scorecards.isEmpty());
}

QString ScorecardsPage::actor() const
{
    const QString user = QSettings().value(u"identity/user"_s).toString().trimmed();
    return user.isEmpty() ? qEnvironmentVariable("USER", u"editor"_s) : user;
}

void ScorecardsPage::openEditor(const QJsonObject &json, const QString &stored)
{
    if (m_editor)
        return;
    QStringList taken;
    for (const Scorecard &scorecard : std::as_const(m_scorecards))
        taken.append(scorecard.identifier);
    m_editor = new ScorecardEditor(m_lane, m_store, m_snapshot.blueprints, json, stored, taken, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor->setWindowModality(Qt::WindowModal);
    connect(m_editor, &ScorecardEditor::saved, this, &ScorecardsPage::written);
    connect(m_editor, &QObject::destroyed, this, [this] { m_editor = nullptr; });
    m_editor->open();
}

void ScorecardsPage::written(const QString &identifier)
{
    m_select = identifier;
    if (m_engine && !identifier.isEmpty())
        m_engine->evaluateScorecard(identifier);
    refresh();
    Q_EMIT changed();
}

void ScorecardsPage::newScorecard()
{
    QJsonObject json = ScorecardEditor::blankScorecard();
    if (const Scorecard *current = find(currentIdentifier()))
        json.insert(u"blueprint"_s, current->blueprint); // new scorecards often sit beside the selected one
    else if (!m_snapshot.blueprints.isEmpty())
        json.insert(u"blueprint"_s, m_snapshot.blueprints.constFirst().identifier);
    openEditor(json, {});
}

void ScorecardsPage::editScorecard(const QString &identifier)
{
    const qsizetype i = std::distance(m_scorecards.cbegin(), std::find_if(m_scorecards.cbegin(), m_scorecards.cend(), [&](const Scorecard &s) {
                                          return s.identifier == identifier;
                                      }));
    if (i < m_scorecards.size())
        openEditor(m_snapshot.definitions.value(i, m_scorecards.at(i).toJson()), identifier);
}

void ScorecardsPage::duplicateScorecard(const QString &identifier)
{
    const Scorecard *scorecard = find(identifier);
    if (!scorecard)
        return;
    QJsonObject json = scorecard->toJson();
    QString copy = identifier + u"_copy"_s;
    for (int n = 2; find(copy); ++n)
        copy = identifier + u"_copy"_s + QString::number(n);
    json.insert(u"identifier"_s, copy);
    json.insert(u"title"_s, tr("%1 (copy)").arg(scorecard->title));
    openEditor(json, {});
}

bool ScorecardsPage::deleteScorecard(const QString &identifier)
{
    const Scorecard *scorecard = find(identifier);
    if (!scorecard)
        return false;
    if (!confirmDelete(this, tr("Delete scorecard"), tr("Delete the scorecard \"%1\"?").arg(scorecard->title),
                       tr("Its results and history go with it; the audit log keeps its definition.")))
        return false;
    const Problems problems = ScorecardStore(m_store.database()).remove(identifier, actor(), Origin::UI);
    if (hasErrors(problems)) {
        QMessageBox::warning(this, tr("Delete scorecard"), problems.constFirst().toString());
        return false;
    }
    refresh();
    Q_EMIT changed();
    return true;
}

QString ScorecardsPage::exportTo(const QString &path) const
{
    QJsonArray array;
    for (const QJsonObject &definition : m_snapshot.definitions)
        array.append(definition);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return file.errorString();
    if (file.write(QJsonDocument(array).toJson(QJsonDocument::Indented)) < 0)
        return file.errorString();
    return {};
}

Problems ScorecardsPage::importFrom(const QString &path)
{
    const DefinitionsFile file = DefinitionsFile::read(path, u"scorecards"_s);
    if (hasErrors(file.problems))
        return file.problems;
    const QList<QJsonObject> &definitions = file.definitions;
    Problems problems = ScorecardStore(m_store.database()).save(definitions, blueprintMap(), actor(), Origin::Import);
    file.place(problems);
    if (hasErrors(problems))
        return problems;
    if (m_engine)
        for (const QJsonObject &definition : std::as_const(definitions))
            m_engine->evaluateScorecard(definition.value("identifier"_L1).toString());
    if (!definitions.isEmpty())
        m_select = definitions.constFirst().value("identifier"_L1).toString();
    refresh();
    Q_EMIT changed();
    return problems;
}

void ScorecardsPage::exportClicked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export scorecards"), u"scorecards.json"_s, tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportTo(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export scorecards"), error);
}

void ScorecardsPage::importClicked()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import scorecards"), {}, tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    const Problems problems = importFrom(path);
    if (hasErrors(problems)) {
        QStringList lines;
        for (const Problem &p : problems)
            lines.append(p.toString());
        QMessageBox::warning(this, tr("Import scorecards"), tr("Nothing was imported:\n%1").arg(lines.mid(0, 12).join(u'\n')));
    }
}

} // namespace portolan
