#include "dashboardspage.h"

#include "catalog/myteams.h"
#include "dashboards/dashboardstore.h"
#include "dashboardview.h"
#include "designer/formstyle.h"
#include "drilldowndialog.h"
#include "scoring/initiative.h"
#include "scoring/scorecardstore.h"
#include "store/storelane.h"
#include "widgetframe.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

DashboardsPage::DashboardsPage(StoreLane &lane, CatalogStore &store, QWidget *parent)
    : QWidget(parent)
    , m_lane(lane)
    , m_store(store)
    , m_chooser(new QComboBox)
    , m_new(new QPushButton(tr("&New")))
    , m_readyMade(new QPushButton(tr("New from &ready-made…")))
    , m_duplicate(new QPushButton(tr("D&uplicate")))
    , m_delete(new QPushButton(tr("&Delete")))
    , m_json(new QToolButton)
    , m_export(new QToolButton)
    , m_edit(new QPushButton(tr("&Edit dashboard")))
    , m_title(new QLabel)
    , m_description(formstyle::messageLabel(u"dim"_s))
    , m_titleEdit(new QLineEdit)
    , m_descriptionEdit(new QLineEdit)
    , m_team(new QComboBox)
    , m_mine(new QCheckBox(tr("&My teams")))
    , m_window(new QComboBox)
    , m_editBar(new QWidget)
    , m_add(new QPushButton(tr("&Add widget…")))
    , m_save(new QPushButton(tr("&Save")))
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_empty(formstyle::messageLabel(u"dim"_s))
    , m_scroll(new QScrollArea)
    , m_view(new DashboardView(lane))
{
    m_chooser->setMinimumWidth(240);
    m_chooser->setAccessibleName(tr("Dashboard"));
    m_edit->setCheckable(true);
    m_delete->setToolTip(tr("Delete this dashboard; asks first"));
    m_json->setText(tr("JSON"));
    m_json->setPopupMode(QToolButton::InstantPopup);
    auto *jsonMenu = new QMenu(m_json);
    jsonMenu->addAction(tr("Import JSON…"), this, &DashboardsPage::importJsonClicked);
    jsonMenu->addAction(tr("Export JSON…"), this, &DashboardsPage::exportJsonClicked);
    m_json->setMenu(jsonMenu);
    m_export->setText(tr("Export ▾"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("PNG…"), this, [this] { exportImage(u"png"_s); });
    exportMenu->addAction(tr("PDF…"), this, [this] { exportImage(u"pdf"_s); });
    m_export->setMenu(exportMenu);

    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_titleEdit->setFont(big);
    m_titleEdit->setPlaceholderText(tr("Title"));
    m_descriptionEdit->setPlaceholderText(tr("Description"));
    m_description->setWordWrap(true);
    m_team->setAccessibleName(tr("Team filter"));
    m_team->setMinimumWidth(160);
    m_mine->setToolTip(tr("Only what your teams own (QSettings identity/user)"));
    m_window->addItem(tr("Widgets' own window"), 0);
    for (int days : {7, 30, 90, 180, 365})
        m_window->addItem(tr("Last %n day(s)", nullptr, days), days);
    m_window->setToolTip(tr("The window of the DORA widgets"));
    m_empty->setText(tr("No dashboards yet.\nNew makes an empty one; New from ready-made… starts from one of Portolan's."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_view);

    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(m_chooser);
    for (QPushButton *b : {m_new, m_readyMade, m_duplicate, m_delete})
        top->addWidget(b);
    top->addStretch(1);
    top->addWidget(m_json);
    top->addWidget(m_export);
    top->addWidget(m_edit);
    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(new QLabel(tr("Team:")));
    filters->addWidget(m_team);
    filters->addWidget(m_mine);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("DORA window:")));
    filters->addWidget(m_window);
    filters->addStretch(1);
    auto *editLayout = new QHBoxLayout(m_editBar);
    editLayout->setContentsMargins(0, 0, 0, 0);
    editLayout->addWidget(m_add);
    editLayout->addStretch(1);
    editLayout->addWidget(m_cancel);
    editLayout->addWidget(m_save);
    m_save->setDefault(true);
    m_editBar->hide();
    m_titleEdit->hide();
    m_descriptionEdit->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_title);
    layout->addWidget(m_titleEdit);
    layout->addWidget(m_description);
    layout->addWidget(m_descriptionEdit);
    layout->addLayout(filters);
    layout->addWidget(m_editBar);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_scroll, 1);

    connect(m_chooser, &QComboBox::activated, this, [this] { showDashboard(m_chooser->currentData().toString()); });
    connect(m_new, &QPushButton::clicked, this, &DashboardsPage::newDashboard);
    connect(m_readyMade, &QPushButton::clicked, this, &DashboardsPage::chooseReadyMade);
    connect(m_duplicate, &QPushButton::clicked, this, &DashboardsPage::duplicateDashboard);
    connect(m_delete, &QPushButton::clicked, this, &DashboardsPage::deleteDashboard);
    connect(m_edit, &QPushButton::toggled, this, [this](bool on) {
        if (on != m_editing)
            on ? setEditing(true) : cancelEditing();
    });
    connect(m_add, &QPushButton::clicked, this, &DashboardsPage::addWidget);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_cancel, &QPushButton::clicked, this, &DashboardsPage::cancelEditing);
    connect(m_team, &QComboBox::activated, this, &DashboardsPage::recomputeView);
    connect(m_mine, &QCheckBox::toggled, this, &DashboardsPage::recomputeView);
    connect(m_window, &QComboBox::activated, this, &DashboardsPage::recomputeView);
    connect(m_view, &DashboardView::openEntity, this, &DashboardsPage::openEntity);
    connect(m_view, &DashboardView::drillRequested, this, &DashboardsPage::openDrill);
    connect(m_view, &DashboardView::editRequested, this, &DashboardsPage::editWidget);
    connect(m_view, &DashboardView::removeRequested, this, &DashboardsPage::removeWidget);
    connect(m_view, &DashboardView::moveRequested, this, &DashboardsPage::moveWidget);
    updateButtons();
}

