// A project's own `useRouter`, not Next's: its `query` is whatever the project put there.
function useRouter() {
  return { query: { next: '/home' }, push(path) { history.pushState(null, '', path); } };
}

export function goNext() {
  const router = useRouter();
  // ok: js-open-redirect (not the Next.js router)
  router.push(router.query.next);
  // ok: js-open-redirect (not the Next.js router)
  location.href = router.query.next;
}
