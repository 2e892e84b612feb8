#pragma once

#include "actions/actionrun.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTextEdit;
class QPushButton;

namespace portolan {

// A run's log: monospaced lines with their times, appended as they arrive. It follows the end
// while the user is there; once they scroll up it stays put until they scroll back down.
class RunLogView final : public QWidget
{
    Q_OBJECT
public:
    explicit RunLogView(QWidget *parent = nullptr);

    void clear();
    void append(const QList<RunLogLine> &lines);
    // "● Live" while the page polls for lines.
    void setLive(bool live);

    QString text() const; // every line as "HH:mm:ss  message", as "Copy log" copies it
    int lineCount() const { return int(m_lines.size()); }
    QTextEdit *editor() const { return m_editor; }
    QPushButton *copyButton() const { return m_copy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void appendToEditor(const RunLogLine &line);
    void rerender();
    void updateCount();

    QTextEdit *m_editor = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_live = nullptr;
    QPushButton *m_copy = nullptr;
    QList<RunLogLine> m_lines;
};

} // namespace portolan
