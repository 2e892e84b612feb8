#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace portolan {

struct EntitySnapshot;

// The top of an entity page: the blueprint's mark, the title, the identifier, the blueprint and
// team chips, the Actions menu (self-service actions that apply to it) and "Show in graph".
class EntityHeader final : public QWidget
{
    Q_OBJECT
public:
    explicit EntityHeader(QWidget *parent = nullptr);

    void setSnapshot(const EntitySnapshot &snapshot);
    QString title() const;

Q_SIGNALS:
    void graphRequested();
    void actionRequested(const QString &actionIdentifier); // a DAY-2 or DELETE action from the Actions menu

protected:
    void changeEvent(QEvent *event) override;

private:
    void paintMark();

    QLabel *m_mark = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_identifier = nullptr;
    QHBoxLayout *m_chips = nullptr;
    QPushButton *m_graph = nullptr;
    QPushButton *m_actions = nullptr; // hidden when no action applies
    QString m_markText;
};

} // namespace portolan
