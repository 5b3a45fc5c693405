package se.lokbra.storage.jdbc.internal;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import se.lokbra.core.LokbraException;
import se.lokbra.core.ReferentialIntegrityException;
import se.lokbra.core.StorageException;
import se.lokbra.core.ValidationException;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.model.Reference;

/**
 * Turns JDBC and JDBI failures into lokbra's exceptions, so that none of theirs escapes. The repositories check
 * references, uniqueness and versions before writing, so a constraint violation from the database is rare (a race
 * with another process); it still becomes the contract's integrity or validation error, naming what it can.
 */
final class Errors {
  private static final Pattern PG_KEY = Pattern.compile("Key \\(([^)]+)\\)=\\((.*)\\)");
  private static final Pattern PG_TABLE = Pattern.compile("table \"([^\"]+)\"");
  private static final Pattern SQLITE_COLUMN = Pattern.compile("constraint failed: ([A-Za-z_]+)\\.([A-Za-z_]+)");

  private Errors() {}

  /** The first SQLException in {@code e}'s causes, or null. */
  static SQLException sqlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        return s;
      }
    }
    return null;
  }

  /** True for failures that a retry of the whole transaction may cure (PostgreSQL deadlock, serialization). */
  static boolean isTransient(Throwable e) {
    SQLException s = sqlCause(e);
    String state = s == null ? null : s.getSQLState();
    return "40001".equals(state) || "40P01".equals(state);
  }

  /** The index of the failed entry of a JDBC batch in {@code e}'s causes (the entries before it ran), or 0. */
  static int batchEntry(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BatchUpdateException b && b.getUpdateCounts() != null) {
        return b.getUpdateCounts().length;
      }
    }
    return 0;
  }

  /**
   * True for a lost connection: the server went away, shut down or cut the session (SQL states 08…, 57P01–57P03;
   * not 08001 and 08004, a connection that could not be made). A transaction on it was rolled back by the server,
   * unless the connection went during the commit.
   */
  static boolean isConnectionLoss(Throwable e) {
    SQLException s = sqlCause(e);
    String state = s == null ? null : s.getSQLState();
    return state != null && (state.startsWith("08") && !state.equals("08001") && !state.equals("08004")
        || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
  }

  /**
   * The lokbra exception for {@code e}: lokbra's own and the caller's exceptions as they are, database failures as
   * integrity, validation or storage errors. {@code subject} is the entity being written or deleted, if known.
   */
  static RuntimeException translate(Throwable e, String operation, EntityId subject, boolean delete) {
    if (e instanceof Error error) {
      throw error;
    }
    if (e instanceof LokbraException l) {
      return l;
    }
    SQLException sql = sqlCause(e);
    if (sql == null) {
      if (e instanceof JdbiException) {
        return new StorageException(operation + " failed: " + e.getMessage(), e);
      }
      return (RuntimeException) e; // the caller's own exception, from inside a transaction
    }
    if (isConstraint(sql)) {
      return constraint(sql, operation, subject, delete, e);
    }
    if (isConnectionLoss(sql)) {
      return new StorageException(operation + " failed: the connection to the database was lost, and the server "
          + "rolled back what the call had not committed (" + sql.getMessage() + ")", e);
    }
    if (isBusy(sql)) {
      return new StorageException(operation + " failed: the database stayed locked by another connection or "
          + "process for longer than the busy timeout (" + sql.getMessage() + ")", e);
    }
    return new StorageException(operation + " failed: " + sql.getMessage(), e);
  }

  private static boolean isBusy(SQLException e) {
    if (e instanceof SQLiteException s) {
      SQLiteErrorCode code = s.getResultCode();
      return code.name().startsWith("SQLITE_BUSY") || code.name().startsWith("SQLITE_LOCKED");
    }
    return "55P03".equals(e.getSQLState());
  }

  private static boolean isConstraint(SQLException e) {
    if (e instanceof SQLiteException s) {
      return s.getResultCode().name().startsWith("SQLITE_CONSTRAINT");
    }
    return e.getSQLState() != null && e.getSQLState().startsWith("23");
  }

  private static RuntimeException constraint(SQLException sql, String operation, EntityId subject,
      boolean delete, Throwable e) {
    String table = null;
    String column = null;
    String value = null;
    String detail = null;
    boolean foreignKey;
    if (sql instanceof PSQLException p && p.getServerErrorMessage() != null) {
      ServerErrorMessage m = p.getServerErrorMessage();
      foreignKey = "23503".equals(p.getSQLState());
      table = m.getTable();
      column = m.getColumn();
      detail = m.getDetail();
      if (detail != null) {
        Matcher key = PG_KEY.matcher(detail);
        if (key.find()) {
          column = key.group(1);
          value = key.group(2);
        }
        Matcher t = PG_TABLE.matcher(detail);
        if (foreignKey && t.find()) {
          table = t.group(1); // the referenced table on save, the referring one on delete
        }
      }
    } else {
      foreignKey = sql instanceof SQLiteException s
          && s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY;
      Matcher m = SQLITE_COLUMN.matcher(String.valueOf(sql.getMessage()));
      if (m.find()) {
        table = m.group(1);
        column = m.group(2);
      }
    }
    if (foreignKey && subject != null) {
      if (delete) {
        return ReferentialIntegrityException.stillReferenced(subject, List.of(new Reference(
            java.util.Optional.empty(), table == null ? "?" : table, subject)));
      }
      AggregateKind target = kindOfTable(table);
      List<Reference> refs = target == null || value == null ? List.of()
          : List.of(Reference.of(field(column), target.id(value)));
      return ReferentialIntegrityException.dangling(subject, refs);
    }
    String entity = subject == null ? null : subject.kind().singular() + " '" + subject.value() + "'";
    if ("organisation_number".equals(column)) {
      return new ValidationException(entity, "organisationNumber", value, "must be unique, but another "
          + "organisation has it");
    }
    return new ValidationException(entity, column == null ? "?" : field(column), value,
        "violates a constraint of the database (" + operation + "): " + (detail != null ? detail : sql.getMessage()));
  }

  /** The kind whose main table is {@code table} (its singular, words joined by {@code _}), or null. */
  private static AggregateKind kindOfTable(String table) {
    for (AggregateKind k : AggregateKind.values()) {
      if (k.singular().replace(' ', '_').equals(table)) {
        return k;
      }
    }
    return null;
  }

  /** {@code organisation_id} → {@code organisation}, {@code family_name} → {@code familyName}. */
  static String field(String column) {
    String c = column.endsWith("_id") ? column.substring(0, column.length() - 3) : column;
    StringBuilder b = new StringBuilder();
    boolean upper = false;
    for (char ch : c.toCharArray()) {
      if (ch == '_') {
        upper = true;
      } else {
        b.append(upper ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
        upper = false;
      }
    }
    return b.toString();
  }
}
