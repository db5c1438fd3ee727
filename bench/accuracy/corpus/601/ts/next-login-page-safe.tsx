// preflight-bench: safe CWE-601 -- callback must be a same-origin path
import { useRouter } from 'next/router';
import { signIn } from '../lib/auth';

export default function LoginPage() {
  const router = useRouter();
  async function onSubmit(form: FormData) {
    await signIn(form.get('email') as string);
    const target = new URL(String(router.query.callbackUrl ?? '/'), window.location.origin);
    await router.push(target.origin === window.location.origin ? target.pathname : '/');
  }
  return <form action={onSubmit}><input name="email" /></form>;
}
