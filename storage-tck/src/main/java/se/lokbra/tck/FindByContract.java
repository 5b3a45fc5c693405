package se.lokbra.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.DataSet;
import se.lokbra.core.ValidationException;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;
import se.lokbra.core.repository.Sort;

/**
 * {@link Repository#findBy} on every backend, derived from the descriptions: for every kind, every queryable field
 * and every value the {@linkplain FullInstances generated set} holds in it, the entities found are exactly those
 * whose field holds the value (equal, or contained in a list or set), in the default order, with the right total;
 * and a request for another order or a smaller page is honoured. A new kind or field is covered without an edit
 * here.
 */
public abstract class FindByContract extends ContractSupport {
  private DataSet saved;

  @BeforeEach
  public void saveTheGeneratedSet() {
    store.inTransaction(FullInstances.generate()::saveInto);
    saved = store.snapshot();
  }

  @Test
  public void everyValueOfEveryQueryableFieldFindsExactlyTheEntitiesHoldingIt() {
    int checked = 0;
    for (AggregateKind kind : AggregateKind.values()) {
      checked += checkKind(kind.descriptor());
    }
    assertThat(checked).as("field values checked").isGreaterThan(50);
  }

  private <T extends Aggregate<I, T>, I extends EntityId> int checkKind(AggregateType<T, I> type) {
    Repository<T, I> repository = store.repository(type);
    List<T> inDefaultOrder = repository.findAll(PageRequest.first(1000)).content();
    int checked = 0;
    for (Field<T, ?> field : type.fields()) {
      if (!field.isQueryable()) {
        continue;
      }
      Set<Object> values = new LinkedHashSet<>();
      inDefaultOrder.forEach(e -> values.addAll(field.values(e)));
      for (Object value : values) {
        List<T> expected = new ArrayList<>();
        for (T e : inDefaultOrder) {
          if (field.values(e).contains(value)) {
            expected.add(e);
          }
        }
        Page<T> found = repository.findBy(field.name(), value, PageRequest.first(1000));
        assertThat(found.content()).as("%s by %s = %s", type.plural(), field.name(), value)
            .containsExactlyElementsOf(expected);
        assertThat(found.totalElements()).as("total of %s by %s = %s", type.plural(), field.name(), value)
            .isEqualTo(expected.size());
        Page<T> first = repository.findBy(field.name(), value, PageRequest.first(1));
        assertThat(first.content()).as("first page of one of %s by %s", type.plural(), field.name())
            .containsExactly(expected.get(0));
        assertThat(first.totalElements()).isEqualTo(expected.size());
        checked++;
      }
    }
    return checked;
  }

  @Test
  public void aValueNoEntityHoldsFindsNothing() {
    Page<Measure> none = store.measures().findBy("title", "no measure has this title", PageRequest.first(10));

    assertThat(none.content()).isEmpty();
    assertThat(none.totalElements()).isZero();
  }

  @Test
  public void theRequestedOrderIsHonoured() {
    Measure any = saved.measures().get(0);
    Sort byTitleDescending = Sort.by(Sort.Order.desc("title"), Sort.Order.asc("id"));
    List<Measure> expected = store.measures().findAll(PageRequest.of(0, 1000, byTitleDescending)).content()
        .stream().filter(m -> m.council().equals(any.council())).toList();

    assertThat(store.measures().findBy("council", any.council(), PageRequest.of(0, 1000, byTitleDescending))
        .content()).containsExactlyElementsOf(expected);
  }

  @Test
  public void aFieldThatIsNotThereOrNotQueryableOrAWrongValueIsRefused() {
    Measure any = saved.measures().get(0);
    assertThatThrownBy(() -> store.measures().findBy("budget", "1", PageRequest.first(10)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("budget")
        .hasMessageContaining("is not a field of measure");
    assertThatThrownBy(() -> store.measures().findBy("period", any.period().orElseThrow(), PageRequest.first(10)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("period")
        .hasMessageContaining("not queryable");
    assertThatThrownBy(() -> store.measures().findBy("council", "karlskoga", PageRequest.first(10)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("council")
        .hasMessageContaining("is not a CouncilId");
    assertThatThrownBy(() -> store.measures().findBy("title", null, PageRequest.first(10)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("title")
        .hasMessageContaining("needs a value");
    assertThat(store.snapshot()).isEqualTo(saved);
  }
}
