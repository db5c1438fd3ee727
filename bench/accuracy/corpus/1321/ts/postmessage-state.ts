// preflight-bench: vulnerable CWE-1321 sink-line: 7
const state: Record<string, Record<string, unknown>> = {};

window.addEventListener('message', (event: MessageEvent<{ scope: string; key: string; value: unknown }>) => {
  const { scope, key, value } = event.data;
  state[scope] ??= {};
  state[scope][key] = value;
});
