// preflight-bench: vulnerable CWE-79 sink-line: 7
const feed = document.querySelector('#feed');

window.addEventListener('message', (event) => {
  const item = document.createElement('li');
  feed.appendChild(item);
  item.insertAdjacentHTML('beforeend', event.data.text);
});
