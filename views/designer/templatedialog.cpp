#include "templatedialog.h"

#include "designer/designdocument.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

constexpr int kDescriptionRole = Qt::UserRole + 1;
constexpr int kPadding = 8;

// A template in the list: its title in bold over its description, wrapped.
class TemplateItemDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
        const QRect box = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
        painter->save();
        painter->setFont(titleFont(option.font));
        painter->setPen(option.palette.color(textRole));
        const QRect titleRect = painter->boundingRect(box, Qt::TextWordWrap, index.data().toString());
        painter->drawText(box, Qt::TextWordWrap, index.data().toString());
        painter->setFont(option.font);
        QColor dim = option.palette.color(textRole);
        dim.setAlphaF(selected ? 0.85f : 0.65f);
        painter->setPen(dim);
        painter->drawText(box.adjusted(0, titleRect.height() + 2, 0, 0), Qt::TextWordWrap,
                          index.data(kDescriptionRole).toString());
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int width = (option.widget ? option.widget->width() : 260) - 2 * kPadding - 4;
        const QRect bounds(0, 0, std::max(width, 80), 10000);
        const int title = QFontMetrics(titleFont(option.font)).boundingRect(bounds, Qt::TextWordWrap, index.data().toString()).height();
        const int description =
            QFontMetrics(option.font).boundingRect(bounds, Qt::TextWordWrap, index.data(kDescriptionRole).toString()).height();
        return {width, title + 2 + description + 2 * kPadding};
    }

private:
    static QFont titleFont(QFont font)
    {
        font.setBold(true);
        return font;
    }
};

// Readable on both light and dark backgrounds.
QColor kindColor(MergeLine::Kind kind, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (kind) {
    case MergeLine::Kind::New: return dark ? QColor(0x5f, 0xd3, 0x8d) : QColor(0x1e, 0x7e, 0x45);
    case MergeLine::Kind::Extended: return dark ? QColor(0x6c, 0xa8, 0xff) : QColor(0x1f, 0x5f, 0xc4);
    case MergeLine::Kind::Conflict: return dark ? QColor(0xff, 0xb0, 0x4d) : QColor(0xb3, 0x5c, 0x00);
    case MergeLine::Kind::Same: break;
    }
    return palette.color(QPalette::Disabled, QPalette::Text);
}

QString outcome(const MergeLine &line)
{
    const QString added = line.addedSummary();
    switch (line.kind) {
    case MergeLine::Kind::New:
        return added.isEmpty() ? TemplateDialog::tr("New") : TemplateDialog::tr("New · %1").arg(added);
    case MergeLine::Kind::Extended: return TemplateDialog::tr("Extends · %1").arg(added);
    case MergeLine::Kind::Same: return TemplateDialog::tr("Same · nothing to add");
    case MergeLine::Kind::Conflict:
        return added.isEmpty() ? TemplateDialog::tr("Conflicts (%1)").arg(line.conflicts.size())
                               : TemplateDialog::tr("Conflicts (%1) · %2").arg(line.conflicts.size()).arg(added);
    }
    return {};
}

} // namespace

TemplateDialog::TemplateDialog(DesignDocument &document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_list(new QListWidget(this))
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_preview(new QTreeWidget(this))
{
    setWindowTitle(tr("Apply a data-model template"));
    m_list->setItemDelegate(new TemplateItemDelegate(m_list));
    m_list->setFixedWidth(280);
    m_list->setWordWrap(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_preview->setColumnCount(2);
    m_preview->setHeaderLabels({tr("Blueprint"), tr("What happens")});
    m_preview->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_preview->header()->setStretchLastSection(true);
    m_preview->setFocusPolicy(Qt::NoFocus); // arrows stay with the template list
    m_preview->setRootIsDecorated(true);
    m_preview->setUniformRowHeights(false);
    m_preview->setWordWrap(true);

    auto *right = new QVBoxLayout;
    right->addWidget(m_heading);
    right->addWidget(m_preview, 1);
    right->addWidget(m_summary);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list);
    columns->addLayout(right, 1);

    auto *buttons = new QDialogButtonBox(this);
    auto *open = new QPushButton(tr("Open template file…"), this);
    m_apply = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_apply->setDefault(true);
    open->setAutoDefault(false);
    connect(open, &QPushButton::clicked, this, &TemplateDialog::openFile);
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(open);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showPreview(); });
    {
        const QSignalBlocker quiet(m_list); // one preview, for the first template, not one per template
        for (const ModelTemplate &t : builtInTemplates())
            addTemplate(t);
    }
    m_list->setCurrentRow(-1);
    m_list->setCurrentRow(0);
    m_list->setFocus();
    resize(940, 580);
}

