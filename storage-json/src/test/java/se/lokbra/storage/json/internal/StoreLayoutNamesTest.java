package se.lokbra.storage.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.organisation.OrganisationId;

/** The portable names as the journal sees them: a reserved id's files and temporary files are the store's own. */
class StoreLayoutNamesTest {
  private final StoreLayout layout = new StoreLayout(Path.of("/srv/store"));

  @Test
  void aReservedIdsFilesAreDataFilesOfTheJournal() {
    EntityId id = OrganisationId.of("com7");
    Path file = layout.entityFile(id);
    assertThat(file).isEqualTo(Path.of("/srv/store/organisations/_com7.json"));
    assertThat(layout.dataFile("organisations/_com7.json")).contains(file);
    assertThat(layout.dataFile("tombstones/organisations/_com7.json")).contains(layout.tombstoneFile(id));
    assertThat(layout.dataFile("organisations/com7.json")).as("written before the rule")
        .contains(Path.of("/srv/store/organisations/com7.json"));
    assertThat(layout.dataFile("organisations/_x.json")).isEmpty();
    Path temp = StoreLayout.tempFor(file, 0x1f);
    assertThat(StoreLayout.isDataTemp(temp.getFileName().toString())).isTrue();
    assertThat(layout.tempFile(layout.relative(temp), file)).contains(temp);
    assertThat(StoreLayout.legacyFile(file, id)).contains(Path.of("/srv/store/organisations/com7.json"));
    assertThat(StoreLayout.legacyFile(layout.entityFile(OrganisationId.of("com10")), OrganisationId.of("com10")))
        .isEmpty();
    assertThat(AggregateKind.ORGANISATION.plural()).isEqualTo("organisations");
  }
}
