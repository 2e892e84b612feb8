#pragma once

#include <QHeaderView>

namespace portolan {

// A table header that shows several sort keys (an arrow on each, with its rank when there are
// more than one) and asks for sorts: a click sorts by that column, Shift+click adds it as the
// next key. Sections can be dragged to reorder the columns.
class SortHeader final : public QHeaderView
{
    Q_OBJECT
public:
    explicit SortHeader(QWidget *parent = nullptr);

    // (logical section, ascending) in sort order.
    void setSortKeys(const QList<std::pair<int, bool>> &keys);

Q_SIGNALS:
    void sortRequested(int logicalIndex, bool addKey);

protected:
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QList<std::pair<int, bool>> m_keys;
    Qt::KeyboardModifiers m_pressModifiers;
};

} // namespace portolan
