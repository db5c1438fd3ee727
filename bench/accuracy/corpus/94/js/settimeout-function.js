// preflight-bench: safe CWE-95 -- setTimeout with a function, constant eval
window.addEventListener('message', (event) => {
  const delay = Number(event.data.delay) || 0;
  setTimeout(() => console.log('tick', event.data.label), delay);
});
const BUILD = eval('"production"');
console.log(BUILD);
