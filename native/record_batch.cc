// Record batch (magic v2) header checks, offset assignment and the recovery scan. Records
// inside a batch are never decoded: everything here reads the fixed 61-byte header.
//
// Error codes follow Kafka's broker (UnifiedLog.analyzeAndValidateRecords, LogValidator
// .validateBatch, ByteBufferLogInputStream.nextBatchSize, DefaultRecordBatch.ensureValid):
//   size field below the minimum, unknown magic (< 0 or > 2), CRC mismatch  -> CORRUPT_MESSAGE
//   batch larger than max.message.bytes                                     -> MESSAGE_TOO_LARGE
//   recordCount <= 0, lastOffsetDelta < 0, lastOffsetDelta != count - 1,
//   and for client appends: control batch, baseOffset != 0, producer id
//   with a negative base sequence                                           -> INVALID_RECORD
//   legacy magic 0/1                                   -> UNSUPPORTED_FOR_MESSAGE_FORMAT
// Kafka up-converts v0/v1 on Produce v0-2 and rejects them as INVALID_RECORD on v3+
// (ProduceRequest.validateRecords); Runnel never up-converts, so it reports the format as
// unsupported. Two checks are Runnel's own, both CORRUPT_MESSAGE: bytes after the last whole
// batch (Kafka silently trims them) and a CreateTime maxTimestamp below the first timestamp.
#include <napi.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "args.h"
#include "crc32c.h"
#include "modules.h"

