// preflight-bench: vulnerable CWE-95 sink-line: 4
window.addEventListener('message', (event) => {
  const { callback, delay } = event.data;
  setTimeout(callback + '()', delay);
});
