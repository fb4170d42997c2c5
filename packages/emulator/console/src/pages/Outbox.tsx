import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { call, seg, useData, type ConsoleError } from '../api.ts';
import { ActionButton, Badge, count, Empty, ErrorNote, Fields, Json, PageHeader, Time } from '../ui.tsx';

interface Message { $id: string; $createdAt: string; channel: 'email' | 'sms'; kind: string; to: string; subject: string; text: string; data: Record<string, string> }

const COMPLETES: Record<string, string> = {
  verification: 'Verify the address',
  'phone-verification': 'Verify the phone',
  'magic-url': 'Sign in with this link',
  'email-otp': 'Sign in with this code',
  'phone-otp': 'Sign in with this code',
  recovery: 'Set the new password',
  invitation: 'Accept the invitation',
};

/** The outbox page: every email and text the emulator would have sent, with their links and a way to finish their flow. */
export function OutboxPage(props: { messageId?: string }) {
  const list = useData<{ total: number; messages: Message[] }>('outbox');
  const chosen = list.data?.messages.find((m) => m.$id === props.messageId);
  return (
    <div class="split">
      <section class="pane list-pane">
        <PageHeader title="Outbox" subtitle={list.data ? count(list.data.total, 'message') : undefined} />
        <ErrorNote error={list.error} />
        {list.data && list.data.messages.length === 0 ? <Empty>No emails or texts yet. Sign-up verification, recovery, magic URLs and invitations land here.</Empty> : null}
        <ul class="message-list">
          {list.data?.messages.map((m) => (
            <li key={m.$id} class={m.$id === props.messageId ? 'selected' : ''}>
              <a href={`#/outbox/${seg(m.$id)}`}>
                <span class="message-top"><Badge tone="info">{m.kind}</Badge> <span class="muted">{m.channel === 'email' ? 'email' : 'text'} to {m.to}</span></span>
                <strong>{m.subject || m.text.slice(0, 80)}</strong>
                <span class="muted"><Time iso={m.$createdAt} /></span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      {chosen ? <MessagePane key={chosen.$id} message={chosen} /> : null}
    </div>
  );
}

/** Plain text with its URLs as links; message text is never parsed as HTML. */
function Linkified(props: { text: string }) {
  const parts = props.text.split(/(https?:\/\/[^\s<>"']+)/g);
  return (
    <p class="message-body">
      {parts.map((part, i) => (i % 2 === 1 ? <a key={i} href={part} target="_blank" rel="noopener noreferrer">{part}</a> : part))}
    </p>
  );
}

function MessagePane(props: { message: Message }) {
  const { message } = props;
  const [password, setPassword] = useState('');
  const [result, setResult] = useState<unknown>(undefined);
  const [error, setError] = useState<Error | undefined>(undefined);
  const label = COMPLETES[message.kind];
  return (
    <section class="pane detail-pane" aria-label={`Message ${message.subject}`}>
      <PageHeader title={message.subject || (message.channel === 'sms' ? 'Text message' : 'Email')} subtitle={`${message.kind} · ${message.$id}`} />
      <Fields rows={[['To', message.to], ['Sent', <Time iso={message.$createdAt} />], ...(message.data.secret && message.channel === 'sms' ? [['Code', <code>{message.data.secret}</code>] as [string, ComponentChildren]] : [])]} />
      <article class="mail">
        <Linkified text={message.text} />
        {message.data.url ? (
          <p>
            <a class="btn plain" href={message.data.url} target="_blank" rel="noopener noreferrer">Open the link in your app</a>
          </p>
        ) : null}
      </article>
      {label ? (
        <div class="card">
          <h2>Finish here</h2>
          <p class="muted">
            Sends the link's user ID and secret to the API's confirm route, as your app does when the link is opened.
            {message.kind === 'magic-url' || message.kind.endsWith('otp') || message.kind === 'invitation' ? ' The new session is not given to this page: to be signed in in your app, open the link there.' : ''}
          </p>
          {message.kind === 'recovery' ? (
            <label class="stacked">
              New password
              <input type="password" autocomplete="new-password" minLength={8} value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
            </label>
          ) : null}
          <ActionButton
            label={label}
            tone="primary"
            onError={setError}
            run={async () => {
              setError(undefined);
              setResult(await call(`outbox/${seg(message.$id)}/complete`, { method: 'POST', body: message.kind === 'recovery' ? { password } : {} }));
            }}
          />
          <ErrorNote error={error as ConsoleError | undefined} />
          {result !== undefined ? (
            <div role="status" class="note">
              Done. {message.data.userId ? <a href={`#/users/${seg(message.data.userId)}`}>See the user</a> : null}
            </div>
          ) : null}
        </div>
      ) : null}
      <h2>Data</h2>
      <Json value={message.data} label="Message data" />
    </section>
  );
}
