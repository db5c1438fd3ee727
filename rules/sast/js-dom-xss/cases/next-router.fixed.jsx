import { useEffect } from 'react';
import { useRouter } from 'next/router';
import { useRouter as useAppRouter } from '../lib/router';

export function Greeting() {
  const router = useRouter();
  useEffect(() => {
    const el = document.getElementById('greeting');
    // ruleid: js-dom-xss
    el.textContent = router.query.name;
    // ruleid: js-dom-xss
    el.innerHTML = `<a href="${router.asPath}">again</a>`;
    // ok: js-dom-xss (encoded into a URL path)
    el.innerHTML = '<a href="/u/' + encodeURIComponent(router.query.name) + '">profile</a>';
    // ok: js-dom-xss (a number)
    el.innerHTML = 'Page ' + Number(router.query.page);
    // ok: js-dom-xss (the route pattern, not the URL)
    el.innerHTML = router.pathname;
  }, [router]);
  return null;
}

export function AppGreeting() {
  const router = useAppRouter();
  // ok: js-dom-xss (a project's own router hook, not Next's)
  document.getElementById('greeting').innerHTML = router.query.name;
  return null;
}
