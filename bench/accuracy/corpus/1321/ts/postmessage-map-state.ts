// preflight-bench: safe CWE-1321 -- Map keyed by strings, origin checked
const state = new Map<string, unknown>();

window.addEventListener('message', (event: MessageEvent<{ scope: string; key: string; value: unknown }>) => {
  if (event.origin !== window.location.origin) return;
  const { scope, key, value } = event.data;
  state.set(`${scope}/${key}`, value);
});
