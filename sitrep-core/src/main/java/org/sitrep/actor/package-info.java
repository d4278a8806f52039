/**
 * Actor recognition: who is named in a report, as canonical actors (name, kind, country).
 *
 * <p>{@link org.sitrep.actor.LexiconActorRecognizer} works on CoreNLP tokens alone (no POS tags)
 * and takes, at each token, the longest of four lexicon readings, then a provisional reading:
 * <ul>
 *   <li>dictionary aliases ({@code actors.tsv}, {@code generic-agents.tsv}) in a token trie
 *       ({@link org.sitrep.actor.TokenTrie}), extended over member nouns ("SDF fighters");
 *   <li>demonym or country possessive + institution ("Turkish troops", "Russia's foreign
 *       ministry": {@code countries.tsv}, {@code demonym-heads.tsv});
 *   <li>metonyms: seats and country names used as agents ("Moscow said", "the Kremlin's offer":
 *       {@code seats.tsv}, {@code agentive-verbs.txt}, {@code place-prepositions.txt},
 *       {@code possessive-agent-nouns.txt});
 *   <li>anaphoric descriptions resolved per document ("the Ministry", "the jihadist group", "the
 *       Russians": {@code anaphor-heads.tsv});
 *   <li>provisional organisations not in the dictionary ("the Fajer al-Ommah faction":
 *       {@code org-heads.tsv}, {@code name-connectors.txt}, {@code name-stopwords.txt}).
 * </ul>
 * {@link org.sitrep.actor.ActorDictionary} also answers the lookups later stages need
 * ({@code lookup}, {@code byName}, {@code forcesOf}, {@code governmentOf},
 * {@code countryOfDemonym}, {@code countriesOfDemonyms}). Every lexicon is a data file under this
 * package's resource path, loaded once, failing with the file and line on a bad entry.
 * {@code sitrep actors FILE...} lists mentions; {@code sitrep actors --bench N FILE} times them.
 */
package org.sitrep.actor;
