#include "widgetframe.h"

#include "designer/formstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

int widgetBodyHeight(const DashboardWidget &widget)
{
    switch (widget.type) {
    case WidgetType::Number: return 120;
    case WidgetType::Markdown: return 150;
    case WidgetType::Dora: return 340;
    default: return 250;
    }
}

WidgetFrame::WidgetFrame(const DashboardWidget &widget, QWidget *parent)
    : QFrame(parent)
    , m_widget(widget)
    , m_title(new QLabel)
    , m_menuButton(new QToolButton)
    , m_layout(new QVBoxLayout(this))
    , m_state(formstyle::messageLabel(u"dim"_s))
    , m_footnote(formstyle::messageLabel(u"dim"_s))
{
    setObjectName(u"widgetFrame"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::Base));
    setPalette(pal);

    m_title->setText(widget.title.isEmpty() ? widgetTypeName(widget.type) : widget.title);
    m_title->setToolTip(widget.description);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::NoTextInteraction);

    auto *menu = new QMenu(this);
    m_drill = menu->addAction(tr("Drill down…"), this, [this] { Q_EMIT drillRequested(m_widget.id); });
    menu->addSeparator();
    m_edit = menu->addAction(tr("Edit…"), this, [this] { Q_EMIT editRequested(m_widget.id); });
    m_left = menu->addAction(tr("Move left"), this, [this] { Q_EMIT moveRequested(m_widget.id, -1); });
    m_right = menu->addAction(tr("Move right"), this, [this] { Q_EMIT moveRequested(m_widget.id, 1); });
    m_remove = menu->addAction(tr("Remove"), this, [this] { Q_EMIT removeRequested(m_widget.id); });
    m_menuButton->setText(u"…"_s);
    m_menuButton->setAutoRaise(true);
    m_menuButton->setStyleSheet(u"QToolButton::menu-indicator { image: none; width: 0px; }"_s);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setMenu(menu);
    m_menuButton->setToolTip(tr("Widget menu"));
    m_menuButton->setAccessibleName(tr("Widget menu"));

    auto *header = new QHBoxLayout;
    header->setSpacing(4);
    header->addWidget(m_title, 1);
    header->addWidget(m_menuButton);
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setWordWrap(true);
    m_state->setMinimumHeight(widgetBodyHeight(widget));
    m_statePalette = m_state->palette();
    m_footnote->setWordWrap(true);
    QFont small = m_footnote->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_footnote->setFont(small);

    m_layout->setContentsMargins(12, 8, 12, 8);
    m_layout->setSpacing(6);
    m_layout->addLayout(header);
    m_layout->addWidget(m_state, 1);
    m_layout->addWidget(m_footnote);
    setEditMode(false, true, true);
    setDrillable(false);
    setComputing();
}

void WidgetFrame::replaceBody(QWidget *body)
{
    if (m_body) {
        m_body->hide();
        m_body->deleteLater();
    }
    m_body = body;
    if (m_body) {
        // A body may ask for more (a bar chart with many categories sets its minimum height).
        m_body->setMinimumHeight(std::max({widgetBodyHeight(m_widget), m_body->minimumSizeHint().height(), m_body->minimumHeight()}));
        m_layout->insertWidget(1, m_body, 1);
        // Shown now, not on the layout's queued show: an export right after the last result
        // arrived would otherwise draw the frame without its body.
        m_body->show();
        m_state->hide();
    } else {
        m_state->show();
    }
}

void WidgetFrame::setComputing()
{
    replaceBody(nullptr);
    m_state->setPalette(m_statePalette);
    m_state->setText(tr("Computing…"));
    m_footnote->clear();
    m_footnote->hide();
}

void WidgetFrame::setError(const QString &message)
{
    replaceBody(nullptr);
    m_state->setText(message);
    QPalette pal = m_state->palette();
    pal.setColor(QPalette::WindowText, formstyle::problemColor(pal));
    m_state->setPalette(pal);
    m_footnote->clear();
    m_footnote->hide();
}

void WidgetFrame::setBody(QWidget *body, const QString &footnote)
{
    replaceBody(body);
    m_state->clear();
    m_footnote->setText(footnote);
    m_footnote->setVisible(!footnote.isEmpty());
}

QString WidgetFrame::stateText() const
{
    return m_body ? QString() : m_state->text();
}

void WidgetFrame::setEditMode(bool editing, bool first, bool last)
{
    m_edit->setVisible(editing);
    m_remove->setVisible(editing);
    m_left->setVisible(editing);
    m_right->setVisible(editing);
    m_left->setEnabled(!first);
    m_right->setEnabled(!last);
    setLineWidth(editing ? 2 : 1);
}

void WidgetFrame::setDrillable(bool drillable)
{
    m_drill->setEnabled(drillable);
}

} // namespace portolan
