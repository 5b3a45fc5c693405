package se.lokbra.core.measure;

/** What kind of crime-prevention measure a {@link Measure} is, after Brå's distinction of situational and social prevention. */
public enum MeasureCategory {
  /** A strategy or policy document, such as an ANDT strategy. */
  STRATEGY,
  /** Situational prevention: changing places and opportunities (lighting, safety walks, guarding). */
  SITUATIONAL,
  /** Social prevention: reducing people's motivation for crime (youth work, parental support, drug-free events). */
  SOCIAL,
  /** Training and competence building, such as in knowledge-based crime prevention. */
  TRAINING,
  /** Information and campaigns aimed at the public. */
  INFORMATION,
  /** Anything else. */
  OTHER
}
