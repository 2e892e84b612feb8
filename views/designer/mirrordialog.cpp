#include "mirrordialog.h"

#include "design/modeldraft.h"
#include "formedits.h"
#include "mirrorpathpicker.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace portolan {

MirrorDialog::MirrorDialog(const ModelDraft &draft, const QString &blueprint, const QString &mirror, QWidget *parent)
    : FormDialog(parent)
    , m_draft(draft)
    , m_blueprint(blueprint)
    , m_previous(mirror)
    , m_original(formedits::definitions(draft.json(blueprint), formedits::Section::Mirrors).value(mirror).toObject())
    , m_title(new QLineEdit)
    , m_id(new QLineEdit)
    , m_picker(new MirrorPathPicker(draft, blueprint))
    , m_path(new QLineEdit)
{
    const QString bpTitle = draft.json(blueprint).value("title"_L1).toString(blueprint);
    setWindowTitle(mirror.isEmpty() ? tr("New mirror property of %1").arg(bpTitle) : tr("Mirror property %1 of %2").arg(mirror, bpTitle));
    setMinimumSize(600, 560);
    m_path->setPlaceholderText(tr("relation.property, or pick one below"));

    QFormLayout *form = addSection(tr("Mirror property"));
    addField(form, tr("&Title"), m_title);
    addField(form, tr("&Identifier"), m_id);
    addField(form, tr("&Path"), m_path);
    QFormLayout *where = addSection(tr("Reads"));
    addWide(where, m_picker);

    m_title->setText(m_original.value("title"_L1).toString());
    m_id->setText(mirror);
    m_path->setText(m_original.value("path"_L1).toString());
    m_picker->setPath(m_path->text());
    m_idTouched = !mirror.isEmpty();
    m_titleTouched = !m_title->text().isEmpty();

    connect(m_title, &QLineEdit::textEdited, this, [this] { m_titleTouched = true; });
    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &title) {
        if (!m_idTouched)
            m_id->setText(formedits::suggestId(title));
        revalidate();
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idTouched = true; });
    connect(m_id, &QLineEdit::textChanged, this, &MirrorDialog::revalidate);
    connect(m_path, &QLineEdit::textEdited, this, [this](const QString &path) { m_picker->setPath(path.trimmed()); });
    connect(m_path, &QLineEdit::textChanged, this, &MirrorDialog::revalidate);
    connect(m_picker, &MirrorPathPicker::pathChosen, this, [this](const QString &path) {
        m_path->setText(path);
        // Name the mirror after what it reads ("Team name"), until the user names it.
        if (!m_titleTouched) {
            const QTreeWidgetItem *item = m_picker->tree()->currentItem();
            const QTreeWidgetItem *relation = item ? item->parent() : nullptr;
            if (item && relation) {
                const QString leaf = item->text(0).section(u"  ("_s, 0, 0);
                const QString via = relation->text(0).section(u"  →  "_s, 0, 0).section(u"  ("_s, 0, 0);
                m_title->setText(via + u' ' + leaf.toLower());
            }
        }
    });
    revalidate();
    m_title->setFocus();
}

QString MirrorDialog::id() const
{
    return m_id->text().trimmed();
}

QJsonObject MirrorDialog::definition() const
{
    QJsonObject d = m_original;
    const QString title = m_title->text().trimmed();
    if (title.isEmpty())
        d.remove(u"title"_s);
    else
        d.insert(u"title"_s, title);
    d.insert(u"path"_s, m_path->text().trimmed());
    return d;
}

void MirrorDialog::validate()
{
    setProblem(m_id, formedits::checkNewId(m_draft.json(m_blueprint), id(), m_previous));
    const QString path = m_path->text().trimmed();
    QString reason = MirrorPathPicker::check(m_draft, m_blueprint, path);
    // A mirror of this blueprint's own mirror through a self-relation may loop: the draft's
    // validation names the cycle; here the plain case.
    if (reason.isEmpty() && path.section(u'.', -1) == id() && path.count(u'.') == 1) {
        const Blueprint bp = m_draft.blueprint(m_blueprint);
        const RelationDef *relation = bp.relation(path.section(u'.', 0, 0));
        if (relation && relation->target == m_blueprint)
            reason = tr("the mirror would read itself");
    }
    setProblem(m_path, reason);
    setHint(m_path, reason.isEmpty() ? MirrorPathPicker::describe(m_draft, m_blueprint, path) : QString());
}

} // namespace portolan
