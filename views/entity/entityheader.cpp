#include "entityheader.h"

#include "chiplabel.h"
#include "entity/entitysnapshot.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
constexpr int MarkSize = 44;
}

EntityHeader::EntityHeader(QWidget *parent)
    : QWidget(parent)
    , m_mark(new QLabel)
    , m_title(new QLabel)
    , m_identifier(new QLabel)
    , m_chips(new QHBoxLayout)
    , m_graph(new QPushButton(tr("Show in &graph")))
    , m_actions(new QPushButton(tr("&Actions")))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 6);
    layout->setSpacing(12);
    m_mark->setFixedSize(MarkSize, MarkSize);
    layout->addWidget(m_mark, 0, Qt::AlignTop);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setObjectName(u"entityTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_identifier->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_identifier->setForegroundRole(QPalette::PlaceholderText);
    m_identifier->setObjectName(u"entityIdentifier"_s);
    m_identifier->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *line = new QHBoxLayout;
    line->setSpacing(6);
    line->addWidget(m_identifier);
    line->addSpacing(8);
    line->addLayout(m_chips);
    line->addStretch(1);
    m_chips->setSpacing(6);
    text->addWidget(m_title);
    text->addLayout(line);
    layout->addLayout(text, 1);

    m_actions->setObjectName(u"entityActions"_s);
    m_actions->setToolTip(tr("Self-service actions for this entity"));
    m_actions->setMenu(new QMenu(m_actions));
    m_actions->hide();
    layout->addWidget(m_actions, 0, Qt::AlignTop);
    m_graph->setObjectName(u"showInGraph"_s);
    m_graph->setToolTip(tr("Open this entity's neighbourhood in the graph"));
    layout->addWidget(m_graph, 0, Qt::AlignTop);
    connect(m_graph, &QPushButton::clicked, this, &EntityHeader::graphRequested);
}

QString EntityHeader::title() const
{
    return m_title->text();
}

void EntityHeader::setSnapshot(const EntitySnapshot &snapshot)
{
    const QString blueprintTitle = snapshot.blueprint.title.isEmpty() ? snapshot.key.blueprint : snapshot.blueprint.title;
    m_title->setText(snapshot.entity.title.isEmpty() ? snapshot.entity.identifier : snapshot.entity.title);
    m_identifier->setText(snapshot.entity.identifier);
    QMenu *menu = m_actions->menu();
    menu->clear();
    for (const ActionDefinition &action : snapshot.actions) {
        const QString label = action.operation == ActionOperation::Delete ? tr("%1 (deletes)").arg(action.title) : action.title;
        QAction *item = menu->addAction(label, this, [this, id = action.identifier] { Q_EMIT actionRequested(id); });
        item->setObjectName(u"action:"_s + action.identifier);
        item->setToolTip(action.description);
    }
    m_actions->setVisible(!snapshot.actions.isEmpty());
    m_markText = blueprintTitle.left(1).toUpper();
    m_mark->setToolTip(snapshot.blueprint.icon.isEmpty() ? blueprintTitle : blueprintTitle + u" ("_s + snapshot.blueprint.icon + u')');
    paintMark();
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto *blueprintChip = new ChipLabel(blueprintTitle);
    blueprintChip->setToolTip(tr("Blueprint %1").arg(snapshot.key.blueprint));
    m_chips->addWidget(blueprintChip);
    for (const QString &team : snapshot.entity.team) {
        auto *chip = new ChipLabel(snapshot.names.team(team));
        chip->setObjectName(u"team-"_s + team);
        chip->setToolTip(tr("Team %1").arg(team));
        m_chips->addWidget(chip);
    }
}

void EntityHeader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        paintMark();
}

// A round mark with the blueprint's initial, in the palette's highlight colours.
void EntityHeader::paintMark()
{
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(MarkSize, MarkSize) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Highlight));
    painter.drawEllipse(QRectF(0, 0, MarkSize, MarkSize));
    QFont font = this->font();
    font.setBold(true);
    font.setPixelSize(MarkSize / 2);
    painter.setFont(font);
    painter.setPen(palette().color(QPalette::HighlightedText));
    painter.drawText(QRectF(0, 0, MarkSize, MarkSize), Qt::AlignCenter, m_markText);
    painter.end();
    m_mark->setPixmap(pixmap);
}

} // namespace portolan
