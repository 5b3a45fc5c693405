package se.lokbra.core.memory;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.BooleanSupplier;
import se.lokbra.core.Repositories;
import se.lokbra.core.StorageException;
import se.lokbra.core.repository.Repository;
import se.lokbra.core.spi.GenericRepositories;

/**
 * The repositories a transaction hands to its work: they delegate to the store's, and once the transaction has
 * ended every call throws a {@link StorageException} instead of quietly running in a transaction of its own (as
 * the JDBC backends' transaction-bound repositories do too).
 */
final class TransactionView {
  private TransactionView() {}

  /** {@code repositories} for as long as {@code active} says so; {@code uri} names the store in the error. */
  static Repositories of(Repositories repositories, BooleanSupplier active, String uri) {
    return proxy(Repositories.class, repositories, active, uri, Repositories.class);
  }

  private static <T> T proxy(Class<T> type, Object target, BooleanSupplier active, String uri,
      Class<?>... interfaces) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return method.getName().equals("equals") ? proxy == args[0]
            : method.getName().equals("hashCode") ? System.identityHashCode(proxy)
            : "TransactionView[" + uri + "]";
      }
      if (!active.getAsBoolean()) {
        throw new StorageException("the transaction these repositories belong to has ended (store " + uri + ")");
      }
      if (method.isDefault() && type == Repositories.class) {
        return InvocationHandler.invokeDefault(proxy, method, args); // repository(kind): through the guarded ones
      }
      Object result = invoke(method, target, args);
      if (type == Repositories.class && result instanceof Repository<?, ?>) {
        // With every repository interface of the store's repository, so that casts to its own one hold.
        return proxy(Repository.class, result, active, uri, GenericRepositories.interfacesOf(result));
      }
      return result;
    };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), interfaces, handler));
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
