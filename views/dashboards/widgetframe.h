#pragma once

#include "dashboards/dashboard.h"

#include <QFrame>

class QAction;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace portolan {

// One widget on a dashboard: its title, a "…" menu (Edit, Remove, Move left/right in edit mode;
// Drill down), the body (a chart, figure or table — "Computing…" until its data arrives, the
// problem when it failed) and a footnote saying how the figure was computed.
class WidgetFrame final : public QFrame
{
    Q_OBJECT
public:
    explicit WidgetFrame(const DashboardWidget &widget, QWidget *parent = nullptr);

    const DashboardWidget &widget() const { return m_widget; }
    QString id() const { return m_widget.id; }

    void setComputing();
    void setError(const QString &message);
    // Takes ownership of `body`.
    void setBody(QWidget *body, const QString &footnote);
    void setEditMode(bool editing, bool first, bool last);
    void setDrillable(bool drillable);

    QWidget *body() const { return m_body; }
    QString stateText() const; // "Computing…", the error, or "" once the body shows
    QLabel *footnote() const { return m_footnote; }
    QToolButton *menuButton() const { return m_menuButton; }

Q_SIGNALS:
    void editRequested(const QString &id);
    void removeRequested(const QString &id);
    void moveRequested(const QString &id, int delta);
    void drillRequested(const QString &id);

private:
    void replaceBody(QWidget *body);

    DashboardWidget m_widget;
    QLabel *m_title = nullptr;
    QToolButton *m_menuButton = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_left = nullptr;
    QAction *m_right = nullptr;
    QAction *m_drill = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_state = nullptr;
    QPalette m_statePalette; // the dim one, back after an error
    QLabel *m_footnote = nullptr;
};

// How tall a widget's body wants to be, by type (numbers are short, tables and charts tall).
int widgetBodyHeight(const DashboardWidget &widget);

} // namespace portolan
