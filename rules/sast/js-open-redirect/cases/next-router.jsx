import Router, { useRouter } from 'next/router';
import { useEffect } from 'react';

export function AfterLogin() {
  const router = useRouter();
  useEffect(() => {
    // ruleid: js-open-redirect
    router.push(router.query.next);
    // ruleid: js-open-redirect
    router.replace(`${router.query.returnTo}`);
    // ruleid: js-open-redirect
    window.location.href = router.query.next;
    // ruleid: js-open-redirect (//evil.example after the slash is another site)
    router.push('/' + router.query.next);
    // ok: js-open-redirect (a constant path)
    router.push('/fixed');
    // ok: js-open-redirect (a path on this site, the value encoded into one segment)
    router.push('/users/' + encodeURIComponent(router.query.id));
    // ok: js-open-redirect (a number)
    router.push(`/page/${Number(router.query.page)}`);
  }, [router]);
  return null;
}

export function Destructured() {
  const { query, asPath } = useRouter();
  // ruleid: js-open-redirect
  location.assign(query.next);
  // ruleid: js-open-redirect
  Router.push(asPath.split('?redirect=')[1]);
  // ruleid: js-open-redirect
  location.href = useRouter().query.continue;
  return null;
}
