// Argument checks shared by every exported function: bad input is a TypeError/RangeError in JS.
#pragma once

#include <napi.h>

#include <cstddef>
#include <cstdint>
#include <string>

namespace runnel {

struct ByteSpan {
  uint8_t* data;
  size_t length;
};

inline ByteSpan BytesArg(const Napi::Value& value, const char* name) {
  if (!value.IsTypedArray() ||
      value.As<Napi::TypedArray>().TypedArrayType() != napi_uint8_array) {
    throw Napi::TypeError::New(value.Env(), std::string(name) + " must be a Uint8Array or Buffer");
  }
  Napi::Uint8Array array = value.As<Napi::Uint8Array>();
  return ByteSpan{array.Data(), array.ByteLength()};
}

constexpr double kMaxSafeInteger = 9007199254740991.0;

// A non-negative integer that a double represents exactly (file positions, sizes, counts).
inline uint64_t IndexArg(const Napi::Value& value, const char* name) {
  if (!value.IsNumber()) {
    throw Napi::TypeError::New(value.Env(), std::string(name) + " must be a number");
  }
  double d = value.As<Napi::Number>().DoubleValue();
  if (!(d >= 0 && d <= kMaxSafeInteger) || d != static_cast<double>(static_cast<uint64_t>(d))) {
    throw Napi::RangeError::New(value.Env(),
                                std::string(name) + " must be a non-negative safe integer");
  }
  return static_cast<uint64_t>(d);
}

inline uint32_t Uint32Arg(const Napi::Value& value, const char* name) {
  if (!value.IsNumber()) {
    throw Napi::TypeError::New(value.Env(), std::string(name) + " must be a number");
  }
  double d = value.As<Napi::Number>().DoubleValue();
  if (!(d >= 0 && d <= 4294967295.0) || d != static_cast<double>(static_cast<uint32_t>(d))) {
    throw Napi::RangeError::New(value.Env(), std::string(name) + " must be an unsigned 32-bit integer");
  }
  return static_cast<uint32_t>(d);
}

}  // namespace runnel
