import { browser, type Browser } from 'wxt/browser';
import {
  DATA_PORT_NAME,
  type DataMethod,
  type DataMethods,
  type DataPush,
  type DataRequest,
  type DataResponse,
} from '@/lib/messaging/data-protocol';

/**
 * The panel's line to the background, which owns IndexedDB for it (see data-protocol.ts). The service worker may be
 * stopped by the browser at any time; the port then closes, calls in flight are sent again on a new port, and
 * `onReconnect` listeners reload what they hold.
 */
export class DataClient {
  private port: Browser.runtime.Port | null = null;
  private nextId = 1;
  private pending = new Map<number, { request: DataRequest; resolve(v: unknown): void; reject(e: Error): void }>();
  private pushListeners = new Set<(push: DataPush) => void>();
  private reconnectListeners = new Set<() => void>();
  private retryMs = 200;

  call<M extends DataMethod>(method: M, params: DataMethods[M]['params']): Promise<DataMethods[M]['result']> {
    const request: DataRequest = { id: this.nextId++, method, params };
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { request, resolve: resolve as (v: unknown) => void, reject });
      this.ensurePort().postMessage(request);
    });
  }

  onPush(listener: (push: DataPush) => void): void {
    this.pushListeners.add(listener);
  }

  onReconnect(listener: () => void): void {
    this.reconnectListeners.add(listener);
  }

  private ensurePort(): Browser.runtime.Port {
    if (this.port) return this.port;
    const port = browser.runtime.connect({ name: DATA_PORT_NAME });
    this.port = port;
    port.onMessage.addListener((message: unknown) => {
      const m = message as DataResponse | DataPush;
      if ('id' in m) {
        const waiting = this.pending.get(m.id);
        if (!waiting) return;
        this.pending.delete(m.id);
        if (m.ok) waiting.resolve(m.result);
        else waiting.reject(new Error(m.error));
      } else {
        for (const l of this.pushListeners) l(m);
      }
    });
    port.onDisconnect.addListener(() => {
      this.port = null;
      // The worker restarts on connect; back off if it keeps failing, so a broken background is not hammered.
      setTimeout(() => {
        const fresh = this.ensurePort();
        for (const p of this.pending.values()) fresh.postMessage(p.request);
        for (const l of this.reconnectListeners) l();
      }, this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, 5000);
    });
    port.onMessage.addListener(() => {
      this.retryMs = 200;
    });
    return port;
  }
}
