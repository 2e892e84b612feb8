#pragma once

#include <QList>
#include <QRandomGenerator>
#include <initializer_list>
#include <span>

namespace portolan::demo {

// The demo's only source of chance. Each stream is seeded from the organisation's seed plus a tag
// and an index, so one part of the organisation (a service's history, say) does not shift when
// another part draws more or fewer numbers. Only Qt's own bounded/double draws are used: the
// std:: distributions are implementation-defined and would make output differ between libraries.
class DemoRandom final
{
public:
    explicit DemoRandom(quint32 seed, quint32 tag, quint32 index = 0);

    int between(int lowest, int highest); // both inclusive
    double uniform(double lowest, double highest);
    // Spreads values evenly over orders of magnitude: the right shape for durations.
    double logUniform(double lowest, double highest);
    bool chance(double probability);
    int poisson(double mean);
    // An index into `weights`, drawn in proportion to them.
    int weighted(std::initializer_list<double> weights);
    int weighted(std::span<const double> weights);

    template <typename T> const T &pick(std::span<const T> items)
    {
        return items[static_cast<size_t>(between(0, int(items.size()) - 1))];
    }
    template <typename T> const T &pick(const QList<T> &items)
    {
        return items.at(between(0, int(items.size()) - 1));
    }
    template <typename T> void shuffle(QList<T> &items)
    {
        for (qsizetype i = items.size() - 1; i > 0; --i)
            items.swapItemsAt(i, between(0, int(i)));
    }

private:
    QRandomGenerator m_generator;
};

} // namespace portolan::demo
