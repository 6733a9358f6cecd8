import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  count: number;
  rowHeight: number;
  /** rows rendered above and below the visible ones, so fast scrolling shows no blank band */
  overscan?: number;
  class?: string;
  renderRow(index: number, style: { top: string; height: string }): ComponentChildren;
  /** when this changes, the list scrolls back to the top (a new search or filter) */
  resetKey?: unknown;
  testId?: string;
}

/**
 * Renders only the rows in view: a library of thousands of replies keeps a few dozen DOM rows. Rows are absolutely placed
 * at index × rowHeight inside a spacer as tall as the whole list.
 */
export function VirtualList({ count, rowHeight, overscan = 8, class: className, renderRow, resetKey, testId }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setHeight(el.clientHeight || 600);
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || 600));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (ref.current) ref.current.scrollTop = 0;
    setScrollTop(0);
  }, [resetKey]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const rows: ComponentChildren[] = [];
  for (let i = first; i < last; i++) rows.push(renderRow(i, { top: `${i * rowHeight}px`, height: `${rowHeight}px` }));

  return (
    <div
      ref={ref}
      class={className ? `lib-vlist ${className}` : 'lib-vlist'}
      data-testid={testId}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
    >
      <div class="lib-vlist-spacer" style={{ height: `${count * rowHeight}px` }}>
        {rows}
      </div>
    </div>
  );
}
