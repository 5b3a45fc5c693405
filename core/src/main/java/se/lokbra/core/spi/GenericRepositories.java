package se.lokbra.core.spi;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.repository.Repository;

/**
 * A kind's repository interface served by a backend's generic repository: the methods of {@link Repository} run on
 * the backend's implementation, and the interface's own queries, which are default methods over
 * {@link Repository#findBy} and the other generic operations, run as declared. So a new aggregate whose queries are
 * default methods needs no repository class in any backend; a backend still writes its own class for a kind where
 * it can do better (a query the generic operations cannot express, or a faster one).
 *
 * <p>The interface's default methods are called through a {@link Proxy}: one reflective dispatch per call, which is
 * why the kinds of lokbra's first versions keep their own classes on the hot paths.
 */
public final class GenericRepositories {
  private GenericRepositories() {}

  /**
   * {@code generic} as the repository interface of {@code type}: {@code generic} itself if that is
   * {@link Repository}, otherwise a proxy implementing it.
   *
   * @throws IllegalStateException if the interface has an abstract method of its own (a query the generic
   *     repository cannot answer), naming it
   */
  public static <T extends Aggregate<I, T>, I extends EntityId> Repository<T, I> of(AggregateType<T, I> type,
      Repository<T, I> generic) {
    return of(type.repositoryType(), generic);
  }

  /**
   * {@code generic} as {@code repositoryType}: {@code generic} itself if it is one already, otherwise a proxy whose
   * {@link Repository} methods run on {@code generic} and whose default methods run as declared.
   *
   * @throws IllegalStateException if {@code repositoryType} has an abstract method of its own, naming it
   */
  public static <T extends Aggregate<I, T>, I extends EntityId, R extends Repository<T, I>> R of(
      Class<R> repositoryType, Repository<T, I> generic) {
    if (repositoryType.isInstance(generic)) {
      return repositoryType.cast(generic);
    }
    check(repositoryType);
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return switch (method.getName()) {
          case "equals" -> proxy == args[0];
          case "hashCode" -> System.identityHashCode(proxy);
          default -> repositoryType.getSimpleName() + "[" + generic + "]";
        };
      }
      if (method.isDefault()) {
        return InvocationHandler.invokeDefault(proxy, method, args);
      }
      try {
        return method.invoke(generic, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return repositoryType.cast(Proxy.newProxyInstance(repositoryType.getClassLoader(),
        new Class<?>[] {repositoryType}, handler));
  }

  /**
   * Checks that every abstract method of {@code repositoryType} is one of {@link Repository}'s, so that a generic
   * repository can serve it.
   *
   * @throws IllegalStateException naming the methods that are not
   */
  public static void check(Class<?> repositoryType) {
    List<String> own = OWN_QUERIES.get(repositoryType);
    if (!own.isEmpty()) {
      throw new IllegalStateException(repositoryType.getName() + " declares queries that are not default methods, "
          + "so only a backend with its own implementation can serve them: " + own);
    }
  }

  /**
   * The abstract methods of a repository interface that are not {@link Repository}'s, found once per interface
   * (a JDBC store makes its repositories again for every transaction).
   */
  private static final ClassValue<List<String>> OWN_QUERIES = new ClassValue<>() {
    @Override
    protected List<String> computeValue(Class<?> repositoryType) {
      List<String> own = new ArrayList<>();
      for (Method m : repositoryType.getMethods()) {
        if (Modifier.isAbstract(m.getModifiers()) && !m.isDefault() && !declaredBy(m, Repository.class)) {
          own.add(m.getName() + Arrays.toString(m.getParameterTypes()));
        }
      }
      return List.copyOf(own);
    }
  };

  /**
   * The interfaces extending {@link Repository} that {@code repository}'s class implements, directly or not: for
   * wrappers (transactions, metrics) that must keep a repository's own queries.
   */
  public static Class<?>[] interfacesOf(Object repository) {
    Set<Class<?>> out = new LinkedHashSet<>();
    for (Class<?> c = repository.getClass(); c != null; c = c.getSuperclass()) {
      for (Class<?> i : c.getInterfaces()) {
        if (Repository.class.isAssignableFrom(i)) {
          out.add(i);
        }
      }
    }
    return out.toArray(new Class<?>[0]);
  }

  private static boolean declaredBy(Method m, Class<?> type) {
    try {
      type.getMethod(m.getName(), m.getParameterTypes());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
