import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ConsoleError } from './api.ts';

/** A page's title bar with optional actions. */
export function PageHeader(props: { title: string; subtitle?: string; children?: ComponentChildren }) {
  return (
    <header class="page-header">
      <div>
        <h1>{props.title}</h1>
        {props.subtitle ? <p class="muted">{props.subtitle}</p> : null}
      </div>
      <div class="actions">{props.children}</div>
    </header>
  );
}

/** A small coloured label. */
export function Badge(props: { tone?: 'ok' | 'warn' | 'bad' | 'info' | 'plain'; children: ComponentChildren }) {
  return <span class={`badge ${props.tone ?? 'plain'}`}>{props.children}</span>;
}

/** Shown where a list has nothing yet. */
export function Empty(props: { children: ComponentChildren }) {
  return <div class="empty">{props.children}</div>;
}

/** An error from the emulator, with its Appwrite type. */
export function ErrorNote(props: { error: ConsoleError | Error | undefined }) {
  if (!props.error) return null;
  const type = (props.error as ConsoleError).type;
  return (
    <div class="error" role="alert">
      {props.error.message}
      {type ? <code>{type}</code> : null}
    </div>
  );
}

/** Pretty-printed JSON. */
export function Json(props: { value: unknown; label?: string }) {
  return (
    <pre class="json" aria-label={props.label ?? 'JSON'} tabIndex={0}>
      {JSON.stringify(props.value, null, 2)}
    </pre>
  );
}

const TIME_FORMAT: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false };

/** A time as the browser's locale shows it, with the ISO value on hover. */
export function Time(props: { iso: string | undefined }) {
  if (!props.iso) return <span class="muted">—</span>;
  const date = new Date(props.iso);
  return <time class="nowrap" dateTime={props.iso} title={props.iso}>{date.toLocaleString(undefined, TIME_FORMAT)}</time>;
}

/** A key/value list for detail panes. */
export function Fields(props: { rows: Array<[string, ComponentChildren]> }) {
  return (
    <dl class="fields">
      {props.rows.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * A button that runs an async action, shows it is busy, and reports a failure.
 */
export function ActionButton(props: { label: string; tone?: 'primary' | 'danger' | 'plain'; confirm?: string; run: () => Promise<unknown>; onError?: (error: Error) => void }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      class={`btn ${props.tone ?? 'plain'}`}
      disabled={busy}
      onClick={async () => {
        if (props.confirm && !window.confirm(props.confirm)) return;
        setBusy(true);
        try {
          await props.run();
        } catch (error) {
          props.onError?.(error as Error);
        } finally {
          setBusy(false);
        }
      }}
    >
      {busy ? '…' : props.label}
    </button>
  );
}

/** Formats a byte count. */
export function bytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}

/** "1 file", "2 files". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