namespace runnel {
namespace {

// Field offsets of the v2 batch header (docs/implementation.html, "Record Batch").
constexpr size_t kBaseOffset = 0;
constexpr size_t kBatchLength = 8;
constexpr size_t kPartitionLeaderEpoch = 12;
constexpr size_t kMagic = 16;
constexpr size_t kCrc = 17;
constexpr size_t kAttributes = 21;
constexpr size_t kLastOffsetDelta = 23;
constexpr size_t kFirstTimestamp = 27;
constexpr size_t kMaxTimestamp = 35;
constexpr size_t kProducerId = 43;
constexpr size_t kProducerEpoch = 51;
constexpr size_t kBaseSequence = 53;
constexpr size_t kRecordCount = 57;
constexpr size_t kHeaderSize = 61;
constexpr size_t kLogOverhead = 12;  // baseOffset + batchLength precede what batchLength counts

constexpr int16_t kCompressionMask = 0x07;
constexpr int16_t kTimestampTypeBit = 0x08;
constexpr int16_t kTransactionalBit = 0x10;
constexpr int16_t kControlBit = 0x20;

constexpr int64_t kMaxSafeInt = 9007199254740991LL;

inline uint64_t Read64(const uint8_t* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return __builtin_bswap64(v);
}
inline uint32_t Read32(const uint8_t* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return __builtin_bswap32(v);
}
inline uint16_t Read16(const uint8_t* p) {
  uint16_t v;
  std::memcpy(&v, p, 2);
  return __builtin_bswap16(v);
}
inline void Write64(uint8_t* p, uint64_t v) {
  v = __builtin_bswap64(v);
  std::memcpy(p, &v, 8);
}
inline void Write32(uint8_t* p, uint32_t v) {
  v = __builtin_bswap32(v);
  std::memcpy(p, &v, 4);
}
inline void Write16(uint8_t* p, uint16_t v) {
  v = __builtin_bswap16(v);
  std::memcpy(p, &v, 2);
}

struct Batch {
  size_t position;
  size_t size;  // 12 + batchLength
  int64_t baseOffset;
  int32_t partitionLeaderEpoch;
  int8_t magic;
  uint32_t crc;
  int16_t attributes;
  int32_t lastOffsetDelta;
  int64_t firstTimestamp;
  int64_t maxTimestamp;
  int64_t producerId;
  int16_t producerEpoch;
  int32_t baseSequence;
  int32_t recordCount;
};

Batch ReadHeader(const uint8_t* p, size_t position, size_t size) {
  Batch b;
  b.position = position;
  b.size = size;
  b.baseOffset = static_cast<int64_t>(Read64(p + kBaseOffset));
  b.partitionLeaderEpoch = static_cast<int32_t>(Read32(p + kPartitionLeaderEpoch));
  b.magic = static_cast<int8_t>(p[kMagic]);
  b.crc = Read32(p + kCrc);
  b.attributes = static_cast<int16_t>(Read16(p + kAttributes));
  b.lastOffsetDelta = static_cast<int32_t>(Read32(p + kLastOffsetDelta));
  b.firstTimestamp = static_cast<int64_t>(Read64(p + kFirstTimestamp));
  b.maxTimestamp = static_cast<int64_t>(Read64(p + kMaxTimestamp));
  b.producerId = static_cast<int64_t>(Read64(p + kProducerId));
  b.producerEpoch = static_cast<int16_t>(Read16(p + kProducerEpoch));
  b.baseSequence = static_cast<int32_t>(Read32(p + kBaseSequence));
  b.recordCount = static_cast<int32_t>(Read32(p + kRecordCount));
  return b;
}

inline uint32_t ComputeCrc(const uint8_t* batch, size_t size) {
  return Crc32c(0, batch + kAttributes, size - kAttributes);
}

// The size of the batch at p, or 0 when the remaining bytes cannot hold its length field or
// its whole body. Sets `tooSmall` when the length field is below a v2 header.
size_t FramedSize(const uint8_t* p, size_t remaining, bool* tooSmall) {
  *tooSmall = false;
  if (remaining < kLogOverhead) return 0;
  int32_t batchLength = static_cast<int32_t>(Read32(p + kBatchLength));
  if (batchLength < static_cast<int32_t>(kHeaderSize - kLogOverhead)) {
    *tooSmall = true;
    return 0;
  }
  size_t size = kLogOverhead + static_cast<size_t>(batchLength);
  return size <= remaining ? size : 0;
}

struct Failure {
  const char* kafkaError;
  std::string message;
};

// Read before the size checks because a legacy message set is legitimately shorter than a v2
// header; an empty kafkaError means the magic is 2.
Failure CheckMagic(int8_t magic) {
  if (magic < 0 || magic > 2) return {"CORRUPT_MESSAGE", "invalid magic " + std::to_string(magic)};
  if (magic < 2) {
    return {"UNSUPPORTED_FOR_MESSAGE_FORMAT",
            "record batch magic " + std::to_string(magic) + " is not supported, only v2"};
  }
  return {"", ""};
}

// An empty kafkaError means the batch passed.
Failure CheckBatch(const uint8_t* p, const Batch& b, uint64_t maxBatchBytes, bool fromClient) {
  if (b.size > maxBatchBytes) {
    return {"MESSAGE_TOO_LARGE", "record batch size " + std::to_string(b.size) +
                                     " exceeds the maximum of " + std::to_string(maxBatchBytes)};
  }
  uint32_t computed = ComputeCrc(p, b.size);
  if (computed != b.crc) {
    return {"CORRUPT_MESSAGE", "record batch is corrupt (stored crc = " + std::to_string(b.crc) +
                                   ", computed crc = " + std::to_string(computed) + ")"};
  }
  if (b.recordCount <= 0) {
    return {"INVALID_RECORD", "invalid record count " + std::to_string(b.recordCount)};
  }
  if (b.lastOffsetDelta < 0) {
    return {"INVALID_RECORD", "invalid lastOffsetDelta " + std::to_string(b.lastOffsetDelta)};
  }
  if (static_cast<int64_t>(b.lastOffsetDelta) + 1 != b.recordCount) {
    return {"INVALID_RECORD", "lastOffsetDelta " + std::to_string(b.lastOffsetDelta) +
                                  " does not match record count " + std::to_string(b.recordCount)};
  }
  if ((b.attributes & kTimestampTypeBit) == 0 && b.maxTimestamp < b.firstTimestamp) {
    return {"CORRUPT_MESSAGE", "maxTimestamp " + std::to_string(b.maxTimestamp) +
                                   " is below firstTimestamp " + std::to_string(b.firstTimestamp)};
  }
  if (b.producerId > kMaxSafeInt || b.producerId < -kMaxSafeInt) {
    return {"CORRUPT_MESSAGE", "producerId " + std::to_string(b.producerId) + " is out of range"};
  }
  if (fromClient) {
    if (b.baseOffset != 0) {
      return {"INVALID_RECORD",
              "baseOffset of a client batch must be 0, not " + std::to_string(b.baseOffset)};
    }
    if (b.attributes & kControlBit) {
      return {"INVALID_RECORD", "clients may not write control batches"};
    }
    if (b.producerId >= 0 && b.baseSequence < 0) {
      return {"INVALID_RECORD", "invalid base sequence " + std::to_string(b.baseSequence) +
                                    " for producerId " + std::to_string(b.producerId)};
    }
  }
  return {"", ""};
}

Napi::Error BatchError(Napi::Env env, const char* kafkaError, const std::string& message,
                       size_t batchIndex, size_t position) {
  Napi::Error error = Napi::Error::New(
      env, message + " (batch " + std::to_string(batchIndex) + " at byte " +
               std::to_string(position) + ")");
  error.Set("kafkaError", Napi::String::New(env, kafkaError));
  error.Set("batchIndex", Napi::Number::New(env, static_cast<double>(batchIndex)));
  return error;
}

Napi::Object Summary(Napi::Env env, const Batch& b) {
  Napi::Object o = Napi::Object::New(env);
  auto num = [&](const char* key, double v) { o.Set(key, Napi::Number::New(env, v)); };
  num("position", static_cast<double>(b.position));
  num("sizeInBytes", static_cast<double>(b.size));
  num("baseOffset", static_cast<double>(b.baseOffset));
  num("lastOffsetDelta", b.lastOffsetDelta);
  num("lastOffset", static_cast<double>(b.baseOffset + b.lastOffsetDelta));
  num("partitionLeaderEpoch", b.partitionLeaderEpoch);
  num("attributes", b.attributes);
  num("compression", b.attributes & kCompressionMask);
  num("timestampType", (b.attributes & kTimestampTypeBit) ? 1 : 0);
  o.Set("isTransactional", Napi::Boolean::New(env, (b.attributes & kTransactionalBit) != 0));
  o.Set("isControl", Napi::Boolean::New(env, (b.attributes & kControlBit) != 0));
  num("firstTimestamp", static_cast<double>(b.firstTimestamp));
  num("maxTimestamp", static_cast<double>(b.maxTimestamp));
  num("producerId", static_cast<double>(b.producerId));
  num("producerEpoch", b.producerEpoch);
  num("baseSequence", b.baseSequence);
  num("recordCount", b.recordCount);
  return o;
}

int64_t Int64Option(Napi::Object opts, const char* name, bool required, int64_t fallback,
                    int64_t min, int64_t max) {
  Napi::Value v = opts.Get(name);
  if (v.IsUndefined() && !required) return fallback;
  if (!v.IsNumber()) {
    throw Napi::TypeError::New(opts.Env(), std::string("options.") + name + " must be a number");
  }
  double d = v.As<Napi::Number>().DoubleValue();
  if (!(d >= static_cast<double>(min) && d <= static_cast<double>(max)) ||
      d != static_cast<double>(static_cast<int64_t>(d))) {
    throw Napi::RangeError::New(opts.Env(), std::string("options.") + name +
                                                " must be an integer in [" + std::to_string(min) +
                                                ", " + std::to_string(max) + "]");
  }
  return static_cast<int64_t>(d);
}

// validateAndAssignOffsets(buf, { baseOffset, partitionLeaderEpoch, logAppendTimeMs?,
//   maxBatchBytes, fromClient? }) -> summaries. All batches are checked before any is patched,
// so a rejected buffer is left exactly as it came.
Napi::Value ValidateAndAssignOffsets(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  ByteSpan buf = BytesArg(info[0], "buf");
  if (!info[1].IsObject()) throw Napi::TypeError::New(env, "options must be an object");
  Napi::Object opts = info[1].As<Napi::Object>();
  int64_t baseOffset = Int64Option(opts, "baseOffset", true, 0, 0, kMaxSafeInt);
  int32_t epoch = static_cast<int32_t>(
      Int64Option(opts, "partitionLeaderEpoch", true, 0, INT32_MIN, INT32_MAX));
  bool logAppendTime = !opts.Get("logAppendTimeMs").IsUndefined();
  int64_t logAppendTimeMs =
      Int64Option(opts, "logAppendTimeMs", false, 0, -kMaxSafeInt, kMaxSafeInt);
  uint64_t maxBatchBytes =
      static_cast<uint64_t>(Int64Option(opts, "maxBatchBytes", true, 0, 0, kMaxSafeInt));
  bool fromClient = opts.Get("fromClient").ToBoolean().Value();

  std::vector<Batch> batches;
  size_t position = 0;
  while (position < buf.length) {
    const uint8_t* p = buf.data + position;
    size_t remaining = buf.length - position;
    size_t index = batches.size();
    if (remaining > kMagic) {
      Failure magic = CheckMagic(static_cast<int8_t>(p[kMagic]));
      if (magic.kafkaError[0] != '\0') {
        throw BatchError(env, magic.kafkaError, magic.message, index, position);
      }
    }
    bool tooSmall;
    size_t size = FramedSize(p, remaining, &tooSmall);
    if (tooSmall) {
      throw BatchError(env, "CORRUPT_MESSAGE",
                       "record batch is smaller than the minimum header of " +
                           std::to_string(kHeaderSize) + " bytes",
                       index, position);
    }
    if (size == 0) {
      throw BatchError(env, "CORRUPT_MESSAGE",
                       std::to_string(remaining) + " trailing bytes do not hold a whole batch",
                       index, position);
    }
    Batch b = ReadHeader(p, position, size);
    Failure failure = CheckBatch(p, b, maxBatchBytes, fromClient);
    if (failure.kafkaError[0] != '\0') {
      throw BatchError(env, failure.kafkaError, failure.message, index, position);
    }
    batches.push_back(b);
    position += size;
  }
  if (batches.empty()) {
    throw BatchError(env, "CORRUPT_MESSAGE", "no record batch in an empty buffer", 0, 0);
  }
  int64_t lastOffset = baseOffset;
  for (const Batch& b : batches) {
    lastOffset += static_cast<int64_t>(b.lastOffsetDelta) + 1;
  }
  if (lastOffset - 1 > kMaxSafeInt) {
    throw Napi::RangeError::New(env, "assigned offsets would pass 2^53");
  }

  Napi::Array summaries = Napi::Array::New(env, batches.size());
  int64_t next = baseOffset;
  for (size_t i = 0; i < batches.size(); i++) {
    Batch& b = batches[i];
    uint8_t* p = buf.data + b.position;
    b.baseOffset = next;
    b.partitionLeaderEpoch = epoch;
    Write64(p + kBaseOffset, static_cast<uint64_t>(next));
    Write32(p + kPartitionLeaderEpoch, static_cast<uint32_t>(epoch));
    // The timestamp type is the topic's choice (message.timestamp.type), whatever the producer
    // sent; attributes and maxTimestamp are CRC-covered, so any change re-seals the batch.
    int16_t attributes = logAppendTime ? (b.attributes | kTimestampTypeBit)
                                       : static_cast<int16_t>(b.attributes & ~kTimestampTypeBit);
    int64_t maxTimestamp = logAppendTime ? logAppendTimeMs : b.maxTimestamp;
    if (attributes != b.attributes || maxTimestamp != b.maxTimestamp) {
      b.attributes = attributes;
      b.maxTimestamp = maxTimestamp;
      Write16(p + kAttributes, static_cast<uint16_t>(attributes));
      Write64(p + kMaxTimestamp, static_cast<uint64_t>(maxTimestamp));
      b.crc = ComputeCrc(p, b.size);
      Write32(p + kCrc, b.crc);
    }
    next += static_cast<int64_t>(b.lastOffsetDelta) + 1;
    summaries.Set(static_cast<uint32_t>(i), Summary(env, b));
  }
  return summaries;
}

// scanBatches(buf, verifyCrc) -> { validBytes, batchCount, error, batches: Float64Array }.
// Stops quietly at a torn tail (the normal state of a log after a crash) and with a reason at
// the first batch that cannot be trusted.
Napi::Value ScanBatches(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  ByteSpan buf = BytesArg(info[0], "buf");
  bool verifyCrc = info[1].ToBoolean().Value();

  std::vector<double> rows;
  std::string error;
  size_t position = 0;
  while (position < buf.length) {
    const uint8_t* p = buf.data + position;
    bool tooSmall;
    size_t size = FramedSize(p, buf.length - position, &tooSmall);
    if (tooSmall) {
      error = "batch length below the minimum header";
      break;
    }
    if (size == 0) break;
    int8_t magic = static_cast<int8_t>(p[kMagic]);
    if (magic != 2) {
      error = "unsupported magic " + std::to_string(magic);
      break;
    }
    if (verifyCrc) {
      uint32_t stored = Read32(p + kCrc);
      uint32_t computed = ComputeCrc(p, size);
      if (stored != computed) {
        error = "crc mismatch (stored " + std::to_string(stored) + ", computed " +
                std::to_string(computed) + ")";
        break;
      }
    }
    int64_t base = static_cast<int64_t>(Read64(p + kBaseOffset));
    int32_t lastOffsetDelta = static_cast<int32_t>(Read32(p + kLastOffsetDelta));
    if (base < 0 || base > kMaxSafeInt || lastOffsetDelta < 0) {
      error = "offset range out of bounds";
      break;
    }
    rows.push_back(static_cast<double>(position));
    rows.push_back(static_cast<double>(base));
    rows.push_back(static_cast<double>(base + lastOffsetDelta));
    rows.push_back(static_cast<double>(static_cast<int64_t>(Read64(p + kMaxTimestamp))));
    position += size;
  }

  Napi::Float64Array table = Napi::Float64Array::New(env, rows.size());
  if (!rows.empty()) std::memcpy(table.Data(), rows.data(), rows.size() * sizeof(double));
  Napi::Object result = Napi::Object::New(env);
  result.Set("validBytes", Napi::Number::New(env, static_cast<double>(position)));
  result.Set("batchCount", Napi::Number::New(env, static_cast<double>(rows.size() / 4)));
  result.Set("error", error.empty() ? env.Null()
                                    : Napi::String::New(env, error + " at byte " +
                                                                 std::to_string(position)));
  result.Set("batches", table);
  return result;
}

}  // namespace

void InitRecordBatch(Napi::Env env, Napi::Object exports) {
  exports.Set("validateAndAssignOffsets",
              Napi::Function::New<ValidateAndAssignOffsets>(env, "validateAndAssignOffsets"));
  exports.Set("scanBatches", Napi::Function::New<ScanBatches>(env, "scanBatches"));
}

}  // namespace runnel
