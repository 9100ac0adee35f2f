// The OpenAPI 3.1 description of the gateway's REST API, served at /v1/openapi.json. Written by
// hand next to the routes; a unit test checks that every mounted route is described here.

type Schema = Record<string, unknown>;

const json = (schema: Schema, description = 'OK'): Schema => ({ description, content: { 'application/json': { schema } } });
const error: Schema = json(
  { type: 'object', required: ['error_code', 'message'], properties: { error_code: { type: 'integer' }, message: { type: 'string' }, field: { type: 'string' } } },
  'An error; `field` names the request field at fault',
);
const pathParam = (name: string, schema: Schema = { type: 'string' }): Schema => ({ name, in: 'path', required: true, schema });
const query = (name: string, schema: Schema, description: string): Schema => ({ name, in: 'query', required: false, schema, description });
const record: Schema = {
  type: 'object',
  properties: {
    topic: { type: 'string' },
    partition: { type: 'integer' },
    offset: { type: 'integer' },
    timestamp: { type: 'integer' },
    key: {},
    value: {},
    headers: { type: 'array', items: { type: 'object', properties: { key: { type: 'string' }, value: { type: ['string', 'null'], description: 'base64' } } } },
  },
};
const format: Schema = { type: 'string', enum: ['json', 'binary', 'text'] };
const produceBody: Schema = {
  type: 'object',
  required: ['records'],
  properties: {
    format: { ...format, description: 'json (default): values are JSON; binary: base64; text: UTF-8' },
    acks: { enum: [0, 1, -1, 'all'] },
    records: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['value'],
        properties: { key: {}, value: {}, partition: { type: 'integer', minimum: 0 }, timestamp: { type: 'integer' }, headers: { description: 'an object of string values, or a list of {key, value}' } },
      },
    },
  },
};
const produceAnswer: Schema = {
  type: 'object',
  properties: {
    offsets: { type: 'array', items: { type: 'object', properties: { partition: { type: 'integer' }, offset: { type: 'integer' }, error_code: { type: ['integer', 'null'] }, error: { type: ['string', 'null'] } } } },
    key_schema_id: { type: 'null' },
    value_schema_id: { type: 'null' },
  },
};
const groupParam = pathParam('group');
const instanceParams = [groupParam, pathParam('instance')];
const offsetList = (offset: string, extra: Schema = {}): Schema => ({
  type: 'object',
  properties: {
    offsets: { type: 'array', items: { type: 'object', required: ['topic', 'partition', 'offset'], properties: { topic: { type: 'string' }, partition: { type: 'integer' }, offset: { type: 'integer', description: offset }, ...extra } } },
  },
});
const commitBody = offsetList('the last record processed, as in REST Proxy v2 (the group stores offset + 1)', { metadata: { type: 'string' } });
const storedOffsets = offsetList('the next offset to read, as Kafka stores it; -1 when none is committed');
const body = (schema: Schema): Schema => ({ required: true, content: { 'application/json': { schema } } });
const noContent: Schema = { description: 'Done' };

