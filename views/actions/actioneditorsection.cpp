#include "actioneditorsection.h"

#include "actioneditordocument.h"
#include "designer/formstyle.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
int nextSectionKey()
{
    static int key = 0;
    return (++key & 0x3f) * 64;
}
} // namespace

ActionEditorSection::ActionEditorSection(ActionEditorDocument &document, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_body(new QVBoxLayout(this))
    , m_sectionKey(nextSectionKey())
{
    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->setSpacing(6);
    m_body->addWidget(formstyle::sectionHeader(title));
}

QFormLayout *ActionEditorSection::addForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    form->setContentsMargins(12, 0, 0, 0);
    m_body->addLayout(form);
    return form;
}

ActionEditorSection::Lines &ActionEditorSection::lines(QWidget *field, QFormLayout *form, const QString &label)
{
    // The problem and hint lines sit right under their field, inside its row, so the label
    // stays level with the field and hidden lines take no room.
    auto *row = new QWidget;
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(field);
    Lines entry;
    entry.label = QString(label).remove(u'&');
    entry.form = form;
    entry.row = row;
    entry.index = int(m_order.size());
    entry.problem = formstyle::messageLabel(u"problem"_s);
    entry.problem->hide();
    layout->addWidget(entry.problem);
    entry.hint = formstyle::messageLabel(u"dim"_s);
    entry.hint->hide();
    layout->addWidget(entry.hint);
    m_order.append(field);
    return *m_lines.insert(field, entry);
}

void ActionEditorSection::addField(QFormLayout *form, const QString &label, QWidget *field, const QStringList &paths,
                                 const QString &hint)
{
    Lines &entry = lines(field, form, label);
    entry.labelWidget = new QLabel(label + u':');
    entry.labelWidget->setBuddy(field);
    static const int lineHeight = QLineEdit().sizeHint().height();
    entry.labelWidget->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    entry.labelWidget->setFixedHeight(qMin(field->sizeHint().height(), lineHeight));
    setHint(field, hint);
    form->addRow(entry.labelWidget, entry.row);
    for (const QString &path : paths)
        m_targets.append({path, field});
}

void ActionEditorSection::addWide(QFormLayout *form, QWidget *widget, const QStringList &paths)
{
    Lines &entry = lines(widget, form, widget->accessibleName());
    form->addRow(entry.row);
    for (const QString &path : paths)
        m_targets.append({path, widget});
}

int ActionEditorSection::labelWidth() const
{
    int width = 0;
    for (const Lines &entry : m_lines)
        if (entry.labelWidget)
            width = qMax(width, entry.labelWidget->sizeHint().width());
    return width;
}

void ActionEditorSection::setLabelWidth(int width)
{
    for (const Lines &entry : std::as_const(m_lines))
        if (entry.labelWidget)
            entry.labelWidget->setMinimumWidth(width);
}

void ActionEditorSection::setFieldVisible(QWidget *field, bool visible)
{
    const auto it = m_lines.constFind(field);
    if (it != m_lines.cend())
        it->form->setRowVisible(it->row, visible);
}

void ActionEditorSection::setHint(QWidget *field, const QString &hint)
{
    const auto it = m_lines.constFind(field);
    if (it == m_lines.cend() || !it->hint)
        return;
    it->hint->setText(hint);
    it->hint->setVisible(!hint.isEmpty());
}

void ActionEditorSection::setLocalProblem(QWidget *field, const QString &reason)
{
    if (m_local.value(field) == reason)
        return;
    if (reason.isEmpty())
        m_local.remove(field);
    else
        m_local.insert(field, reason);
    showLines(field);
    Q_EMIT localProblemsChanged();
}

void ActionEditorSection::showProblems(const QHash<QWidget *, QStringList> &reasons)
{
    m_routed.clear();
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        if (m_lines.contains(it.key()))
            m_routed.insert(it.key(), it.value());
    for (QWidget *field : std::as_const(m_order))
        showLines(field);
}

void ActionEditorSection::showLines(QWidget *field)
{
    const auto it = m_lines.constFind(field);
    if (it == m_lines.cend() || !it->problem)
        return;
    const QString text = problemOf(field);
    it->problem->setText(text);
    it->problem->setVisible(!text.isEmpty());
}

QString ActionEditorSection::problemOf(QWidget *field) const
{
    if (m_local.contains(field))
        return m_local.value(field);
    QStringList reasons = m_routed.value(field);
    if (reasons.size() > 3)
        reasons = reasons.mid(0, 3) << tr("… and %n more", nullptr, int(reasons.size() - 3));
    return reasons.join(u'\n');
}

QStringList ActionEditorSection::localProblems() const
{
    QStringList out;
    for (QWidget *field : m_order)
        if (m_local.contains(field))
            out.append(m_lines.value(field).label + u": "_s + m_local.value(field));
    return out;
}

void ActionEditorSection::set(const QString &text, const QStringList &keys, const QJsonValue &value, QWidget *field)
{
    if (m_loading)
        return;
    const int index = m_sectionKey + int(m_lines.value(field).index);
    m_document.set(text, keys, value, m_document.sessionKey(index));
}

} // namespace portolan
