// preflight-bench: vulnerable CWE-79 sink-line: 5
document.addEventListener('DOMContentLoaded', () => {
  const tab = decodeURIComponent(window.location.hash.slice(1));
  const title = document.getElementById('tab-title');
  title.innerHTML = `Showing <b>${tab}</b>`;
});
