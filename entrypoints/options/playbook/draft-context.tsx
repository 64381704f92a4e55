import { createContext, useContext } from 'react';
import type { DraftPath } from './draft-path';
import type { PathError } from './errors-at';

/** The playbook document being edited, its validation errors, and how to change one value of it. */
export type DraftState = {
  draft: unknown;
  errors: readonly PathError[];
  update(path: DraftPath, value: unknown): void;
  /** Replaces the document with a function of it (adding or removing list items). */
  change(edit: (draft: unknown) => unknown): void;
  readOnly: boolean;
};

const DraftContext = createContext<DraftState | null>(null);

export const DraftProvider = DraftContext.Provider;

/** The draft of the nearest playbook editor. */
export function useDraft(): DraftState {
  const state = useContext(DraftContext);
  if (!state) throw new Error('useDraft() outside a playbook editor');
  return state;
}
