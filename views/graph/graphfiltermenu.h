#pragma once

#include <QSet>
#include <QToolButton>

namespace portolan {

// A tool button with a menu of checkable choices (blueprints, relations). All checked means no
// filter, which is what selected() then returns: an empty set.
class GraphFilterMenu final : public QToolButton
{
    Q_OBJECT
public:
    explicit GraphFilterMenu(const QString &label, QWidget *parent = nullptr);

    // (identifier, title) pairs; keeps the check state of identifiers seen before.
    void setChoices(const QList<std::pair<QString, QString>> &choices);
    QSet<QString> selected() const;

Q_SIGNALS:
    void changed();

private:
    void updateText();

    QString m_label;
    QAction *m_all = nullptr;
    QList<QAction *> m_choices;
    QSet<QString> m_unchecked;
};

} // namespace portolan
