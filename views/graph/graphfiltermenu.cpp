#include "graphfiltermenu.h"

#include <QMenu>

namespace portolan {

GraphFilterMenu::GraphFilterMenu(const QString &label, QWidget *parent)
    : QToolButton(parent)
    , m_label(label)
{
    setPopupMode(InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(this);
    m_all = menu->addAction(tr("Show all"));
    connect(m_all, &QAction::triggered, this, [this] {
        m_unchecked.clear();
        for (QAction *action : std::as_const(m_choices))
            action->setChecked(true);
        updateText();
        Q_EMIT changed();
    });
    menu->addSeparator();
    setMenu(menu);
    updateText();
}

void GraphFilterMenu::setChoices(const QList<std::pair<QString, QString>> &choices)
{
    qDeleteAll(m_choices);
    m_choices.clear();
    for (const auto &[id, title] : choices) {
        QAction *action = menu()->addAction(title.isEmpty() || title == id ? id : title + u" (" + id + u')');
        action->setData(id);
        action->setCheckable(true);
        action->setChecked(!m_unchecked.contains(id));
        connect(action, &QAction::toggled, this, [this, id](bool on) {
            if (on)
                m_unchecked.remove(id);
            else
                m_unchecked.insert(id);
            updateText();
            Q_EMIT changed();
        });
        m_choices.append(action);
    }
    updateText();
}

QSet<QString> GraphFilterMenu::selected() const
{
    QSet<QString> ids;
    bool all = true;
    for (const QAction *action : m_choices) {
        if (action->isChecked())
            ids.insert(action->data().toString());
        else
            all = false;
    }
    // None checked would show the start alone; a filter matching nothing says the same.
    return all ? QSet<QString>{} : ids.isEmpty() ? QSet<QString>{QString()} : ids;
}

void GraphFilterMenu::updateText()
{
    qsizetype checked = 0;
    for (const QAction *action : std::as_const(m_choices))
        checked += action->isChecked() ? 1 : 0;
    setText(checked == m_choices.size() ? tr("%1: all").arg(m_label) : tr("%1: %2 of %3").arg(m_label).arg(checked).arg(m_choices.size()));
}

} // namespace portolan
