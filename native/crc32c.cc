// CRC32C: SSE4.2 `crc32` instruction when the CPU has it (checked once with cpuid), else a
// portable slicing-by-8 table walk.
//
// The hardware instruction has a 3-cycle latency but issues every cycle, so one dependent chain
// uses a third of the unit. Long inputs are split into three equal lanes hashed together and then
// merged: CRC is linear, so state(A ++ B) = shift(state(A), |B|) ^ state0(B), where shift
// multiplies by x^(8|B|) mod P. The shift for a fixed lane length is a linear map on 32 bits,
// applied with four 256-entry tables built at start-up.
#include "crc32c.h"

#include <napi.h>

#include <cstring>

#if defined(__x86_64__)
#include <cpuid.h>
#include <nmmintrin.h>
#endif

#include "args.h"
#include "modules.h"

namespace runnel {
namespace {

constexpr uint32_t kPolynomial = 0x82F63B78;  // reflected Castagnoli polynomial

struct SoftwareTables {
  uint32_t t[8][256];
  SoftwareTables() {
    for (uint32_t i = 0; i < 256; i++) {
      uint32_t c = i;
      for (int k = 0; k < 8; k++) c = (c >> 1) ^ (kPolynomial & (0u - (c & 1)));
      t[0][i] = c;
    }
    for (uint32_t i = 0; i < 256; i++) {
      for (int s = 1; s < 8; s++) t[s][i] = (t[s - 1][i] >> 8) ^ t[0][t[s - 1][i] & 0xFF];
    }
  }
};
const SoftwareTables kSoftware;

inline uint64_t Load64(const uint8_t* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

// Raw register state in, raw state out (no inversion).
uint32_t SoftwareUpdate(uint32_t c, const uint8_t* p, size_t n) {
  const auto& t = kSoftware.t;
  while (n > 0 && (reinterpret_cast<uintptr_t>(p) & 7) != 0) {
    c = (c >> 8) ^ t[0][(c ^ *p++) & 0xFF];
    n--;
  }
  while (n >= 8) {
    uint64_t v = Load64(p) ^ c;  // little-endian: the low byte is the first byte of the stream
    c = t[7][v & 0xFF] ^ t[6][(v >> 8) & 0xFF] ^ t[5][(v >> 16) & 0xFF] ^ t[4][(v >> 24) & 0xFF] ^
        t[3][(v >> 32) & 0xFF] ^ t[2][(v >> 40) & 0xFF] ^ t[1][(v >> 48) & 0xFF] ^ t[0][v >> 56];
    p += 8;
    n -= 8;
  }
  while (n-- > 0) c = (c >> 8) ^ t[0][(c ^ *p++) & 0xFF];
  return c;
}

#if defined(__x86_64__)

bool DetectSse42() {
  unsigned eax, ebx, ecx, edx;
  if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return false;
  return (ecx & bit_SSE4_2) != 0;
}
const bool kHasSse42 = DetectSse42();

// shift(c) = state after feeding `kLength` zero bytes to state c, as four byte-indexed tables.
template <size_t kLength>
struct ShiftTables {
  uint32_t t[4][256];
  ShiftTables() {
    uint32_t basis[32];
    for (int bit = 0; bit < 32; bit++) {
      uint32_t c = 1u << bit;
      for (size_t i = 0; i < kLength; i++) c = (c >> 8) ^ kSoftware.t[0][c & 0xFF];
      basis[bit] = c;
    }
    for (int byte = 0; byte < 4; byte++) {
      for (uint32_t v = 0; v < 256; v++) {
        uint32_t r = 0;
        for (int b = 0; b < 8; b++) {
          if (v & (1u << b)) r ^= basis[byte * 8 + b];
        }
        t[byte][v] = r;
      }
    }
  }
  uint32_t operator()(uint32_t c) const {
    return t[0][c & 0xFF] ^ t[1][(c >> 8) & 0xFF] ^ t[2][(c >> 16) & 0xFF] ^ t[3][c >> 24];
  }
};

constexpr size_t kLongLane = 8192;
constexpr size_t kShortLane = 256;
const ShiftTables<kLongLane> kShiftLong;
const ShiftTables<kShortLane> kShiftShort;

template <size_t kLane, typename Shift>
__attribute__((target("sse4.2"))) inline uint64_t ThreeLanes(uint64_t c, const uint8_t*& p,
                                                              size_t& n, const Shift& shift) {
  while (n >= 3 * kLane) {
    uint64_t c0 = c, c1 = 0, c2 = 0;
    const uint8_t* end = p + kLane;
    for (; p < end; p += 8) {
      c0 = _mm_crc32_u64(c0, Load64(p));
      c1 = _mm_crc32_u64(c1, Load64(p + kLane));
      c2 = _mm_crc32_u64(c2, Load64(p + 2 * kLane));
    }
    c = shift(shift(static_cast<uint32_t>(c0)) ^ static_cast<uint32_t>(c1)) ^
        static_cast<uint32_t>(c2);
    p += 2 * kLane;
    n -= 3 * kLane;
  }
  return c;
}

__attribute__((target("sse4.2"))) uint32_t HardwareUpdate(uint32_t state, const uint8_t* p,
                                                          size_t n) {
  uint64_t c = state;
  while (n > 0 && (reinterpret_cast<uintptr_t>(p) & 7) != 0) {
    c = _mm_crc32_u8(static_cast<uint32_t>(c), *p++);
    n--;
  }
  c = ThreeLanes<kLongLane>(c, p, n, kShiftLong);
  c = ThreeLanes<kShortLane>(c, p, n, kShiftShort);
  while (n >= 8) {
    c = _mm_crc32_u64(c, Load64(p));
    p += 8;
    n -= 8;
  }
  while (n-- > 0) c = _mm_crc32_u8(static_cast<uint32_t>(c), *p++);
  return static_cast<uint32_t>(c);
}

#else

const bool kHasSse42 = false;
uint32_t HardwareUpdate(uint32_t state, const uint8_t*, size_t) { return state; }

#endif

uint32_t SeedArg(const Napi::CallbackInfo& info, size_t index) {
  return info.Length() > index && !info[index].IsUndefined() ? Uint32Arg(info[index], "seed") : 0;
}

template <uint32_t (*Fn)(uint32_t, const uint8_t*, size_t)>
Napi::Value Crc32cExport(const Napi::CallbackInfo& info) {
  ByteSpan bytes = BytesArg(info[0], "data");
  return Napi::Number::New(info.Env(), Fn(SeedArg(info, 1), bytes.data, bytes.length));
}

Napi::Value Crc32cHardwareExport(const Napi::CallbackInfo& info) {
  if (!kHasSse42) {
    throw Napi::Error::New(info.Env(), "crc32cHardware: this CPU has no SSE4.2 crc32 instruction");
  }
  return Crc32cExport<Crc32cHardware>(info);
}

}  // namespace

bool HasHardwareCrc32c() { return kHasSse42; }

uint32_t Crc32cSoftware(uint32_t crc, const uint8_t* data, size_t length) {
  return ~SoftwareUpdate(~crc, data, length);
}

uint32_t Crc32cHardware(uint32_t crc, const uint8_t* data, size_t length) {
  return ~HardwareUpdate(~crc, data, length);
}

uint32_t Crc32c(uint32_t crc, const uint8_t* data, size_t length) {
  return kHasSse42 ? Crc32cHardware(crc, data, length) : Crc32cSoftware(crc, data, length);
}

void InitCrc32c(Napi::Env env, Napi::Object exports) {
  exports.Set("hasHardwareCrc32c", Napi::Boolean::New(env, kHasSse42));
  exports.Set("crc32c", Napi::Function::New<Crc32cExport<Crc32c>>(env, "crc32c"));
  exports.Set("crc32cSoftware",
              Napi::Function::New<Crc32cExport<Crc32cSoftware>>(env, "crc32cSoftware"));
  exports.Set("crc32cHardware", Napi::Function::New<Crc32cHardwareExport>(env, "crc32cHardware"));
}

}  // namespace runnel
