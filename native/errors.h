// How native failures reach JavaScript: as ordinary Errors, never as an abort.
#pragma once

#include <napi.h>
#include <uv.h>

#include <string>

namespace runnel {

// Shaped like Node's own fs errors (errno is negative, libuv style; code is the errno name) so
// callers can treat a SegmentFile failure exactly like an fs failure.
inline Napi::Error IoError(Napi::Env env, int err, const char* syscall, const std::string& path) {
  char name[64];
  char text[256];
  uv_err_name_r(-err, name, sizeof name);
  uv_strerror_r(-err, text, sizeof text);
  Napi::Error error = Napi::Error::New(
      env, std::string(name) + ": " + text + ", " + syscall + " '" + path + "'");
  error.Set("errno", Napi::Number::New(env, -err));
  error.Set("code", Napi::String::New(env, name));
  error.Set("syscall", Napi::String::New(env, syscall));
  error.Set("path", Napi::String::New(env, path));
  return error;
}

}  // namespace runnel
