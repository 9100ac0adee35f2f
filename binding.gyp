{
  "targets": [
    {
      "target_name": "runnel_native",
      "sources": [
        "native/addon.cc",
        "native/crc32c.cc",
        "native/murmur2.cc",
        "native/record_batch.cc",
        "native/segment_file.cc"
      ],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_VERSION=8", "NODE_ADDON_API_DISABLE_DEPRECATED", "NAPI_CPP_EXCEPTIONS"],
      "cflags_cc!": ["-fno-exceptions"],
      "cflags_cc": ["-std=c++17", "-O3", "-fexceptions", "-fvisibility=hidden", "-Wall", "-Wextra"],
      "cflags!": ["-fno-exceptions"]
    }
  ]
}
