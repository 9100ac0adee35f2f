// Each concept of the data plane registers its exports through one of these.
#pragma once

#include <napi.h>

namespace runnel {

void InitCrc32c(Napi::Env env, Napi::Object exports);
void InitMurmur2(Napi::Env env, Napi::Object exports);
void InitRecordBatch(Napi::Env env, Napi::Object exports);
void InitSegmentFile(Napi::Env env, Napi::Object exports);

}  // namespace runnel
