import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { PromiseRow } from '@/lib/db/database';
import { defaultDue } from '@/lib/promises';
import { PROMISE_KINDS, type PromiseKind } from '@/lib/promises/types';
import { absoluteDue, relativeDue } from '@/lib/reminders';
import { fromDatetimeLocal, toDatetimeLocal } from '@/lib/time';
import { words } from '../common/reminder-words';

/** The buyer's promises: open ones first (soonest due on top), then the closed ones of the last days. */
export function PromiseList(props: {
  promises: PromiseRow[];
  fresh: string[];
  hasBuyer: boolean;
  now: Date;
  onDue(id: string, due: number): void;
  onClose(id: string, status: 'done' | 'dismissed'): void;
  onAdd(input: { text: string; kind: PromiseKind; due: number }): void;
}) {
  const open = props.promises.filter((p) => p.status === 'open').sort((a, b) => a.due - b.due);
  const closed = props.promises.filter((p) => p.status !== 'open').slice(0, 5);
  return (
    <section class="promises">
      <h2>{i18n.t('promisesLabel')}</h2>
      {!open.length && !closed.length ? <p class="empty">{i18n.t('promisesEmpty')}</p> : null}
      <ul>
        {[...open, ...closed].map((p) => (
          <PromiseItem key={p.id} promise={p} fresh={props.fresh.includes(p.id)} now={props.now} onDue={props.onDue} onClose={props.onClose} />
        ))}
      </ul>
      {props.hasBuyer ? <AddPromise now={props.now} onAdd={props.onAdd} /> : null}
    </section>
  );
}

function PromiseItem(props: {
  promise: PromiseRow;
  fresh: boolean;
  now: Date;
  onDue(id: string, due: number): void;
  onClose(id: string, status: 'done' | 'dismissed'): void;
}) {
  const p = props.promise;
  const due = new Date(p.due);
  const overdue = p.status === 'open' && p.due < props.now.getTime();
  return (
    <li
      class={`promise promise-${p.status}${overdue ? ' promise-overdue' : ''}${props.fresh ? ' promise-fresh' : ''}`}
      data-testid="kefu-promise"
      data-status={p.status}
      data-kind={p.kind}
    >
      <div class="promise-head">
        <span class="promise-kind">{words.kind(p.kind)}</span>
        <span class="promise-due" title={due.toLocaleString()}>
          {words.absolute(absoluteDue(p.due, props.now.getTime()))}
          {p.status === 'open' ? ` · ${words.relative(relativeDue(p.due, props.now.getTime()))}` : ''}
        </span>
      </div>
      <p class="promise-text">{p.text}</p>
      {p.status === 'open' ? (
        <div class="promise-actions">
          {p.vague ? <em class="promise-vague">{i18n.t('promiseVague')}</em> : null}
          <input
            type="datetime-local"
            data-testid="kefu-promise-due"
            aria-label={i18n.t('promiseDue')}
            value={toDatetimeLocal(due)}
            onChange={(e) => {
              const next = fromDatetimeLocal((e.target as HTMLInputElement).value);
              if (next) props.onDue(p.id, next.getTime());
            }}
          />
          <button type="button" data-testid="kefu-promise-done" onClick={() => props.onClose(p.id, 'done')}>
            {i18n.t('promiseDone')}
          </button>
          <button type="button" data-testid="kefu-promise-dismiss" onClick={() => props.onClose(p.id, 'dismissed')}>
            {i18n.t('promiseDismiss')}
          </button>
        </div>
      ) : (
        <span class="promise-closed">{p.status === 'done' ? i18n.t('promiseStatusDone') : i18n.t('promiseStatusDismissed')}</span>
      )}
    </li>
  );
}

function AddPromise(props: { now: Date; onAdd(input: { text: string; kind: PromiseKind; due: number }): void }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [kind, setKind] = useState<PromiseKind>('ship');
  const [due, setDue] = useState<string>('');
  if (!open) {
    return (
      <button type="button" class="promise-add-open" data-testid="kefu-promise-add" onClick={() => setOpen(true)}>
        + {i18n.t('promiseAdd')}
      </button>
    );
  }
  const effectiveDue = fromDatetimeLocal(due) ?? defaultDue(kind, props.now);
  return (
    <form
      class="promise-add"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        props.onAdd({ text, kind, due: effectiveDue.getTime() });
        setText('');
        setDue('');
        setOpen(false);
      }}
    >
      <input data-testid="kefu-promise-add-text" value={text} placeholder={i18n.t('promiseAddText')} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
      <div class="promise-add-row">
        <select value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as PromiseKind)}>
          {PROMISE_KINDS.map((k) => (
            <option key={k} value={k}>
              {words.kind(k)}
            </option>
          ))}
        </select>
        <input type="datetime-local" value={toDatetimeLocal(effectiveDue)} onChange={(e) => setDue((e.target as HTMLInputElement).value)} />
        <button type="submit" data-testid="kefu-promise-add-submit">
          {i18n.t('promiseAddSubmit')}
        </button>
      </div>
    </form>
  );
}
