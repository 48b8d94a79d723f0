package org.vigil.store;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway's log for the store: the CLI's output is not a log, so progress messages are dropped
 * and only warnings and errors reach stderr (failures also come back as exceptions).
 * Flyway instantiates it by class name; it must stay public with a no-argument constructor.
 */
public final class MigrationLog implements LogCreator, Log {

  @Override
  public Log createLogger(Class<?> clazz) {
    return this;
  }

  @Override
  public boolean isDebugEnabled() {
    return false;
  }

  @Override
  public void debug(String message) {}

  @Override
  public void info(String message) {}

  @Override
  public void notice(String message) {}

  @Override
  public void warn(String message) {
    System.err.println("vigil: database migration: " + message);
  }

  @Override
  public void error(String message) {
    System.err.println("vigil: database migration: " + message);
  }

  @Override
  public void error(String message, Exception e) {
    System.err.println("vigil: database migration: " + message + ": " + e.getMessage());
  }
}
