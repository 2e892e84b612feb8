#include "impact.h"

using namespace Qt::StringLiterals;

namespace portolan {

bool Impact::canApply() const
{
    return !cancelled && storeError.isEmpty() && !hasErrors(modelProblems) && invalidCount == 0;
}

qint64 Impact::droppedValues(bool relations) const
{
    qint64 total = 0;
    for (const DroppedData &d : droppedData)
        if (d.relation == relations)
            total += d.values;
    return total;
}

qint64 Impact::deletedCount() const
{
    qint64 total = 0;
    for (const DeletedEntities &d : deletedEntities)
        total += d.entities;
    return total;
}

QString Impact::summary() const
{
    if (cancelled)
        return u"impact not computed (cancelled)"_s;
    if (!storeError.isEmpty())
        return u"impact not computed: "_s + storeError;
    const auto plural = [](qint64 n, const QString &one, const QString &many) {
        return u"%1 %2"_s.arg(n).arg(n == 1 ? one : many);
    };
    QStringList parts;
    const qsizetype modelErrors = std::count_if(modelProblems.cbegin(), modelProblems.cend(), [](const Problem &p) { return p.isError(); });
    if (modelErrors > 0)
        parts.append(plural(modelErrors, u"model error"_s, u"model errors"_s));
    parts.append(plural(changedEntities, u"entity changes"_s, u"entities change"_s));
    if (invalidCount > 0)
        parts.append(u"%1 fail validation"_s.arg(invalidCount));
    if (const qint64 n = droppedValues(false); n > 0)
        parts.append(plural(n, u"property value dropped"_s, u"property values dropped"_s));
    if (const qint64 n = droppedValues(true); n > 0)
        parts.append(plural(n, u"relation value dropped"_s, u"relation values dropped"_s));
    if (const qint64 n = deletedCount(); n > 0 || !deletedEntities.isEmpty())
        parts.append(plural(n, u"entity deleted"_s, u"entities deleted"_s));
    if (!brokenFields.isEmpty())
        parts.append(plural(brokenFields.size(), u"derived property breaks"_s, u"derived properties break"_s));
    qint64 conversionFailures = 0;
    for (const TransformPreview &c : conversions)
        conversionFailures += c.preview.failures;
    if (conversionFailures > 0)
        parts.append(plural(conversionFailures, u"conversion fails"_s, u"conversions fail"_s));
    return parts.join(u", "_s);
}

} // namespace portolan
