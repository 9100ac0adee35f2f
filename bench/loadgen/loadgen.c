/*
 * loadgen: Runnel's load generator, a small librdkafka program so that the broker is measured
 * by a client that is not its own. Every mode prints one JSON line per measured phase on stdout;
 * diagnostics go to stderr. See bench/README.md.
 *
 *   loadgen produce  (--bootstrap H:P | --mock) --topic T [--partitions N] --size B
 *                    [--acks 1|all|0] [--compression none|gzip|snappy|lz4|zstd]
 *                    (--count N | --duration S) [--rate RECORDS_PER_S] [--linger-ms MS]
 *   loadgen consume  (--bootstrap H:P | --mock) --topic T [--partitions N] --count N
 *                    [--fill N --size B ...] [--rewind] [--fetch-wait-ms MS]
 *   loadgen latency  (--bootstrap H:P | --mock) --topic T --size B --rate RECORDS_PER_S
 *                    --duration S [--warmup S] [--acks ...] [--linger-ms MS] [--fetch-wait-ms MS]
 *   consume and latency take --client-rack R: the consumer's client.rack (KIP-392).
 *   loadgen delete   --bootstrap H:P --topic T
 *
 * Values are windows into a 16 MiB pool of JSON-like text, never one repeated buffer. Only value
 * bytes are counted (records have no key); MB is 10^6 bytes. Throughput is records delivered
 * (acknowledged) or consumed over the time from the first send (or first record received) to the
 * last acknowledgement (or last record).
 *
 * --mock runs librdkafka's built-in mock cluster inside this process (test.mock.num.brokers=1):
 * the reference column. Its topic must be filled in the same process, hence consume --fill. The
 * mock keeps only the last 5 MiB of each partition, so consume --rewind seeks back to the start
 * at each end of partition until --count records are read; and it answers an empty fetch only
 * after fetch.wait.max.ms (it does not wake on append), hence --fetch-wait-ms 1 for it.
 *
 * Latency is safe against coordinated omission: record i is due at start + i/rate, its value
 * carries that intended time, and the consumer (a thread of this process, same monotonic clock)
 * measures from it. A producer that falls behind schedule sends at once, and the time it was
 * late counts as latency, as a real client waiting on the broker would see it.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <inttypes.h>
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <time.h>

#define NS_PER_S 1000000000LL
/* The value pool: each record's value is a window into it, so values differ (as real ones do)
 * and compression sees realistic text rather than one repeated buffer. */
#define POOL_BYTES (16 << 20)

typedef struct {
  const char *mode;
  const char *bootstrap;
  int mock;
  const char *topic;
  int partitions;
  int size;
  const char *acks;
  const char *compression;
  long long count;
  double duration_s;
  double rate;
  int linger_ms;
  long long fill;
  double warmup_s;
  int fetch_wait_ms;
  int rewind;
  const char *label;
  const char *client_rack; /* consumers' client.rack (KIP-392 fetch from the closest replica) */
} options;

typedef struct {
  long long delivered;
  long long delivered_bytes;
  long long failed;
  char first_error[256];
} delivery_stats;

static void die(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("loadgen: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  exit(1);
}

static int64_t mono_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * NS_PER_S + ts.tv_nsec;
}

static void sleep_until(int64_t deadline_ns) {
  struct timespec ts = {.tv_sec = deadline_ns / NS_PER_S, .tv_nsec = deadline_ns % NS_PER_S};
  while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) == EINTR) {
  }
}

static double cpu_seconds(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

static void set(rd_kafka_conf_t *conf, const char *key, const char *value) {
  char err[512];
  if (rd_kafka_conf_set(conf, key, value, err, sizeof err) != RD_KAFKA_CONF_OK) die("config %s=%s: %s", key, value, err);
}

/* JSON-ish text from a small vocabulary with numbers: lz4 and zstd find matches in it, as they
 * do in typical event payloads, yet no two windows of a batch repeat. */
static char *make_pool(void) {
  static const char *words[] = {"user", "event", "click", "view", "session", "page", "order", "item", "price",
                                "currency", "EUR", "USD", "country", "device", "mobile", "desktop", "referrer",
                                "search", "checkout", "cart", "latency", "status", "ok", "timestamp"};
  const size_t nwords = sizeof words / sizeof words[0];
  char *pool = malloc(POOL_BYTES);
  if (pool == NULL) die("out of memory");
  uint64_t x = 0x9e3779b97f4a7c15ULL;
  size_t at = 0;
  while (at < POOL_BYTES) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    char piece[64];
    int n = snprintf(piece, sizeof piece, "\"%s\":%" PRIu64 ",", words[x % nwords], (x >> 20) % 100000);
    for (int i = 0; i < n && at < POOL_BYTES; i++) pool[at++] = piece[i];
  }
  return pool;
}

