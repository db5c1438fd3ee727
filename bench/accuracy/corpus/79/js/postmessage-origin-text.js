// preflight-bench: safe CWE-79 -- origin checked and text inserted as text
const feed = document.querySelector('#feed');

window.addEventListener('message', (event) => {
  if (event.origin !== 'https://app.example.com') return;
  const item = document.createElement('li');
  item.innerText = String(event.data.text);
  feed.appendChild(item);
});
