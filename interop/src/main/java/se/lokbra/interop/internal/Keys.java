package se.lokbra.interop.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.Membership;
import se.lokbra.core.model.PoliticalParty;

/**
 * The ids of what lokbra does not give an id of its own: a council's seats and the political parties. OParl and
 * Popolo use the same ones, so that the two exports of a data set can be joined. Not API.
 */
public final class Keys {
  private Keys() {}

  /**
   * The key of each of the council's memberships, in the council's order: council, role, start and who holds the
   * seat ({@code karlskoga-degerfors.chair.2019-01-01.p.martin-harsmar}, {@code ….o.polisen}). The end date is
   * left out so that a seat keeps its id when it is extended. Ids never contain a dot, so the parts cannot run
   * together; the same seat recorded twice gets {@code .2}.
   */
  public static ImmutableList<String> memberships(Council council) {
    ImmutableList.Builder<String> keys = ImmutableList.builder();
    Map<String, Integer> seen = new HashMap<>();
    for (Membership m : council.memberships()) {
      StringBuilder key = new StringBuilder(council.id().value()).append('.').append(Labels.code(m.role()))
          .append('.').append(Times.date(m.start()));
      m.person().ifPresent(p -> key.append(".p.").append(p.value()));
      m.organisation().ifPresent(o -> key.append(".o.").append(o.value()));
      int count = seen.merge(key.toString(), 1, Integer::sum);
      keys.add(count > 1 ? key + "." + count : key.toString());
    }
    return keys.build();
  }

  /**
   * A key for each party, made from its abbreviation: lower-case letters and digits as they are, any other
   * character as {@code _} and its hexadecimal code point ({@code M} → {@code m}, {@code KÖ&L} → {@code k_f6_26l}).
   * Lower case keeps keys apart on case-insensitive file systems; parties whose keys would clash (M and m) get
   * {@code -2}, {@code -3}, … in the order of abbreviation and name.
   */
  public static ImmutableMap<PoliticalParty, String> parties(Stream<PoliticalParty> parties) {
    ImmutableMap.Builder<PoliticalParty, String> keys = ImmutableMap.builder();
    Set<String> taken = new HashSet<>();
    parties.distinct().sorted(Comparator.comparing(PoliticalParty::abbreviation).thenComparing(PoliticalParty::name))
        .forEach(party -> {
          String slug = slug(party.abbreviation());
          String unique = slug;
          for (int n = 2; !taken.add(unique); n++) {
            unique = slug + "-" + n;
          }
          keys.put(party, unique);
        });
    return keys.build();
  }

  private static String slug(String abbreviation) {
    StringBuilder slug = new StringBuilder();
    abbreviation.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        slug.appendCodePoint(c);
      } else {
        slug.append('_').append(Integer.toHexString(c));
      }
    });
    return slug.toString();
  }
}
