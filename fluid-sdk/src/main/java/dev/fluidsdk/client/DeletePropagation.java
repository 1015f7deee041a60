package dev.fluidsdk.client;

/** What a delete does with the objects the deleted one owns (Kubernetes' {@code propagationPolicy}). */
public enum DeletePropagation {
  /** Delete the owned objects first, then this one (it stays with a deletion timestamp until then). */
  FOREGROUND("Foreground"),
  /** Delete this one now and let the garbage collector delete the owned objects. */
  BACKGROUND("Background"),
  /** Delete this one and leave the owned objects. */
  ORPHAN("Orphan");

  private final String value;

  DeletePropagation(String value) {
    this.value = value;
  }

  /** The API value, e.g. {@code Foreground}. */
  public String value() {
    return value;
  }
}
