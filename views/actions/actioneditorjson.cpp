#include "actioneditorjson.h"

#include "actioneditordocument.h"
#include "importing/jsonlocator.h"
#include "importing/jsonsource.h"
#include "widgets/jsoncodeeditor.h"
#include "widgets/jsonerrorstatus.h"

#include <QJsonDocument>
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
    , m_status(new JsonErrorStatus(m_editor, this))
{
    m_editor->setAccessibleName(tr("Action JSON"));

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
        m_status->setError(p.line, p.column, p.message.section(u"; fix the file"_s, 0, 0));
        return;
    }
    if (!source.document.isObject()) {
        setBlocked(true);
        m_status->setError(1, 1, tr("an action is a JSON object { … }"));
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
    m_status->setError(bestLine, bestColumn, message);
}

void ActionEditorJson::setBlocked(bool blocked)
{
    if (m_blocked == blocked)
        return;
    m_blocked = blocked;
    Q_EMIT blockedChanged(blocked);
}

std::pair<int, int> ActionEditorJson::errorPosition() const
{
    return m_status->errorPosition();
}

QString ActionEditorJson::errorMessage() const
{
    return m_status->errorMessage();
}

QString ActionEditorJson::statusText() const
{
    return m_status->statusText();
}

void ActionEditorJson::jumpToError()
{
    m_status->jumpToError();
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
