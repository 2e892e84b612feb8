#pragma once

#include <QPlainTextEdit>
#include <functional>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace portolan {

// A JSON editor: KSyntaxHighlighting colours (light or dark with the palette), line numbers in a
// gutter, and one error marked at its line and column (the line tinted, the word underlined, its
// number red). The blueprint designer's JSON view, the action editor's JSON tab and its small JSON
// fields (condition, body, mapping).
class JsonCodeEditor final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit JsonCodeEditor(QWidget *parent = nullptr);

    // Whether the gutter with line numbers shows (small fields go without).
    void setLineNumbersVisible(bool visible);
    // Marks the error at 1-based `line`:`column`; {0, 0} clears it.
    void setError(int line, int column);
    int errorLine() const { return m_errorLine; }
    QTextCursor cursorAt(int line, int column) const;
    // Replaces the text without counting as typing (no undo step of the editor's own).
    void replaceText(const QString &text, bool keepPlace);

    // Red that reads on the editor's base colour.
    static QColor errorColor(const QPalette &palette);

Q_SIGNALS:
    void themeChanged(); // the palette switched between light and dark

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class Gutter;
    int gutterWidth() const;
    void updateMargins();
    void paintGutter(const QRect &rect);
    void applyTheme();
    void markError();

    Gutter *m_gutter = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    bool m_lineNumbers = true;
    int m_errorLine = 0;
    int m_errorColumn = 0;
};

} // namespace portolan
