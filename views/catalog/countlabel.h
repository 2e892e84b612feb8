#pragma once

#include <QLabel>

namespace portolan {

// "12,345 deployments · filtered from 690,000" — a table's size as it becomes known.
class CountLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit CountLabel(QWidget *parent = nullptr);

    // `count` matching rows of `all` (either -1 while unknown) of a blueprint titled `title`.
    void setCounts(qint64 count, qint64 all, const QString &title);

    // "deployments" for "Deployment" (English plural of the blueprint's title).
    static QString noun(const QString &title, qint64 count);
};

} // namespace portolan
