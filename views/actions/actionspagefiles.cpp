// ActionsPage: export and import of action definitions as JSON files.
#include "actionspage.h"

#include "actions/actionstore.h"
#include "importing/definitionsfile.h"
#include "store/catalogstore.h"

#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace portolan {

QString ActionsPage::exportTo(const QString &path) const
{
    QJsonArray list;
    for (const ActionDefinition &action : m_actions)
        list.append(action.toJson());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(path, file.errorString());
    file.write(QJsonDocument(list).toJson(QJsonDocument::Indented));
    return file.commit() ? QString() : tr("cannot write %1: %2").arg(path, file.errorString());
}

Problems ActionsPage::importFrom(const QString &path)
{
    const DefinitionsFile file = DefinitionsFile::read(path, u"actions"_s);
    if (hasErrors(file.problems))
        return file.problems;
    const QList<QJsonObject> &actions = file.definitions;
    Problems problems = ActionStore(m_store.database()).save(actions, [this] {
        QHash<QString, Blueprint> byId;
        for (const Blueprint &bp : m_blueprints)
            byId.insert(bp.identifier, bp);
        return byId;
    }(), actor(), Origin::Import);
    file.place(problems);
    if (!hasErrors(problems)) {
        if (!actions.isEmpty())
            m_select = actions.constFirst().value("identifier"_L1).toString();
        refresh();
        Q_EMIT changed();
    }
    return problems;
}

void ActionsPage::exportClicked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export actions"), u"actions.json"_s, tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportTo(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export actions"), error);
}

void ActionsPage::importClicked()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import actions"), {}, tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    const Problems problems = importFrom(path);
    if (!hasErrors(problems))
        return;
    QStringList lines;
    for (const Problem &p : problems.mid(0, 8))
        lines.append(p.toString());
    if (problems.size() > 8)
        lines.append(tr("… and %n more", nullptr, int(problems.size() - 8)));
    QMessageBox box(QMessageBox::Warning, tr("Import actions"), tr("Nothing was imported:"), QMessageBox::Ok, this);
    box.setInformativeText(lines.join(u'\n'));
    box.exec();
}

} // namespace portolan
