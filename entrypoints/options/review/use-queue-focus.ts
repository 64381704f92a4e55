import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * The proposal the reviewer is on, kept by id so it survives the queue changing under it; when it
 * leaves the queue (decided), the one that took its place is next. Moves DOM focus with it.
 */
export function useQueueFocus(ids: readonly string[]) {
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const lastIndex = useRef(0);
  const cards = useRef(new Map<string, HTMLElement>());
  const focusRequested = useRef(false);

  const index = focusedId === null ? -1 : ids.indexOf(focusedId);
  if (index >= 0) lastIndex.current = index;
  const current = index >= 0 ? focusedId : (ids[Math.min(lastIndex.current, ids.length - 1)] ?? null);

  useEffect(() => {
    if (!focusRequested.current || current === null) return;
    focusRequested.current = false;
    cards.current.get(current)?.focus();
  }, [current]);

  const focusAt = useCallback(
    (next: number) => {
      const id = ids[Math.max(0, Math.min(next, ids.length - 1))];
      if (id === undefined) return;
      focusRequested.current = true;
      setFocusedId(id);
      cards.current.get(id)?.focus();
    },
    [ids],
  );

  const position = current === null ? -1 : ids.indexOf(current);
  return {
    current,
    next: () => focusAt(position + 1),
    previous: () => focusAt(Math.max(0, position - 1)),
    /** Keeps the focus on the card where it is after the queue changed (a decision removed the focused card). */
    refocus: () => {
      focusRequested.current = true;
    },
    setCurrent: setFocusedId,
    focusCurrent: () => {
      if (current !== null) cards.current.get(current)?.focus();
    },
    cardRef: (id: string) => (element: HTMLElement | null) => {
      if (element) cards.current.set(id, element);
      else cards.current.delete(id);
    },
  };
}
