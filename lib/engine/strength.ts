// How strongly one signal speaks for a lure: the order the warning, the popup and the CLI list reasons in. It ranks
// evidence for the reader; the level comes from the combinations (score.ts), not from this.
import { ABROAD_FACETS, facetOf } from './score';
import type { RuleRole } from './rule';
import type { SignalCategory } from './types';

const ROLE_STRENGTH: Readonly<Record<RuleRole, number>> = { decisive: 4, hotspot: 3, core: 3, transit: 2, minor: 1 };

/**
 * A signal's rank among the evidence: its rule's role first, then whether its facet moves a recruit abroad (a
 * tourist visa or a passport request says more than "no experience", which local ads also write). Higher is stronger.
 */
export function signalStrength(category: SignalCategory, role: RuleRole, id: string): number {
  const abroad = ABROAD_FACETS.includes(facetOf(category, role, id)) ? 1 : 0;
  return ROLE_STRENGTH[role] * 2 + abroad;
}
