package org.sitrep.quantity;

import org.sitrep.quantity.CasualtyMention.Category;

/**
 * A count over tokens [start, end) of a sentence; victim tokens [victimStart, victimEnd), -1 when
 * none. {@code bare}: a number with no victim phrase of its own, which may take a neighbour's.
 */
record FoundCount(int start, int end, Category category, long n, int victimStart, int victimEnd,
    boolean approximate, boolean bare) {
  FoundCount withVictim(int vs, int ve) {
    return new FoundCount(start, end, category, n, vs, ve, approximate, false);
  }
}
