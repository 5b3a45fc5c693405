package se.lokbra.core.meeting;

import se.lokbra.core.meta.CompositeType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.Types;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.measure.MeasureId;

/** One item on a {@link Meeting}'s agenda ("dagordningspunkt"): a title, the measures it deals with, and notes. */
public record AgendaItem(String title, ImmutableList<MeasureId> measures, Optional<String> notes) {
  /** The description of this value's fields, for backends and codecs. */
  public static final CompositeType<AgendaItem> TYPE = CompositeType.of(AgendaItem.class,
      Field.one("title", AgendaItem::title, Types.TEXT),
      Field.list("measures", AgendaItem::measures, MeasureId.TYPE),
      Field.optional("notes", AgendaItem::notes, Types.TEXT));

  public AgendaItem {
    Checks.name(title, "agendaItem.title");
    Checks.notNull(measures, "agendaItem.measures");
    Checks.optionalLongText(notes, "agendaItem.notes");
  }

  public static AgendaItem of(String title) {
    return new AgendaItem(title, ImmutableList.of(), Optional.empty());
  }

  public static AgendaItem of(String title, Iterable<MeasureId> measures, Optional<String> notes) {
    return new AgendaItem(title, Checks.list(measures, "agendaItem.measures"), notes);
  }
}
