#pragma once

#include "formdialog.h"

#include <QJsonObject>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace portolan {

class ModelDraft;

// Creates or edits an aggregation property: over which related blueprint, counting entities
// (count, or average per hour/day/week/month) or computing sum/min/max/average/median of one of
// their number properties, optionally over only the entities matching Port search rules.
class AggregationDialog final : public FormDialog
{
    Q_OBJECT
public:
    // `aggregation` empty: a new aggregation property of `blueprint`.
    AggregationDialog(const ModelDraft &draft, const QString &blueprint, const QString &aggregation, QWidget *parent = nullptr);

    QString previousId() const { return m_previous; }
    QString id() const;
    QJsonObject definition() const;

    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *targetBox() const { return m_target; }
    QComboBox *calculationByBox() const { return m_by; }
    QComboBox *functionBox() const { return m_func; }
    QComboBox *propertyBox() const { return m_property; }
    QComboBox *averageOfBox() const { return m_averageOf; }
    QPlainTextEdit *queryEdit() const { return m_query; }

    // The blueprints `blueprint` can aggregate over: related directly, in either direction.
    static QStringList targets(const ModelDraft &draft, const QString &blueprint);

protected:
    void validate() override;

private:
    void targetChosen();
    void calculationByChosen();
    void refreshVisibility();
    QJsonObject query(QString *error) const;

    const ModelDraft &m_draft;
    QString m_blueprint;
    QString m_previous;
    QJsonObject m_original;
    bool m_idTouched = false;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_id = nullptr;
    QComboBox *m_target = nullptr;
    QComboBox *m_by = nullptr;
    QComboBox *m_func = nullptr;
    QComboBox *m_property = nullptr;
    QComboBox *m_averageOf = nullptr;
    QComboBox *m_measureTimeBy = nullptr;
    QPlainTextEdit *m_query = nullptr;
};

} // namespace portolan
