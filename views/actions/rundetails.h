#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QWidget>
#include <utility>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace portolan {

struct ActionRun;
struct RunEntityChange;
class MarkdownView;

// The body of a run page beside its log: the backend's links, its summary (markdown), the inputs
// the run was given (secrets already masked) and the entities it created, changed or deleted.
// Empty sections hide. Polls call the setters often: a section is rebuilt only when it changed.
class RunDetails final : public QWidget
{
    Q_OBJECT
public:
    explicit RunDetails(QWidget *parent = nullptr);

    // `inputTitles`: (key, title) in the form's order; inputs it does not name follow by key.
    // `titles`: "blueprint/identifier" → entity title, for entity links.
    void setRun(const ActionRun &run, const QList<std::pair<QString, QString>> &inputTitles,
                const QHash<QString, QString> &titles);
    void setEntities(const QList<RunEntityChange> &entities, const QHash<QString, QString> &titles);

Q_SIGNALS:
    void linkActivated(const QString &url);

private:
    QLabel *addSection(QVBoxLayout *layout, const QString &title, QWidget *content);
    void setLinks(const QStringList &links, const QHash<QString, QString> &titles);
    void setSummary(const QString &summary);
    void setInputs(const QJsonObject &inputs, const QList<std::pair<QString, QString>> &inputTitles);

    QLabel *m_linksHeading = nullptr;
    QLabel *m_links = nullptr;
    QLabel *m_summaryHeading = nullptr;
    MarkdownView *m_summary = nullptr;
    QLabel *m_inputsHeading = nullptr;
    QWidget *m_inputsBox = nullptr;
    QGridLayout *m_inputsGrid = nullptr;
    QLabel *m_entitiesHeading = nullptr;
    QLabel *m_entities = nullptr;

    QStringList m_shownLinks;
    QString m_shownSummary;
    QJsonObject m_shownInputs;
    QStringList m_shownEntities;
    bool m_first = true;
};

} // namespace portolan
