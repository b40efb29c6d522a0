// libFuzzer target: see dyna::fuzz::parseAttributeValue in tests/support/fuzzentries.h.
#include "fuzzentries.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dyna::fuzz::parseAttributeValue(data, size);
    return 0;
}