static void on_delivery(rd_kafka_t *rk, const rd_kafka_message_t *msg, void *opaque) {
  (void)rk;
  delivery_stats *stats = opaque;
  if (msg->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
    stats->delivered++;
    stats->delivered_bytes += (long long)msg->len;
  } else {
    if (stats->failed++ == 0) snprintf(stats->first_error, sizeof stats->first_error, "%s", rd_kafka_err2str(msg->err));
  }
}

static rd_kafka_t *new_producer(const options *o, const char *bootstrap, delivery_stats *stats) {
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  if (bootstrap != NULL) set(conf, "bootstrap.servers", bootstrap);
  else set(conf, "test.mock.num.brokers", "1");
  set(conf, "client.id", "runnel-loadgen");
  set(conf, "acks", strcmp(o->acks, "all") == 0 ? "-1" : o->acks);
  set(conf, "compression.type", o->compression);
  char linger[32];
  snprintf(linger, sizeof linger, "%d", o->linger_ms);
  set(conf, "linger.ms", linger);
  /* Bounded, so that a fast enqueue loop cannot hold gigabytes in this process. */
  set(conf, "queue.buffering.max.kbytes", "262144");
  set(conf, "queue.buffering.max.messages", "1000000");
  rd_kafka_conf_set_dr_msg_cb(conf, on_delivery);
  rd_kafka_conf_set_opaque(conf, stats);
  char err[512];
  rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
  if (rk == NULL) die("producer: %s", err);
  return rk;
}

static rd_kafka_t *new_consumer(const char *bootstrap, int fetch_wait_ms, const char *client_rack) {
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  set(conf, "bootstrap.servers", bootstrap);
  set(conf, "client.id", "runnel-loadgen");
  set(conf, "max.partition.fetch.bytes", "8388608");
  set(conf, "fetch.max.bytes", "52428800");
  set(conf, "receive.message.max.bytes", "104857600");
  set(conf, "queued.max.messages.kbytes", "262144");
  char wait[32];
  snprintf(wait, sizeof wait, "%d", fetch_wait_ms);
  set(conf, "fetch.wait.max.ms", wait);
  set(conf, "enable.partition.eof", "true");
  if (client_rack != NULL) set(conf, "client.rack", client_rack);
  char err[512];
  rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
  if (rk == NULL) die("consumer: %s", err);
  return rk;
}

/* The bootstrap string of this process's mock cluster, owned by the producer that created it. */
static const char *mock_bootstrap(rd_kafka_t *producer) {
  rd_kafka_mock_cluster_t *mc = rd_kafka_handle_mock_cluster(producer);
  if (mc == NULL) die("no mock cluster on the producer handle");
  return rd_kafka_mock_cluster_bootstraps(mc);
}

/* Partition count of the topic as the cluster reports it, or -1 while it is unknown. */
static int partition_count(rd_kafka_t *rk, const char *topic) {
  rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic, NULL);
  const struct rd_kafka_metadata *md = NULL;
  int count = -1;
  if (rd_kafka_metadata(rk, 0, rkt, &md, 5000) == RD_KAFKA_RESP_ERR_NO_ERROR) {
    if (md->topic_cnt == 1 && md->topics[0].err == RD_KAFKA_RESP_ERR_NO_ERROR) {
      count = md->topics[0].partition_cnt;
      for (int i = 0; i < md->topics[0].partition_cnt; i++)
        if (md->topics[0].partitions[i].leader < 0 || md->topics[0].partitions[i].err) count = -1;
    }
    rd_kafka_metadata_destroy(md);
  }
  rd_kafka_topic_destroy(rkt);
  return count;
}

