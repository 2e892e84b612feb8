#include "initiativedialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// "Every service at Silver" → "every-service-at-silver"
QString slug(const QString &title)
{
    static const QRegularExpression notAllowed(u"[^a-z0-9]+"_s);
    QString out = title.toLower().replace(notAllowed, u"-"_s);
    while (out.startsWith(u'-'))
        out.remove(0, 1);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.left(60);
}

QStringList splitOwners(const QString &text)
{
    QStringList owners;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            owners.append(part.trimmed());
    return owners;
}

} // namespace

InitiativeDialog::InitiativeDialog(const QList<QJsonObject> &scorecards, const QStringList &taken, QWidget *parent)
    : QDialog(parent)
    , m_scorecards(scorecards)
    , m_taken(taken)
{
    setWindowTitle(tr("New initiative"));
    m_title = new QLineEdit;
    m_title->setPlaceholderText(tr("Every production service at Silver"));
    m_identifier = new QLineEdit;
    m_description = new QPlainTextEdit;
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_scorecard = new QComboBox;
    for (const QJsonObject &json : scorecards)
        m_scorecard->addItem(json.value("title"_L1).toString(json.value("identifier"_L1).toString()),
                             json.value("identifier"_L1).toString());
    m_byLevel = new QRadioButton(tr("Reach level"));
    m_byRules = new QRadioButton(tr("Pass rules"));
    m_byLevel->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_byLevel);
    group->addButton(m_byRules);
    m_level = new QComboBox;
    m_rules = new QListWidget;
    m_rules->setFixedHeight(m_rules->fontMetrics().lineSpacing() * 4 + 12);
    auto *target = new QVBoxLayout;
    auto *levelRow = new QHBoxLayout;
    levelRow->addWidget(m_byLevel);
    levelRow->addWidget(m_level, 1);
    target->addLayout(levelRow);
    target->addWidget(m_byRules);
    target->addWidget(m_rules);
    m_owners = new QLineEdit;
    m_owners->setPlaceholderText(tr("Teams or users, separated by commas"));
    m_start = new QDateEdit(QDate::currentDate());
    m_deadline = new QDateEdit(QDate::currentDate().addMonths(3));
    for (QDateEdit *edit : {m_start, m_deadline}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_share = new QSpinBox;
    m_share->setRange(1, 100);
    m_share->setValue(100);
    m_share->setSuffix(u" %"_s);
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Optional: {\"combinator\": \"and\", \"rules\": […]}"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Identifier:"), m_identifier);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Scorecard:"), m_scorecard);
    form->addRow(tr("Target:"), target);
    form->addRow(tr("Entities that must meet it:"), m_share);
    form->addRow(tr("Only entities &matching:"), m_filter);
    form->addRow(tr("&Owners:"), m_owners);
    form->addRow(tr("S&tart:"), m_start);
    form->addRow(tr("Dead&line:"), m_deadline);

    m_problems = new QLabel;
    m_problems->setObjectName(u"initiativeProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #b91c1c;"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!hasErrors(problems()))
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_editing && !m_identifierTouched) {
            const QSignalBlocker blocker(m_identifier);
            m_identifier->setText(slug(text));
        }
        revalidate();
    });
    connect(m_identifier, &QLineEdit::textEdited, this, [this] { m_identifierTouched = true; });
    for (QLineEdit *edit : {m_identifier, m_owners, m_filter})
        connect(edit, &QLineEdit::textChanged, this, &InitiativeDialog::revalidate);
    connect(m_scorecard, &QComboBox::currentIndexChanged, this, &InitiativeDialog::scorecardChanged);
    connect(m_level, &QComboBox::currentIndexChanged, this, &InitiativeDialog::revalidate);
    connect(m_byLevel, &QRadioButton::toggled, this, &InitiativeDialog::revalidate);
    connect(m_rules, &QListWidget::itemChanged, this, &InitiativeDialog::revalidate);
    connect(m_start, &QDateEdit::dateChanged, this, &InitiativeDialog::revalidate);
    connect(m_deadline, &QDateEdit::dateChanged, this, &InitiativeDialog::revalidate);
    connect(m_share, &QSpinBox::valueChanged, this, &InitiativeDialog::revalidate);
    scorecardChanged();
}

QJsonObject InitiativeDialog::scorecardJson(const QString &identifier) const
{
    for (const QJsonObject &json : m_scorecards)
        if (json.value("identifier"_L1).toString() == identifier)
            return json;
    return {};
}