void TemplateDialog::addTemplate(const ModelTemplate &t)
{
    m_templates.append(t);
    auto *item = new QListWidgetItem(t.title, m_list);
    item->setData(kDescriptionRole, t.description);
    item->setToolTip(t.description);
    m_list->setCurrentItem(item);
}

void TemplateDialog::selectTemplate(const QString &identifier)
{
    for (qsizetype i = 0; i < m_templates.size(); ++i) {
        if (m_templates.at(i).identifier == identifier)
            m_list->setCurrentRow(int(i));
    }
}

void TemplateDialog::showPreview()
{
    m_preview->clear();
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_templates.size()) {
        m_merge = {};
        m_heading->clear();
        m_summary->clear();
        m_apply->setEnabled(false);
        return;
    }
    const ModelTemplate &t = m_templates.at(row);
    m_merge = mergeTemplate(m_document.draft(), t);
    m_heading->setText(u"<b>%1</b><br>%2"_s.arg(t.title.toHtmlEscaped(), t.description.toHtmlEscaped()));

    const QPalette pal = palette(); // the dialog's is current in its PaletteChange; the tree's may not be yet
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QColor dim = pal.color(QPalette::Text);
    dim.setAlphaF(0.7f);
    for (const MergeLine &line : m_merge.lines) {
        auto *item = new QTreeWidgetItem(m_preview, {line.blueprint, outcome(line)});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setForeground(1, kindColor(line.kind, pal));
        for (const QString &conflict : line.conflicts) {
            // "service.tier: template says …, portal keeps …" reads better under "service" as two lines.
            QString text = conflict.startsWith(line.blueprint + u'.') ? conflict.mid(line.blueprint.size() + 1) : conflict;
            text.replace(u", portal keeps "_s, u"\n"_s + tr("portal keeps") + u' ');
            auto *child = new QTreeWidgetItem(item, {text});
            child->setIcon(0, warning);
            child->setForeground(0, kindColor(MergeLine::Kind::Conflict, pal));
            child->setToolTip(0, conflict);
            child->setFirstColumnSpanned(true);
        }
        for (const QString &added : line.added) {
            auto *child = new QTreeWidgetItem(item, {u"+ "_s + added});
            child->setForeground(0, dim);
            child->setFirstColumnSpanned(true);
        }
        // Conflicts and extensions are what needs reading; new blueprints are all new.
        item->setExpanded(line.kind == MergeLine::Kind::Conflict || line.kind == MergeLine::Kind::Extended);
    }

    const bool changes = m_merge.changesDraft();
    QString summary = m_merge.summary() + u'.';
    if (std::any_of(m_merge.lines.begin(), m_merge.lines.end(), [](const MergeLine &l) { return !l.conflicts.isEmpty(); }))
        summary += u' ' + tr("Where the portal defines a field otherwise, it keeps its own definition.");
    if (!changes)
        summary += u' ' + tr("The portal has all of this template already.");
    m_summary->setText(summary);
    m_apply->setEnabled(changes);
    m_apply->setToolTip(changes ? tr("Adds this to the draft as one step you can undo; nothing is stored until you apply the model")
                                : tr("Nothing to add"));
}

void TemplateDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_apply)
        showPreview(); // its colours are made for the palette
}

bool TemplateDialog::apply()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_templates.size() || !m_merge.changesDraft())
        return false;
    const ModelTemplate t = m_templates.at(row);
    const QString refusal = m_document.edit(tr("Apply template %1").arg(t.title), [t](ModelDraft &draft) {
        draft = mergeTemplate(draft, t).result;
        return QString();
    });
    if (!refusal.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), refusal);
        return false;
    }
    accept();
    return true;
}

void TemplateDialog::openFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open template"), {}, tr("Templates (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    Problems problems;
    const std::optional<ModelTemplate> t = loadTemplate(file, &problems);
    if (!t) {
        QStringList lines;
        for (const Problem &p : problems.mid(0, 12))
            lines.append(p.toString());
        if (problems.size() > 12)
            lines.append(tr("… and %1 more").arg(problems.size() - 12));
        QMessageBox::warning(this, tr("Template not loaded"),
                             tr("%1 is not a template Portolan can apply:\n\n%2").arg(file, lines.join(u'\n')));
        return;
    }
    addTemplate(*t);
}

} // namespace portolan