static void await_admin_result(rd_kafka_queue_t *q, rd_kafka_event_type_t type, const char *what) {
  rd_kafka_event_t *ev = rd_kafka_queue_poll(q, 30000);
  if (ev == NULL) die("%s: no answer in 30 s", what);
  if (rd_kafka_event_type(ev) != type) die("%s: unexpected event %s", what, rd_kafka_event_name(ev));
  if (rd_kafka_event_error(ev)) die("%s: %s", what, rd_kafka_event_error_string(ev));
  size_t n = 0;
  const rd_kafka_topic_result_t **results = type == RD_KAFKA_EVENT_CREATETOPICS_RESULT
                                                ? rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(ev), &n)
                                                : rd_kafka_DeleteTopics_result_topics(rd_kafka_event_DeleteTopics_result(ev), &n);
  for (size_t i = 0; i < n; i++) {
    rd_kafka_resp_err_t err = rd_kafka_topic_result_error(results[i]);
    if (err && err != RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS)
      die("%s %s: %s", what, rd_kafka_topic_result_name(results[i]), rd_kafka_topic_result_error_string(results[i]));
  }
  rd_kafka_event_destroy(ev);
}

/* Creates the topic (CreateTopics, or the mock's own call) and waits until every partition has a leader. */
static void create_topic(rd_kafka_t *rk, const options *o) {
  if (o->mock) {
    rd_kafka_resp_err_t err = rd_kafka_mock_topic_create(rd_kafka_handle_mock_cluster(rk), o->topic, o->partitions, 1);
    if (err) die("mock topic %s: %s", o->topic, rd_kafka_err2str(err));
  } else {
    char err[512];
    rd_kafka_NewTopic_t *nt = rd_kafka_NewTopic_new(o->topic, o->partitions, 1, err, sizeof err);
    if (nt == NULL) die("topic %s: %s", o->topic, err);
    rd_kafka_queue_t *q = rd_kafka_queue_new(rk);
    rd_kafka_CreateTopics(rk, &nt, 1, NULL, q);
    await_admin_result(q, RD_KAFKA_EVENT_CREATETOPICS_RESULT, "CreateTopics");
    rd_kafka_queue_destroy(q);
    rd_kafka_NewTopic_destroy(nt);
  }
  int64_t deadline = mono_ns() + 30 * NS_PER_S;
  while (partition_count(rk, o->topic) != o->partitions) {
    if (mono_ns() > deadline) die("topic %s: %d partitions with leaders not visible after 30 s", o->topic, o->partitions);
    sleep_until(mono_ns() + 50000000);
  }
}

static void delete_topic(const options *o) {
  delivery_stats unused = {0};
  rd_kafka_t *rk = new_producer(o, o->bootstrap, &unused);
  rd_kafka_DeleteTopic_t *dt = rd_kafka_DeleteTopic_new(o->topic);
  rd_kafka_queue_t *q = rd_kafka_queue_new(rk);
  rd_kafka_DeleteTopics(rk, &dt, 1, NULL, q);
  await_admin_result(q, RD_KAFKA_EVENT_DELETETOPICS_RESULT, "DeleteTopics");
  rd_kafka_queue_destroy(q);
  rd_kafka_DeleteTopic_destroy(dt);
  rd_kafka_destroy(rk);
}

/* Enqueues one record, serving delivery reports while the local queue is full. */
static void produce_one(rd_kafka_t *rk, rd_kafka_topic_t *rkt, void *value, size_t len, int copy) {
  while (rd_kafka_produce(rkt, RD_KAFKA_PARTITION_UA, copy ? RD_KAFKA_MSG_F_COPY : 0, value, len, NULL, 0, NULL) == -1) {
    rd_kafka_resp_err_t err = rd_kafka_last_error();
    if (err != RD_KAFKA_RESP_ERR__QUEUE_FULL) die("produce: %s", rd_kafka_err2str(err));
    rd_kafka_poll(rk, 1);
  }
}

typedef struct {
  long long records;
  double seconds;
  int64_t max_lag_ns; /* how far behind its schedule the producer sent, at worst (paced runs) */
} produce_result;

/* Latency mode's sample table, shared with the consumer thread. */
typedef struct {
  int64_t *latency_ns; /* by sequence number; -1 until received */
  long long planned;
  long long received;
  long long duplicates;
  long long foreign;
  int64_t start_ns;
  volatile int stop;
  rd_kafka_queue_t *queue;
} latency_state;

/*
 * Produces o->count records (or for o->duration_s), unpaced or at o->rate records/s, then waits
 * for every delivery report. With `lat`, each value starts with its intended send time and
 * sequence number.
 */
