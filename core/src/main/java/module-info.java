/**
 * lokbra's domain core: the model of a local crime-prevention council (lokalt brottsförebyggande råd, Lokbrå),
 * the repository API, the store SPI and the {@code memory:} store. {@code se.lokbra.core.internal} is not exported.
 */
// ICU4J is an automatic module (Automatic-Module-Name com.ibm.icu); no API signature names its types.
@SuppressWarnings("requires-automatic")
module se.lokbra.core {
  requires transitive com.google.common;
  // Swedish collation (se.lokbra.core.spi.Collation).
  requires com.ibm.icu;
  // @NullMarked and @Nullable (in the API's signatures): read by compilers and tools, not needed to run.
  requires static transitive org.jspecify;

  exports se.lokbra.core;
  exports se.lokbra.core.agreement;
  exports se.lokbra.core.compliance;
  exports se.lokbra.core.conference;
  exports se.lokbra.core.coordination;
  exports se.lokbra.core.council;
  exports se.lokbra.core.indicator;
  exports se.lokbra.core.measure;
  exports se.lokbra.core.meeting;
  exports se.lokbra.core.memory;
  exports se.lokbra.core.meta;
  exports se.lokbra.core.model;
  exports se.lokbra.core.organisation;
  exports se.lokbra.core.person;
  exports se.lokbra.core.plan;
  exports se.lokbra.core.problem;
  exports se.lokbra.core.repository;
  exports se.lokbra.core.sample;
  exports se.lokbra.core.situation;
  exports se.lokbra.core.spi;

  uses se.lokbra.core.spi.StoreProvider;

  provides se.lokbra.core.spi.StoreProvider with se.lokbra.core.memory.MemoryStoreProvider;
}
