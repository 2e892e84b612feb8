#include "runlogview.h"

#include "actions/runlistmodel.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString timeOf(const RunLogLine &line)
{
    return line.at.isValid() ? line.at.toLocalTime().toString(u"HH:mm:ss"_s) : u"--:--:--"_s;
}

} // namespace

RunLogView::RunLogView(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QTextEdit)
    , m_count(new QLabel)
    , m_live(new QLabel)
    , m_copy(new QPushButton(tr("&Copy log")))
{
    auto *heading = new QLabel(tr("Log"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_count->setObjectName(u"logCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_live->setObjectName(u"logLive"_s);
    m_live->setText(u"● "_s + tr("Live"));
    m_live->setToolTip(tr("New lines appear as the backend reports them"));
    QPalette livePalette = m_live->palette();
    livePalette.setColor(QPalette::WindowText, QColor(RunListModel::statusColor(RunStatus::InProgress)));
    m_live->setPalette(livePalette);
    m_live->hide();
    m_copy->setObjectName(u"copyLog"_s);
    m_copy->setToolTip(tr("Copy the whole log to the clipboard"));

    m_editor->setObjectName(u"runLog"_s);
    m_editor->setReadOnly(true);
    m_editor->setUndoRedoEnabled(false);
    m_editor->setLineWrapMode(QTextEdit::WidgetWidth);
    m_editor->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlaceholderText(tr("No log lines yet."));
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(10);
    bar->addWidget(heading);
    bar->addWidget(m_count);
    bar->addWidget(m_live);
    bar->addStretch(1);
    bar->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 20, 16);
    layout->setSpacing(6);
    layout->addLayout(bar);
    layout->addWidget(m_editor, 1);

    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(text()); });
    updateCount();
}

void RunLogView::clear()
{
    m_lines.clear();
    m_editor->clear();
    updateCount();
}

void RunLogView::append(const QList<RunLogLine> &lines)
{
    if (lines.isEmpty())
        return;
    QScrollBar *bar = m_editor->verticalScrollBar();
    // Follow the end only if the reader is there (a few pixels of slack for rounding).
    const bool following = bar->value() >= bar->maximum() - 4;
    const int kept = bar->value();
    for (const RunLogLine &line : lines) {
        m_lines.append(line);
        appendToEditor(line);
    }
    bar->setValue(following ? bar->maximum() : kept);
    updateCount();
}

void RunLogView::appendToEditor(const RunLogLine &line)
{
    QTextCursor cursor(m_editor->document());
    cursor.movePosition(QTextCursor::End);
    // A hanging indent: wrapped messages continue under the message, not under the time.
    const qreal indent = QFontMetricsF(m_editor->font()).horizontalAdvance(u"00:00:00  "_s);
    QTextBlockFormat block;
    block.setLeftMargin(indent);
    block.setTextIndent(-indent);
    if (m_editor->document()->isEmpty())
        cursor.setBlockFormat(block);
    else
        cursor.insertBlock(block);
    // The time dimmed, the message in the text colour.
    QTextCharFormat time;
    time.setForeground(palette().color(QPalette::PlaceholderText));
    cursor.insertText(timeOf(line) + u"  "_s, time);
    cursor.insertText(line.message, QTextCharFormat());
}

void RunLogView::rerender()
{
    QScrollBar *bar = m_editor->verticalScrollBar();
    const bool following = bar->value() >= bar->maximum() - 4;
    const int kept = bar->value();
    m_editor->clear();
    for (const RunLogLine &line : std::as_const(m_lines))
        appendToEditor(line);
    bar->setValue(following ? bar->maximum() : kept);
}

void RunLogView::setLive(bool live)
{
    m_live->setVisible(live);
}

QString RunLogView::text() const
{
    QStringList out;
    out.reserve(m_lines.size());
    for (const RunLogLine &line : m_lines)
        out.append(timeOf(line) + u"  "_s + line.message);
    return out.join(u'\n');
}

void RunLogView::updateCount()
{
    m_count->setText(m_lines.size() == 1 ? tr("1 line") : tr("%1 lines").arg(m_lines.size()));
    m_copy->setEnabled(!m_lines.isEmpty());
}

void RunLogView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The dimmed times were painted in the old palette's colour.
    if (event->type() == QEvent::PaletteChange && !m_lines.isEmpty())
        rerender();
}

} // namespace portolan