static produce_result produce_records(rd_kafka_t *rk, const options *o, const char *pool, latency_state *lat) {
  rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, o->topic, NULL);
  const size_t size = (size_t)o->size;
  char *scratch = lat != NULL ? malloc(size) : NULL;
  const size_t span = POOL_BYTES - size;
  const double interval_ns = o->rate > 0 ? 1e9 / o->rate : 0;
  const int64_t start = mono_ns() + (lat != NULL ? 10000000 : 0);
  const int64_t end = o->duration_s > 0 ? start + (int64_t)(o->duration_s * 1e9) : INT64_MAX;
  if (lat != NULL) lat->start_ns = start;
  produce_result r = {0, 0, 0};
  size_t window = 0;
  for (long long i = 0; o->count <= 0 || i < o->count; i++) {
    int64_t now = mono_ns();
    int64_t intended = now;
    if (interval_ns > 0) {
      intended = start + (int64_t)(i * interval_ns);
      if (intended >= end) break;
      if (now < intended) {
        rd_kafka_poll(rk, 0);
        sleep_until(intended);
        now = mono_ns();
      } else if (now - intended > r.max_lag_ns) {
        r.max_lag_ns = now - intended;
      }
    } else if ((i & 1023) == 0) {
      if (now >= end) break;
      rd_kafka_poll(rk, 0);
    }
    window = (window + 7919 * 64 + 13) % span;
    if (lat != NULL) {
      memcpy(scratch, pool + window, size);
      int64_t seq = i;
      memcpy(scratch, &intended, sizeof intended);
      memcpy(scratch + 8, &seq, sizeof seq);
      produce_one(rk, rkt, scratch, size, 1);
    } else {
      produce_one(rk, rkt, (void *)(pool + window), size, 0);
    }
    r.records++;
  }
  while (rd_kafka_outq_len(rk) > 0) rd_kafka_poll(rk, 100);
  r.seconds = (mono_ns() - start) / 1e9;
  free(scratch);
  rd_kafka_topic_destroy(rkt);
  return r;
}

static void print_produce(const options *o, const char *phase, const produce_result *r, const delivery_stats *d, double cpu) {
  printf("{\"mode\":\"produce\",\"phase\":\"%s\",\"target\":\"%s\",\"label\":\"%s\",\"topic\":\"%s\",\"partitions\":%d,"
         "\"size\":%d,\"acks\":\"%s\",\"compression\":\"%s\",\"offered_rate\":%.0f,\"records\":%lld,\"bytes\":%lld,"
         "\"failed\":%lld,\"first_error\":\"%s\",\"seconds\":%.6f,\"records_per_s\":%.1f,\"mb_per_s\":%.3f,"
         "\"max_send_lag_ms\":%.3f,\"loadgen_cpu_s\":%.3f}\n",
         phase, o->mock ? "mock" : "runnel", o->label, o->topic, o->partitions, o->size, o->acks, o->compression,
         o->rate, d->delivered, d->delivered_bytes, d->failed, d->first_error, r->seconds, d->delivered / r->seconds,
         d->delivered_bytes / r->seconds / 1e6, r->max_lag_ns / 1e6, cpu);
  fflush(stdout);
}

/*
 * Starts fetching every partition of the topic from the beginning into one queue, with the
 * simple (group-less) consumer API, so that no coordinator work is measured.
 */
static rd_kafka_queue_t *start_all(rd_kafka_t *consumer, const char *topic, int partitions, rd_kafka_topic_t **rkt) {
  *rkt = rd_kafka_topic_new(consumer, topic, NULL);
  rd_kafka_queue_t *q = rd_kafka_queue_new(consumer);
  for (int p = 0; p < partitions; p++)
    if (rd_kafka_consume_start_queue(*rkt, p, RD_KAFKA_OFFSET_BEGINNING, q) == -1)
      die("consume start %s-%d: %s", topic, p, rd_kafka_err2str(rd_kafka_last_error()));
  return q;
}

static void stop_all(rd_kafka_queue_t *q, rd_kafka_topic_t *rkt, int partitions) {
  for (int p = 0; p < partitions; p++) rd_kafka_consume_stop(rkt, p);
  rd_kafka_queue_destroy(q);
  rd_kafka_topic_destroy(rkt);
}

static int run_produce(const options *o, const char *pool) {
  delivery_stats d = {0};
  rd_kafka_t *rk = new_producer(o, o->mock ? NULL : o->bootstrap, &d);
  create_topic(rk, o);
  double cpu0 = cpu_seconds();
  produce_result r = produce_records(rk, o, pool, NULL);
  print_produce(o, "measure", &r, &d, cpu_seconds() - cpu0);
  rd_kafka_destroy(rk);
  return d.failed == 0 ? 0 : 1;
}

