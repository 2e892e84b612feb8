#include "actioneditorjson.h"

#include "actioneditordocument.h"
#include "importing/jsonlocator.h"
#include "importing/jsonsource.h"
#include "widgets/jsoncodeeditor.h"

#include <QJsonDocument>
#include <QLabel>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
constexpr int kPauseMs = 200;
constexpr int kMergeKeyBase = 0x4a534f00; // typing sessions of the JSON view, apart from the form's keys

QString indented(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}
} // namespace

ActionEditorJson::ActionEditorJson(ActionEditorDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_editor(new JsonCodeEditor(this))
    , m_status(new QLabel(this))
{
    m_editor->setAccessibleName(tr("Action JSON"));
    connect(m_editor, &JsonCodeEditor::themeChanged, this, &ActionEditorJson::showStatus);
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_status->setContentsMargins(8, 5, 8, 5);
    m_status->setWordWrap(true);
    connect(m_status, &QLabel::linkActivated, this, [this] { jumpToError(); });
    auto *jump = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    jump->setContext(Qt::WidgetWithChildrenShortcut);
    connect(jump, &QShortcut::activated, this, &ActionEditorJson::jumpToError);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);

    m_pause.setSingleShot(true);
    m_pause.setInterval(kPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &ActionEditorJson::check);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_pause.start();
    });
    connect(&m_document, &ActionEditorDocument::changed, this, &ActionEditorJson::showDocument);
    m_loading = true;
    m_editor->replaceText(indented(m_document.json()), false);
    m_loading = false;
    placeProblems();
}

QPlainTextEdit *ActionEditorJson::editor() const
{
    return m_editor;
}

void ActionEditorJson::checkNow()
{
    if (m_pause.isActive()) {
        m_pause.stop();
        check();
    }
}

void ActionEditorJson::showDocument()
{
    if (m_pushing)
        return;
    // The document changed elsewhere (form, undo): that wins over text the user left mid-edit.
    m_pause.stop();
    const QJsonDocument parsed = QJsonDocument::fromJson(m_editor->toPlainText().toUtf8());
    if (!(parsed.isObject() && parsed.object() == m_document.json())) {
        m_loading = true;
        m_editor->replaceText(indented(m_document.json()), true);
        m_loading = false;
        ++m_session; // the next typing is a new undo step
    }
    setBlocked(false);
    placeProblems();
}

void ActionEditorJson::check()
{
    const QByteArray text = m_editor->toPlainText().toUtf8();
    const JsonSource source = JsonSource::parse(text, {});
    if (!source.problems.isEmpty()) {
        const Problem &p = source.problems.first();
        setBlocked(true);
        // JsonSource speaks of files to import; here the fix is in the editor.
        setError(p.line, p.column, p.message.section(u"; fix the file"_s, 0, 0));
        return;
    }
    if (!source.document.isObject()) {
        setBlocked(true);
        setError(1, 1, tr("an action is a JSON object { … }"));
        return;
    }
    setBlocked(false);
    m_pushing = true;
    m_document.edit(tr("Edit as JSON"), source.document.object(), kMergeKeyBase + (m_session & 0xff));
    m_pushing = false;
    placeProblems();
}

void ActionEditorJson::placeProblems()
{
    const Problems &problems = m_document.problems();
    const QByteArray text = m_editor->toPlainText().toUtf8();
    const JsonLocator locator(text);
    int bestLine = 0, bestColumn = 0, errors = 0;
    QString message;
    for (const Problem &p : problems) {
        if (!p.isError())
            continue;
        ++errors;
        const auto [line, column] = locator.position(p.path);
        if (message.isEmpty() || std::pair{line, column} < std::pair{bestLine, bestColumn}) {
            bestLine = line;
            bestColumn = column;
            message = p.message;
        }
    }
    if (errors > 1)
        message += tr(" (and %n more)", nullptr, errors - 1);
    setError(bestLine, bestColumn, message);
}

void ActionEditorJson::setBlocked(bool blocked)
{
    if (m_blocked == blocked)
        return;
    m_blocked = blocked;
    Q_EMIT blockedChanged(blocked);
}

void ActionEditorJson::setError(int line, int column, const QString &message)
{
    m_errorLine = message.isEmpty() ? 0 : std::max(line, 1);
    m_errorColumn = message.isEmpty() ? 0 : std::max(column, 1);
    m_errorMessage = message;
    m_editor->setError(m_errorLine, m_errorColumn);
    showStatus();
}

void ActionEditorJson::showStatus()
{
    const QPalette pal = m_editor->palette();
    if (m_errorLine > 0) {
        const QString where = u"%1:%2"_s.arg(m_errorLine).arg(m_errorColumn);
        m_statusText = where + u": "_s + m_errorMessage;
        m_status->setText(u"<span style=\"color:%1\">●</span> <a href=\"jump\" style=\"color:%2\">%3</a>: %4"_s.arg(
            JsonCodeEditor::errorColor(pal).name(), pal.color(QPalette::Link).name(), where, m_errorMessage.toHtmlEscaped()));
    } else {
        m_statusText = tr("No problems");
        m_status->setText(u"<span style=\"color:%1\">%2</span>"_s.arg(pal.color(QPalette::Disabled, QPalette::Text).name(),
                                                                      m_statusText.toHtmlEscaped()));
    }
    m_status->setToolTip(m_errorLine > 0 ? tr("Ctrl+E goes there") : QString());
}

void ActionEditorJson::jumpToError()
{
    if (m_errorLine <= 0)
        return;
    m_editor->setTextCursor(m_editor->cursorAt(m_errorLine, m_errorColumn));
    m_editor->ensureCursorVisible();
    m_editor->setFocus();
}

void ActionEditorJson::jumpTo(const QString &path)
{
    const auto [line, column] = JsonLocator(m_editor->toPlainText().toUtf8()).position(path);
    if (line <= 0)
        return;
    m_editor->setTextCursor(m_editor->cursorAt(line, column));
    m_editor->ensureCursorVisible();
    m_editor->setFocus();
}

} // namespace portolan
