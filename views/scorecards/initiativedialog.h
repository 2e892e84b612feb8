#pragma once

#include "scoring/initiative.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace portolan {

// New or edit one initiative. Validates as you type (validateInitiative, plus a unique
// identifier); OK stays disabled while anything is wrong and the problems are listed in words.
// Enter accepts, Esc cancels. Keys the form does not show (filter, unknown keys) are kept.
class InitiativeDialog final : public QDialog
{
    Q_OBJECT
public:
    // `scorecards`: the portal's scorecard definitions (for the picker, levels and rules);
    // `taken`: identifiers other initiatives use.
    InitiativeDialog(const QList<QJsonObject> &scorecards, const QStringList &taken, QWidget *parent = nullptr);

    void setInitiative(const Initiative &initiative); // edit: the identifier is fixed
    Initiative initiative() const;
    Problems problems() const;

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *identifierEdit() const { return m_identifier; }
    QLineEdit *ownersEdit() const { return m_owners; }
    QComboBox *scorecardBox() const { return m_scorecard; }
    QComboBox *levelBox() const { return m_level; }
    QDateEdit *startEdit() const { return m_start; }
    QDateEdit *deadlineEdit() const { return m_deadline; }
    QPushButton *okButton() const { return m_ok; }
    QLabel *problemsLabel() const { return m_problems; }

private:
    void scorecardChanged();
    void revalidate();
    QJsonObject scorecardJson(const QString &identifier) const;

    QList<QJsonObject> m_scorecards;
    QStringList m_taken;
    Initiative m_base; // what is edited: keeps the keys the form does not show
    bool m_editing = false;
    bool m_identifierTouched = false;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_identifier = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_scorecard = nullptr;
    QRadioButton *m_byLevel = nullptr;
    QRadioButton *m_byRules = nullptr;
    QComboBox *m_level = nullptr;
    QListWidget *m_rules = nullptr;
    QLineEdit *m_owners = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_deadline = nullptr;
    QSpinBox *m_share = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace portolan