static int run_consume(const options *o, const char *pool) {
  delivery_stats d = {0};
  rd_kafka_t *producer = NULL;
  const char *bootstrap = o->bootstrap;
  if (o->mock) {
    /* The producer owns the mock cluster: it must outlive the consumer. */
    producer = new_producer(o, NULL, &d);
    bootstrap = mock_bootstrap(producer);
  }
  if (o->fill > 0) {
    if (producer == NULL) producer = new_producer(o, bootstrap, &d);
    create_topic(producer, o);
    options fill = *o;
    fill.count = o->fill;
    fill.duration_s = 0;
    fill.rate = 0;
    double cpu0 = cpu_seconds();
    produce_result r = produce_records(producer, &fill, pool, NULL);
    print_produce(o, "fill", &r, &d, cpu_seconds() - cpu0);
    if (d.failed) die("fill failed: %s", d.first_error);
  }
  int partitions = o->partitions;
  rd_kafka_t *consumer = new_consumer(bootstrap, o->fetch_wait_ms, o->client_rack);
  rd_kafka_topic_t *rkt;
  rd_kafka_queue_t *q = start_all(consumer, o->topic, partitions, &rkt);
  long long records = 0, bytes = 0, rewinds = 0;
  int64_t first = 0, last = 0;
  double cpu0 = cpu_seconds();
  const char *error = "";
  /* One message per call: a batch call would wait for a full batch past an end-of-partition. */
  while (records < o->count) {
    rd_kafka_message_t *m = rd_kafka_consume_queue(q, 15000);
    if (m == NULL) {
      error = "no records for 15 s";
      break;
    }
    if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
      last = mono_ns();
      if (records++ == 0) first = last;
      bytes += (long long)m->len;
    } else if (m->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
      if (o->rewind) {
        rewinds++;
        rd_kafka_resp_err_t err = rd_kafka_seek(rkt, m->partition, RD_KAFKA_OFFSET_BEGINNING, 5000);
        if (err) die("rewind %s-%d: %s", o->topic, m->partition, rd_kafka_err2str(err));
      }
    } else {
      die("consume: %s", rd_kafka_message_errstr(m));
    }
    rd_kafka_message_destroy(m);
  }
  double seconds = records > 1 ? (last - first) / 1e9 : 0;
  printf("{\"mode\":\"consume\",\"phase\":\"measure\",\"target\":\"%s\",\"label\":\"%s\",\"topic\":\"%s\",\"partitions\":%d,"
         "\"size\":%d,\"records\":%lld,\"bytes\":%lld,\"expected\":%lld,\"rewinds\":%lld,\"error\":\"%s\",\"seconds\":%.6f,"
         "\"records_per_s\":%.1f,\"mb_per_s\":%.3f,\"loadgen_cpu_s\":%.3f}\n",
         o->mock ? "mock" : "runnel", o->label, o->topic, partitions, o->size, records, bytes, o->count, rewinds, error, seconds,
         seconds > 0 ? records / seconds : 0, seconds > 0 ? bytes / seconds / 1e6 : 0, cpu_seconds() - cpu0);
  fflush(stdout);
  stop_all(q, rkt, partitions);
  rd_kafka_destroy(consumer);
  if (producer != NULL) rd_kafka_destroy(producer);
  return records >= o->count ? 0 : 1;
}

static void *latency_consumer(void *arg) {
  latency_state *s = arg;
  rd_kafka_queue_t *q = s->queue;
  while (!s->stop) {
    rd_kafka_message_t *m = rd_kafka_consume_queue(q, 100);
    if (m == NULL) continue;
    int64_t now = mono_ns();
    if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR && m->len >= 16) {
      int64_t intended, seq;
      memcpy(&intended, m->payload, sizeof intended);
      memcpy(&seq, (const char *)m->payload + 8, sizeof seq);
      if (seq < 0 || seq >= s->planned) s->foreign++;
      else if (s->latency_ns[seq] >= 0) s->duplicates++;
      else {
        s->latency_ns[seq] = now - intended;
        __atomic_add_fetch(&s->received, 1, __ATOMIC_RELEASE);
      }
    }
    rd_kafka_message_destroy(m);
  }
  return NULL;
}

