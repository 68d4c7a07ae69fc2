import { useEffect, useRef, type RefObject } from 'react';

type DismissReason = 'escape' | 'outside';

/**
 * While `open`, calls `onDismiss` on Escape anywhere, or on a press (mouse, touch or pen) outside
 * `container` — the usual ways out of a popover.
 */
export function useDismiss(
  open: boolean,
  container: RefObject<HTMLElement | null>,
  onDismiss: (reason: DismissReason) => void,
): void {
  const latestOnDismiss = useRef(onDismiss);

  useEffect(() => {
    latestOnDismiss.current = onDismiss;
  });

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') latestOnDismiss.current('escape');
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) latestOnDismiss.current('outside');
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open, container]);
}
