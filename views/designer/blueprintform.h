#pragma once

#include "formedits.h"

#include <QHash>
#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QStackedWidget;

namespace portolan {

class DesignDocument;
class FieldList;
class StoreLane;
struct PropertyChange;

// The blueprint designer's form view of the selected blueprint: its identifier, title, icon and
// description, and tables of its properties, relations, mirror, calculation and aggregation
// properties, each opened in its own dialog. Every change is an edit of the document (undoable;
// typing in one field is one step); the form rebuilds from the draft whenever it changes,
// keeping the selection in its tables. The lane answers the dialogs' questions to the store
// (values to convert, entities to try a calculation on).
class BlueprintForm final : public QWidget
{
    Q_OBJECT
public:
    BlueprintForm(DesignDocument &document, StoreLane &lane, QWidget *parent = nullptr);

    // Opens the relation dialog (the page calls it after the canvas made a relation by drag).
    void editRelation(const QString &id);
    void newProperty();
    void newBlueprint();

    QLineEdit *identifierEdit() const { return m_identifier; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *iconBox() const { return m_icon; }
    QLineEdit *descriptionEdit() const { return m_description; }
    FieldList *list(formedits::Section section) const { return m_lists.value(section); }
    // Why the last edit was refused, or the blueprint's validation problems (empty when fine).
    QString message() const;
    bool isEmptyState() const;

private:
    void buildHeader(QWidget *page);
    void addList(QWidget *page, formedits::Section section, const QString &title, const QStringList &columns, const QString &empty);
    void refresh();
    void editText(const QString &key, const QString &value);
    void renameBlueprint();
    void add(formedits::Section section);
    void edit(formedits::Section section, const QString &id);
    void rename(formedits::Section section, const QString &id);
    void remove(formedits::Section section, const QString &id);
    void editProperty(const QString &id);
    void applyProperty(const PropertyChange &change);
    void apply(const QString &text, const std::function<QString(ModelDraft &)> &edit, int mergeKey = -1);
    void showRefusal(const QString &refusal);

    DesignDocument &m_document;
    StoreLane &m_lane;
    QString m_blueprint; // what the form shows
    QStackedWidget *m_stack = nullptr;
    QWidget *m_empty = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLineEdit *m_identifier = nullptr;
    QLabel *m_identifierProblem = nullptr;
    QLabel *m_identifierHint = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_icon = nullptr;
    QLineEdit *m_description = nullptr;
    QLabel *m_problems = nullptr;
    QString m_refusal;
    QMap<formedits::Section, FieldList *> m_lists;
    QHash<QString, int> m_generation; // per text field: a new undo step after the field loses focus
    bool m_refreshing = false;
};

} // namespace portolan
