package se.lokbra.storage.jdbc.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.situation.SituationPicture;
import se.lokbra.core.situation.SituationPictureId;
import se.lokbra.core.situation.Source;
import se.lokbra.core.situation.SourceKind;

/** {@link SituationPicture} ↔ table {@code situation_picture} and its child tables. */
final class SituationPictureMapping extends AggregateMapping<SituationPicture, SituationPictureId> {
  static final Column<String> TITLE = Column.text("title");
  static final Column<String> COUNCIL = Column.reference("council_id", AggregateKind.COUNCIL);
  static final Column<LocalDate> DATE = Column.date("picture_date");
  static final PeriodColumns PERIOD = new PeriodColumns("period");
  static final Column<String> SUMMARY = Column.text("summary");

  static final Column<String> PICTURE_ID = Column.text("situation_picture_id");
  static final Column<String> MUNICIPALITY = Column.text("municipality");
  static final ChildTable<SituationPicture, MunicipalityCode> MUNICIPALITIES = ChildTable.of(
      "situation_picture_municipality", PICTURE_ID, List.of(POSITION, MUNICIPALITY), SituationPicture::municipalities,
      (e, i, row) -> row.set(POSITION, i).set(MUNICIPALITY, e.value()),
      row -> MunicipalityCode.of(row.required(MUNICIPALITY)));

  static final Column<String> ORGANISATION = Column.reference("organisation_id", AggregateKind.ORGANISATION);
  static final ChildTable<SituationPicture, OrganisationId> PRODUCED_BY = ChildTable.of(
      "situation_picture_produced_by", PICTURE_ID, List.of(POSITION, ORGANISATION), SituationPicture::producedBy,
      (e, i, row) -> row.set(POSITION, i).set(ORGANISATION, e.value()),
      row -> OrganisationId.of(row.required(ORGANISATION)));

  static final Column<String> KIND = Column.text("kind");
  static final Column<String> DESCRIPTION = Column.text("description");
  static final Column<LocalDate> SOURCE_DATE = Column.date("source_date");
  static final ChildTable<SituationPicture, Source> SOURCES = ChildTable.of("situation_picture_source", PICTURE_ID,
      List.of(POSITION, KIND, DESCRIPTION, SOURCE_DATE), SituationPicture::sources,
      (e, i, row) -> row.set(POSITION, i).set(KIND, e.kind().name()).set(DESCRIPTION, e.description())
          .set(SOURCE_DATE, e.date()),
      row -> new Source(SourceKind.valueOf(row.required(KIND)), row.required(DESCRIPTION),
          row.optional(SOURCE_DATE)));

  SituationPictureMapping() {
    super(AggregateKind.SITUATION_PICTURE, "situation_picture", ImmutableList.<Column<?>>builder()
        .add(TITLE, COUNCIL, DATE).addAll(PERIOD.all()).add(SUMMARY).build(),
        List.of(MUNICIPALITIES, PRODUCED_BY, SOURCES), Map.of("date", DATE, "title", TITLE), Set.of(DATE));
  }

  @Override
  void write(SituationPicture s, Values row) {
    row.set(TITLE, s.title())
        .set(COUNCIL, s.council().map(CouncilId::value))
        .set(DATE, s.date())
        .set(SUMMARY, s.summary());
    PERIOD.write(s.period(), row);
  }

  @Override
  SituationPicture read(Values row, Children children) {
    return new SituationPicture(id(row.required(ID)), revision(row), row.required(TITLE),
        ImmutableSet.copyOf(children.of(MUNICIPALITIES)), row.optional(COUNCIL).map(CouncilId::of),
        row.optional(DATE), PERIOD.read(row), ImmutableSet.copyOf(children.of(PRODUCED_BY)),
        ImmutableList.copyOf(children.of(SOURCES)), row.required(SUMMARY));
  }

  @Override
  SituationPictureId id(String value) {
    return SituationPictureId.of(value);
  }
}
