#include "entitypicker.h"

#include "designer/formstyle.h"
#include "query/entityquery.h"
#include "store/catalogstore.h"
#include "store/storelane.h"

#include <QComboBox>
#include <QCompleter>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

constexpr int kCandidateLimit = 50;

struct Candidates {
    QList<std::pair<QString, QString>> list; // identifier, title
    QString problem;
};

QString display(const QString &identifier, const QString &title)
{
    return title.isEmpty() || title == identifier ? identifier : u"%1 (%2)"_s.arg(title, identifier);
}

} // namespace

EntityPicker::EntityPicker(const UserInput &input, StoreLane &lane, QWidget *parent)
    : InputEditor(input, parent)
    , m_lane(lane)
    , m_many(input.kind == InputKind::Entities)
    , m_status(formstyle::messageLabel(u"dim"_s, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    const QString placeholder = tr("Search %1…").arg(input.blueprint);
    if (m_many) {
        m_search = new QLineEdit(this);
        m_search->setPlaceholderText(placeholder);
        m_search->setClearButtonEnabled(true);
        m_list = new QListWidget(this);
        m_list->setFixedHeight(m_list->fontMetrics().lineSpacing() * 3 + 8);
        layout->addWidget(m_search);
        layout->addWidget(m_list);
        watchFocus(m_list);
        connect(m_search, &QLineEdit::textEdited, this, &EntityPicker::search);
        connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
            const QString id = item->data(Qt::UserRole).toString();
            if (item->checkState() == Qt::Checked && !m_chosen.contains(id))
                m_chosen.append(id);
            else if (item->checkState() != Qt::Checked)
                m_chosen.removeAll(id);
            emitChecked();
        });
    } else {
        m_combo = new QComboBox(this);
        m_combo->setEditable(true);
        m_combo->setInsertPolicy(QComboBox::NoInsert);
        m_combo->lineEdit()->setPlaceholderText(placeholder);
        m_combo->completer()->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
        m_combo->setMinimumWidth(280);
        layout->addWidget(m_combo);
        watchFocus(m_combo->lineEdit());
        connect(m_combo->lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
            search(text);
            // A typed identifier or title counts once it names a candidate; other text goes on
            // as typed, so a known identifier can be entered before the list arrives.
            const QString t = text.trimmed();
            for (const auto &[id, title] : std::as_const(m_candidates))
                if (id.compare(t, Qt::CaseInsensitive) == 0 || display(id, title) == t) {
                    Q_EMIT edited(id);
                    return;
                }
            Q_EMIT edited(t.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t));
        });
        // Leaving the field with text that names no candidate: the one candidate the text found is
        // meant (typed "stag", found "Staging"); otherwise say so under the field.
        connect(m_combo->lineEdit(), &QLineEdit::editingFinished, this, [this] {
            const QString t = m_combo->currentText().trimmed();
            if (t.isEmpty())
                return;
            for (const auto &[id, title] : std::as_const(m_candidates))
                if (id.compare(t, Qt::CaseInsensitive) == 0 || display(id, title) == t)
                    return;
            if (m_candidates.size() == 1) {
                const auto &[id, title] = m_candidates.constFirst();
                const QSignalBlocker blocker(m_combo);
                m_combo->setEditText(display(id, title));
                m_status->hide();
                Q_EMIT edited(id);
                return;
            }
            m_status->setText(tr("No %1 is called \"%2\": choose one from the list").arg(this->input().blueprint, t));
            m_status->show();
        });
        connect(m_combo, &QComboBox::activated, this, [this](int index) {
            const QString id = m_combo->itemData(index).toString();
            m_titles.insert(id, m_combo->itemText(index));
            Q_EMIT edited(id);
        });
    }
    layout->addWidget(m_status);
    m_status->hide();
}

void EntityPicker::setFilter(const QJsonObject &filter)
{
    if (m_filterSet && filter == m_filter)
        return;
    m_filter = filter;
    m_filterSet = true;
    search(m_many ? m_search->text() : QString());
}

