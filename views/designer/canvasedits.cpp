#include "canvasedits.h"

#include "designdocument.h"
#include "schema/identifiers.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>

using namespace Qt::StringLiterals;

namespace portolan::CanvasEdits {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("portolan::CanvasEdits", text);
}

// Every field name of a blueprint: relations share their namespace with properties, mirrors,
// calculations and aggregations (Port refuses a clash).
QSet<QString> fieldsOf(const QJsonObject &json)
{
    QSet<QString> fields;
    for (const QString &section : {u"relations"_s, u"mirrorProperties"_s, u"calculationProperties"_s, u"aggregationProperties"_s})
        for (const QString &key : json.value(section).toObject().keys())
            fields.insert(key);
    for (const QString &key : json.value(u"schema"_s).toObject().value(u"properties"_s).toObject().keys())
        fields.insert(key);
    return fields;
}

} // namespace

QString freeRelationId(const DesignDocument &document, const QString &source, const QString &target)
{
    QString base;
    for (const QChar ch : target) // blueprint identifiers allow what fields do; keep it safe anyway
        base += identifiers::checkField(QString(ch)).isEmpty() ? ch : u'_';
    if (base.isEmpty())
        base = u"relation"_s;
    const QSet<QString> taken = fieldsOf(document.draft().json(source));
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base + u'_' + QString::number(n);
    return id;
}

QString relate(DesignDocument &document, const QString &source, const QString &target, QString *refusal)
{
    const QString id = freeRelationId(document, source, target);
    const QString why = document.edit(tr("Relate %1 to %2").arg(source, target),
                                      [&](ModelDraft &d) { return d.addRelation(source, id, target, false, false); });
    if (refusal)
        *refusal = why;
    return why.isEmpty() ? id : QString();
}

QString removeBlueprint(DesignDocument &document, const QString &blueprint, QWidget *parent, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    const QString text = tr("Delete %1").arg(blueprint);
    const QString refusal = document.edit(text, [&](ModelDraft &d) { return d.removeBlueprint(blueprint, ModelDraft::DeleteMode::Block); });
    const QStringList dependents = document.draft().dependents(blueprint);
    if (refusal.isEmpty() || dependents.isEmpty())
        return refusal;

    QMessageBox box(QMessageBox::Warning, tr("Delete blueprint"),
                    tr("Other blueprints depend on “%1”.").arg(document.draft().blueprint(blueprint).title.isEmpty()
                                                                   ? blueprint
                                                                   : document.draft().blueprint(blueprint).title),
                    QMessageBox::Cancel, parent);
    box.setObjectName(u"cascadeDeleteBox"_s);
    box.setInformativeText(tr("Deleting it also removes these relations, mirror and aggregation properties:\n%1\n\n"
                              "Its stored entities are deleted when the change is applied.")
                               .arg(u"• "_s + dependents.join(u"\n• "_s)));
    QPushButton *cascade = box.addButton(tr("Delete with its relations"), QMessageBox::DestructiveRole);
    cascade->setObjectName(u"cascade"_s);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != cascade) {
        if (cancelled)
            *cancelled = true;
        return {};
    }
    return document.edit(text, [&](ModelDraft &d) { return d.removeBlueprint(blueprint, ModelDraft::DeleteMode::Cascade); });
}

} // namespace portolan::CanvasEdits
