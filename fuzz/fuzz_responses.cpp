// libFuzzer target: see dyna::fuzz::parseResponses in tests/support/fuzzentries.h.
#include "fuzzentries.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dyna::fuzz::parseResponses(data, size);
    return 0;
}
