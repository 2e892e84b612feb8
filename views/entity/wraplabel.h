#pragma once

#include <QLabel>

namespace portolan {

// A word-wrapped label whose minimum is one short line. QLabel's own minimum is the height of
// its text wrapped at the longest word (a URL: many lines), which layouts inside a scroll area
// honour as extra, empty height; the real height comes from heightForWidth.
class WrapLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit WrapLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
};

} // namespace portolan
