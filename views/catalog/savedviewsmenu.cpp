#include "savedviewsmenu.h"

#include "table/savedviews.h"

#include <QInputDialog>
#include <QMessageBox>

namespace portolan {

SavedViewsMenu::SavedViewsMenu(QWidget *parent)
    : QMenu(parent)
{
    connect(this, &QMenu::aboutToShow, this, &SavedViewsMenu::rebuild);
    rebuild();
}

void SavedViewsMenu::setBlueprint(const QString &blueprint)
{
    m_blueprint = blueprint;
    rebuild();
}

void SavedViewsMenu::rebuild()
{
    clear();
    SavedViews views(m_blueprint);
    const QStringList names = views.names();
    for (const QString &name : names) {
        addAction(name, this, [this, name] {
            if (const std::optional<TableState> state = SavedViews(m_blueprint).view(name))
                Q_EMIT viewChosen(*state);
        });
    }
    if (names.isEmpty())
        addAction(tr("No saved views"))->setEnabled(false);
    addSeparator();
    addAction(tr("Save view…"), this, &SavedViewsMenu::saveCurrent)->setEnabled(!m_blueprint.isEmpty());
    QMenu *rename = addMenu(tr("Rename"));
    QMenu *remove = addMenu(tr("Delete"));
    rename->setEnabled(!names.isEmpty());
    remove->setEnabled(!names.isEmpty());
    for (const QString &name : names) {
        rename->addAction(name, this, [this, name] {
            bool ok = false;
            const QString to = QInputDialog::getText(parentWidget(), tr("Rename view"), tr("New name:"), QLineEdit::Normal, name, &ok);
            if (ok && !SavedViews(m_blueprint).rename(name, to))
                QMessageBox::warning(parentWidget(), tr("Rename view"), tr("\"%1\" is empty or already taken: choose another name.").arg(to));
        });
        remove->addAction(name, this, [this, name] { SavedViews(m_blueprint).remove(name); });
    }
    addSeparator();
    addAction(tr("Reset to default"), this, &SavedViewsMenu::resetChosen);
}

void SavedViewsMenu::saveCurrent()
{
    bool ok = false;
    const QString name = QInputDialog::getText(parentWidget(), tr("Save view"), tr("Name of this view (its columns, sort, filter and grouping):"),
                                               QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    if (!SavedViews(m_blueprint).save(name, m_current))
        QMessageBox::warning(parentWidget(), tr("Save view"), tr("A view needs a name."));
}

} // namespace portolan
