package org.sitrep.geo;

import java.util.Arrays;

/**
 * A multimap from name keys to place numbers, held in primitive arrays (64-bit key hashes in an
 * open-addressing table, postings as linked lists) so that ~2 million keys cost tens of megabytes,
 * not hundreds. A 64-bit hash collision between two different names is possible but negligible.
 * Not thread-safe while being filled; safe for concurrent reads afterwards.
 */
final class NameIndex {
  private static final int[] NONE = new int[0];
  private long[] slotHash;
  private int[] slotHead;
  private int slots;
  private int[] entryPlace;
  private int[] entryNext;
  private int entries;

  NameIndex(int expectedKeys) {
    int cap = Integer.highestOneBit(Math.max(16, expectedKeys * 2 - 1)) << 1;
    slotHash = new long[cap];
    slotHead = new int[cap];
    entryPlace = new int[Math.max(16, expectedKeys)];
    entryNext = new int[entryPlace.length];
  }

  static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 31;
    return h == 0 ? 1 : h;
  }

  void add(String key, int place) {
    if (key.isEmpty()) {
      return;
    }
    long h = hash(key);
    int slot = find(h);
    if (slotHash[slot] == 0) {
      if ((slots + 1) * 2 > slotHash.length) {
        rehash();
        slot = find(h);
      }
      slotHash[slot] = h;
      slotHead[slot] = -1;
      slots++;
    }
    int head = slotHead[slot];
    if (head >= 0 && entryPlace[head] == place) {
      return; // the same place under the same key twice (name and alternate name agree)
    }
    if (entries == entryPlace.length) {
      entryPlace = Arrays.copyOf(entryPlace, entries * 2);
      entryNext = Arrays.copyOf(entryNext, entries * 2);
    }
    entryPlace[entries] = place;
    entryNext[entries] = head;
    slotHead[slot] = entries++;
  }

  /** Place numbers under the key, most recently added first; empty when none. */
  int[] get(String key) {
    if (key.isEmpty()) {
      return NONE;
    }
    int slot = find(hash(key));
    if (slotHash[slot] == 0) {
      return NONE;
    }
    int n = 0;
    for (int e = slotHead[slot]; e >= 0; e = entryNext[e]) {
      n++;
    }
    int[] out = new int[n];
    int i = 0;
    for (int e = slotHead[slot]; e >= 0; e = entryNext[e]) {
      out[i++] = entryPlace[e];
    }
    return out;
  }

  private int find(long h) {
    int mask = slotHash.length - 1;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (slotHash[i] != 0 && slotHash[i] != h) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void rehash() {
    long[] oldHash = slotHash;
    int[] oldHead = slotHead;
    slotHash = new long[oldHash.length * 2];
    slotHead = new int[oldHash.length * 2];
    for (int i = 0; i < oldHash.length; i++) {
      if (oldHash[i] != 0) {
        int s = find(oldHash[i]);
        slotHash[s] = oldHash[i];
        slotHead[s] = oldHead[i];
      }
    }
  }
}
