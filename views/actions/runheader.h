#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace portolan {

struct ActionRun;
struct NameDirectory;

// The top of a run page: the action's title, the status chip, the backend's status label, and a
// line of facts — the entity it ran on (a link), who, when, how long, the external run id.
class RunHeader final : public QWidget
{
    Q_OBJECT
public:
    explicit RunHeader(QWidget *parent = nullptr);

    // `entityTitle`: the title of the run's entity ("" for CREATE runs); `now` for open runs' durations.
    void setRun(const ActionRun &run, const NameDirectory &names, const QString &entityTitle, const QDateTime &now);
    void setMissing(const QString &runId);

Q_SIGNALS:
    void linkActivated(const QString &url);

private:
    void setChip(const QString &text, const QString &color);

    QLabel *m_title = nullptr;
    QHBoxLayout *m_chipSlot = nullptr;
    QLabel *m_label = nullptr;
    QLabel *m_meta = nullptr;
    QString m_chipKey;
};

} // namespace portolan
