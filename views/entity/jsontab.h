#pragma once

#include <QJsonObject>
#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace portolan {

// The entity's Port JSON, pretty-printed, read-only, highlighted in the theme that matches the
// palette (light or dark) and re-themed when the palette changes.
class JsonTab final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit JsonTab(QWidget *parent = nullptr);
    ~JsonTab() override;

    void setJson(const QJsonObject &json);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
};

} // namespace portolan
