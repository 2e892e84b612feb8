#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;

namespace portolan {

// A titled group of "label: value" rows on the overview. Rows added as empty hide with
// setHideEmpty(true); a section whose rows are all hidden hides itself.
class OverviewSection final : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewSection(const QString &title, QWidget *parent = nullptr);

    void addRow(const QString &title, QWidget *value, bool empty, const QString &tooltip = {});
    void setHideEmpty(bool hide);
    int rowCount() const;
    // The widest row title; sections share one width so that their values line up.
    int labelWidth() const;
    void setLabelWidth(int width);
    bool isEmptySection() const { return m_rows == m_emptyRows.size(); }

private:
    QLabel *m_heading = nullptr;
    QFormLayout *m_form = nullptr;
    QList<int> m_emptyRows;
    int m_rows = 0;
};

} // namespace portolan
