package dev.fluidsdk.threefs.fluid;

/**
 * One step of {@link ThreeFsProvisioner#provision}: what happened to which object. Never carries a
 * token (a Secret appears by name).
 *
 * @param step what happened
 * @param kind the object's kind
 * @param namespace its namespace; null for the cluster-scoped ThinRuntimeProfile
 * @param name its name
 * @param detail a short human-readable note, e.g. the Dataset's phase
 */
public record ProvisionEvent(Step step, String kind, String namespace, String name, String detail) {

  /** The steps, in the order they happen for one volume. */
  public enum Step {
    APPLIED,
    WAITING,
    BOUND,
    DELETED,
    ABSENT
  }

  @Override
  public String toString() {
    String id = namespace == null ? kind + "/" + name : kind + " " + namespace + "/" + name;
    return step.name().toLowerCase(java.util.Locale.ROOT) + " " + id + (detail == null ? "" : ": " + detail);
  }
}