void InitiativeDialog::scorecardChanged()
{
    const QJsonObject scorecard = scorecardJson(m_scorecard->currentData().toString());
    const QString level = m_level->currentText();
    const QSignalBlocker levels(m_level), rules(m_rules);
    m_level->clear();
    QStringList titles;
    for (const QJsonValue &value : scorecard.value("levels"_L1).toArray())
        titles.append(value.toObject().value("title"_L1).toString());
    if (titles.isEmpty())
        titles = {u"Basic"_s, u"Bronze"_s, u"Silver"_s, u"Gold"_s};
    m_level->addItems(titles.mid(1)); // the first level is everyone's: no goal
    m_level->setCurrentIndex(std::max(0, int(m_level->findText(level))));
    m_rules->clear();
    for (const QJsonValue &value : scorecard.value("rules"_L1).toArray()) {
        const QJsonObject rule = value.toObject();
        const QString identifier = rule.value("identifier"_L1).toString();
        auto *item = new QListWidgetItem(u"%1 (%2)"_s.arg(rule.value("title"_L1).toString(identifier), rule.value("level"_L1).toString()),
                                         m_rules);
        item->setData(Qt::UserRole, identifier);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_base.targetRules.contains(identifier) ? Qt::Checked : Qt::Unchecked);
    }
    revalidate();
}

void InitiativeDialog::setInitiative(const Initiative &initiative)
{
    m_base = initiative;
    m_editing = true;
    setWindowTitle(tr("Edit initiative"));
    m_identifier->setText(initiative.identifier);
    m_identifier->setReadOnly(true);
    m_title->setText(initiative.title);
    m_description->setPlainText(initiative.description);
    m_scorecard->setCurrentIndex(std::max(0, m_scorecard->findData(initiative.scorecard)));
    scorecardChanged();
    m_byRules->setChecked(initiative.targetLevel.isEmpty());
    m_byLevel->setChecked(!initiative.targetLevel.isEmpty());
    if (!initiative.targetLevel.isEmpty())
        m_level->setCurrentIndex(std::max(0, m_level->findText(initiative.targetLevel)));
    m_owners->setText(initiative.owners.join(u", "_s));
    m_start->setDate(initiative.startDate);
    m_deadline->setDate(initiative.deadline);
    m_share->setValue(qRound(initiative.targetShare * 100));
    m_filter->setText(initiative.filter.isEmpty() ? QString()
                                                  : QString::fromUtf8(QJsonDocument(initiative.filter).toJson(QJsonDocument::Compact)));
    revalidate();
}

Initiative InitiativeDialog::initiative() const
{
    Initiative out = m_base;
    out.identifier = m_identifier->text().trimmed();
    out.title = m_title->text().trimmed();
    out.description = m_description->toPlainText().trimmed();
    out.scorecard = m_scorecard->currentData().toString();
    out.targetLevel.clear();
    out.targetRules.clear();
    if (m_byLevel->isChecked()) {
        out.targetLevel = m_level->currentText();
    } else {
        for (int i = 0; i < m_rules->count(); ++i)
            if (m_rules->item(i)->checkState() == Qt::Checked)
                out.targetRules.append(m_rules->item(i)->data(Qt::UserRole).toString());
    }
    out.owners = splitOwners(m_owners->text());
    out.startDate = m_start->date();
    out.deadline = m_deadline->date();
    out.targetShare = m_share->value() / 100.0;
    out.filter = QJsonDocument::fromJson(m_filter->text().toUtf8()).object();
    return out;
}

Problems InitiativeDialog::problems() const
{
    QStringList scorecards;
    for (const QJsonObject &json : m_scorecards)
        scorecards.append(json.value("identifier"_L1).toString());
    const Initiative current = initiative();
    Problems problems = validateInitiative(current, scorecards);
    if (m_byRules->isChecked() && current.targetRules.isEmpty())
        problems.append(Problem::error(u"$.targetRules"_s, tr("tick at least one rule to pass")));
    if (m_taken.contains(current.identifier))
        problems.append(Problem::error(u"$.identifier"_s, tr("another initiative is called \"%1\"").arg(current.identifier)));
    const QString filter = m_filter->text().trimmed();
    if (!filter.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(filter.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            problems.append(Problem::error(u"$.filter"_s, tr("the filter is not a JSON object: %1").arg(error.errorString())));
    }
    return problems;
}

void InitiativeDialog::revalidate()
{
    m_level->setEnabled(m_byLevel->isChecked());
    m_rules->setEnabled(m_byRules->isChecked());
    const Problems found = problems();
    QStringList lines;
    for (const Problem &problem : found)
        if (problem.isError())
            lines.append(u"• "_s + problem.message);
    lines.removeDuplicates();
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
    m_ok->setEnabled(!hasErrors(found));
}

} // namespace portolan
