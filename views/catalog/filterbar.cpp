#include "filterbar.h"

#include "filtereditor.h"
#include "table/tablefilter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace portolan {

FilterBar::FilterBar(FilterEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_add(new QToolButton)
    , m_chips(new QHBoxLayout)
    , m_combinator(new QComboBox)
    , m_clear(new QPushButton(tr("Clear all")))
    , m_myTeams(new QCheckBox(tr("Owned by my teams")))
{
    m_add->setText(tr("+ Filter"));
    m_add->setToolTip(tr("Add a filter rule"));
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_combinator->addItem(tr("Match all"), u"and"_s);
    m_combinator->addItem(tr("Match any"), u"or"_s);
    m_combinator->setAccessibleName(tr("How rules combine"));
    m_clear->setFlat(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_add);
    m_chips->setSpacing(4);
    layout->addLayout(m_chips);
    layout->addWidget(m_combinator);
    layout->addWidget(m_clear);
    layout->addStretch(1);
    layout->addWidget(m_myTeams);
    connect(m_add, &QToolButton::clicked, this, &FilterBar::addRule);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_editor->hide();
        setRules({}, u"and"_s);
    });
    connect(m_combinator, &QComboBox::currentIndexChanged, this, [this] {
        setRules(TableFilter::rules(m_filter), m_combinator->currentData().toString());
    });
    connect(m_myTeams, &QCheckBox::toggled, this, &FilterBar::myTeamsToggled);
    connect(m_editor, &FilterEditor::accepted, this, [this](const QJsonObject &rule, int index) {
        QList<QJsonObject> rules = TableFilter::rules(m_filter);
        if (index >= 0 && index < rules.size())
            rules[index] = rule;
        else
            rules.append(rule);
        m_editor->hide();
        setRules(rules, m_combinator->currentData().toString());
    });
    connect(m_editor, &FilterEditor::cancelled, m_editor, &QWidget::hide);
    rebuildChips();
}

void FilterBar::setColumns(const QList<TableColumn> &columns)
{
    m_columns = columns;
    m_editor->setColumns(columns);
    m_editor->hide();
    rebuildChips();
}

void FilterBar::setFilter(const QJsonObject &filter)
{
    m_filter = filter;
    const QSignalBlocker block(m_combinator);
    m_combinator->setCurrentIndex(filter.value("combinator"_L1).toString() == "or"_L1 ? 1 : 0);
    rebuildChips();
}

void FilterBar::setMyTeams(bool on, bool available)
{
    const QSignalBlocker block(m_myTeams);
    m_myTeams->setChecked(on);
    m_myTeams->setEnabled(available || on);
    m_myTeams->setToolTip(available ? tr("Only entities whose $team is one of your teams")
                                    : tr("Your teams are not known: set them in the preferences"));
}

void FilterBar::addRule()
{
    m_editor->edit({}, -1);
    m_editor->show();
}

void FilterBar::setRules(const QList<QJsonObject> &rules, const QString &combinator)
{
    m_filter = TableFilter::make(rules, combinator);
    rebuildChips();
    Q_EMIT filterChanged(m_filter);
}

void FilterBar::rebuildChips()
{
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        if (QWidget *chip = item->widget()) {
            chip->hide();
            chip->deleteLater(); // its buttons may be what asked for this
        }
        delete item;
    }
    const QList<QJsonObject> rules = TableFilter::rules(m_filter);
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString text = TableFilter::describe(rules.at(i), m_columns);
        auto *chip = new QFrame;
        chip->setObjectName(u"filterChip"_s);
        chip->setStyleSheet(u"QFrame#filterChip { border: 1px solid palette(mid); border-radius: 11px; background: palette(button); }"
                            u" QFrame#filterChip QToolButton { border: none; padding: 2px 4px; }"_s);
        auto *edit = new QToolButton;
        edit->setText(text);
        edit->setToolTip(tr("Edit this filter"));
        auto *remove = new QToolButton;
        remove->setText(u"✕"_s);
        remove->setToolTip(tr("Remove this filter"));
        remove->setAccessibleName(tr("Remove filter %1").arg(text));
        auto *layout = new QHBoxLayout(chip);
        layout->setContentsMargins(6, 0, 4, 0);
        layout->setSpacing(0);
        layout->addWidget(edit);
        layout->addWidget(remove);
        const int index = int(i);
        connect(edit, &QToolButton::clicked, this, [this, index] {
            m_editor->edit(TableFilter::rules(m_filter).value(index), index);
            m_editor->show();
        });
        connect(remove, &QToolButton::clicked, this, [this, index] {
            QList<QJsonObject> rules = TableFilter::rules(m_filter);
            rules.removeAt(index);
            m_editor->hide();
            setRules(rules, m_combinator->currentData().toString());
        });
        m_chips->addWidget(chip);
    }
    m_combinator->setVisible(rules.size() > 1);
    m_clear->setVisible(!rules.isEmpty());
}

} // namespace portolan
