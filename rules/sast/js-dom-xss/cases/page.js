import DOMPurify from 'dompurify';

const params = new URLSearchParams(location.search);
const name = params.get('name');
const banner = document.getElementById('banner');

// ruleid: js-dom-xss
banner.innerHTML = name;
// ruleid: js-dom-xss
banner.innerHTML = '<b>' + name + '</b>';
// ruleid: js-dom-xss
document.querySelector('#out').insertAdjacentHTML('beforeend', `<li>${location.hash.slice(1)}</li>`);
// ruleid: js-dom-xss
document.write(document.referrer);
// ruleid: js-dom-xss
$('#title').html(window.name);
// ok: js-dom-xss (text, not markup)
banner.textContent = name;
// ok: js-dom-xss (sanitised)
banner.innerHTML = DOMPurify.sanitize(name);
// ok: js-dom-xss (constant markup)
banner.innerHTML = '<b>Welcome</b>';
// ok: js-dom-xss (a number)
banner.innerHTML = String(parseInt(name, 10));

window.onmessage = function (event) {
  // ruleid: js-dom-xss
  document.getElementById('chat').innerHTML = 'From peer: ' + event.data;
  // ok: js-dom-xss (the origin, not the data)
  document.getElementById('origin').textContent = event.origin;
};
