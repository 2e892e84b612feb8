#include "designerpage.h"

#include "design/modeldraft.h"
#include "designer/blueprinteditor.h"
#include "designer/blueprintform.h"
#include "designer/designdocument.h"
#include "designer/impactdialog.h"
#include "designer/migrationsdialog.h"
#include "designer/modelcanvas.h"
#include "designer/newblueprintdialog.h"
#include "designer/templatedialog.h"
#include "store/storelane.h"

#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

DesignerPage::DesignerPage(StoreLane &lane, QWidget *parent)
    : QWidget(parent)
    , m_lane(lane)
    , m_document(new DesignDocument(this))
{
    m_canvas = new ModelCanvas(*m_document);
    m_canvas->setPortalFile(lane.path());
    m_editor = new BlueprintEditor(*m_document, lane);
    m_splitter = new QSplitter;
    m_splitter->addWidget(m_canvas);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->restoreState(QSettings().value(u"designer/splitter"_s).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(u"designer/splitter"_s, m_splitter->saveState()); });
    m_status = new QLabel;
    m_status->setTextFormat(Qt::PlainText);
    m_status->setContentsMargins(8, 0, 8, 0);
    buildToolbar();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_splitter, 1);

    connect(m_document, &DesignDocument::changed, this, &DesignerPage::updateStatus);
    connect(m_canvas, &ModelCanvas::blueprintActivated, this, [this](const QString &identifier) {
        m_document->select(identifier);
        m_editor->setCurrentWidget(m_editor->form());
        m_editor->form()->setFocus();
    });
    connect(m_canvas, &ModelCanvas::relationCreated, this, [this](const QString &source, const QString &relation) {
        m_document->select(source);
        m_editor->setCurrentWidget(m_editor->form());
        m_editor->form()->editRelation(relation);
    });
    connect(m_canvas, &ModelCanvas::newBlueprintRequested, this, &DesignerPage::newBlueprint);
    updateStatus();
}

QAction *DesignerPage::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

