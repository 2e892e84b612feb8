#pragma once

#include "paletteentry.h"

#include <QElapsedTimer>
#include <QFrame>

class QLineEdit;
class QListView;
class QLabel;

namespace portolan {

class PaletteModel;
class StoreLane;

// Ctrl+K: type to find entities (full text), blueprints and commands; arrows move, Enter opens,
// Escape closes. Entities are searched on a StoreLane; each keystroke supersedes the last search.
class CommandPalette final : public QFrame
{
    Q_OBJECT
public:
    explicit CommandPalette(StoreLane &lane, QWidget *parent);

    void setCatalogue(const QList<PaletteEntry> &entries);
    void popup();  // shows over the top of the parent window, focused and empty
    void search(const QString &text);
    QLineEdit *input() const { return m_input; }
    QListView *results() const { return m_results; }
    // How long the last entity search took from keystroke to results on screen.
    qint64 lastSearchMs() const { return m_lastSearchMs; }

Q_SIGNALS:
    void activated(const portolan::PaletteEntry &entry);
    void resultsShown(); // entity results of the latest text are on screen

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(int row);
    void place();

    StoreLane &m_lane;
    PaletteModel *m_model = nullptr;
    QLineEdit *m_input = nullptr;
    QListView *m_results = nullptr;
    QLabel *m_hint = nullptr;
    QElapsedTimer m_clock;
    qint64 m_lastSearchMs = -1;
};

} // namespace portolan
