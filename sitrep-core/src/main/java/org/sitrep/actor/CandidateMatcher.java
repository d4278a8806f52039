package org.sitrep.actor;

/** Proposes the candidate mention starting at one token, or null. Stateless; thread-safe. */
interface CandidateMatcher {
  Candidate at(SentenceTokens s, int i);
}
