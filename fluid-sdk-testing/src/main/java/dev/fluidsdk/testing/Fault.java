package dev.fluidsdk.testing;

/**
 * What an injected fault does to a matching request.
 *
 * @param kind the kind of fault
 * @param code HTTP status for {@link Kind#STATUS}
 * @param retryAfterSeconds value of the {@code Retry-After} header, 0 for none
 * @param afterEvents for watch faults: how many events are delivered before the stream ends
 */
public record Fault(Kind kind, int code, int retryAfterSeconds, int afterEvents) {

  /** Kinds of faults. */
  public enum Kind {
    /** Answer with an HTTP error and a {@code Status} body. */
    STATUS,
    /** Close the connection without any response bytes; the client sees an unexpected end of stream. */
    RESET,
    /** Watch only: deliver some events, then end the stream cleanly (as a server-side timeout does). */
    END_WATCH,
    /** Watch only: deliver some events, then drop the connection in the middle of a chunk. */
    ABORT_WATCH
  }

  public Fault {
    if (kind == null) {
      throw new FluidTestServerException("fault kind must be set");
    }
    if (kind == Kind.STATUS && (code < 400 || code > 599)) {
      throw new FluidTestServerException("fault code must be 400..599, got " + code);
    }
  }

  /** An error answer with a kube-style {@code Status} body, e.g. 500 or 503. */
  public static Fault status(int code) {
    return new Fault(Kind.STATUS, code, 0, 0);
  }

  /** 429 TooManyRequests with {@code Retry-After: seconds}. */
  public static Fault tooManyRequests(int retryAfterSeconds) {
    return new Fault(Kind.STATUS, 429, retryAfterSeconds, 0);
  }

  /** Drop the connection before answering. */
  public static Fault resetConnection() {
    return new Fault(Kind.RESET, 0, 0, 0);
  }

  /** End a watch stream cleanly after {@code events} events. */
  public static Fault endWatchAfter(int events) {
    return new Fault(Kind.END_WATCH, 0, 0, events);
  }

  /** Abort a watch stream (connection dropped mid-chunk) after {@code events} events. */
  public static Fault abortWatchAfter(int events) {
    return new Fault(Kind.ABORT_WATCH, 0, 0, events);
  }

  boolean watchOnly() {
    return kind == Kind.END_WATCH || kind == Kind.ABORT_WATCH;
  }
}
