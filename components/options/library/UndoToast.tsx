import { i18n } from '#i18n';

export interface ToastMessage {
  /** a new id restarts the timer even when the text is the same */
  id: number;
  text: string;
  /** shown as 撤销 when set */
  undo?: () => Promise<unknown>;
}

interface Props {
  toast: ToastMessage;
  onUndo(): void;
  onDismiss(): void;
}

/** "已删除 3 条 · 撤销": the one place a destructive action can be taken back. */
export function UndoToast({ toast, onUndo, onDismiss }: Props) {
  return (
    <div class="lib-toast" role="status" aria-live="polite" data-testid="kefu-lib-toast">
      <span>{toast.text}</span>
      {toast.undo && (
        <button type="button" class="lib-toast-undo" data-testid="kefu-lib-undo" onClick={onUndo}>
          {i18n.t('libUndo')}
        </button>
      )}
      <button type="button" class="lib-icon-btn lib-toast-close" aria-label={i18n.t('libDismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
