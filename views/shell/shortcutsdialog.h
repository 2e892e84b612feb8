#pragma once

#include <QDialog>

namespace portolan {

// F1: every keyboard shortcut of the window, read from its actions (so the list cannot go stale).
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window);
};

} // namespace portolan
