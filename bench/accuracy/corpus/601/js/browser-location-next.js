// preflight-bench: vulnerable CWE-601 sink-line: 6
const params = new URLSearchParams(window.location.search);

document.querySelector('#continue').addEventListener('click', () => {
  const next = params.get('next');
  window.location.href = next;
});
