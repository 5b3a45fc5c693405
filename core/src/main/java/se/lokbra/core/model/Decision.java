package se.lokbra.core.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import se.lokbra.core.internal.Checks;

/**
 * A decision of record ("beslut"): when it was taken, by which body (its {@link DecidingBody kind} and its name),
 * the paragraph of the minutes ({@code § 45}) and the case number ({@code KS 2024/123}). Used wherever the law or
 * a grant needs something decided: an action plan, a coordination function, an adopted situation picture. Its
 * description is {@link se.lokbra.core.meta.Types#DECISION}.
 *
 * @param date the day of the decision
 * @param body the body's name as written in the minutes ("Kommunfullmäktige", "Kommunstyrelsen i Karlskoga")
 * @param bodyKind the kind of body; {@link DecidingBody#OTHER} for decisions recorded before it was known
 * @param paragraph the paragraph of the minutes: {@code § 45}, {@code §45}, {@code 45}, {@code § 45a}
 * @param caseNumber the case number ("diarienummer")
 */
public record Decision(LocalDate date, String body, DecidingBody bodyKind, Optional<String> paragraph,
    Optional<CaseNumber> caseNumber) {
  private static final Pattern PARAGRAPH = Pattern.compile("(?:§ ?)?\\d{1,4}[a-z]?");

  public Decision {
    Checks.date(date, "decision.date");
    Checks.name(body, "decision.body");
    Checks.notNull(bodyKind, "decision.bodyKind");
    Checks.notNull(paragraph, "decision.paragraph");
    paragraph.ifPresent(p -> Checks.check(PARAGRAPH.matcher(p).matches(), "decision.paragraph", p,
        "must be a paragraph of the minutes such as '§ 45'"));
    Checks.notNull(caseNumber, "decision.caseNumber");
  }

  /** A decision known only by its date and body's name, of body kind {@link DecidingBody#OTHER}. */
  public Decision(LocalDate date, String body) {
    this(date, body, DecidingBody.OTHER, Optional.empty(), Optional.empty());
  }

  /** A decision of a body of kind {@code bodyKind}, without paragraph or case number. */
  public static Decision of(LocalDate date, DecidingBody bodyKind, String body) {
    return new Decision(date, body, bodyKind, Optional.empty(), Optional.empty());
  }

  /** This decision with the paragraph of the minutes. */
  public Decision withParagraph(String paragraph) {
    return new Decision(date, body, bodyKind, Optional.of(Checks.notNull(paragraph, "decision.paragraph")),
        caseNumber);
  }

  /** This decision with its case number. */
  public Decision withCaseNumber(String caseNumber) {
    return new Decision(date, body, bodyKind, paragraph, Optional.of(CaseNumber.of(caseNumber)));
  }
}
