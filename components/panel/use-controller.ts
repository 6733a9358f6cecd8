import { useLayoutEffect, useState } from 'preact/hooks';

export interface Store<S> {
  state: S;
  subscribe(listener: () => void): () => void;
}

/**
 * Re-renders on every store change. Subscribes in a layout effect and then reads the state once more: messages can
 * arrive between the first render and the subscription, and an update missed there would never be shown.
 */
export function useStore<S>(store: Store<S>): S {
  const [state, setState] = useState(store.state);
  useLayoutEffect(() => {
    const unsubscribe = store.subscribe(() => setState(store.state));
    setState(store.state);
    return unsubscribe;
  }, [store]);
  return state;
}
