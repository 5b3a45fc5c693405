package se.lokbra.core.council;

/** The role a member has in a {@link Council}. */
public enum Role {
  /** Chair ("ordförande"). At most one chair at a time. */
  CHAIR,
  /** Vice chair ("vice ordförande"). At most one vice chair at a time. */
  VICE_CHAIR,
  /** Ordinary member ("ledamot"). */
  MEMBER,
  /** Deputy member ("ersättare"). */
  DEPUTY,
  /** Secretary or coordinator ("sekreterare", "samordnare"): runs the council's work between meetings. */
  COORDINATOR,
  /** Co-opted member without a vote ("adjungerad"). */
  ADJUNCT,
  /** Invited expert ("sakkunnig"). */
  EXPERT
}
