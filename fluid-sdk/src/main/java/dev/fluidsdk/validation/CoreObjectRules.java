package dev.fluidsdk.validation;

import io.kubernetes.client.openapi.models.V1NodeSelector;
import io.kubernetes.client.openapi.models.V1NodeSelectorRequirement;
import io.kubernetes.client.openapi.models.V1NodeSelectorTerm;
import io.kubernetes.client.openapi.models.V1Toleration;
import java.util.List;

/**
 * Rules for Kubernetes core objects embedded in Fluid objects. Fluid's CRDs check little of them,
 * but Fluid copies them into pods and persistent volumes, which the API server then rejects; the
 * rules follow Kubernetes' {@code pkg/apis/core/validation} ({@code ValidateTolerations}, {@code
 * ValidateNodeSelector}).
 */
final class CoreObjectRules {
  static final List<String> TOLERATION_OPERATORS = List.of("Exists", "Equal");
  static final List<String> TAINT_EFFECTS = List.of("NoSchedule", "PreferNoSchedule", "NoExecute");
  static final List<String> NODE_SELECTOR_OPERATORS =
      List.of("In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt");

  private CoreObjectRules() {}

  static void tolerations(Violations v, String path, List<V1Toleration> tolerations) {
    v.each(path, tolerations, (p, t) -> toleration(v, p, t));
  }

  static void toleration(Violations v, String path, V1Toleration t) {
    String operator = t.getOperator();
    v.oneOf(path + ".operator", operator, TOLERATION_OPERATORS);
    v.oneOf(path + ".effect", t.getEffect(), TAINT_EFFECTS);
    boolean exists = "Exists".equals(operator);
    if ((t.getKey() == null || t.getKey().isEmpty()) && operator != null && !exists) {
      v.add(path + ".operator", "must be Exists when key is empty");
    }
    if (exists && t.getValue() != null && !t.getValue().isEmpty()) {
      v.add(path + ".value", "must be empty when operator is Exists");
    }
    if (t.getTolerationSeconds() != null && !"NoExecute".equals(t.getEffect())) {
      v.add(path + ".effect", "must be NoExecute when tolerationSeconds is set");
    }
  }

  /** A node selector under a CRD that requires {@code nodeSelectorTerms}. */
  static void nodeSelector(Violations v, String path, V1NodeSelector selector) {
    List<V1NodeSelectorTerm> terms = selector.getNodeSelectorTerms();
    // client-java starts with an empty list, and an empty list is not written: both are absent.
    if (terms == null || terms.isEmpty()) {
      v.add(path + ".nodeSelectorTerms", "required");
      return;
    }
    v.each(path + ".nodeSelectorTerms", terms, (term, t) -> {
      v.each(term + ".matchExpressions", t.getMatchExpressions(), (at, r) -> requirement(v, at, r));
      v.each(term + ".matchFields", t.getMatchFields(), (at, r) -> requirement(v, at, r));
    });
  }

  private static void requirement(Violations v, String at, V1NodeSelectorRequirement r) {
    v.present(at + ".key", r.getKey());
    if (v.present(at + ".operator", r.getOperator())) {
      v.oneOf(at + ".operator", r.getOperator(), NODE_SELECTOR_OPERATORS);
      int values = r.getValues() == null ? 0 : r.getValues().size();
      switch (r.getOperator()) {
        case "In", "NotIn" -> {
          if (values == 0) {
            v.add(at + ".values", "must be specified when operator is " + r.getOperator());
          }
        }
        case "Exists", "DoesNotExist" -> {
          if (values > 0) {
            v.add(at + ".values", "may not be specified when operator is " + r.getOperator());
          }
        }
        case "Gt", "Lt" -> {
          if (values != 1) {
            v.add(
                at + ".values",
                "must have a single element when operator is " + r.getOperator());
          }
        }
        default -> {
          // reported by oneOf above
        }
      }
    }
  }
}
