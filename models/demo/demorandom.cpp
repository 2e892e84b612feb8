#include "demorandom.h"

#include <array>
#include <cmath>
#include <numeric>

namespace portolan::demo {

namespace {
QRandomGenerator seeded(quint32 seed, quint32 tag, quint32 index)
{
    const std::array<quint32, 3> words { seed, tag, index };
    return QRandomGenerator(words.data(), qsizetype(words.size()));
}
} // namespace

DemoRandom::DemoRandom(quint32 seed, quint32 tag, quint32 index)
    : m_generator(seeded(seed, tag, index))
{
}

int DemoRandom::between(int lowest, int highest)
{
    return lowest >= highest ? lowest : m_generator.bounded(lowest, highest + 1);
}

double DemoRandom::uniform(double lowest, double highest)
{
    return lowest + m_generator.generateDouble() * (highest - lowest);
}

double DemoRandom::logUniform(double lowest, double highest)
{
    return std::exp(uniform(std::log(lowest), std::log(highest)));
}

bool DemoRandom::chance(double probability)
{
    return m_generator.generateDouble() < probability;
}

int DemoRandom::poisson(double mean)
{
    // Knuth's method: fine for the small means used here (a few events per day).
    const double limit = std::exp(-mean);
    int count = 0;
    for (double product = m_generator.generateDouble(); product > limit;
         product *= m_generator.generateDouble())
        ++count;
    return count;
}

int DemoRandom::weighted(std::initializer_list<double> weights)
{
    return weighted(std::span<const double>(weights.begin(), weights.size()));
}

int DemoRandom::weighted(std::span<const double> weights)
{
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    double point = uniform(0.0, total);
    for (size_t i = 0; i < weights.size(); ++i) {
        if (point < weights[i])
            return int(i);
        point -= weights[i];
    }
    return int(weights.size()) - 1;
}

} // namespace portolan::demo