void EntityPicker::search(const QString &text)
{
    EntityQuery query;
    query.blueprint = input().blueprint;
    query.filter = m_filter;
    query.text = text.trimmed();
    query.sort = {{input().sortProperty.isEmpty() ? u"$title"_s : input().sortProperty, input().sortAscending}};
    query.limit = kCandidateLimit;
    const QString channel = u"entity-picker-%1"_s.arg(quintptr(this));
    m_lane.post(this, channel,
                [query](CatalogStore &store) {
                    Problems problems;
                    Candidates result;
                    for (const Entity &e : store.query(query, &problems))
                        result.list.append({e.identifier, e.title});
                    if (hasErrors(problems))
                        result.problem = problems.constFirst().message;
                    return result;
                },
                [this](const Candidates &result) { showCandidates(result.list, result.problem); });
}

void EntityPicker::showCandidates(const QList<std::pair<QString, QString>> &candidates, const QString &problem)
{
    m_candidates = candidates;
    for (const auto &[id, title] : candidates)
        m_titles.insert(id, display(id, title));
    if (m_many) {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const auto &[id, title] : candidates) {
            auto *item = new QListWidgetItem(display(id, title), m_list);
            item->setData(Qt::UserRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(m_chosen.contains(id) ? Qt::Checked : Qt::Unchecked);
        }
        // As tall as its rows, between three and eight of them.
        const int rowHeight = m_list->count() > 0 ? m_list->sizeHintForRow(0) : m_list->fontMetrics().lineSpacing();
        m_list->setFixedHeight(rowHeight * int(std::clamp<qsizetype>(candidates.size(), 3, 8)) + 2 * m_list->frameWidth() + 4);
        showChosen();
    } else {
        const QString text = m_combo->currentText();
        const int cursor = m_combo->lineEdit()->cursorPosition();
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        for (const auto &[id, title] : candidates)
            m_combo->addItem(display(id, title), id);
        m_combo->setCurrentIndex(-1);
        m_combo->setEditText(text);
        m_combo->lineEdit()->setCursorPosition(cursor);
        if (m_combo->lineEdit()->hasFocus() && !text.isEmpty() && !candidates.isEmpty())
            m_combo->completer()->complete();
        m_status->setVisible(!problem.isEmpty() || candidates.isEmpty());
        m_status->setText(!problem.isEmpty() ? tr("Cannot list candidates: %1").arg(problem)
                                             : tr("No %1 matches").arg(input().blueprint));
    }
    if (!problem.isEmpty() && m_many) {
        m_status->setText(tr("Cannot list candidates: %1").arg(problem));
        m_status->show();
    }
    Q_EMIT candidatesLoaded();
}

void EntityPicker::showChosen()
{
    QStringList names;
    for (const QString &id : std::as_const(m_chosen))
        names.append(m_titles.value(id, id));
    m_status->setText(names.isEmpty() ? tr("None chosen") : tr("Chosen: %1").arg(names.join(u", "_s)));
    m_status->show();
}

void EntityPicker::emitChecked()
{
    showChosen();
    QJsonArray ids;
    for (const QString &id : std::as_const(m_chosen))
        ids.append(id);
    Q_EMIT edited(ids);
}

void EntityPicker::setValue(const QJsonValue &value)
{
    if (m_many) {
        QStringList ids;
        for (const QJsonValue &v : value.toArray())
            ids.append(v.toString());
        if (ids == m_chosen)
            return;
        m_chosen = ids;
        const QSignalBlocker blocker(m_list);
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(m_chosen.contains(m_list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                            : Qt::Unchecked);
        showChosen();
        return;
    }
    const QString id = value.toString();
    const int index = m_combo->findData(id);
    const QSignalBlocker blocker(m_combo);
    if (index >= 0)
        m_combo->setCurrentIndex(index);
    else if (m_combo->currentData().toString() != id && m_combo->currentText().trimmed() != id)
        m_combo->setEditText(id);
}

QWidget *EntityPicker::primaryWidget()
{
    return m_many ? static_cast<QWidget *>(m_search) : m_combo;
}

} // namespace portolan
