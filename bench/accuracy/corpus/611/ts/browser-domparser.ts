// preflight-bench: safe CWE-611 -- the browser's DOMParser never loads external entities
window.addEventListener('message', (event: MessageEvent<string>) => {
  const doc = new DOMParser().parseFromString(event.data, 'application/xml');
  const title = doc.querySelector('title')?.textContent ?? '';
  document.title = title;
});
