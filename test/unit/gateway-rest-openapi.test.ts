// Every REST route the gateway mounts is described in its OpenAPI document, and every described
// operation is mounted: the document cannot drift from the code unnoticed.
import t from 'tap';
import type { GatewayContext } from '../../src/gateway/gatewayContext.js';
import { OPENAPI_DOCUMENT } from '../../src/gateway/rest/openApi.js';
import { restApi } from '../../src/gateway/rest/restRoutes.js';

t.test('the OpenAPI document and the mounted routes match', async (t) => {
  const ctx = { config: { gatewayMaxMessageBytes: 1024, gatewayConsumerInstanceTimeoutMs: 300_000 }, logger: { info() {}, warn() {} } } as unknown as GatewayContext;
  const api = restApi(ctx);
  t.teardown(() => api.close());
  const mounted = new Set(api.routes.map((r) => `${r.method === 'del' ? 'delete' : r.method} ${r.pattern.replace(/:([a-z]+)/g, '{$1}')}`));
  const described = new Set(Object.entries(OPENAPI_DOCUMENT.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`)));
  t.same([...mounted].filter((r) => !described.has(r)), [], 'every mounted route is described');
  t.same([...described].filter((r) => !mounted.has(r)), [], 'every described operation is mounted');
  t.ok(mounted.size >= 14);
});
