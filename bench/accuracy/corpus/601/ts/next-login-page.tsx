// preflight-bench: vulnerable CWE-601 sink-line: 9
import { useRouter } from 'next/router';
import { signIn } from '../lib/auth';

export default function LoginPage() {
  const router = useRouter();
  async function onSubmit(form: FormData) {
    await signIn(form.get('email') as string);
    window.location.assign(router.query.callbackUrl as string);
  }
  return <form action={onSubmit}><input name="email" /></form>;
}
