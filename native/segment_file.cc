// SegmentFile: one open log segment file (.log) with the system calls the log needs.
//
// Zero-copy reads: readView (mmap) is the Fetch path; sendfile is kept for measurement and for a
// future plaintext fast path. bench/native.ts, two runs on the shared 2-core dev VM (load ~5,
// so wide ranges), 512 MiB from page cache to a loopback socket drained by another process:
//                               16 KiB reads      1 MiB reads
//   pread (fresh Buffer)+write  337-406 MB/s      267-410 MB/s
//   readView + socket.write     331-555 MB/s      537-692 MB/s
//   sendfile, poll on EAGAIN    170-240 MB/s      219-1026 MB/s
// Into the process alone: pread into a pooled buffer 5.0-5.2 GB/s (16 KiB), 15-18 GB/s (1 MiB);
// a 16 KiB readView costs 3-4 us (an external ArrayBuffer; mostly V8's external-memory
// accounting, which at 1 MiB views also brings extra GCs: 40-100 us each).
// Why readView: sendfile is not dramatically faster (it wins one 1 MiB run, loses the rest) and
// fits Node badly. libuv owns the socket fd and offers no writability callback, so EAGAIN can
// only be polled; sendfile must wait until Node's own write queue (the response header bytes)
// has drained or the bytes interleave; and it cannot go through TLS. A view is a plain Buffer
// that socket.write, writev and TLS take as they are, ordered with everything else.
#include <errno.h>
#include <fcntl.h>
#include <napi.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <string>
#include <vector>

#include "args.h"
#include "errors.h"
#include "modules.h"

namespace runnel {
namespace {

// A read-only shared mapping of the file from offset 0. Views hold it alive through their
// external ArrayBuffer finalizers, so it may outlive the SegmentFile and its fd.
struct Mapping {
  Mapping(uint8_t* mappedBase, size_t mappedLength) : base(mappedBase), length(mappedLength) {}
  Mapping(const Mapping&) = delete;
  Mapping& operator=(const Mapping&) = delete;
  ~Mapping() { munmap(base, length); }
  uint8_t* const base;
  const size_t length;
};

constexpr size_t kMinMapping = size_t{64} << 20;

size_t MappingLengthFor(uint64_t need) {
  size_t length = kMinMapping;
  while (length < need) length <<= 1;
  return length;
}

size_t PageSize() {
  static const size_t size = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  return size;
}

class SegmentFile : public Napi::ObjectWrap<SegmentFile> {
 public:
  static Napi::Function Define(Napi::Env env);

  // new SegmentFile(path, create, readOnly): the bindings expose it as SegmentFile.open().
  explicit SegmentFile(const Napi::CallbackInfo& info);
  ~SegmentFile() override;

  // fsync workers keep the fd open until they finish, even across close().
  void BeginAsync() { pending_++; }
  void EndAsync() {
    if (--pending_ == 0 && closed_) ReleaseFd();
  }
  int fd() const { return fd_; }
  const std::string& path() const { return path_; }

 private:
  Napi::Value Path(const Napi::CallbackInfo& info) { return Napi::String::New(info.Env(), path_); }
  Napi::Value Fd(const Napi::CallbackInfo& info) {
    return Napi::Number::New(info.Env(), closed_ ? -1 : fd_);
  }
  Napi::Value Size(const Napi::CallbackInfo& info);
  Napi::Value Append(const Napi::CallbackInfo& info);
  Napi::Value Pread(const Napi::CallbackInfo& info);
  Napi::Value ReadView(const Napi::CallbackInfo& info);
  Napi::Value Sendfile(const Napi::CallbackInfo& info);
  Napi::Value Truncate(const Napi::CallbackInfo& info);
  Napi::Value Fsync(const Napi::CallbackInfo& info);
  Napi::Value Fdatasync(const Napi::CallbackInfo& info);
  Napi::Value Close(const Napi::CallbackInfo& info);

  void EnsureOpen(Napi::Env env, const char* syscall) const {
    if (closed_) throw IoError(env, EBADF, syscall, path_);
  }
  uint64_t Stat(Napi::Env env);
  void RetireMapping(uint64_t newSize);
  Napi::Value ReleaseMappedPages(const Napi::CallbackInfo& info);
  void ReleaseFd() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

