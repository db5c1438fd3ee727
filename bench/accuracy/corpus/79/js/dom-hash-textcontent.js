// preflight-bench: safe CWE-79 -- textContent, no HTML parsing
document.addEventListener('DOMContentLoaded', () => {
  const tab = decodeURIComponent(window.location.hash.slice(1));
  const title = document.getElementById('tab-title');
  title.textContent = `Showing ${tab}`;
});
