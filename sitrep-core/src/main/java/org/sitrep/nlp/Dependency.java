package org.sitrep.nlp;

/**
 * One edge of a Universal Dependencies parse: token indices within the sentence; {@code governor}
 * is -1 for the root.
 */
public record Dependency(int governor, int dependent, String relation) {}
