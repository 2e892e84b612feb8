#include "jsoncodeeditor.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QEvent>
#include <QFontDatabase>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// Problems count columns in characters (code points); the editor counts UTF-16 units.
int utf16Offset(const QString &line, int column)
{
    int offset = 0;
    for (int c = 1; c < column && offset < line.size(); ++c)
        offset += line.at(offset).isHighSurrogate() && offset + 1 < line.size() ? 2 : 1;
    return offset;
}

} // namespace

class JsonCodeEditor::Gutter final : public QWidget
{
public:
    explicit Gutter(JsonCodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
    }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event->rect()); }

private:
    JsonCodeEditor *m_editor;
};

JsonCodeEditor::JsonCodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter->setDefinition(repository().definitionForName(u"JSON"_s));
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { updateMargins(); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    updateMargins();
    applyTheme();
}

QColor JsonCodeEditor::errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd0, 0x1f, 0x1f);
}

void JsonCodeEditor::setLineNumbersVisible(bool visible)
{
    m_lineNumbers = visible;
    m_gutter->setVisible(visible);
    updateMargins();
}

QTextCursor JsonCodeEditor::cursorAt(int line, int column) const
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    QTextCursor cursor(document());
    if (!block.isValid())
        return cursor;
    cursor.setPosition(block.position() + std::min(utf16Offset(block.text(), column), int(block.length()) - 1));
    return cursor;
}

void JsonCodeEditor::replaceText(const QString &text, bool keepPlace)
{
    const QTextCursor before = textCursor();
    const int line = before.blockNumber() + 1;
    const int column = before.positionInBlock() + 1;
    const int vertical = verticalScrollBar()->value();
    const int horizontal = horizontalScrollBar()->value();
    setPlainText(text);
    if (!keepPlace)
        return;
    const QTextBlock block = document()->findBlockByNumber(std::min(line, blockCount()) - 1);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::min(column - 1, int(block.length()) - 1));
    setTextCursor(cursor);
    verticalScrollBar()->setValue(vertical);
    horizontalScrollBar()->setValue(horizontal);
}

void JsonCodeEditor::setError(int line, int column)
{
    m_errorLine = line;
    m_errorColumn = column;
    markError();
}

void JsonCodeEditor::markError()
{
    QList<QTextEdit::ExtraSelection> marks;
    if (m_errorLine > 0) {
        const QColor red = errorColor(palette());
        QTextEdit::ExtraSelection line;
        QColor tint = red;
        tint.setAlphaF(isDark(palette()) ? 0.18f : 0.10f);
        line.format.setBackground(tint);
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = cursorAt(m_errorLine, m_errorColumn);
        marks.append(line);

        // The wavy underline runs under the word (or the one character) where the error is.
        QTextEdit::ExtraSelection word;
        word.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        word.format.setUnderlineColor(red);
        word.cursor = cursorAt(m_errorLine, m_errorColumn);
        const QString rest = word.cursor.block().text().mid(word.cursor.positionInBlock());
        qsizetype length = 0;
        while (length < rest.size() && !QStringView(u" \t,:}]").contains(rest.at(length)))
            ++length;
        if (length == 0 && word.cursor.positionInBlock() > 0 && rest.isEmpty())
            word.cursor.movePosition(QTextCursor::Left); // at the end of the line: the last character
        word.cursor.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, int(std::max<qsizetype>(length, 1)));
        marks.append(word);
    }
    setExtraSelections(marks);
    viewport()->update();
    m_gutter->update();
}

void JsonCodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_gutter->setGeometry(r.left(), r.top(), gutterWidth(), r.height());
}

void JsonCodeEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
        markError();
        Q_EMIT themeChanged();
    } else if (event->type() == QEvent::FontChange) {
        updateMargins();
    }
}

int JsonCodeEditor::gutterWidth() const
{
    if (!m_lineNumbers)
        return 0;
    const int digits = int(QString::number(std::max(1, blockCount())).size());
    return 16 + fontMetrics().horizontalAdvance(u'9') * std::max(digits, 2);
}

void JsonCodeEditor::updateMargins()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect r = contentsRect();
    m_gutter->setGeometry(r.left(), r.top(), gutterWidth(), r.height());
}

void JsonCodeEditor::paintGutter(const QRect &rect)
{
    QPainter painter(m_gutter);
    QColor background = palette().color(QPalette::Base);
    background = isDark(palette()) ? background.lighter(115) : background.darker(104);
    painter.fillRect(rect, background);
    QColor number = palette().color(QPalette::Text);
    number.setAlphaF(0.45f);
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= rect.bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= rect.top()) {
            const bool error = block.blockNumber() + 1 == m_errorLine;
            QFont font = painter.font();
            font.setBold(error);
            painter.setFont(font);
            painter.setPen(error ? errorColor(palette()) : number);
            painter.drawText(0, top, m_gutter->width() - 8, height, Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top += height;
    }
}

void JsonCodeEditor::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = repository().defaultTheme(
        isDark(palette()) ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
    if (m_highlighter->theme().name() == theme.name())
        return;
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

} // namespace portolan
