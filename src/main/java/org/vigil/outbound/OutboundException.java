package org.vigil.outbound;

/** A request Vigil will not make: the message names the URL's host, the address and why. */
public final class OutboundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutboundException(String message) {
    super(message);
  }
}
