// preflight-bench: safe CWE-601 -- constant destination
const params = new URLSearchParams(window.location.search);

document.querySelector('#continue').addEventListener('click', () => {
  sessionStorage.setItem('ref', params.get('ref') || '');
  window.location.href = '/dashboard';
});
