package dev.fluidsdk.schema;

import java.util.List;
import java.util.Map;

/**
 * What a CRD says about a kind besides its schema, as Fluid's own CRDs have it (chart 1.1.0): short
 * names, categories and the columns {@code kubectl get} prints. Kept as facts here so the generated
 * CRDs name things exactly as an installation of Fluid does.
 *
 * @param shortNames {@code kubectl get dataset}
 * @param categories {@code kubectl get fluid}
 * @param columns the printer columns, in order
 */
record CrdNames(List<String> shortNames, List<String> categories, List<Column> columns) {

  /**
   * One {@code additionalPrinterColumns} entry.
   *
   * @param name the column heading
   * @param jsonPath where the value is, e.g. {@code .status.phase}
   * @param type {@code string} or {@code date}
   * @param priority 0 for the default view, more for {@code -o wide}
   */
  record Column(String name, String jsonPath, String type, int priority) {}

  private static final CrdNames NONE = new CrdNames(List.of(), List.of(), List.of());

  private static final Map<String, CrdNames> BY_KIND =
      Map.of(
          "Dataset",
          new CrdNames(
              List.of("dataset"),
              List.of("fluid"),
              List.of(
                  new Column("Ufs Total Size", ".status.ufsTotal", "string", 0),
                  new Column("Cached", ".status.cacheStates.cached", "string", 0),
                  new Column("Cache Capacity", ".status.cacheStates.cacheCapacity", "string", 0),
                  new Column(
                      "Cached Percentage", ".status.cacheStates.cachedPercentage", "string", 0),
                  new Column("Phase", ".status.phase", "string", 0),
                  new Column("HCFS URL", ".status.hcfs.endpoint", "string", 10),
                  new Column("TOTAL FILES", ".status.fileNum", "string", 11),
                  new Column("CACHE HIT RATIO", ".status.cacheStates.cacheHitRatio", "string", 10),
                  new Column("Age", ".metadata.creationTimestamp", "date", 0))));

  /** The names for {@code kind}; ThinRuntime and ThinRuntimeProfile have none in Fluid. */
  static CrdNames of(String kind) {
    return BY_KIND.getOrDefault(kind, NONE);
  }
}