export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: { title: 'Runnel gateway REST API', version: '1', description: 'Topics, records and consumer groups over HTTP, shaped like Confluent REST Proxy v2. The WebSocket protocol is in docs/gateway.md.' },
  paths: {
    '/v1/topics': { get: { summary: 'List topics', responses: { 200: json({ type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, partitions: { type: 'integer' }, internal: { type: 'boolean' } } } }) } } },
    '/v1/topics/{topic}': {
      get: {
        summary: 'Describe a topic: partitions (leader, replicas, isr, log start, high watermark) and configs',
        parameters: [pathParam('topic')],
        responses: { 200: json({ type: 'object' }), 404: error },
      },
    },
    '/v1/topics/{topic}/records': {
      post: { summary: 'Produce records; the partitioner picks partitions as a Kafka producer would', parameters: [pathParam('topic')], requestBody: body(produceBody), responses: { 200: json(produceAnswer), 400: error, 404: error, 413: error, 415: error } },
    },
    '/v1/topics/{topic}/partitions/{partition}/records': {
      post: { summary: 'Produce records to one partition', parameters: [pathParam('topic'), pathParam('partition', { type: 'integer' })], requestBody: body(produceBody), responses: { 200: json(produceAnswer), 400: error, 404: error } },
      get: {
        summary: 'Read a partition from a position (assign mode); waits up to timeout_ms for a first record',
        parameters: [
          pathParam('topic'),
          pathParam('partition', { type: 'integer' }),
          query('offset', { oneOf: [{ type: 'integer' }, { enum: ['earliest', 'latest'] }] }, 'where to start (default latest)'),
          query('timestamp', { type: 'integer' }, 'start at the first batch at or after this time'),
          query('max_bytes', { type: 'integer' }, 'default 1 MiB'),
          query('timeout_ms', { type: 'integer', maximum: 30000 }, 'default 1000'),
          query('format', format, 'default binary'),
        ],
        responses: { 200: json({ type: 'object', properties: { records: { type: 'array', items: record }, next_offset: { type: 'integer' }, high_watermark: { type: 'integer' }, log_start_offset: { type: 'integer' } } }), 400: error, 404: error, 416: error },
      },
    },
    '/v1/consumers/{group}': {
      post: {
        summary: 'Create a consumer instance in a group',
        parameters: [groupParam],
        requestBody: body({ type: 'object', properties: { name: { type: 'string' }, format, 'auto.offset.reset': { enum: ['earliest', 'latest'] }, 'auto.commit.enable': { type: ['boolean', 'string'] } } }),
        responses: { 200: json({ type: 'object', properties: { instance_id: { type: 'string' }, base_uri: { type: 'string' } } }), 400: error, 409: error },
      },
    },
    '/v1/consumers/{group}/instances/{instance}': { delete: { summary: 'Close the instance (it leaves the group)', parameters: instanceParams, responses: { 204: noContent, 404: error } } },
    '/v1/consumers/{group}/instances/{instance}/subscription': {
      post: { summary: 'Subscribe: join the group with these topics', parameters: instanceParams, requestBody: body({ type: 'object', required: ['topics'], properties: { topics: { type: 'array', items: { type: 'string' } } } }), responses: { 204: noContent, 400: error, 404: error } },
      get: { summary: 'The subscribed topics', parameters: instanceParams, responses: { 200: json({ type: 'object', properties: { topics: { type: 'array', items: { type: 'string' } } } }), 404: error } },
      delete: { summary: 'Unsubscribe (leave the group)', parameters: instanceParams, responses: { 204: noContent, 404: error } },
    },
    '/v1/consumers/{group}/instances/{instance}/records': {
      get: {
        summary: 'Poll records of the assigned partitions',
        parameters: [...instanceParams, query('timeout', { type: 'integer', maximum: 30000 }, 'ms, default 1000'), query('max_bytes', { type: 'integer' }, 'default 1 MiB')],
        responses: { 200: json({ type: 'array', items: record }), 400: error, 404: error },
      },
    },
    '/v1/consumers/{group}/instances/{instance}/offsets': {
      post: {
        summary: 'Commit the given offsets, or with no body every position returned so far; answers the offsets stored',
        parameters: instanceParams,
        requestBody: { required: false, content: { 'application/json': { schema: commitBody } } },
        responses: { 200: json(storedOffsets), 400: error, 404: error, 409: error },
      },
      get: { summary: 'Committed offsets of the assigned partitions', parameters: instanceParams, responses: { 200: json(storedOffsets), 404: error } },
    },
    '/v1/groups': { get: { summary: 'List consumer groups', responses: { 200: json({ type: 'array', items: { type: 'object' } }), 503: error } } },
    '/v1/groups/{group}': {
      get: { summary: 'Describe a group: state, members and assignments, committed offsets and lag', parameters: [groupParam], responses: { 200: json({ type: 'object' }), 404: error } },
    },
    '/v1/openapi.json': { get: { summary: 'This document', responses: { 200: json({ type: 'object' }) } } },
  },
} as const;
