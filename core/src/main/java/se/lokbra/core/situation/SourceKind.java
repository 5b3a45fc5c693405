package se.lokbra.core.situation;

/** Where the knowledge in a {@link SituationPicture} comes from. */
public enum SourceKind {
  /** A safety survey among residents ("trygghetsmätning", "trygghetsundersökning"). */
  SAFETY_SURVEY,
  /** Reported crime and other police statistics ("polisens statistik"). */
  POLICE_STATISTICS,
  /** Dialogues with staff who meet the problems ("medarbetardialoger"). */
  STAFF_DIALOGUE,
  /** Dialogues with residents ("medborgardialoger"). */
  CITIZEN_DIALOGUE,
  /** Other registers: the municipality's own, the social services', the rescue service's. */
  REGISTER_DATA,
  /** A survey among pupils or young people (e.g. a drug habits survey, "drogvaneundersökning"). */
  YOUTH_SURVEY,
  /** Anything else. */
  OTHER
}