void DesignerPage::buildToolbar()
{
    m_toolbar = new QToolBar;
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto add = [this](const QString &name, const QString &text, const QKeySequence &key, auto slot) {
        QAction *a = m_toolbar->addAction(text);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (!key.isEmpty())
            a->setToolTip(u"%1 (%2)"_s.arg(QString(text).remove(u'&').remove(u"…"_s), key.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    add(u"newBlueprint"_s, tr("New blueprint…"), QKeySequence(Qt::CTRL | Qt::Key_N), [this] { newBlueprint(); });
    add(u"templates"_s, tr("Templates…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), [this] { openTemplates(); });
    m_toolbar->addSeparator();
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setObjectName(u"undo"_s);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setObjectName(u"redo"_s);
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_toolbar->addAction(undo);
    m_toolbar->addAction(redo);
    m_toolbar->addSeparator();
    // The canvas's own commands share one menu button: the toolbar keeps room for Apply.
    auto *canvasMenu = new QMenu(this);
    const auto addTo = [this, canvasMenu](const QString &name, const QString &text, const QKeySequence &key, auto slot) {
        QAction *a = canvasMenu->addAction(text);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a); // shortcuts work while the menu is closed
        connect(a, &QAction::triggered, this, slot);
    };
    addTo(u"fit"_s, tr("Fit to window"), QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_canvas->fit(); });
    addTo(u"zoomIn"_s, tr("Zoom in"), QKeySequence::ZoomIn, [this] { m_canvas->zoomIn(); });
    addTo(u"zoomOut"_s, tr("Zoom out"), QKeySequence::ZoomOut, [this] { m_canvas->zoomOut(); });
    addTo(u"relayout"_s, tr("Automatic layout"), {}, [this] { m_canvas->relayout(); });
    canvasMenu->addSeparator();
    addTo(u"exportCanvas"_s, tr("Export as PNG or SVG…"), {}, [this] { exportCanvas(); });
    auto *canvasButton = new QToolButton;
    canvasButton->setText(tr("Canvas"));
    canvasButton->setMenu(canvasMenu);
    canvasButton->setPopupMode(QToolButton::InstantPopup);
    m_toolbar->addWidget(canvasButton);
    add(u"migrations"_s, tr("Migrations…"), {}, [this] { showMigrations(); });
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolbar->addWidget(spacer);
    m_toolbar->addWidget(m_status);
    add(u"discard"_s, tr("Discard"), {}, [this] { discard(); });
    QAction *review = add(u"review"_s, tr("Review and apply…"), QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { this->review(); });
    QFont bold = review->font();
    bold.setBold(true);
    review->setFont(bold);
}

void DesignerPage::refresh()
{
    reload(true);
}

void DesignerPage::reload(bool keepDraft)
{
    m_lane.post(this, u"designer"_s, [](CatalogStore &store) { return store.blueprints(); },
                [this, keepDraft](const QList<Blueprint> &stored) {
                    // Unapplied edits survive a refresh; applying or discarding starts from the store.
                    if (!keepDraft || !m_document->draft().isModified())
                        m_document->reset(ModelDraft::fromBlueprints(stored));
                    Q_EMIT loaded();
                });
}

void DesignerPage::updateStatus()
{
    const ModelDraft &draft = m_document->draft();
    const Problems problems = draft.validate();
    qsizetype errors = 0;
    QStringList details;
    for (const Problem &p : problems) {
        if (!p.isError())
            continue;
        ++errors;
        if (details.size() < 12)
            details.append(u"%1 %2: %3"_s.arg(p.file, p.path, p.message));
    }
    const qsizetype changes = draft.created().size() + draft.changed().size() + draft.removed().size();
    QString text;
    if (!draft.isModified())
        text = tr("No changes");
    else
        text = tr("%n blueprint(s) changed", nullptr, int(changes))
            + (draft.steps().isEmpty() ? QString() : tr(" · %n data step(s)", nullptr, int(draft.steps().size())));
    if (errors > 0)
        text += tr(" · %n problem(s)", nullptr, int(errors));
    m_status->setText(text);
    m_status->setToolTip(details.join(u'\n'));
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, errors > 0 ? QColor(0xc0, 0x39, 0x2b) : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
    action(u"review"_s)->setEnabled(draft.isModified());
    action(u"discard"_s)->setEnabled(draft.isModified());
}

void DesignerPage::newBlueprint()
{
    NewBlueprintDialog dialog(*m_document, this);
    dialog.exec();
}

void DesignerPage::openTemplates()
{
    TemplateDialog dialog(*m_document, this);
    dialog.exec();
}

void DesignerPage::exportCanvas()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export data model"), dir + u"/data-model.svg"_s,
                                                      tr("SVG image (*.svg);;PNG image (*.png)"));
    if (!path.isEmpty() && !m_canvas->exportTo(path))
        QMessageBox::warning(this, tr("Export data model"), tr("Could not write %1.").arg(path));
}

void DesignerPage::showMigrations()
{
    MigrationsDialog dialog(m_lane, this);
    dialog.exec();
}

void DesignerPage::discard()
{
    if (QMessageBox::question(this, tr("Discard changes"), tr("Forget every change made since the last apply?"),
                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Discard)
        return;
    reload(false);
}

ImpactDialog *DesignerPage::createReview()
{
    return new ImpactDialog(m_lane, m_document->draft(), actor(), this);
}

void DesignerPage::review()
{
    std::unique_ptr<ImpactDialog> dialog(createReview());
    connect(dialog.get(), &ImpactDialog::entityRequested, this, [this, d = dialog.get()](const EntityKey &key) {
        d->reject();
        Q_EMIT entityRequested(key);
    });
    if (dialog->exec() != QDialog::Accepted)
        return;
    Q_EMIT applied(dialog->changes());
    reload(false);
}

QString DesignerPage::actor() const
{
    const QString user = QSettings().value(u"identity/user"_s).toString();
    return user.isEmpty() ? qEnvironmentVariable("USER", u"designer"_s) : user;
}

} // namespace portolan
