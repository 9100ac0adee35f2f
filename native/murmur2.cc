// Kafka's key hash (org.apache.kafka.common.utils.Utils.murmur2: MurmurHash2, seed 0x9747b28c)
// and the default partitioner's key -> partition mapping, toPositive(hash) % numPartitions.
#include <napi.h>

#include <cstdint>
#include <cstring>

#include "args.h"
#include "modules.h"

namespace runnel {
namespace {

int32_t Murmur2(const uint8_t* data, size_t length) {
  constexpr uint32_t kSeed = 0x9747b28c;
  constexpr uint32_t m = 0x5bd1e995;
  constexpr int r = 24;
  // Java hashes an int length; keys never approach 2 GiB, so the truncation never differs.
  uint32_t h = kSeed ^ static_cast<uint32_t>(length);
  size_t blocks = length / 4;
  for (size_t i = 0; i < blocks; i++) {
    const uint8_t* b = data + i * 4;
    uint32_t k = static_cast<uint32_t>(b[0]) | static_cast<uint32_t>(b[1]) << 8 |
                 static_cast<uint32_t>(b[2]) << 16 | static_cast<uint32_t>(b[3]) << 24;
    k *= m;
    k ^= k >> r;
    k *= m;
    h *= m;
    h ^= k;
  }
  const uint8_t* tail = data + (length & ~static_cast<size_t>(3));
  switch (length % 4) {
    case 3:
      h ^= static_cast<uint32_t>(tail[2]) << 16;
      [[fallthrough]];
    case 2:
      h ^= static_cast<uint32_t>(tail[1]) << 8;
      [[fallthrough]];
    case 1:
      h ^= tail[0];
      h *= m;
  }
  h ^= h >> 13;
  h *= m;
  h ^= h >> 15;
  return static_cast<int32_t>(h);
}

int32_t Partition(const ByteSpan& key, uint32_t numPartitions) {
  return static_cast<int32_t>((static_cast<uint32_t>(Murmur2(key.data, key.length)) & 0x7fffffff) %
                              numPartitions);
}

uint32_t NumPartitionsArg(const Napi::Value& value) {
  uint32_t n = Uint32Arg(value, "numPartitions");
  if (n == 0 || n > 0x7fffffff) {
    throw Napi::RangeError::New(value.Env(), "numPartitions must be between 1 and 2^31-1");
  }
  return n;
}

Napi::Value Murmur2Export(const Napi::CallbackInfo& info) {
  ByteSpan key = BytesArg(info[0], "key");
  return Napi::Number::New(info.Env(), Murmur2(key.data, key.length));
}

Napi::Value Murmur2PartitionExport(const Napi::CallbackInfo& info) {
  ByteSpan key = BytesArg(info[0], "key");
  return Napi::Number::New(info.Env(), Partition(key, NumPartitionsArg(info[1])));
}

Napi::Value Murmur2PartitionsExport(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (!info[0].IsArray()) throw Napi::TypeError::New(env, "keys must be an array of Uint8Array");
  Napi::Array keys = info[0].As<Napi::Array>();
  uint32_t n = NumPartitionsArg(info[1]);
  uint32_t count = keys.Length();
  Napi::Int32Array out = Napi::Int32Array::New(env, count);
  int32_t* partitions = out.Data();
  for (uint32_t i = 0; i < count; i++) {
    partitions[i] = Partition(BytesArg(keys.Get(i), "every key"), n);
  }
  return out;
}

}  // namespace

void InitMurmur2(Napi::Env env, Napi::Object exports) {
  exports.Set("murmur2", Napi::Function::New<Murmur2Export>(env, "murmur2"));
  exports.Set("murmur2Partition",
              Napi::Function::New<Murmur2PartitionExport>(env, "murmur2Partition"));
  exports.Set("murmur2Partitions",
              Napi::Function::New<Murmur2PartitionsExport>(env, "murmur2Partitions"));
}

}  // namespace runnel
