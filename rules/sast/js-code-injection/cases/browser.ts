window.addEventListener('message', (event: MessageEvent) => {
  // ruleid: js-code-injection
  window.eval(event.data as string);
  // ok: js-code-injection (the event's origin is not its data)
  console.log(event.origin);
});

export function boot(): void {
  const hash = location.hash.slice(1);
  // ruleid: js-code-injection
  setInterval(decodeURIComponent(hash), 1000);
  // ok: js-code-injection (encoded for a URL, still only data)
  setInterval(() => render(encodeURIComponent(hash)), 1000);
}

declare function render(value: string): void;
