// The browser side of the gateway: GET /client.js serves the browser client library (compiled
// from src/browser/client.ts, read once when the gateway starts), and GET / a small live view
// that imports it, so a page can talk to Runnel with no other server.
import { readFile } from 'node:fs/promises';
import type { HttpRoute } from './gatewayServer.js';

// dist/src/gateway/browserRoutes.js -> dist/src/browser/client.js
const CLIENT_FILE = new URL('../browser/client.js', import.meta.url);
// Its source map points at sources the gateway does not serve.
const SOURCE_MAP_COMMENT = /\n\/\/# sourceMappingURL=\S+\s*$/;

const LIVE_VIEW = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Runnel live view</title>
<link rel="icon" href="data:,">
<style>
  body { font: 14px system-ui, sans-serif; margin: 1.5rem; }
  form { display: flex; gap: .5rem; flex-wrap: wrap; }
  #records { font-family: ui-monospace, monospace; padding-left: 0; list-style: none; }
  #records li { border-bottom: 1px solid #ddd; padding: .2rem 0; white-space: pre-wrap; }
  #status { color: #555; }
</style>
</head>
<body>
<h1>Runnel live view</h1>
<form id="subscribe">
  <input id="topic" placeholder="topic" required>
  <input id="group" placeholder="consumer group (optional)">
  <select id="from"><option value="earliest">from earliest</option><option value="latest">from latest</option></select>
  <button>Subscribe</button>
</form>
<p id="status">not connected</p>
<ol id="records"></ol>
<script type="module">
import { RunnelClient, RunnelError } from '/client.js';
// Scripts and the developer console reach the library here.
globalThis.Runnel = { RunnelClient, RunnelError };

const KEPT = 500;
const $ = (id) => document.getElementById(id);
let client = null;
let subscription = null;

function show(record) {
  const li = document.createElement('li');
  const headers = record.headers.map((h) => h.key + '=' + h.value).join(' ');
  li.textContent = record.topic + '/' + record.partition + '@' + record.offset + '  ' + (record.key ?? '') + ': ' + (record.value ?? '<null>') + (headers ? '  [' + headers + ']' : '');
  $('records').prepend(li);
  while ($('records').children.length > KEPT) $('records').lastChild.remove();
}

$('subscribe').addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    if (client === null) {
      client = await RunnelClient.connect(location.origin, { clientId: 'runnel-live-view' });
      client.on('disconnect', () => ($('status').textContent = 'reconnecting...'));
      client.on('reconnect', () => ($('status').textContent = 'connected'));
    }
    await subscription?.unsubscribe();
    $('records').replaceChildren();
    const group = $('group').value.trim();
    const topic = $('topic').value.trim();
    subscription = client.subscribe(group ? { topics: [topic], group, autoOffsetReset: $('from').value } : { topics: [topic], from: $('from').value });
    subscription.on('record', show);
    subscription.on('error', (err) => ($('status').textContent = err.code + ': ' + err.message));
    await subscription.ready;
    $('status').textContent = 'connected; reading ' + topic + (group ? ' in group ' + group : '');
  } catch (err) {
    $('status').textContent = (err.code ?? 'ERROR') + ': ' + err.message;
  }
});
</script>
</body>
</html>
`;

/** The routes, with the client library read now; the gateway cannot serve browsers without it. */
export async function browserRoutes(): Promise<HttpRoute[]> {
  const client = (await readFile(CLIENT_FILE, 'utf8')).replace(SOURCE_MAP_COMMENT, '\n');
  return [
    { method: 'get', pattern: '/client.js', handler: (ex) => ex.send(200, 'application/javascript; charset=utf-8', client, { 'cache-control': 'no-cache' }) },
    { method: 'get', pattern: '/', handler: (ex) => ex.send(200, 'text/html; charset=utf-8', LIVE_VIEW, { 'cache-control': 'no-cache' }) },
  ];
}
