#include "clock.h"

#include <QRandomGenerator>

namespace dyna::aws {

Clock Clock::system()
{
    Clock clock;
    clock.random = [] { return QRandomGenerator::global()->generateDouble(); };
    return clock;
}

} // namespace dyna::aws
