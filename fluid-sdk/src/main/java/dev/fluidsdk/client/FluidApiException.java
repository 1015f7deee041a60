package dev.fluidsdk.client;

import dev.fluidsdk.FluidException;
import java.util.List;

/**
 * The API server answered a request with an error status. Carries the HTTP code, the server's
 * {@code Status} reason and message, the object the request was about and the server's field
 * causes. Subclasses name the codes a caller usually handles: {@link NotFoundException}, {@link
 * ConflictException}, {@link InvalidException}, {@link UnauthorizedException} and {@link
 * ForbiddenException}.
 */
public class FluidApiException extends FluidException {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final String reason;
  private final String kind;
  private final String namespace;
  private final String name;
  private final String serverMessage;
  private final List<Cause> causes;

  /** One entry of the server's {@code details.causes}: a field path and why it was rejected. */
  public record Cause(String field, String reason, String message) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public String toString() {
      String f = field == null || field.isEmpty() ? "" : field + ": ";
      return f + (message == null ? reason : message);
    }
  }

  /** Everything the error mapping knows about a failed request. */
  record Details(
      int code,
      String reason,
      String kind,
      String namespace,
      String name,
      String serverMessage,
      List<Cause> causes) {}

  FluidApiException(Details d, Throwable cause) {
    super(describe(d), cause);
    this.code = d.code();
    this.reason = d.reason();
    this.kind = d.kind();
    this.namespace = d.namespace();
    this.name = d.name();
    this.serverMessage = d.serverMessage();
    this.causes = d.causes() == null ? List.of() : List.copyOf(d.causes());
  }

  private static String describe(Details d) {
    StringBuilder s = new StringBuilder();
    s.append(d.kind() == null ? "request" : d.kind());
    if (d.name() != null) {
      s.append(' ').append(d.namespace() == null ? "" : d.namespace() + "/").append(d.name());
    } else if (d.namespace() != null) {
      s.append(" in namespace ").append(d.namespace());
    }
    s.append(": HTTP ").append(d.code());
    if (d.reason() != null && !d.reason().isEmpty()) {
      s.append(' ').append(d.reason());
    }
    if (d.serverMessage() != null && !d.serverMessage().isEmpty()) {
      s.append(": ").append(d.serverMessage());
    }
    return s.toString();
  }

  /** The HTTP status code. */
  public int code() {
    return code;
  }

  /** The server's machine-readable reason ({@code NotFound}, {@code AlreadyExists}, ...); null if none. */
  public String reason() {
    return reason;
  }

  /** The kind the request was about, e.g. {@code Dataset}; null if not known. */
  public String kind() {
    return kind;
  }

  /** The namespace the request was about; null for cluster-scoped kinds and lists of all namespaces. */
  public String namespace() {
    return namespace;
  }

  /** The object name the request was about; null for collection requests. */
  public String name() {
    return name;
  }

  /** The server's human-readable message; null if the body was not a {@code Status}. */
  public String serverMessage() {
    return serverMessage;
  }

  /** The server's {@code details.causes}, e.g. the invalid fields of a 422; empty if none. */
  public List<Cause> causes() {
    return causes;
  }

  public boolean isNotFound() {
    return code == 404;
  }

  public boolean isConflict() {
    return code == 409;
  }

  /** Whether the server said the object already exists (a 409 on create). */
  public boolean isAlreadyExists() {
    return code == 409 && "AlreadyExists".equals(reason);
  }
}
