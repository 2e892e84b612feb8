#include "formdialog.h"

#include "formstyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

FormDialog::FormDialog(QWidget *parent)
    : QDialog(parent)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
    , m_general(formstyle::messageLabel(u"problem"_s))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(18, 16, 18, 14);
    outer->setSpacing(12);
    m_body = new QVBoxLayout;
    m_body->setSpacing(14);
    outer->addLayout(m_body, 1);
    m_general->hide();
    outer->addWidget(m_general);
    outer->addWidget(m_buttons);
    okButton()->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
    // Enter in a multi-line editor is a new line; Ctrl+Enter still accepts.
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &FormDialog::accept);
    }
}

QPushButton *FormDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QFormLayout *FormDialog::addSection(const QString &title)
{
    auto *section = new QVBoxLayout;
    section->setSpacing(6);
    if (!title.isEmpty())
        section->addWidget(formstyle::sectionHeader(title));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(6);
    form->setContentsMargins(title.isEmpty() ? 0 : 12, 0, 0, 0);
    section->addLayout(form);
    m_body->addLayout(section);
    return form;
}

void FormDialog::addField(QFormLayout *form, const QString &label, QWidget *field, const QString &hint)
{
    // The problem and hint lines sit right under their field, inside its row, so the label
    // stays level with the field and hidden lines take no room.
    auto *row = new QWidget;
    auto *lines = new QVBoxLayout(row);
    lines->setContentsMargins(0, 0, 0, 0);
    lines->setSpacing(3);
    lines->addWidget(field);
    FieldLines fieldLines;
    fieldLines.label = QString(label).remove(u'&');
    fieldLines.form = form;
    fieldLines.row = row;
    fieldLines.problem = formstyle::messageLabel(u"problem"_s);
    fieldLines.problem->hide();
    lines->addWidget(fieldLines.problem);
    fieldLines.hint = formstyle::messageLabel(u"dim"_s);
    fieldLines.hint->setText(hint);
    fieldLines.hint->setVisible(!hint.isEmpty());
    lines->addWidget(fieldLines.hint);
    fieldLines.labelWidget = new QLabel(label + u':');
    fieldLines.labelWidget->setBuddy(field);
    // Level with the field's first line: as tall as a line edit (or the field, when smaller).
    static const int lineHeight = QLineEdit().sizeHint().height();
    fieldLines.labelWidget->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    fieldLines.labelWidget->setFixedHeight(qMin(field->sizeHint().height(), lineHeight));
    form->addRow(fieldLines.labelWidget, row);
    m_fieldOrder.append(field);
    m_tabStops.append(field);
    m_fields.insert(field, fieldLines);
    alignLabels();
}

void FormDialog::alignLabels()
{
    // One label column for all sections: fields start at the same x in every section.
    int width = 0;
    for (const FieldLines &lines : std::as_const(m_fields))
        width = qMax(width, lines.labelWidget->sizeHint().width());
    for (const FieldLines &lines : std::as_const(m_fields))
        lines.labelWidget->setMinimumWidth(width);
}

void FormDialog::addWide(QFormLayout *form, QWidget *widget)
{
    form->addRow(widget);
    m_tabStops.append(widget);
}

void FormDialog::addTabStop(QWidget *widget)
{
    m_tabStops.append(widget);
}

QList<QWidget *> FormDialog::tabStopsOf(QWidget *stop) const
{
    if (stop->focusPolicy() != Qt::NoFocus)
        return {stop};
    QList<QWidget *> parts;
    for (QWidget *child : stop->findChildren<QWidget *>()) {
        // Only the outermost focusable parts: a combo box brings its own line edit along.
        if (child->focusPolicy() == Qt::NoFocus)
            continue;
        const bool inner = std::any_of(parts.cbegin(), parts.cend(), [child](QWidget *p) { return p->isAncestorOf(child); });
        if (!inner)
            parts.append(child);
    }
    return parts;
}

void FormDialog::updateTabOrder()
{
    QList<QWidget *> chain;
    for (QWidget *stop : std::as_const(m_tabStops))
        chain.append(tabStopsOf(stop));
    chain.append(okButton());
    chain.append(m_buttons->button(QDialogButtonBox::Cancel));
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void FormDialog::showEvent(QShowEvent *event)
{
    updateTabOrder();
    QDialog::showEvent(event);
}

void FormDialog::setHint(QWidget *field, const QString &hint)
{
    const auto it = m_fields.constFind(field);
    if (it == m_fields.cend() || !it->hint)
        return;
    it->hint->setText(hint);
    it->hint->setVisible(!hint.isEmpty());
}

void FormDialog::setFieldVisible(QWidget *field, bool visible)
{
    const auto it = m_fields.find(field);
    if (it == m_fields.end() || it->visible == visible)
        return;
    it->visible = visible;
    it->form->setRowVisible(it->row, visible);
}

void FormDialog::setProblem(QWidget *field, const QString &reason)
{
    if (!reason.isEmpty() && !m_problems.contains(field))
        m_problems.insert(field, reason);
}

void FormDialog::setGeneralProblem(const QString &reason)
{
    m_generalProblem = reason;
    m_general->setText(reason);
    m_general->setVisible(!reason.isEmpty());
}

void FormDialog::revalidate()
{
    if (m_validating)
        return;
    m_validating = true;
    m_problems.clear();
    setGeneralProblem({}); // a refusal was about the input before this change
    validate();
    m_validating = false;
    showProblems();
}

void FormDialog::showProblems()
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString reason = m_problems.value(it.key());
        if (!it->problem)
            continue;
        it->problem->setText(reason);
        it->problem->setVisible(!reason.isEmpty());
    }
    const QString first = firstProblem();
    okButton()->setEnabled(first.isEmpty());
    okButton()->setToolTip(first);
}

QString FormDialog::firstProblem() const
{
    for (QWidget *field : m_fieldOrder) {
        const QString reason = m_problems.value(field);
        if (!reason.isEmpty())
            return m_fields.value(field).label + u": "_s + reason;
    }
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        if (!m_fields.contains(it.key()))
            return it.value();
    }
    return {};
}

QString FormDialog::problemOf(QWidget *field) const
{
    return m_problems.value(field);
}

void FormDialog::accept()
{
    revalidate();
    if (!firstProblem().isEmpty())
        return;
    if (!commit())
        return;
    QDialog::accept();
}

} // namespace portolan
