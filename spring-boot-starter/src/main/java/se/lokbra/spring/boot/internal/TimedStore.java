package se.lokbra.spring.boot.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.Repositories;
import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.repository.Repository;

/**
 * A {@link LokbraStore} whose repositories time every call: a Micrometer {@link Timer} named
 * {@value #METER} with the tags {@code kind} (the repository: {@code measures}, {@code councils}, …),
 * {@code operation} (the method: {@code save}, {@code findById}, …) and {@code exception} ({@code none}, or the
 * simple name of what the call threw). The repositories of {@link LokbraStore#inTransaction} are timed too.
 */
public final class TimedStore {
  /** The timers' name. */
  public static final String METER = "lokbra.repository";

  private TimedStore() {}

  /**
   * Wraps {@code store}.
   *
   * @param store the store
   * @param registry where the timers go
   * @return the timed store; closing it closes {@code store}
   */
  public static LokbraStore of(LokbraStore store, MeterRegistry registry) {
    return (LokbraStore) proxy(LokbraStore.class, new Handler(store, registry));
  }

  private static Object proxy(Class<?> type, InvocationHandler handler) {
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
  }

  /** {@code equals} and {@code hashCode} of a proxy are its identity; its {@code toString} says what it wraps. */
  private static Object objectMethod(Object proxy, Object target, Method method, @Nullable Object @Nullable [] args) {
    return switch (method.getName()) {
      case "equals" -> proxy == args[0];
      case "hashCode" -> System.identityHashCode(proxy);
      default -> "timed " + target;
    };
  }

  /**
   * The {@code kind} tag of a repository handed out by {@code method}: the accessor's name ({@code measures}), or
   * for {@code repository(…)} the plural of the kind its argument names.
   */
  private static String kindOf(Method method, @Nullable Object @Nullable [] args) {
    if (args == null || args.length != 1) {
      return method.getName();
    }
    if (args[0] instanceof AggregateKind kind) {
      return kind.plural();
    }
    if (args[0] instanceof AggregateType<?, ?> type) {
      return type.plural();
    }
    if (args[0] instanceof Class<?> repositoryType) {
      return AggregateKind.ofRepository(repositoryType).plural();
    }
    return method.getName();
  }

  /** The interfaces extending {@link Repository} that {@code repository}'s class implements, directly or not. */
  private static Class<?>[] repositoryInterfaces(Object repository) {
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

  /** Times the repositories that {@code repositories} hands out. */
  private static final class Handler implements InvocationHandler {
    private final Object target;
    private final MeterRegistry registry;

    Handler(Object target, MeterRegistry registry) {
      this.target = target;
      this.registry = registry;
    }

    @Override
    public @Nullable Object invoke(Object proxy, Method method, @Nullable Object @Nullable [] args) throws Throwable {
      if (method.getDeclaringClass() == Object.class) {
        return objectMethod(proxy, target, method, args);
      }
      if (method.getName().equals("inTransaction") && args != null && args.length == 1
          && args[0] instanceof Function<?, ?> work) {
        @SuppressWarnings("unchecked")
        Function<Repositories, Object> untimed = (Function<Repositories, Object>) work;
        return call(method, new Object[] {(Function<Repositories, Object>) repositories -> untimed.apply(
            (Repositories) proxy(Repositories.class, new Handler(repositories, registry)))});
      }
      Object result = call(method, args);
      if (result instanceof Repository<?, ?>) {
        // Every repository interface of the result, so that the caller's cast to its own one holds.
        return Proxy.newProxyInstance(Repository.class.getClassLoader(), repositoryInterfaces(result),
            new Timing(result, registry, kindOf(method, args)));
      }
      return result;
    }

    private @Nullable Object call(Method method, @Nullable Object @Nullable [] args) throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  /** Times each call of one repository. */
  private static final class Timing implements InvocationHandler {
    private final Object target;
    private final MeterRegistry registry;
    private final String kind;

    Timing(Object target, MeterRegistry registry, String kind) {
      this.target = target;
      this.registry = registry;
      this.kind = kind;
    }

    @Override
    public @Nullable Object invoke(Object proxy, Method method, @Nullable Object @Nullable [] args) throws Throwable {
      if (method.getDeclaringClass() == Object.class) {
        return objectMethod(proxy, target, method, args);
      }
      Timer.Sample sample = Timer.start(registry);
      String exception = "none";
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        exception = e.getCause().getClass().getSimpleName();
        throw e.getCause();
      } finally {
        sample.stop(Timer.builder(METER).description("lokbra repository calls")
            .tag("kind", kind).tag("operation", method.getName()).tag("exception", exception)
            .register(registry));
      }
    }
  }
}