  std::string path_;
  int fd_ = -1;
  bool closed_ = false;
  int pending_ = 0;
  uint64_t end_ = 0;  // file size as this object last wrote or observed it
  std::shared_ptr<Mapping> mapping_;
};

SegmentFile::SegmentFile(const Napi::CallbackInfo& info) : Napi::ObjectWrap<SegmentFile>(info) {
  Napi::Env env = info.Env();
  if (!info[0].IsString()) throw Napi::TypeError::New(env, "path must be a string");
  path_ = info[0].As<Napi::String>().Utf8Value();
  bool create = info[1].ToBoolean().Value();
  bool readOnly = info[2].ToBoolean().Value();
  int flags = (readOnly ? O_RDONLY : O_RDWR) | O_CLOEXEC | (create ? O_CREAT : 0);
  do {
    fd_ = ::open(path_.c_str(), flags, 0644);
  } while (fd_ < 0 && errno == EINTR);
  if (fd_ < 0) {
    closed_ = true;
    throw IoError(env, errno, "open", path_);
  }
  end_ = Stat(env);
}

SegmentFile::~SegmentFile() { ReleaseFd(); }

uint64_t SegmentFile::Stat(Napi::Env env) {
  struct stat st;
  if (::fstat(fd_, &st) != 0) throw IoError(env, errno, "fstat", path_);
  end_ = static_cast<uint64_t>(st.st_size);
  return end_;
}

Napi::Value SegmentFile::Size(const Napi::CallbackInfo& info) {
  EnsureOpen(info.Env(), "fstat");
  return Napi::Number::New(info.Env(), static_cast<double>(Stat(info.Env())));
}

// One pwritev per call (more only on a short write or past IOV_MAX buffers) at the end of the
// file. A failure part-way leaves no torn batch behind: the file is cut back to its old end.
Napi::Value SegmentFile::Append(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  EnsureOpen(env, "write");
  if (!info[0].IsArray()) throw Napi::TypeError::New(env, "buffers must be an array of Uint8Array");
  Napi::Array list = info[0].As<Napi::Array>();
  uint32_t count = list.Length();
  std::vector<iovec> iov;
  iov.reserve(count);
  uint64_t total = 0;
  for (uint32_t i = 0; i < count; i++) {
    ByteSpan span = BytesArg(list.Get(i), "every buffer");
    if (span.length == 0) continue;
    iov.push_back(iovec{span.data, span.length});
    total += span.length;
  }
  const uint64_t start = end_;
  uint64_t written = 0;
  size_t first = 0;
  while (first < iov.size()) {
    int n = static_cast<int>(std::min(iov.size() - first, static_cast<size_t>(IOV_MAX)));
    ssize_t r = ::pwritev(fd_, iov.data() + first, n, static_cast<off_t>(start + written));
    if (r < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      if (written > 0 && ::ftruncate(fd_, static_cast<off_t>(start)) != 0) end_ = start + written;
      throw IoError(env, err, "write", path_);
    }
    written += static_cast<uint64_t>(r);
    size_t consumed = static_cast<size_t>(r);
    while (first < iov.size() && consumed >= iov[first].iov_len) {
      consumed -= iov[first].iov_len;
      first++;
    }
    if (consumed > 0) {
      iov[first].iov_base = static_cast<uint8_t*>(iov[first].iov_base) + consumed;
      iov[first].iov_len -= consumed;
    }
  }
  end_ = start + total;
  return Napi::Number::New(env, static_cast<double>(end_));
}

Napi::Value SegmentFile::Pread(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  EnsureOpen(env, "read");
  ByteSpan target = BytesArg(info[0], "target");
  uint64_t position = IndexArg(info[1], "position");
  size_t done = 0;
  while (done < target.length) {
    ssize_t r = ::pread(fd_, target.data + done, target.length - done,
                        static_cast<off_t>(position + done));
    if (r < 0) {
      if (errno == EINTR) continue;
      throw IoError(env, errno, "read", path_);
    }
    if (r == 0) break;
    done += static_cast<size_t>(r);
  }
  return Napi::Number::New(env, static_cast<double>(done));
}

// Bytes [position, position + length) clamped to the file size, as a Buffer over the shared
// mapping (empty at or past EOF). Nothing past the size is handed out, so a view never touches
// a page beyond EOF, the one access that would raise SIGBUS.
Napi::Value SegmentFile::ReadView(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  EnsureOpen(env, "mmap");
  uint64_t position = IndexArg(info[0], "position");
  uint64_t length = IndexArg(info[1], "length");
  if (position + length > end_) Stat(env);  // another writer (or our own) may have grown it
  uint64_t available = position < end_ ? std::min(length, end_ - position) : 0;
  if (available == 0) return Napi::Buffer<uint8_t>::New(env, 0);
  uint64_t need = position + available;
  if (!mapping_ || mapping_->length < need) {
    size_t mapLength = MappingLengthFor(need);
    void* base = ::mmap(nullptr, mapLength, PROT_READ, MAP_SHARED, fd_, 0);
    if (base == MAP_FAILED) throw IoError(env, errno, "mmap", path_);
    mapping_ = std::make_shared<Mapping>(static_cast<uint8_t*>(base), mapLength);
  }
  auto* hold = new std::shared_ptr<Mapping>(mapping_);
  return Napi::Buffer<uint8_t>::New(
      env, mapping_->base + position, static_cast<size_t>(available),
      [](Napi::Env, uint8_t*, std::shared_ptr<Mapping>* held) { delete held; }, hold);
}

// Drops this process's page-table entries for the current mapping (MADV_DONTNEED). Pages a read
// view touched stay in the page cache but no longer count in the broker's RSS; a view still in use
// faults them back in from the file, unchanged, because the mapping is shared and file-backed.
Napi::Value SegmentFile::ReleaseMappedPages(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (mapping_ && ::madvise(mapping_->base, mapping_->length, MADV_DONTNEED) != 0) {
    throw IoError(env, errno, "madvise", path_);
  }
  return env.Undefined();
}

// sendfile(2) into a non-blocking socket until `length` bytes, EOF, or EAGAIN.
Napi::Value SegmentFile::Sendfile(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  EnsureOpen(env, "sendfile");
  uint64_t outFd = IndexArg(info[0], "outFd");
  if (outFd > INT_MAX) throw Napi::RangeError::New(env, "outFd is not a file descriptor");
  off_t offset = static_cast<off_t>(IndexArg(info[1], "position"));
  uint64_t length = IndexArg(info[2], "length");
  uint64_t sent = 0;
  while (sent < length) {
    ssize_t r = ::sendfile(static_cast<int>(outFd), fd_, &offset,
                           static_cast<size_t>(std::min<uint64_t>(length - sent, 0x7ffff000)));
    if (r < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) break;
      throw IoError(env, errno, "sendfile", path_);
    }
    if (r == 0) break;
    sent += static_cast<uint64_t>(r);
  }
  return Napi::Number::New(env, static_cast<double>(sent));
}

// Views already handed out must not fault once the file shrinks under them: the mapped pages
// past the new size are replaced by anonymous zero pages (those bytes are gone from the log
// anyway), and later views get a fresh mapping of the file.
void SegmentFile::RetireMapping(uint64_t newSize) {
  if (!mapping_) return;
  size_t page = PageSize();
  size_t keep = static_cast<size_t>((newSize + page - 1) / page * page);
  if (keep < mapping_->length) {
    ::mmap(mapping_->base + keep, mapping_->length - keep, PROT_READ,
           MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
  }
  mapping_.reset();
}

Napi::Value SegmentFile::Truncate(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  EnsureOpen(env, "ftruncate");
  uint64_t size = IndexArg(info[0], "size");
  if (size < Stat(env)) RetireMapping(size);
  int r;
  do {
    r = ::ftruncate(fd_, static_cast<off_t>(size));
  } while (r != 0 && errno == EINTR);
  if (r != 0) throw IoError(env, errno, "ftruncate", path_);
  end_ = size;
  return env.Undefined();
}

// fsync/fdatasync on libuv's pool. The worker pins the JS object so the file cannot be
// collected mid-flush, and close() defers the real close(2) until it returns.
class SyncWorker : public Napi::AsyncWorker {
 public:
  SyncWorker(Napi::Env env, SegmentFile* file, Napi::Object self, bool dataOnly)
      : Napi::AsyncWorker(env, dataOnly ? "runnel:fdatasync" : "runnel:fsync"),
        deferred_(Napi::Promise::Deferred::New(env)),
        file_(file),
        self_(Napi::Persistent(self)),
        fd_(file->fd()),
        dataOnly_(dataOnly) {
    file_->BeginAsync();
  }
  Napi::Promise Promise() const { return deferred_.Promise(); }

  void Execute() override {
    int r;
    do {
      r = dataOnly_ ? ::fdatasync(fd_) : ::fsync(fd_);
    } while (r != 0 && errno == EINTR);
    err_ = r == 0 ? 0 : errno;
  }
  void OnOK() override {
    Napi::Env env = Env();
    if (err_ != 0) {
      deferred_.Reject(IoError(env, err_, dataOnly_ ? "fdatasync" : "fsync", file_->path()).Value());
    } else {
      deferred_.Resolve(env.Undefined());
    }
    file_->EndAsync();
    self_.Reset();
  }

 private:
  Napi::Promise::Deferred deferred_;
  SegmentFile* file_;
  Napi::ObjectReference self_;
  int fd_;
  bool dataOnly_;
  int err_ = 0;
};

Napi::Value SegmentFile::Fsync(const Napi::CallbackInfo& info) {
  EnsureOpen(info.Env(), "fsync");
  auto* worker = new SyncWorker(info.Env(), this, info.This().As<Napi::Object>(), false);
  worker->Queue();
  return worker->Promise();
}

Napi::Value SegmentFile::Fdatasync(const Napi::CallbackInfo& info) {
  EnsureOpen(info.Env(), "fdatasync");
  auto* worker = new SyncWorker(info.Env(), this, info.This().As<Napi::Object>(), true);
  worker->Queue();
  return worker->Promise();
}

Napi::Value SegmentFile::Close(const Napi::CallbackInfo& info) {
  if (!closed_) {
    closed_ = true;
    mapping_.reset();
    if (pending_ == 0) ReleaseFd();
  }
  return info.Env().Undefined();
}

Napi::Function SegmentFile::Define(Napi::Env env) {
  return DefineClass(env, "SegmentFile",
                     {
                         InstanceAccessor<&SegmentFile::Path>("path"),
                         InstanceAccessor<&SegmentFile::Fd>("fd"),
                         InstanceMethod<&SegmentFile::Size>("size"),
                         InstanceMethod<&SegmentFile::Append>("append"),
                         InstanceMethod<&SegmentFile::Pread>("pread"),
                         InstanceMethod<&SegmentFile::ReadView>("readView"),
                         InstanceMethod<&SegmentFile::ReleaseMappedPages>("releaseMappedPages"),
                         InstanceMethod<&SegmentFile::Sendfile>("sendfile"),
                         InstanceMethod<&SegmentFile::Truncate>("truncate"),
                         InstanceMethod<&SegmentFile::Fsync>("fsync"),
                         InstanceMethod<&SegmentFile::Fdatasync>("fdatasync"),
                         InstanceMethod<&SegmentFile::Close>("close"),
                     });
}

// fsyncDirectory(path): makes a rename or a new file in the directory durable.
class DirectorySyncWorker : public Napi::AsyncWorker {
 public:
  DirectorySyncWorker(Napi::Env env, std::string path)
      : Napi::AsyncWorker(env, "runnel:fsyncDirectory"),
        deferred_(Napi::Promise::Deferred::New(env)),
        path_(std::move(path)) {}
  Napi::Promise Promise() const { return deferred_.Promise(); }

  void Execute() override {
    int fd;
    do {
      fd = ::open(path_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
      err_ = errno;
      syscall_ = "open";
      return;
    }
    if (::fsync(fd) != 0) {
      err_ = errno;
      syscall_ = "fsync";
    }
    ::close(fd);
  }
  void OnOK() override {
    if (err_ != 0) {
      deferred_.Reject(IoError(Env(), err_, syscall_, path_).Value());
    } else {
      deferred_.Resolve(Env().Undefined());
    }
  }

 private:
  Napi::Promise::Deferred deferred_;
  std::string path_;
  int err_ = 0;
  const char* syscall_ = "";
};

Napi::Value FsyncDirectory(const Napi::CallbackInfo& info) {
  if (!info[0].IsString()) throw Napi::TypeError::New(info.Env(), "path must be a string");
  auto* worker = new DirectorySyncWorker(info.Env(), info[0].As<Napi::String>().Utf8Value());
  worker->Queue();
  return worker->Promise();
}

}  // namespace

void InitSegmentFile(Napi::Env env, Napi::Object exports) {
  exports.Set("SegmentFile", SegmentFile::Define(env));
  exports.Set("fsyncDirectory", Napi::Function::New<FsyncDirectory>(env, "fsyncDirectory"));
}

}  // namespace runnel
