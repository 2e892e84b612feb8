// DashboardsPage's commands: new, ready-made, duplicate, delete, edit mode, import and export.
#include "dashboardspage.h"
#include "widgets/confirmdelete.h"

#include "importing/definitionsfile.h"

#include "dashboardexport.h"
#include "dashboards/dashboardstore.h"
#include "dashboardview.h"
#include "widgeteditordialog.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace portolan {

QString DashboardsPage::uniqueIdentifier(const QString &base) const
{
    QStringList taken;
    for (const Dashboard &d : m_dashboards)
        taken.append(d.identifier);
    QString identifier = base;
    for (int n = 2; taken.contains(identifier); ++n)
        identifier = base + u'_' + QString::number(n);
    return identifier;
}

Problems DashboardsPage::write(const Dashboard &dashboard)
{
    const Problems problems = DashboardStore(m_store.database())
                                  .save({dashboard.toJson()}, m_blueprints, m_scorecards, m_initiatives, actor(), Origin::UI);
    if (hasErrors(problems))
        QMessageBox::warning(this, tr("Save dashboard"), problems.constFirst().toString());
    return problems;
}

void DashboardsPage::newDashboard()
{
    if (m_editing)
        cancelEditing();
    Dashboard d;
    d.identifier = uniqueIdentifier(u"dashboard"_s);
    d.title = tr("New dashboard");
    m_current = d;
    showCurrent();
    setEditing(true);
}

void DashboardsPage::chooseReadyMade()
{
    const QList<Dashboard> ready = readyMadeDashboards();
    QStringList titles;
    for (const Dashboard &d : ready)
        titles.append(d.title.isEmpty() ? d.identifier : d.title);
    if (titles.isEmpty()) {
        QMessageBox::information(this, tr("New from ready-made"), tr("No ready-made dashboards are installed."));
        return;
    }
    bool ok = false;
    const QString title = QInputDialog::getItem(this, tr("New from ready-made"), tr("Start from:"), titles, 0, false, &ok);
    if (ok)
        newFromReadyMade(ready.at(titles.indexOf(title)).identifier);
}

void DashboardsPage::newFromReadyMade(const QString &identifier)
{
    for (Dashboard d : readyMadeDashboards())
        if (d.identifier == identifier) {
            d.identifier = uniqueIdentifier(identifier);
            if (hasErrors(write(d)))
                return;
            m_select = d.identifier;
            refresh();
            Q_EMIT changed();
            return;
        }
}

void DashboardsPage::duplicateDashboard()
{
    if (m_current.identifier.isEmpty())
        return;
    Dashboard d = m_current;
    d.identifier = uniqueIdentifier(m_current.identifier + u"_copy"_s);
    d.title = tr("%1 (copy)").arg(m_current.title);
    if (hasErrors(write(d)))
        return;
    m_select = d.identifier;
    refresh();
    Q_EMIT changed();
}

bool DashboardsPage::deleteDashboard()
{
    if (m_current.identifier.isEmpty())
        return false;
    if (!confirmDelete(this, tr("Delete dashboard"), tr("Delete the dashboard \"%1\"?").arg(m_current.title),
                       tr("Its widgets go with it. The audit log keeps its definition.")))
        return false;
    const Problems problems = DashboardStore(m_store.database()).remove(m_current.identifier, actor(), Origin::UI);
    if (hasErrors(problems)) {
        QMessageBox::warning(this, tr("Delete dashboard"), problems.constFirst().toString());
        return false;
    }
    m_current = Dashboard();
    refresh();
    Q_EMIT changed();
    return true;
}

void DashboardsPage::setEditing(bool editing)
{
    if (m_current.identifier.isEmpty())
        editing = false;
    m_editing = editing;
    if (editing) {
        m_titleEdit->setText(m_current.title);
        m_descriptionEdit->setText(m_current.description);
    }
    showCurrent();
}

void DashboardsPage::addWidget()
{
    editWidget(QString());
}

