package org.sitrep.actor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.actor.LexiconResource.Row;
import org.sitrep.model.ActorKind;

/**
 * The word lists that steer recognition beyond dictionary names: agentive verbs and place
 * prepositions for metonymy, demonym-headed institutions, anaphor heads, organisation heads for
 * provisional actors, member nouns. Loaded once ({@link #standard()}); immutable, thread-safe.
 */
final class RecognitionLexicon {
  /** What a demonym + head names: the country's forces, its government, or a generic actor. */
  record DemonymRole(String role, String genericName) {}

  /** An anaphor head: the kinds it fits, and whether it may stand for a country's institution. */
  record AnaphorHead(List<String> kinds, boolean countryScope) {}

  /** Where an organisation word sits in a name, and the kind it suggests. */
  record OrgWord(String position, String kind) {}

  private static final class Holder {
    static final RecognitionLexicon STANDARD = new RecognitionLexicon();
  }

  final Set<String> agentiveVerbs = LexiconResource.words("agentive-verbs.txt");
  final Set<String> placePrepositions = LexiconResource.words("place-prepositions.txt");
  final Set<String> possessiveAgentNouns = LexiconResource.words("possessive-agent-nouns.txt");
  final Set<String> memberNouns = LexiconResource.words("member-nouns.txt");
  final Set<String> attributiveNouns = LexiconResource.words("attributive-nouns.txt");
  final Set<String> nameStopwords = LexiconResource.words("name-stopwords.txt");
  final Set<String> nameConnectors = LexiconResource.words("name-connectors.txt");
  final TokenTrie<DemonymRole> demonymHeads = new TokenTrie<>();
  final Map<String, AnaphorHead> anaphorHeads = new HashMap<>();
  final Map<String, OrgWord> orgWords = new HashMap<>();
  final TokenTrie<OrgWord> lowerHeads = new TokenTrie<>();

  private RecognitionLexicon() {
    for (Row row : LexiconResource.rows("demonym-heads.tsv", 2)) {
      String role = row.column(1);
      if (role.startsWith("generic:")) {
        demonymHeads.add(row.column(0), new DemonymRole("generic", role.substring("generic:".length())));
      } else if (role.equals("forces") || role.equals("police") || role.equals("government")) {
        demonymHeads.add(row.column(0), new DemonymRole(role, null));
      } else {
        throw row.error("role must be forces, police, government or generic:<name>, not '" + role + "'");
      }
    }
    for (Row row : LexiconResource.rows("anaphor-heads.tsv", 2)) {
      List<String> kinds = LexiconResource.list(row.column(1).replace(',', '|'));
      kinds.forEach(k -> checkKind(row, k));
      String scope = row.column(2);
      if (!scope.isEmpty() && !scope.equals("country")) {
        throw row.error("third column must be empty or 'country', not '" + scope + "'");
      }
      anaphorHeads.put(TokenKeys.key(row.column(0)), new AnaphorHead(kinds, scope.equals("country")));
    }
    for (Row row : LexiconResource.rows("org-heads.tsv", 3)) {
      checkKind(row, row.column(2));
      OrgWord w = new OrgWord(row.column(1), row.column(2));
      switch (w.position()) {
        case "head", "prefix" -> orgWords.put(TokenKeys.key(row.column(0)), w);
        case "lowerhead" -> lowerHeads.add(row.column(0), w);
        default -> throw row.error("position must be head, prefix or lowerhead, not '" + w.position() + "'");
      }
    }
  }

  private static void checkKind(Row row, String kind) {
    try {
      ActorKind.fromWire(kind);
    } catch (IllegalArgumentException e) {
      throw row.error(e.getMessage());
    }
  }

  static RecognitionLexicon standard() {
    return Holder.STANDARD;
  }
}
