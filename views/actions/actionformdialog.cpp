#include "actionformdialog.h"

#include "actionform.h"
#include "designer/formstyle.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

QString operationText(const QString &operation)
{
    if (operation == "CREATE"_L1)
        return ActionFormDialog::tr("Creates a new entity");
    if (operation == "DELETE"_L1)
        return ActionFormDialog::tr("Deletes this entity");
    return {};
}

} // namespace

ActionFormDialog::ActionFormDialog(StoreLane &lane, const QJsonObject &actionJson, const QJsonObject &entityJson,
                                   const QJsonObject &userJson, QWidget *parent)
    : QDialog(parent)
    , m_form(new ActionForm(lane, this))
{
    const QString title = actionJson.value("title"_L1).toString(actionJson.value("identifier"_L1).toString());
    setWindowTitle(title);

    auto *header = new QWidget(this);
    header->setObjectName(u"actionHeader"_s);
    header->setAutoFillBackground(true);
    header->setBackgroundRole(QPalette::Base);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(16, 14, 16, 12);
    headerLayout->setSpacing(4);
    auto *titleRow = new QHBoxLayout;
    auto *titleLabel = formstyle::sectionHeader(title, header);
    QFont big = titleLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    titleLabel->setFont(big);
    titleRow->addWidget(titleLabel);
    titleRow->addStretch();
    const QString operation = actionJson.value("trigger"_L1).toObject().value("operation"_L1).toString();
    const QString entityTitle = entityJson.value("title"_L1).toString(entityJson.value("identifier"_L1).toString());
    auto *context = formstyle::messageLabel(u"dim"_s, header);
    context->setText(!entityTitle.isEmpty() ? tr("On %1").arg(entityTitle) : operationText(operation));
    context->setVisible(!context->text().isEmpty());
    context->setWordWrap(false);
    titleRow->addWidget(context);
    headerLayout->addLayout(titleRow);
    const QString description = actionJson.value("description"_L1).toString();
    if (!description.isEmpty()) {
        auto *text = formstyle::messageLabel(u"dim"_s, header);
        text->setText(description);
        headerLayout->addWidget(text);
    }
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(line);
    layout->addWidget(m_form, 1);

    m_form->setAction(actionJson, entityJson, userJson);
    connect(m_form, &ActionForm::submitted, this, [this](const QJsonObject &inputs) {
        m_inputs = inputs;
        accept();
    });
    connect(m_form, &ActionForm::cancelled, this, &QDialog::reject);
    resize(720, 640);
}

} // namespace portolan
