// CRC32C (Castagnoli), the checksum of Kafka's v2 record batches.
#pragma once

#include <cstddef>
#include <cstdint>

namespace runnel {

// All three take and return a finished CRC (pre/post inverted), so a result can be passed back
// as `crc` to continue over the next bytes: Crc32c(Crc32c(0, a), b) == Crc32c(0, a ++ b).
uint32_t Crc32c(uint32_t crc, const uint8_t* data, size_t length);
uint32_t Crc32cSoftware(uint32_t crc, const uint8_t* data, size_t length);
// Only valid when HasHardwareCrc32c().
uint32_t Crc32cHardware(uint32_t crc, const uint8_t* data, size_t length);
bool HasHardwareCrc32c();

}  // namespace runnel
