#include "demonames.h"

#include <array>

using namespace Qt::StringLiterals;

namespace portolan::demo {

namespace {
// Packed: a name per line would make a 150-line file of names.
// clang-format off
constexpr std::array given {
    "Aisha"_L1, "Alejandro"_L1, "Amara"_L1, "Anders"_L1, "Ananya"_L1, "Ben"_L1, "Carmen"_L1, "Chen"_L1,
    "Chiara"_L1, "Daniel"_L1, "Dmitri"_L1, "Elena"_L1, "Emeka"_L1, "Emma"_L1, "Fatima"_L1, "Felix"_L1,
    "Freya"_L1, "Gabriel"_L1, "Hana"_L1, "Hiroshi"_L1, "Ibrahim"_L1, "Ines"_L1, "Ingrid"_L1, "Isaac"_L1,
    "Jamal"_L1, "Jana"_L1, "Javier"_L1, "Jin"_L1, "Jonas"_L1, "Julia"_L1, "Kai"_L1, "Kavya"_L1, "Kenji"_L1,
    "Kofi"_L1, "Lars"_L1, "Laura"_L1, "Leila"_L1, "Liam"_L1, "Lucia"_L1, "Maya"_L1, "Mateo"_L1, "Mei"_L1,
    "Mikael"_L1, "Nadia"_L1, "Naveen"_L1, "Nia"_L1, "Noah"_L1, "Olivia"_L1, "Omar"_L1, "Oskar"_L1, "Paolo"_L1,
    "Priya"_L1, "Rafael"_L1, "Rania"_L1, "Rohan"_L1, "Rosa"_L1, "Sakura"_L1, "Samuel"_L1, "Sara"_L1,
    "Sofia"_L1, "Tariq"_L1, "Thandiwe"_L1, "Tomasz"_L1, "Valentina"_L1, "Wei"_L1, "Yara"_L1, "Yusuf"_L1,
    "Zainab"_L1, "Zoe"_L1, "Arjun"_L1, "Bianca"_L1, "Diego"_L1,
};

constexpr std::array family {
    "Abbott"_L1, "Adeyemi"_L1, "Andersen"_L1, "Bauer"_L1, "Bergstrom"_L1, "Castillo"_L1, "Chatterjee"_L1,
    "Costa"_L1, "Dubois"_L1, "Eriksen"_L1, "Fernandes"_L1, "Fischer"_L1, "Garcia"_L1, "Haddad"_L1,
    "Hansen"_L1, "Hoffmann"_L1, "Ivanova"_L1, "Jensen"_L1, "Kapoor"_L1, "Kato"_L1, "Keller"_L1, "Kim"_L1,
    "Kowalski"_L1, "Larsen"_L1, "Lindqvist"_L1, "Lopez"_L1, "Mahlangu"_L1, "Marino"_L1, "Mensah"_L1,
    "Meyer"_L1, "Moreau"_L1, "Murphy"_L1, "Nakamura"_L1, "Nguyen"_L1, "Novak"_L1, "Okafor"_L1, "Olsen"_L1,
    "Osei"_L1, "Park"_L1, "Patel"_L1, "Pereira"_L1, "Petrov"_L1, "Quinn"_L1, "Rahman"_L1, "Rao"_L1,
    "Reyes"_L1, "Rossi"_L1, "Sato"_L1, "Schmidt"_L1, "Silva"_L1, "Singh"_L1, "Sorensen"_L1, "Suzuki"_L1,
    "Tanaka"_L1, "Thompson"_L1, "Vargas"_L1, "Walsh"_L1, "Weber"_L1, "Wojcik"_L1, "Yilmaz"_L1, "Zhang"_L1,
    "Zhou"_L1, "Ahmed"_L1,
};
// clang-format on
} // namespace

std::span<const QLatin1StringView> givenNames()
{
    return given;
}

std::span<const QLatin1StringView> familyNames()
{
    return family;
}

} // namespace portolan::demo
