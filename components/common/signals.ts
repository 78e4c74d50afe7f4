// Picking which signals to list: the popup and the inline warning both show one reason per category.
import type { SignalCategory } from '@/lib/engine/types';

/** The first signal of each category, in the order given (signals arrive strongest first). */
export function firstOfEachCategory<T extends { readonly category: SignalCategory }>(signals: readonly T[]): T[] {
  const seen = new Set<SignalCategory>();
  return signals.filter((signal) => {
    if (seen.has(signal.category)) return false;
    seen.add(signal.category);
    return true;
  });
}
