#include "commandpalette.h"

#include "palettemodel.h"
#include "store/storelane.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// Title on the left, what it is (blueprint, shortcut) dimmed on the right.
class EntryDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QString subtitle = index.data(PaletteModel::SubtitleRole).toString();
        if (subtitle.isEmpty())
            return;
        painter->save();
        const bool selected = option.state & QStyle::State_Selected;
        QColor dim = option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
        painter->setPen(dim);
        painter->drawText(option.rect.adjusted(0, 0, -10, 0), Qt::AlignRight | Qt::AlignVCenter, subtitle);
        painter->restore();
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 8);
    }
};

} // namespace

CommandPalette::CommandPalette(StoreLane &lane, QWidget *parent)
    : QFrame(parent)
    , m_lane(lane)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_model = new PaletteModel(this);
    m_input = new QLineEdit;
    m_input->setPlaceholderText(tr("Search entities, blueprints and commands…"));
    m_input->setClearButtonEnabled(true);
    m_input->installEventFilter(this);
    QFont big = m_input->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_input->setFont(big);
    m_results = new QListView;
    m_results->setModel(m_model);
    m_results->setItemDelegate(new EntryDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setFrameShape(QFrame::NoFrame);
    m_hint = new QLabel(tr("↑↓ to move · Enter to open · Esc to close"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(10, 10, 10, 8);
    box->addWidget(m_input);
    box->addWidget(m_results, 1);
    box->addWidget(m_hint);

    connect(m_input, &QLineEdit::textChanged, this, &CommandPalette::search);
    connect(m_input, &QLineEdit::returnPressed, this, [this] { activate(m_results->currentIndex().row()); });
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &index) { activate(index.row()); });
    connect(m_results, &QListView::clicked, this, [this](const QModelIndex &index) { activate(index.row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_results->setCurrentIndex(m_model->index(0));
    });
    parent->installEventFilter(this);
    hide();
}

void CommandPalette::setCatalogue(const QList<PaletteEntry> &entries)
{
    m_model->setCatalogue(entries);
}

void CommandPalette::popup()
{
    m_input->clear();
    place();
    show();
    raise();
    m_input->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::place()
{
    const QWidget *window = parentWidget();
    const int width = std::min(720, window->width() - 40);
    const int height = std::min(460, window->height() - 80);
    setGeometry((window->width() - width) / 2, 56, width, height);
}

void CommandPalette::search(const QString &text)
{
    m_model->setText(text);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    m_clock.start();
    m_lane.post(
        this, u"palette"_s, [trimmed](CatalogStore &store) { return store.search(trimmed, 30); },
        [this](const QList<SearchHit> &hits) {
            QList<PaletteEntry> entities;
            for (const SearchHit &hit : hits)
                entities.append({PaletteEntry::Kind::Entity, hit.title.isEmpty() ? hit.identifier : hit.title,
                                 hit.blueprint + u" · "_s + hit.identifier, {hit.blueprint, hit.identifier}, {}});
            m_model->setEntities(entities);
            m_lastSearchMs = m_clock.elapsed();
            Q_EMIT resultsShown();
        });
}

void CommandPalette::activate(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const PaletteEntry entry = m_model->entry(row);
    hide();
    Q_EMIT activated(entry);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_results->currentIndex().row();
        const int rows = m_model->rowCount();
        switch (key->key()) {
        case Qt::Key_Escape:
            hide();
            return true;
        case Qt::Key_Down:
            if (rows > 0)
                m_results->setCurrentIndex(m_model->index((row + 1) % rows));
            return true;
        case Qt::Key_Up:
            if (rows > 0)
                m_results->setCurrentIndex(m_model->index((row - 1 + rows) % rows));
            return true;
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            QApplication::sendEvent(m_results, event);
            return true;
        default:
            break;
        }
    }
    if (watched == m_input && event->type() == QEvent::FocusOut && isVisible() && !hasFocus()) {
        // Clicking elsewhere in the window closes the palette, as a popup would.
        const auto *focus = static_cast<QFocusEvent *>(event);
        if (focus->reason() == Qt::MouseFocusReason)
            hide();
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace portolan