void DashboardsPage::editWidget(const QString &id)
{
    if (!m_editing)
        setEditing(true);
    int index = -1;
    for (int i = 0; i < m_current.widgets.size(); ++i)
        if (m_current.widgets.at(i).id == id)
            index = i;
    WidgetEditorDialog editor(m_current, index, m_blueprints, m_scorecards, m_initiatives, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    m_current.widgets = editor.result().widgets;
    recomputeView();
}

void DashboardsPage::removeWidget(const QString &id)
{
    m_current.widgets.removeIf([&id](const DashboardWidget &w) { return w.id == id; });
    recomputeView();
}

void DashboardsPage::moveWidget(const QString &id, int delta)
{
    for (int i = 0; i < m_current.widgets.size(); ++i)
        if (m_current.widgets.at(i).id == id) {
            const int to = i + delta;
            if (to >= 0 && to < m_current.widgets.size())
                m_current.widgets.move(i, to);
            break;
        }
    recomputeView();
}

Problems DashboardsPage::save()
{
    if (!m_editing)
        return {};
    m_current.title = m_titleEdit->text().trimmed();
    m_current.description = m_descriptionEdit->text().trimmed();
    const Problems problems = write(m_current);
    if (hasErrors(problems))
        return problems;
    m_editing = false;
    m_select = m_current.identifier;
    showCurrent();
    refresh();
    Q_EMIT changed();
    return problems;
}

void DashboardsPage::cancelEditing()
{
    m_editing = false;
    const QString identifier = m_current.identifier;
    m_current = Dashboard();
    for (const Dashboard &d : std::as_const(m_dashboards))
        if (d.identifier == identifier)
            m_current = d;
    if (m_current.identifier.isEmpty() && !m_dashboards.isEmpty())
        m_current = m_dashboards.constFirst(); // a new dashboard never saved
    rebuildChooser();
    showCurrent();
}

QString DashboardsPage::exportTo(const QString &path) const
{
    QJsonArray all;
    for (const Dashboard &d : m_dashboards)
        all.append(d.toJson());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return file.errorString();
    file.write(QJsonDocument(all).toJson());
    return {};
}

Problems DashboardsPage::importFrom(const QString &path)
{
    const DefinitionsFile file = DefinitionsFile::read(path, u"dashboards"_s);
    if (hasErrors(file.problems))
        return file.problems;
    const QList<QJsonObject> &dashboards = file.definitions;
    Problems problems = DashboardStore(m_store.database()).save(dashboards, m_blueprints, m_scorecards, m_initiatives, actor(), Origin::Import);
    file.place(problems);
    if (!hasErrors(problems)) {
        if (!dashboards.isEmpty())
            m_select = dashboards.constFirst().value("identifier"_L1).toString();
        refresh();
        Q_EMIT changed();
    }
    return problems;
}

QString DashboardsPage::exportPng(const QString &path)
{
    return dashboardexport::exportPng(m_view, path);
}

QString DashboardsPage::exportPdf(const QString &path)
{
    return dashboardexport::exportPdf(m_view, m_current.title, path);
}

void DashboardsPage::exportImage(const QString &format)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = QDir(folder).filePath(m_current.identifier + u'.' + format);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export dashboard"), suggested,
                                                      format == "pdf"_L1 ? tr("PDF (*.pdf)") : tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    const QString problem = format == "pdf"_L1 ? exportPdf(path) : exportPng(path);
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Export dashboard"), problem);
}

void DashboardsPage::exportJsonClicked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export dashboards"), u"dashboards.json"_s, tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (const QString problem = exportTo(path); !problem.isEmpty())
        QMessageBox::warning(this, tr("Export dashboards"), problem);
}

void DashboardsPage::importJsonClicked()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import dashboards"), QString(), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    const Problems problems = importFrom(path);
    if (hasErrors(problems)) {
        QStringList lines;
        for (const Problem &p : problems)
            lines.append(p.toString());
        QMessageBox::warning(this, tr("Import dashboards"), lines.mid(0, 12).join(u'\n'));
    }
}

} // namespace portolan