static int cmp_i64(const void *a, const void *b) {
  int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
  return (x > y) - (x < y);
}

/* The q-quantile of sorted samples, nearest rank. */
static double quantile_ms(const int64_t *sorted, long long n, double q) {
  if (n == 0) return 0;
  long long rank = (long long)(q * n + 0.999999);
  if (rank < 1) rank = 1;
  if (rank > n) rank = n;
  return sorted[rank - 1] / 1e6;
}

static int run_latency(const options *o, const char *pool) {
  if (o->rate <= 0 || o->duration_s <= 0) die("latency needs --rate and --duration");
  if (o->size < 16) die("latency needs --size of at least 16 (the value carries time and sequence)");
  delivery_stats d = {0};
  rd_kafka_t *producer = new_producer(o, o->mock ? NULL : o->bootstrap, &d);
  create_topic(producer, o);
  latency_state s = {0};
  s.planned = (long long)(o->rate * o->duration_s) + 1;
  s.latency_ns = malloc(sizeof(int64_t) * s.planned);
  if (s.latency_ns == NULL) die("out of memory");
  memset(s.latency_ns, 0xff, sizeof(int64_t) * s.planned);
  rd_kafka_t *consumer = new_consumer(o->mock ? mock_bootstrap(producer) : o->bootstrap, o->fetch_wait_ms, o->client_rack);
  rd_kafka_topic_t *rkt;
  s.queue = start_all(consumer, o->topic, o->partitions, &rkt);
  pthread_t thread;
  if (pthread_create(&thread, NULL, latency_consumer, &s) != 0) die("pthread_create failed");
  /* Let the consumer's first fetch reach the broker before the schedule starts. */
  sleep_until(mono_ns() + 500000000);

  double cpu0 = cpu_seconds();
  produce_result r = produce_records(producer, o, pool, &s);
  int64_t deadline = mono_ns() + 10 * NS_PER_S;
  while (__atomic_load_n(&s.received, __ATOMIC_ACQUIRE) < d.delivered && mono_ns() < deadline) sleep_until(mono_ns() + 10000000);
  s.stop = 1;
  pthread_join(thread, NULL);

  /* Drop the warm-up: records due in the first warmup_s seconds. */
  const double interval_ns = 1e9 / o->rate;
  long long skip = (long long)(o->warmup_s * 1e9 / interval_ns);
  long long n = 0, lost = 0;
  for (long long i = skip; i < r.records; i++) {
    if (s.latency_ns[i] < 0) lost++;
    else s.latency_ns[n++] = s.latency_ns[i];
  }
  qsort(s.latency_ns, (size_t)n, sizeof(int64_t), cmp_i64);
  double measured_s = r.records > skip ? (r.records - skip) * interval_ns / 1e9 : 0;
  printf("{\"mode\":\"latency\",\"phase\":\"measure\",\"target\":\"%s\",\"label\":\"%s\",\"topic\":\"%s\",\"partitions\":%d,"
         "\"size\":%d,\"acks\":\"%s\",\"compression\":\"%s\",\"linger_ms\":%d,\"offered_rate\":%.0f,\"offered_mb_per_s\":%.3f,"
         "\"warmup_s\":%.3f,\"samples\":%lld,\"lost\":%lld,\"duplicates\":%lld,\"failed\":%lld,\"first_error\":\"%s\","
         "\"achieved_mb_per_s\":%.3f,\"p50_ms\":%.3f,\"p99_ms\":%.3f,\"p999_ms\":%.3f,\"max_ms\":%.3f,"
         "\"max_send_lag_ms\":%.3f,\"loadgen_cpu_s\":%.3f}\n",
         o->mock ? "mock" : "runnel", o->label, o->topic, o->partitions, o->size, o->acks, o->compression, o->linger_ms,
         o->rate, o->rate * o->size / 1e6, o->warmup_s, n, lost, s.duplicates, d.failed, d.first_error,
         measured_s > 0 ? n * (double)o->size / measured_s / 1e6 : 0, quantile_ms(s.latency_ns, n, 0.5),
         quantile_ms(s.latency_ns, n, 0.99), quantile_ms(s.latency_ns, n, 0.999), n > 0 ? s.latency_ns[n - 1] / 1e6 : 0,
         r.max_lag_ns / 1e6, cpu_seconds() - cpu0);
  fflush(stdout);
  stop_all(s.queue, rkt, o->partitions);
  rd_kafka_destroy(consumer);
  rd_kafka_destroy(producer);
  free(s.latency_ns);
  return lost == 0 && d.failed == 0 ? 0 : 1;
}

