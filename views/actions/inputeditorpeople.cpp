#include "inputeditorpeople.h"

#include "catalog/namedirectory.h"
#include "designer/formstyle.h"
#include "store/catalogstore.h"
#include "store/storelane.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace portolan {

PersonInputEditor::PersonInputEditor(const UserInput &input, StoreLane &lane, QWidget *parent)
    : InputEditor(input, parent)
    , m_combo(new QComboBox(this))
    , m_name(formstyle::messageLabel(u"dim"_s, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_name);
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setMinimumWidth(260);
    m_combo->lineEdit()->setPlaceholderText(input.kind == InputKind::User ? tr("name@example.com") : tr("Team identifier"));
    m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->completer()->setFilterMode(Qt::MatchContains);
    m_combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    watchFocus(m_combo->lineEdit());
    connect(m_combo->lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
        showName();
        Q_EMIT edited(text.trimmed());
    });
    // A chosen item shows as its key ("ada@example.com"), its name beside it.
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const QString key = m_combo->itemData(index).toString();
        m_combo->setEditText(key);
        showName();
        Q_EMIT edited(key);
    });

    const bool users = input.kind == InputKind::User;
    lane.post(this, {}, [](CatalogStore &store) { return NameDirectory::load(store); },
              [this, users](const NameDirectory &directory) {
                  const QHash<QString, QString> &names = users ? directory.users : directory.teams;
                  QStringList keys = names.keys();
                  // People are chosen by e-mail (Port's user format); identifiers are only a fallback.
                  if (users && std::any_of(keys.begin(), keys.end(), [](const QString &k) { return k.contains(u'@'); }))
                      keys.removeIf([](const QString &k) { return !k.contains(u'@'); });
                  std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
                      return names.value(a).localeAwareCompare(names.value(b)) < 0;
                  });
                  const QString text = m_combo->currentText();
                  const QSignalBlocker blocker(m_combo);
                  m_combo->clear();
                  for (const QString &key : keys) {
                      const QString name = names.value(key);
                      m_combo->addItem(name == key ? key : u"%1 — %2"_s.arg(name, key), key);
                      m_names.insert(key, name);
                  }
                  m_combo->setCurrentIndex(-1);
                  m_combo->setEditText(text);
                  showName();
              });
}

void PersonInputEditor::showName()
{
    const QString key = m_combo->currentText().trimmed();
    const QString name = m_names.value(key);
    m_name->setText(name == key ? QString() : name);
}

void PersonInputEditor::setValue(const QJsonValue &value)
{
    if (m_combo->currentText() == value.toString())
        return;
    const QSignalBlocker blocker(m_combo);
    m_combo->setEditText(value.toString());
    showName();
}

QWidget *PersonInputEditor::primaryWidget()
{
    return m_combo;
}

} // namespace portolan
