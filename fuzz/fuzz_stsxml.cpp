// libFuzzer target: see dyna::fuzz::parseStsXml in tests/support/fuzzentries.h.
#include "fuzzentries.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dyna::fuzz::parseStsXml(data, size);
    return 0;
}
