package org.sitrep.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * ACLED's event types and sub-event types, plus Sitrep's Diplomacy and Humanitarian types
 * (SCHEMA.md). Each constant is one (type, subtype) pair; {@link #code()} is the CASE-2021 label
 * where one exists.
 */
public enum EventType {
  ARMED_CLASH("Battles", "Armed clash", "ARMED_CLASH"),
  GOV_REGAINS_TERRITORY("Battles", "Government regains territory", "GOV_REGAINS_TERIT"),
  NON_STATE_OVERTAKES_TERRITORY("Battles", "Non-state actor overtakes territory", "NON_STATE_ACTOR_OVERTAKES_TER"),
  CHEMICAL_WEAPON("Explosions/Remote violence", "Chemical weapon", "CHEM_WEAP"),
  AIR_STRIKE("Explosions/Remote violence", "Air/drone strike", "AIR_STRIKE"),
  SUICIDE_BOMB("Explosions/Remote violence", "Suicide bomb", "SUIC_BOMB"),
  SHELLING("Explosions/Remote violence", "Shelling/artillery/missile attack", "ART_MISS_ATTACK"),
  REMOTE_EXPLOSIVE("Explosions/Remote violence", "Remote explosive/landmine/IED", "REM_EXPLOS"),
  GRENADE("Explosions/Remote violence", "Grenade", "GRENADE"),
  SEXUAL_VIOLENCE("Violence against civilians", "Sexual violence", "SEX_VIOL"),
  ATTACK("Violence against civilians", "Attack", "ATTACK"),
  ABDUCTION("Violence against civilians", "Abduction/forced disappearance", "ABDUCT_DISSAP"),
  PEACEFUL_PROTEST("Protests", "Peaceful protest", "PEACE_PROTEST"),
  PROTEST_WITH_INTERVENTION("Protests", "Protest with intervention", "PROTEST_WITH_INTER"),
  EXCESSIVE_FORCE("Protests", "Excessive force against protesters", "FORCE_AGAINST_PROTEST"),
  VIOLENT_DEMONSTRATION("Riots", "Violent demonstration", "VIOL_DEMONSTR"),
  MOB_VIOLENCE("Riots", "Mob violence", "MOB_VIOL"),
  AGREEMENT("Strategic developments", "Agreement", "AGREEMENT"),
  ARRESTS("Strategic developments", "Arrests", "ARREST"),
  CHANGE_TO_GROUP("Strategic developments", "Change to group/activity", "CHANGE_TO_GROUP_ACT"),
  DISRUPTED_WEAPONS_USE("Strategic developments", "Disrupted weapons use", "DISR_WEAP"),
  HEADQUARTERS_ESTABLISHED("Strategic developments", "Headquarters or base established", "HQ_ESTABLISHED"),
  LOOTING("Strategic developments", "Looting/property destruction", "PROPERTY_DISTRUCT"),
  NON_VIOLENT_TRANSFER("Strategic developments", "Non-violent transfer of territory", "NON_VIOL_TERRIT_TRANSFER"),
  OTHER("Strategic developments", "Other", "OTHER"),
  TALKS("Diplomacy", "Talks", null),
  STATEMENT("Diplomacy", "Statement", null),
  DIPLOMATIC_AGREEMENT("Diplomacy", "Agreement", null),
  REJECTION("Diplomacy", "Rejection", null),
  AID_BLOCKED("Humanitarian", "Aid blocked", null),
  AID_DELIVERED("Humanitarian", "Aid delivered", null),
  SIEGE("Humanitarian", "Siege", null),
  DISPLACEMENT("Humanitarian", "Displacement", null);

  private final String type;
  private final String subtype;
  private final String code;

  EventType(String type, String subtype, String code) {
    this.type = type;
    this.subtype = subtype;
    this.code = code;
  }

  public String type() {
    return type;
  }

  public String subtype() {
    return subtype;
  }

  /** The CASE-2021 / ACLED short code, or null for Sitrep's own types. */
  public String code() {
    return code;
  }

  /** Protests and riots: ACLED's demonstration events. */
  public boolean isDemonstration() {
    return type.equals("Protests") || type.equals("Riots");
  }

  /** The crowd's own act, a protest or a riot, as opposed to force met or mob violence. */
  public boolean isCrowdAct() {
    return this == PEACEFUL_PROTEST || this == VIOLENT_DEMONSTRATION;
  }

  public boolean isViolent() {
    return type.equals("Battles") || type.equals("Explosions/Remote violence")
        || type.equals("Violence against civilians") || type.equals("Riots")
        || this == EXCESSIVE_FORCE;
  }

  public static Optional<EventType> byCode(String code) {
    return Arrays.stream(values()).filter(t -> code.equals(t.code)).findFirst();
  }

  public static Optional<EventType> bySubtype(String type, String subtype) {
    return Arrays.stream(values())
        .filter(t -> t.type.equals(type) && t.subtype.equals(subtype))
        .findFirst();
  }

  public static List<String> types() {
    return Arrays.stream(values()).map(EventType::type).distinct().toList();
  }
}