void DashboardsPage::refresh()
{
    const QString user = QSettings().value(u"identity/user"_s).toString().trimmed();
    m_lane.post(
        this, u"dashboards"_s,
        [user](CatalogStore &store) {
            Snapshot s;
            s.dashboards = DashboardStore(store.database()).dashboards();
            for (const Blueprint &bp : store.blueprints())
                s.blueprints.insert(bp.identifier, bp);
            for (const Scorecard &card : ScorecardStore(store.database()).scorecards())
                s.scorecards.append(card.identifier);
            for (const Initiative &initiative : InitiativeStore(store.database()).initiatives())
                s.initiatives.append(initiative.identifier);
            const QString teamBlueprint = s.blueprints.contains(u"_team"_s) ? u"_team"_s : u"team"_s;
            if (s.blueprints.contains(teamBlueprint))
                for (const Entity &team : store.entities(teamBlueprint))
                    s.teams.append({team.identifier, team.title.isEmpty() ? team.identifier : team.title});
            if (!user.isEmpty())
                s.myTeams = teamsOfUser(store, user);
            return s;
        },
        [this](const Snapshot &s) { present(s); });
}

void DashboardsPage::present(const Snapshot &s)
{
    m_dashboards = s.dashboards;
    m_blueprints = s.blueprints;
    m_scorecards = s.scorecards;
    m_initiatives = s.initiatives;
    m_myTeams = s.myTeams;
    const QString team = m_team->currentData().toString();
    m_team->clear();
    m_team->addItem(tr("All teams"), QString());
    for (const auto &[identifier, title] : s.teams)
        m_team->addItem(title, identifier);
    m_team->setCurrentIndex(std::max(0, m_team->findData(team)));
    m_mine->setEnabled(!m_myTeams.isEmpty());
    m_mine->setToolTip(m_myTeams.isEmpty() ? tr("Set who you are (identity/user) to filter by your teams")
                                           : tr("Only what %1 own").arg(m_myTeams.join(u", "_s)));
    rebuildChooser();
    if (!m_editing) {
        QString wanted = m_select.isEmpty() ? m_current.identifier : m_select;
        m_select.clear();
        const bool known = std::any_of(m_dashboards.cbegin(), m_dashboards.cend(), [&wanted](const Dashboard &d) { return d.identifier == wanted; });
        if (!known)
            wanted = m_dashboards.isEmpty() ? QString() : m_dashboards.constFirst().identifier;
        showDashboard(wanted);
    } else {
        recomputeView();
    }
    Q_EMIT loaded();
}

