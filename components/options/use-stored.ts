// A stored item as Preact state: read once, then followed live, so a change made in another tab
// (or by the page runtime, e.g. a new "Not a scam") shows here at once.
import { useEffect, useState } from 'preact/hooks';
import type { ValidatedItem } from '@/lib/storage/storage';

export function useStored<T>(item: ValidatedItem<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    item.get().then((stored) => live && setValue(stored));
    const unwatch = item.watch((next) => live && setValue(next));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
