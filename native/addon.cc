// Entry point of the native data plane. Each concept registers its functions here.
#include <napi.h>

#include "modules.h"

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("abiVersion", Napi::Number::New(env, 1));
  runnel::InitCrc32c(env, exports);
  runnel::InitMurmur2(env, exports);
  runnel::InitRecordBatch(env, exports);
  runnel::InitSegmentFile(env, exports);
  return exports;
}

NODE_API_MODULE(runnel_native, Init)