void DashboardsPage::rebuildChooser()
{
    const QSignalBlocker block(m_chooser);
    m_chooser->clear();
    for (const Dashboard &d : std::as_const(m_dashboards))
        m_chooser->addItem(d.title.isEmpty() ? d.identifier : d.title, d.identifier);
    m_chooser->setCurrentIndex(m_chooser->findData(m_current.identifier));
}

void DashboardsPage::showDashboard(const QString &identifier)
{
    if (m_editing)
        cancelEditing();
    m_current = Dashboard();
    for (const Dashboard &d : std::as_const(m_dashboards))
        if (d.identifier == identifier)
            m_current = d;
    if (m_current.identifier.isEmpty() && !identifier.isEmpty())
        m_select = identifier; // not loaded yet: the next refresh shows it
    {
        const QSignalBlocker block(m_chooser);
        m_chooser->setCurrentIndex(m_chooser->findData(m_current.identifier));
    }
    m_mine->setChecked(m_current.myTeams && m_mine->isEnabled());
    showCurrent();
}

void DashboardsPage::showCurrent()
{
    const bool any = !m_current.identifier.isEmpty();
    m_title->setText(m_current.title.isEmpty() ? m_current.identifier : m_current.title);
    m_description->setText(m_current.description);
    m_description->setVisible(!m_current.description.isEmpty() && !m_editing);
    m_title->setVisible(any && !m_editing);
    m_empty->setVisible(!any);
    m_scroll->setVisible(any);
    m_view->setDashboard(m_current, context(), m_window->currentData().toInt());
    m_view->setEditMode(m_editing);
    updateButtons();
}

void DashboardsPage::recomputeView()
{
    if (m_current.identifier.isEmpty())
        return;
    m_view->setDashboard(m_current, context(), m_window->currentData().toInt());
    m_view->setEditMode(m_editing);
}

WidgetContext DashboardsPage::context() const
{
    WidgetContext c;
    c.user = QSettings().value(u"identity/user"_s).toString().trimmed();
    c.myTeams = m_myTeams;
    c.now = QDateTime::currentDateTimeUtc();
    c.dashboardMyTeams = m_mine->isChecked();
    QJsonArray rules = m_current.filter.value("rules"_L1).toArray();
    if (const QString team = m_team->currentData().toString(); !team.isEmpty())
        rules.append(QJsonObject{{u"property"_s, u"$team"_s}, {u"operator"_s, u"contains"_s}, {u"value"_s, team}});
    if (!rules.isEmpty())
        c.dashboardFilter = QJsonObject{{u"combinator"_s, m_current.filter.value("combinator"_L1).toString(u"and"_s)}, {u"rules"_s, rules}};
    return c;
}

void DashboardsPage::updateButtons()
{
    const bool any = !m_current.identifier.isEmpty();
    m_chooser->setEnabled(!m_editing);
    for (QWidget *w : std::initializer_list<QWidget *>{m_new, m_readyMade, m_json})
        w->setEnabled(!m_editing);
    for (QWidget *w : std::initializer_list<QWidget *>{m_duplicate, m_delete})
        w->setEnabled(any && !m_editing);
    m_export->setEnabled(any);
    m_edit->setEnabled(any);
    {
        const QSignalBlocker block(m_edit);
        m_edit->setChecked(m_editing);
    }
    m_editBar->setVisible(m_editing);
    m_titleEdit->setVisible(m_editing);
    m_descriptionEdit->setVisible(m_editing);
}

void DashboardsPage::openDrill(const Drill &drill)
{
    if (drill.isEmpty())
        return;
    if (m_drillDown)
        m_drillDown->close();
    m_drillDown = new DrillDownDialog(m_lane, drill, this);
    m_drillDown->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_drillDown, &DrillDownDialog::openEntity, this, &DashboardsPage::openEntity);
    m_drillDown->open();
}

QString DashboardsPage::currentIdentifier() const
{
    return m_current.identifier;
}

QString DashboardsPage::actor() const
{
    const QString user = QSettings().value(u"identity/user"_s).toString().trimmed();
    return user.isEmpty() ? qEnvironmentVariable("USER", u"editor"_s) : user;
}

} // namespace portolan
