#include "overviewsection.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace portolan {

OverviewSection::OverviewSection(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(title))
    , m_form(new QFormLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    QFont font = m_heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_heading->setFont(font);
    layout->addWidget(m_heading);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Fields take the whole width, so word-wrapped values wrap at the column's edge, not at
    // QLabel's guess of a pleasant width.
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setHorizontalSpacing(24);
    m_form->setVerticalSpacing(8);
    layout->addLayout(m_form);
}

void OverviewSection::addRow(const QString &title, QWidget *value, bool empty, const QString &tooltip)
{
    auto *label = new QLabel(title);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setToolTip(tooltip);
    label->setBuddy(value);
    if (empty)
        m_emptyRows.append(m_rows);
    m_form->addRow(label, value);
    ++m_rows;
}

void OverviewSection::setHideEmpty(bool hide)
{
    for (const int row : std::as_const(m_emptyRows))
        m_form->setRowVisible(row, !hide);
    setVisible(m_rows > 0 && !(hide && isEmptySection()));
}

int OverviewSection::labelWidth() const
{
    int width = 0;
    for (int row = 0; row < m_rows; ++row) {
        if (QLayoutItem *item = m_form->itemAt(row, QFormLayout::LabelRole))
            width = std::max(width, item->widget()->sizeHint().width());
    }
    return width;
}

void OverviewSection::setLabelWidth(int width)
{
    for (int row = 0; row < m_rows; ++row) {
        if (QLayoutItem *item = m_form->itemAt(row, QFormLayout::LabelRole))
            item->widget()->setMinimumWidth(width);
    }
}

int OverviewSection::rowCount() const
{
    return m_rows;
}

} // namespace portolan
