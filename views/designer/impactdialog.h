#pragma once

#include "design/impact.h"
#include "design/migration.h"
#include "store/changeset.h"

#include <QDialog>
#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeWidget;

namespace portolan {

class StoreLane;

// "Review and apply": what the draft would do to the stored catalog — entities that would fail
// validation (double-click opens one), broken mirror/calculation/aggregation properties, data that
// goes away, converted values — then applies it as one migration on the lane, with progress and
// cancel. Anything that fails leaves the store as it was.
class ImpactDialog final : public QDialog
{
    Q_OBJECT
public:
    ImpactDialog(StoreLane &lane, const ModelDraft &draft, const QString &actor, QWidget *parent = nullptr);
    ~ImpactDialog() override;

    const Impact &impact() const { return m_impact; }
    const ModelMigration &migration() const { return m_migration; }
    ChangeSet changes() const { return m_changes; }
    bool isAnalysed() const { return m_analysed; }
    void apply();
    void reject() override;

Q_SIGNALS:
    void analysed();
    void applyFinished(bool ok);
    void entityRequested(const portolan::EntityKey &key);

private:
    struct Progress {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic_bool cancel{false};
    };

    void analyse(const ModelDraft &draft);
    void showImpact();
    void showApplyProblems(const Problems &problems);
    QTreeWidget *addList(const QString &title, const QStringList &headers, int count);
    void exportMigration();

    StoreLane &m_lane;
    ModelMigration m_migration;
    Impact m_impact;
    ChangeSet m_changes;
    bool m_analysed = false;
    bool m_applying = false;
    std::shared_ptr<Progress> m_progress;
    QLabel *m_summary = nullptr;
    QProgressBar *m_bar = nullptr;
    QTabWidget *m_tabs = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_export = nullptr;
    QTimer *m_poll = nullptr;
};

} // namespace portolan
