import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { listFillIns, type Reply } from '@/lib/replies';

/** Fill-ins (单号, 金额…) the agent completes before a reply goes into the chat input. */
export function FillInForm(props: {
  reply: Reply;
  /** The reply with variables filled and fill-ins shown as 【名称】 */
  preview: string;
  values: Record<string, string>;
  onChange(name: string, value: string): void;
  onSubmit(): string[];
  onCancel(): void;
}) {
  const fields = listFillIns(props.reply.content);
  const [missing, setMissing] = useState<string[]>([]);
  const first = useRef<HTMLInputElement>(null);
  // Focus lands on the first field the agent must type (those with a default can stay as they are).
  const firstRequired = Math.max(0, fields.findIndex((f) => f.defaultValue === undefined));
  useEffect(() => first.current?.focus(), [props.reply.id]);
  return (
    <form
      class="fill"
      data-testid="kefu-fill"
      onSubmit={(e) => {
        e.preventDefault();
        setMissing(props.onSubmit());
      }}
    >
      <div class="fill-title">{i18n.t('fillTitle')}</div>
      <p class="fill-preview">{props.preview}</p>
      {fields.map((f, i) => (
        <label key={f.name}>
          <span>{f.name}</span>
          <input
            ref={i === firstRequired ? first : undefined}
            value={props.values[f.name] ?? ''}
            placeholder={f.defaultValue ?? ''}
            onInput={(e) => props.onChange(f.name, (e.target as HTMLInputElement).value)}
          />
          {missing.includes(f.name) ? <em class="fill-missing">{i18n.t('fillRequired', [f.name])}</em> : null}
        </label>
      ))}
      <div class="fill-actions">
        <button type="submit">{i18n.t('fillInsert')}</button>
        <button type="button" onClick={props.onCancel}>
          {i18n.t('fillCancel')}
        </button>
      </div>
    </form>
  );
}
