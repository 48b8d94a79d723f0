package org.vigil.store;

/**
 * A database operation failed. {@link #operation()} says what the store was doing and
 * {@link #database()} which database (without credentials).
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String operation;
  private final String database;

  public StoreException(String operation, String database, Throwable cause) {
    super(operation + " failed on " + database + ": " + cause.getMessage(), cause);
    this.operation = operation;
    this.database = database;
  }

  public String operation() {
    return operation;
  }

  public String database() {
    return database;
  }
}
