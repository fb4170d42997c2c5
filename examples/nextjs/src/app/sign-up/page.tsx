import Link from 'next/link';
import { signUp } from '../actions';

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  return (
    <main>
      <h1>Sign up</h1>
      {error ? <p role="alert" id="error">Could not sign up: {error}</p> : null}
      <form action={signUp}>
        <label>Name <input name="name" required maxLength={128} autoComplete="name" /></label>
        <label>Email <input name="email" type="email" required autoComplete="email" /></label>
        <label>Password <input name="password" type="password" required minLength={8} autoComplete="new-password" /></label>
        <button type="submit">Sign up</button>
      </form>
      <p>Have an account? <Link href="/sign-in">Sign in</Link></p>
    </main>
  );
}
