import { useEffect } from 'react';

/** What the review's shortcuts do; each key calls one of these. */
export type ReviewKeyHandlers = {
  next(): void;
  previous(): void;
  approve(): void;
  reject(): void;
  toggleSelected(): void;
  toggleHelp(): void;
};

const TEXT_INPUTS = new Set(['text', 'search', 'number', 'email', 'url', 'tel', 'password', 'date', 'datetime-local']);

/** True when keys typed here are text, so the shortcuts must not take them. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

/** The keys of a fast review pass: j/k move, a approves, r rejects (note first), x selects, ? shows help. */
export function useReviewKeys(handlers: ReviewKeyHandlers, enabled = true, target: Document = document) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      const action: Record<string, (() => void) | undefined> = {
        j: handlers.next,
        k: handlers.previous,
        a: handlers.approve,
        r: handlers.reject,
        x: handlers.toggleSelected,
        '?': handlers.toggleHelp,
      };
      const run = action[event.key];
      if (!run) return;
      event.preventDefault();
      run();
    };
    target.addEventListener('keydown', onKey);
    return () => target.removeEventListener('keydown', onKey);
  }, [handlers, enabled, target]);
}
