import { useStore } from 'zustand';
import { usePanelServices } from '../services';
import type { PanelState } from '../store';

/** A slice of the panel's store. */
export function usePanel<T>(select: (state: PanelState) => T): T {
  return useStore(usePanelServices().store, select);
}
