#pragma once

#include "actions/actionrun.h"
#include "catalog/namedirectory.h"

#include <QHash>
#include <QWidget>
#include <optional>
#include <utility>

class QScrollArea;
class QSplitter;
class QTimer;

namespace portolan {

class RunApprovalBox;
class RunDetails;
class RunHeader;
class RunLogView;
class StoreLane;
struct RunSnapshot;

// One run: header, approval, links, summary, inputs, touched entities and the log, read on the
// lane. While the run is open (and the page shown) it polls every 500 ms for new log lines and
// status changes; a terminal run stops polling. The window also calls refresh() when the run API
// reports a change, and carries out what the page requests (open entity, approve, decline, cancel).
class RunPage final : public QWidget
{
    Q_OBJECT
public:
    explicit RunPage(StoreLane &lane, QWidget *parent = nullptr);

    void showRun(const QString &runId);
    // Fetches what changed since the last load (new log lines, status, links, entities).
    void refresh();

    QString runId() const { return m_runId; }
    // The run as last loaded (nullopt before it arrives, or when there is no such run).
    const std::optional<ActionRun> &run() const { return m_run; }
    bool isLoading() const { return m_loading; }
    bool isPolling() const;
    RunLogView *logView() const { return m_log; }
    RunApprovalBox *approvalBox() const { return m_approval; }

Q_SIGNALS:
    void entityRequested(const QString &blueprint, const QString &identifier);
    void decisionRequested(const QString &runId, bool approve, const QString &reason);
    void cancelRequested(const QString &runId);
    void loaded();  // showRun's data is on screen
    void updated(); // after every load or poll that arrived

protected:
    void showEvent(QShowEvent *event) override;

private:
    void poll();
    void apply(const RunSnapshot &snapshot);
    void openLink(const QString &url);
    void decide(bool approve);
    QString currentUser() const;

    StoreLane &m_lane;
    RunHeader *m_header = nullptr;
    RunApprovalBox *m_approval = nullptr;
    RunDetails *m_details = nullptr;
    QScrollArea *m_detailsScroll = nullptr;
    RunLogView *m_log = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_timer = nullptr;

    QString m_runId;
    std::optional<ActionRun> m_run;
    NameDirectory m_names;
    QList<std::pair<QString, QString>> m_inputTitles;
    QHash<QString, QString> m_titles;
    qint64 m_lastSeq = 0;
    bool m_loading = false;
    bool m_busy = false;  // a poll is on the lane
    bool m_again = false; // refresh() asked while it was
};

} // namespace portolan
