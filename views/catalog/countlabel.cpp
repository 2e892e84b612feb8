#include "countlabel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace portolan {

CountLabel::CountLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"count"_s);
}

QString CountLabel::noun(const QString &title, qint64 count)
{
    QString word = title.toLower();
    if (count == 1 || word.isEmpty())
        return word;
    if (word.endsWith(u'y') && word.size() > 1 && !u"aeiou"_s.contains(word.at(word.size() - 2)))
        return word.chopped(1) + u"ies"_s;
    return word + (word.endsWith(u's') ? u"es"_s : u"s"_s);
}

void CountLabel::setCounts(qint64 count, qint64 all, const QString &title)
{
    QString text = count < 0 ? tr("counting…") : tr("%1 %2").arg(QLocale().toString(count), noun(title, count));
    if (count >= 0 && all >= 0 && count != all)
        text += tr(" · filtered from %1").arg(QLocale().toString(all));
    setText(text);
}

} // namespace portolan
