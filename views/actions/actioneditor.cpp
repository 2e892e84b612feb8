#include "actioneditor.h"

#include "actioneditordocument.h"
#include "actioneditorform.h"
#include "actioneditorjson.h"
#include "actions/actionstore.h"
#include "designer/formstyle.h"
#include "store/catalogstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
constexpr int kPathRole = Qt::UserRole + 1;

QString actor()
{
    const QString user = QSettings().value(u"identity/user"_s).toString().trimmed();
    return user.isEmpty() ? qEnvironmentVariable("USER", u"editor"_s) : user;
}
} // namespace

QJsonObject ActionEditor::blankAction()
{
    return QJsonObject{
        {u"identifier"_s, QString()},
        {u"title"_s, QString()},
        {u"trigger"_s, QJsonObject{{u"type"_s, u"self-service"_s},
                                   {u"operation"_s, u"CREATE"_s},
                                   {u"userInputs"_s, QJsonObject{{u"properties"_s, QJsonObject()}, {u"required"_s, QJsonArray()}}}}},
        {u"invocationMethod"_s, QJsonObject{{u"type"_s, u"WEBHOOK"_s}, {u"url"_s, QString()}, {u"method"_s, u"POST"_s}}},
        {u"requiredApproval"_s, false},
    };
}

ActionEditor::ActionEditor(CatalogStore &store, const QList<Blueprint> &blueprints, const QJsonObject &action,
                           const QString &stored, const QStringList &taken, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_document(new ActionEditorDocument(action.isEmpty() ? blankAction() : action, blueprints, stored, taken, this))
    , m_tabs(new QTabWidget)
    , m_problems(new QListWidget)
    , m_status(formstyle::messageLabel(u"dim"_s))
    , m_undo(new QToolButton)
    , m_redo(new QToolButton)
{
    const QString title = action.value("title"_L1).toString(stored);
    setWindowTitle(stored.isEmpty() ? (action.isEmpty() ? tr("New action") : tr("New action from %1").arg(title))
                                    : tr("Action %1").arg(title));
    resize(860, 760);
    setMinimumSize(640, 480);
    m_form = new ActionEditorForm(*m_document);
    m_json = new ActionEditorJson(*m_document);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_form, tr("&Form"));
    m_tabs->addTab(m_json, tr("&JSON"));

    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setSelectionMode(QAbstractItemView::SingleSelection);
    m_problems->setWordWrap(true);
    m_problems->setIconSize(QSize(16, 16));
    connect(m_problems, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { goToProblem(item->data(kPathRole).toString()); });
    connect(m_problems, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { goToProblem(item->data(kPathRole).toString()); });

    QUndoStack *stack = m_document->undoStack();
    m_undo->setText(tr("Undo"));
    m_redo->setText(tr("Redo"));
    m_undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    for (QToolButton *button : {m_undo, m_redo})
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_undo, &QToolButton::clicked, stack, &QUndoStack::undo);
    connect(m_redo, &QToolButton::clicked, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QToolButton::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QToolButton::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, [this](const QString &text) { m_undo->setToolTip(tr("Undo %1").arg(text)); });
    connect(stack, &QUndoStack::redoTextChanged, this, [this](const QString &text) { m_redo->setToolTip(tr("Redo %1").arg(text)); });
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActionEditor::reject);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter),
                                     QKeySequence(QKeySequence::Save)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &ActionEditor::save);
    }

    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(18, 0, 18, 14);
    bottom->addWidget(m_undo);
    bottom->addWidget(m_redo);
    bottom->addSpacing(12);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    auto *problemBox = new QVBoxLayout;
    problemBox->setContentsMargins(18, 6, 18, 6);
    problemBox->addWidget(m_problems);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(problemBox);
    layout->addLayout(bottom);

    connect(m_document, &ActionEditorDocument::changed, this, [this] {
        m_saveProblems.clear();
        updateState();
    });
    connect(m_form, &ActionEditorForm::localProblemsChanged, this, &ActionEditor::updateState);
    connect(m_json, &ActionEditorJson::blockedChanged, this, &ActionEditor::updateState);
    updateState();
}

ActionEditor::~ActionEditor() = default;

void ActionEditor::updateState()
{
    m_problems->clear();
    const auto add = [this](const QString &text, const QString &path, bool error) {
        auto *item = new QListWidgetItem(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning), text);
        item->setData(kPathRole, path);
        item->setToolTip(path.isEmpty() ? text : tr("%1 — click to go there").arg(text));
        m_problems->addItem(item);
    };
    if (m_json->isBlocked())
        add(tr("JSON %1").arg(m_json->statusText()), u"#json"_s, true);
    for (const QString &local : m_form->localProblems())
        add(local, {}, true);
    for (const Problem &p : std::as_const(m_saveProblems))
        add(p.path.isEmpty() ? p.message : p.path + u": "_s + p.message, p.path, p.isError());
    for (const Problem &p : m_document->problems())
        add(p.path.isEmpty() ? p.message : p.path + u": "_s + p.message, p.path, p.isError());
    m_problems->setVisible(m_problems->count() > 0);
    // As tall as its rows, up to four; more scroll.
    const int rows = std::clamp(m_problems->count(), 1, 4);
    const int rowHeight = std::max(m_problems->sizeHintForRow(0), m_problems->fontMetrics().lineSpacing() + 6);
    m_problems->setFixedHeight(rows * rowHeight + 2 * m_problems->frameWidth() + 4);
    const QString first = firstProblem();
    m_save->setEnabled(first.isEmpty());
    m_save->setToolTip(first.isEmpty() ? tr("Save the action (Ctrl+Enter)") : tr("Fix first: %1").arg(first));
    m_status->setText(first.isEmpty() ? (m_problems->count() ? tr("Warnings only: it can be saved.") : tr("No problems: ready to save."))
                                      : m_problems->count() == 1 ? tr("1 problem to fix before saving")
                                                                 : tr("%1 problems to fix before saving").arg(m_problems->count()));
}

QString ActionEditor::firstProblem() const
{
    if (m_json->isBlocked())
        return tr("JSON %1").arg(m_json->statusText());
    const QStringList local = m_form->localProblems();
    if (!local.isEmpty())
        return local.constFirst();
    for (const Problem &p : m_saveProblems)
        if (p.isError())
            return p.path.isEmpty() ? p.message : p.path + u": "_s + p.message;
    for (const Problem &p : m_document->problems())
        if (p.isError())
            return p.path + u": "_s + p.message;
    return {};
}

void ActionEditor::goToProblem(const QString &path)
{
    if (path == "#json"_L1) {
        m_tabs->setCurrentWidget(m_json);
        m_json->jumpToError();
        return;
    }
    if (path.isEmpty())
        return;
    if (m_tabs->currentWidget() == m_json || !m_form->fieldFor(path)) {
        m_tabs->setCurrentWidget(m_json);
        m_json->jumpTo(path);
    } else {
        m_form->focusPath(path);
    }
}

void ActionEditor::save()
{
    m_json->checkNow();
    if (!firstProblem().isEmpty())
        return;
    ActionStore actions(m_store.database());
    const QJsonObject json = m_document->json();
    Problems problems = actions.save({json}, m_document->blueprints(), actor(), Origin::UI);
    if (hasErrors(problems)) {
        m_saveProblems = problems;
        updateState();
        return;
    }
    m_savedIdentifier = json.value("identifier"_L1).toString();
    Q_EMIT saved(m_savedIdentifier);
    accept();
}

} // namespace portolan
