package org.vigil.registry;

/** A registry file that cannot be used: names the file, the line and what is wrong. */
public final class RegistryException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final int line;

  public RegistryException(String file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
    this.file = file;
    this.line = line;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }
}
