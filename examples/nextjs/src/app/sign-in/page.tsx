import Link from 'next/link';
import { signIn } from '../actions';

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  return (
    <main>
      <h1>Sign in</h1>
      {error ? <p role="alert" id="error">Could not sign in: {error}</p> : null}
      <form action={signIn}>
        <label>Email <input name="email" type="email" required autoComplete="email" /></label>
        <label>Password <input name="password" type="password" required minLength={8} autoComplete="current-password" /></label>
        <button type="submit">Sign in</button>
      </form>
      <p>No account yet? <Link href="/sign-up">Sign up</Link></p>
    </main>
  );
}