static const char *need_value(int argc, char **argv, int *i) {
  if (*i + 1 >= argc) die("%s needs a value", argv[*i]);
  return argv[++*i];
}

static options parse(int argc, char **argv) {
  if (argc < 2) die("usage: loadgen produce|consume|latency|delete [options] (see the top of loadgen.c)");
  options o = {.mode = argv[1], .partitions = 1, .size = 1024, .acks = "1", .compression = "none", .linger_ms = 5, .fetch_wait_ms = 100, .label = ""};
  for (int i = 2; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--mock") == 0) o.mock = 1;
    else if (strcmp(a, "--bootstrap") == 0) o.bootstrap = need_value(argc, argv, &i);
    else if (strcmp(a, "--topic") == 0) o.topic = need_value(argc, argv, &i);
    else if (strcmp(a, "--partitions") == 0) o.partitions = atoi(need_value(argc, argv, &i));
    else if (strcmp(a, "--size") == 0) o.size = atoi(need_value(argc, argv, &i));
    else if (strcmp(a, "--acks") == 0) o.acks = need_value(argc, argv, &i);
    else if (strcmp(a, "--compression") == 0) o.compression = need_value(argc, argv, &i);
    else if (strcmp(a, "--count") == 0) o.count = atoll(need_value(argc, argv, &i));
    else if (strcmp(a, "--duration") == 0) o.duration_s = atof(need_value(argc, argv, &i));
    else if (strcmp(a, "--rate") == 0) o.rate = atof(need_value(argc, argv, &i));
    else if (strcmp(a, "--linger-ms") == 0) o.linger_ms = atoi(need_value(argc, argv, &i));
    else if (strcmp(a, "--fill") == 0) o.fill = atoll(need_value(argc, argv, &i));
    else if (strcmp(a, "--warmup") == 0) o.warmup_s = atof(need_value(argc, argv, &i));
    else if (strcmp(a, "--fetch-wait-ms") == 0) o.fetch_wait_ms = atoi(need_value(argc, argv, &i));
    else if (strcmp(a, "--rewind") == 0) o.rewind = 1;
    else if (strcmp(a, "--label") == 0) o.label = need_value(argc, argv, &i);
    else if (strcmp(a, "--client-rack") == 0) o.client_rack = need_value(argc, argv, &i);
    else die("unknown option %s", a);
  }
  if (o.topic == NULL) die("--topic is required");
  if (o.mock == (o.bootstrap != NULL)) die("give exactly one of --bootstrap and --mock");
  if (o.partitions < 1) die("--partitions must be at least 1");
  if (o.size < 1 || o.size > (1 << 20)) die("--size must be 1..1048576");
  if (strcmp(o.acks, "0") && strcmp(o.acks, "1") && strcmp(o.acks, "all")) die("--acks must be 0, 1 or all");
  if (strcmp(o.mode, "delete") && o.count <= 0 && o.duration_s <= 0) die("give --count or --duration");
  if (strcmp(o.mode, "consume") == 0 && o.count <= 0) die("consume needs --count");
  if (strcmp(o.mode, "consume") == 0 && o.mock && (o.fill <= 0 || !o.rewind))
    die("consume --mock needs --fill (the mock cluster lives in this process) and --rewind (it keeps only the last 5 MiB of each partition)");
  if (strcmp(o.mode, "delete") == 0 && o.mock) die("delete drives a real broker only");
  if (strchr(o.label, '"') || strchr(o.label, '\\')) die("--label must not contain quotes or backslashes");
  return o;
}

int main(int argc, char **argv) {
  options o = parse(argc, argv);
  /* Wake-ups as close to the schedule as the kernel allows: paced sends depend on it. */
  prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0);
  if (strcmp(o.mode, "delete") == 0) {
    delete_topic(&o);
    return 0;
  }
  char *pool = make_pool();
  int rc;
  if (strcmp(o.mode, "produce") == 0) rc = run_produce(&o, pool);
  else if (strcmp(o.mode, "consume") == 0) rc = run_consume(&o, pool);
  else if (strcmp(o.mode, "latency") == 0) rc = run_latency(&o, pool);
  else die("unknown mode %s", o.mode);
  free(pool);
  return rc;
}
