#include "scorecardeditor.h"

#include "designer/formstyle.h"
#include "importing/jsonlocator.h"
#include "importing/jsonsource.h"
#include "scorecardeditorform.h"
#include "scorecardeditorwhatif.h"
#include "scoring/scorecard.h"
#include "scoring/scorecardstore.h"
#include "store/catalogstore.h"
#include "widgets/jsoncodeeditor.h"
#include "widgets/jsonerrorstatus.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
constexpr int kTypingPauseMs = 250;

QString indented(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}
} // namespace

QJsonObject ScorecardEditor::blankScorecard()
{
    QJsonArray levels;
    for (const ScorecardLevel &level : Scorecard::defaultLevels())
        levels.append(QJsonObject{{u"title"_s, level.title}, {u"color"_s, level.color}});
    return {{u"identifier"_s, u"new_scorecard"_s}, {u"title"_s, tr("New scorecard")}, {u"levels"_s, levels}, {u"rules"_s, QJsonArray()}};
}

ScorecardEditor::ScorecardEditor(StoreLane &lane, CatalogStore &store, const QList<Blueprint> &blueprints, const QJsonObject &scorecard,
                                 const QString &stored, const QStringList &taken, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_stored(stored)
    , m_taken(taken)
    , m_json(scorecard)
    , m_tabs(new QTabWidget)
    , m_form(new ScorecardEditorForm(blueprints))
    , m_jsonEditor(new JsonCodeEditor)
    , m_problems(new QListWidget)
    , m_whatIf(new ScorecardWhatIf(lane))
    , m_status(formstyle::messageLabel(u"dim"_s))
    , m_save(new QPushButton(tr("&Save")))
{
    for (const Blueprint &bp : blueprints)
        m_blueprints.insert(bp.identifier, bp);
    setWindowTitle(stored.isEmpty() ? tr("New scorecard") : tr("Edit scorecard %1").arg(stored));
    m_jsonStatus = new JsonErrorStatus(m_jsonEditor, this);
    m_jsonEditor->setAccessibleName(tr("Scorecard JSON"));
    auto *jsonPage = new QWidget;
    auto *jsonLayout = new QVBoxLayout(jsonPage);
    jsonLayout->setContentsMargins(0, 0, 0, 0);
    jsonLayout->setSpacing(0);
    jsonLayout->addWidget(m_jsonEditor, 1);
    jsonLayout->addWidget(m_jsonStatus);
    m_tabs->addTab(m_form, tr("Form"));
    m_tabs->addTab(jsonPage, tr("JSON"));
    m_problems->setAccessibleName(tr("Problems"));

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tabs, 1);
    leftLayout->addWidget(m_problems);
    auto *splitter = new QSplitter;
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_whatIf);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_whatIf->setMinimumWidth(300);

    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_save->setDefault(true);
    m_save->setToolTip(tr("Publish the scorecard (Ctrl+Enter); its results are evaluated again"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    resize(1100, 760);

    m_typing.setSingleShot(true);
    m_typing.setInterval(kTypingPauseMs);
    connect(&m_typing, &QTimer::timeout, this, &ScorecardEditor::jsonTyped);
    connect(m_jsonEditor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_pushing)
            m_typing.start();
    });
    connect(m_form, &ScorecardEditorForm::edited, this, &ScorecardEditor::formEdited);
    connect(buttons, &QDialogButtonBox::accepted, this, &ScorecardEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *saveKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(saveKey, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        // To the problem's line in the JSON tab: the one view that shows every path.
        const auto [line, column] = JsonLocator(m_jsonEditor->toPlainText().toUtf8()).position(item->data(Qt::UserRole).toString());
        m_tabs->setCurrentIndex(1);
        m_jsonEditor->setTextCursor(m_jsonEditor->cursorAt(line, column));
        m_jsonEditor->setFocus();
    });
    setJson(scorecard);
}

void ScorecardEditor::setJson(const QJsonObject &json)
{
    m_json = json;
    m_form->setJson(json);
    m_pushing = true;
    m_jsonEditor->replaceText(indented(json), true);
    m_pushing = false;
    m_jsonBroken = false;
    m_jsonStatus->clearError();
    validate();
}

void ScorecardEditor::formEdited()
{
    m_json = m_form->json();
    m_pushing = true;
    m_jsonEditor->replaceText(indented(m_json), true);
    m_pushing = false;
    m_jsonBroken = false;
    validate();
}

