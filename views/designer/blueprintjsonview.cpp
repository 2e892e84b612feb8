#include "blueprintjsonview.h"

#include "designer/designdocument.h"
#include "importing/jsonlocator.h"
#include "importing/jsonsource.h"
#include "schema/blueprint.h"
#include "widgets/jsoncodeeditor.h"
#include "widgets/jsonerrorstatus.h"

#include <QEvent>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

constexpr int kPauseMs = 200;
constexpr int kMergeKeyBase = 0x4a534f00; // "JSO": typing sessions of this view, apart from other views' keys

} // namespace

BlueprintJsonView::BlueprintJsonView(DesignDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_editor(new JsonCodeEditor(this))
    , m_status(new JsonErrorStatus(m_editor, this))
{
    m_editor->setPlaceholderText(tr("Select a blueprint to see it, and edit it, as JSON."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);

    m_pause.setSingleShot(true);
    m_pause.setInterval(kPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &BlueprintJsonView::check);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_pause.start();
    });
    connect(&m_document, &DesignDocument::changed, this, &BlueprintJsonView::showSelected);
    connect(&m_document, &DesignDocument::selectionChanged, this, &BlueprintJsonView::showSelected);
    showSelected();
}

BlueprintJsonView::~BlueprintJsonView() = default;

QPlainTextEdit *BlueprintJsonView::editor() const
{
    return m_editor;
}

void BlueprintJsonView::checkNow()
{
    if (m_pause.isActive()) {
        m_pause.stop();
        check();
    }
}

void BlueprintJsonView::showSelected()
{
    if (m_pushing)
        return;
    const QString id = m_document.selected();
    const ModelDraft &draft = m_document.draft();
    if (id.isEmpty() || !draft.contains(id)) {
        m_pause.stop();
        m_shown.clear();
        m_blocked = false;
        replaceText({}, false);
        m_editor->setReadOnly(true);
        m_status->clearError();
        m_status->setActive(false); // nothing to check: no status line
        return;
    }
    const QJsonObject json = draft.json(id);
    m_editor->setReadOnly(false);
    m_status->setActive(true);
    if (id == m_shown) {
        // Mid-edit (a pause not over, or text that is not a blueprint yet): the user's text stays.
        if (m_pause.isActive() || m_blocked)
            return;
        const QJsonDocument parsed = QJsonDocument::fromJson(m_editor->toPlainText().toUtf8());
        if (parsed.isObject() && parsed.object() == json) {
            check(); // same blueprint, same meaning: keep the user's layout; other blueprints may have changed
            return;
        }
        replaceText(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)), true);
    } else {
        m_shown = id;
        replaceText(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)), false);
    }
    ++m_session; // the next typing is a new undo step
    check();
}

void BlueprintJsonView::replaceText(const QString &text, bool keepPlace)
{
    const QTextCursor before = m_editor->textCursor();
    const int line = before.blockNumber() + 1;
    const int column = before.positionInBlock() + 1;
    const int vertical = m_editor->verticalScrollBar()->value();
    const int horizontal = m_editor->horizontalScrollBar()->value();
    m_loading = true;
    m_editor->setPlainText(text);
    m_loading = false;
    if (!keepPlace)
        return;
    const QTextBlock block = m_editor->document()->findBlockByNumber(std::min(line, m_editor->blockCount()) - 1);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::min(column - 1, int(block.length()) - 1));
    m_editor->setTextCursor(cursor);
    m_editor->verticalScrollBar()->setValue(vertical);
    m_editor->horizontalScrollBar()->setValue(horizontal);
}

void BlueprintJsonView::check()
{
    if (m_shown.isEmpty())
        return;
    const QByteArray text = m_editor->toPlainText().toUtf8();
    m_blocked = true;
    const JsonSource source = JsonSource::parse(text, {});
    if (!source.problems.isEmpty()) {
        const Problem &p = source.problems.first();
        // JsonSource speaks of files to import; here the fix is in the editor.
        m_status->setError(p.line, p.column, p.message.section(u"; fix the file"_s, 0, 0));
        return;
    }
    if (!source.document.isObject()) {
        m_status->setError(1, 1, tr("a blueprint is a JSON object { … }"));
        return;
    }
    const QJsonObject json = source.document.object();
    const JsonLocator locator(text);
    const auto errorAt = [&](const QString &path, const QString &message) {
        const auto [line, column] = locator.position(path);
        m_status->setError(line, column, message);
    };
    Problems shape;
    Blueprint::fromJson(json, &shape);
    if (hasErrors(shape)) {
        errorAt(shape.first().path, shape.first().message);
        return;
    }
    const QString identifier = json.value("identifier"_L1).toString();
    if (identifier != m_shown && m_document.draft().isStored(m_shown)) {
        errorAt(u"$.identifier"_s, tr("\"%1\" is stored: a stored blueprint keeps its identifier (create a new blueprint instead)").arg(m_shown));
        return;
    }
    if (json != m_document.draft().json(m_shown) || identifier != m_shown) {
        const QString previous = m_shown;
        m_pushing = true;
        const QString refusal = m_document.edit(
            tr("Edit %1 as JSON").arg(previous), [json, previous](ModelDraft &draft) { return draft.putBlueprint(json, previous); },
            kMergeKeyBase + (m_session & 0xff));
        m_pushing = false;
        if (!refusal.isEmpty()) {
            errorAt(u"$.identifier"_s, refusal);
            return;
        }
        if (identifier != previous) { // a blueprint made in this draft was renamed
            m_shown = identifier;
            m_document.select(identifier);
        }
    }
    m_blocked = false;

    // The draft now holds this JSON: its problems, placed in the text; the first one is marked.
    Problems problems;
    for (const Problem &p : m_document.draft().validate()) {
        if (p.isError() && p.file == m_shown)
            problems.append(p);
    }
    if (problems.isEmpty()) {
        m_status->clearError();
        return;
    }
    int bestLine = 0, bestColumn = 0;
    QString message;
    for (const Problem &p : problems) {
        const auto [line, column] = locator.position(p.path);
        if (message.isEmpty() || std::pair{line, column} < std::pair{bestLine, bestColumn}) {
            bestLine = line;
            bestColumn = column;
            message = p.message;
        }
    }
    if (problems.size() > 1)
        message += tr(" (and %n more)", nullptr, int(problems.size() - 1));
    m_status->setError(bestLine, bestColumn, message);
}

std::pair<int, int> BlueprintJsonView::errorPosition() const
{
    return m_status->errorPosition();
}

QString BlueprintJsonView::errorMessage() const
{
    return m_status->errorMessage();
}

QString BlueprintJsonView::statusText() const
{
    return m_status->statusText();
}

void BlueprintJsonView::jumpToError()
{
    m_status->jumpToError();
}

} // namespace portolan
