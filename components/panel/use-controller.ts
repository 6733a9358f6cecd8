import { useLayoutEffect, useState } from 'preact/hooks';
import type { PanelController, PanelState } from './panel-controller';

/**
 * Re-renders on every controller change. Subscribes in a layout effect and then reads the state once more: messages can
 * arrive between the first render and the subscription, and an update missed there would never be shown.
 */
export function usePanelState(controller: PanelController): PanelState {
  const [state, setState] = useState(controller.state);
  useLayoutEffect(() => {
    const unsubscribe = controller.subscribe(() => setState(controller.state));
    setState(controller.state);
    return unsubscribe;
  }, [controller]);
  return state;
}