void ScorecardEditor::jsonTyped()
{
    const JsonSource source = JsonSource::parse(m_jsonEditor->toPlainText().toUtf8(), {});
    if (!source.problems.isEmpty() || !source.document.isObject()) {
        const Problem p = source.problems.value(0, Problem::error({}, tr("a scorecard is a JSON object { … }")));
        m_jsonBroken = true;
        m_jsonStatus->setError(std::max(p.line, 1), std::max(p.column, 1), p.message.section(u"; fix the file"_s, 0, 0));
        validate();
        return;
    }
    m_jsonBroken = false;
    m_json = source.document.object();
    m_form->setJson(m_json);
    validate();
}

void ScorecardEditor::validate()
{
    Problems problems;
    const Scorecard scorecard = Scorecard::fromJson(m_json, &problems);
    problems.append(validateScorecard(scorecard, m_blueprints));
    if (scorecard.identifier != m_stored && m_taken.contains(scorecard.identifier))
        problems.prepend(Problem::error(u"$.identifier"_s, tr("a scorecard \"%1\" exists already; choose another identifier").arg(scorecard.identifier)));
    m_current = problems;
    m_form->setProblems(problems);
    m_problems->clear();
    for (const Problem &p : std::as_const(problems)) {
        auto *item = new QListWidgetItem((p.isError() ? u"● "_s : u"▲ "_s) + (p.path.isEmpty() ? p.message : p.path + u": "_s + p.message));
        item->setData(Qt::UserRole, p.path);
        item->setForeground(p.isError() ? formstyle::problemColor(palette()) : formstyle::warningColor(palette()));
        m_problems->addItem(item);
    }
    if (m_jsonBroken)
        m_problems->insertItem(0, tr("● JSON: %1").arg(m_jsonStatus->errorMessage()));
    m_problems->setVisible(m_problems->count() > 0);
    // As tall as its problems (up to four), so the form keeps the room.
    const int shown = std::clamp(m_problems->count(), 1, 4);
    m_problems->setFixedHeight(shown * std::max(m_problems->sizeHintForRow(0), 18) + 2 * m_problems->frameWidth() + 4);
    if (!m_jsonBroken) {
        // The first error in the JSON tab too, at its line.
        const Problem *first = nullptr;
        for (const Problem &p : std::as_const(problems))
            if (p.isError() && !first)
                first = &p;
        if (first) {
            const auto [line, column] = JsonLocator(m_jsonEditor->toPlainText().toUtf8()).position(first->path);
            m_jsonStatus->setError(std::max(line, 1), std::max(column, 1), first->path + u": "_s + first->message);
        } else {
            m_jsonStatus->clearError();
        }
    }
    const bool ok = !m_jsonBroken && !hasErrors(problems);
    m_save->setEnabled(ok);
    m_status->setText(ok ? tr("Ready to publish") : tr("Fix the problems to publish: %1").arg(firstProblem()));
    if (ok)
        m_whatIf->schedule(scorecard);
    else
        m_whatIf->stale(tr("What-if waits until the scorecard is valid."));
}

QString ScorecardEditor::firstProblem() const
{
    if (m_jsonBroken)
        return tr("JSON: %1").arg(m_jsonStatus->errorMessage());
    for (const Problem &p : m_current)
        if (p.isError())
            return p.path.isEmpty() ? p.message : p.path + u": "_s + p.message;
    return {};
}

QString ScorecardEditor::actor() const
{
    const QString user = QSettings().value(u"identity/user"_s).toString().trimmed();
    return user.isEmpty() ? qEnvironmentVariable("USER", u"editor"_s) : user;
}

bool ScorecardEditor::save()
{
    if (!m_save->isEnabled())
        return false;
    ScorecardStore scores(m_store.database());
    Problems problems = scores.save({m_json}, m_blueprints, actor(), Origin::UI);
    const QString identifier = m_json.value("identifier"_L1).toString();
    if (!hasErrors(problems) && !m_stored.isEmpty() && m_stored != identifier)
        problems.append(scores.remove(m_stored, actor(), Origin::UI)); // a rename: the old one goes
    if (hasErrors(problems)) {
        m_current = problems;
        m_status->setText(tr("Not saved: %1").arg(problems.constFirst().toString()));
        return false;
    }
    Q_EMIT saved(identifier);
    accept();
    return true;
}

} // namespace portolan
