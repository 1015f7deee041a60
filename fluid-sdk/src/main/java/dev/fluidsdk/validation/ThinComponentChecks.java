package dev.fluidsdk.validation;

import dev.fluidsdk.model.FluidEnum;
import dev.fluidsdk.model.FuseCleanPolicy;
import dev.fluidsdk.model.NetworkMode;
import dev.fluidsdk.model.ThinCompTemplateSpec;
import dev.fluidsdk.model.ThinFuseSpec;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1Lifecycle;
import io.kubernetes.client.openapi.models.V1LifecycleHandler;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks shared by ThinRuntime and ThinRuntimeProfile: the worker and FUSE components and the
 * volumes. Core-object checks cover what Fluid's CRD marks required in them and what
 * Kubernetes rejects when Fluid turns the component into a pod.
 */
final class ThinComponentChecks {
  /** Kubernetes' pull policies (the CRD leaves the field a free string; pods reject others). */
  static final List<String> IMAGE_PULL_POLICIES = List.of("Always", "IfNotPresent", "Never");

  /** The CRD's enum, in the CRD's order. */
  static final List<String> NETWORK_MODES =
      values(NetworkMode.HOST_NETWORK, NetworkMode.DEFAULT, NetworkMode.CONTAINER_NETWORK);

  /** Go's FuseCleanPolicy constants (the CRD has no enum here; Fluid knows no other value). */
  static final List<String> CLEAN_POLICIES =
      values(
          FuseCleanPolicy.NONE,
          FuseCleanPolicy.ON_DEMAND,
          FuseCleanPolicy.ON_RUNTIME_DELETED,
          FuseCleanPolicy.ON_FUSE_CHANGED);

  private ThinComponentChecks() {}

  static List<String> values(FluidEnum... constants) {
    List<String> out = new ArrayList<>();
    for (FluidEnum e : constants) {
      out.add(e.value());
    }
    return List.copyOf(out);
  }

  static void worker(Violations v, String p, ThinCompTemplateSpec w) {
    if (w == null) {
      return;
    }
    v.oneOf(p + ".imagePullPolicy", w.getImagePullPolicy(), IMAGE_PULL_POLICIES);
    v.atLeast(p + ".replicas", w.getReplicas(), 1);
    ports(v, p + ".ports", w.getPorts());
    resources(v, p + ".resources", w.getResources());
    env(v, p + ".env", w.getEnv());
    volumeMounts(v, p + ".volumeMounts", w.getVolumeMounts());
    probe(v, p + ".livenessProbe", w.getLivenessProbe());
    probe(v, p + ".readinessProbe", w.getReadinessProbe());
    v.oneOf(p + ".networkMode", w.getNetworkModeValue(), NETWORK_MODES);
  }

  static void fuse(Violations v, String p, ThinFuseSpec f) {
    if (f == null) {
      return;
    }
    v.oneOf(p + ".imagePullPolicy", f.getImagePullPolicy(), IMAGE_PULL_POLICIES);
    ports(v, p + ".ports", f.getPorts());
    env(v, p + ".env", f.getEnv());
    resources(v, p + ".resources", f.getResources());
    v.oneOf(p + ".cleanPolicy", f.getCleanPolicyValue(), CLEAN_POLICIES);
    v.oneOf(p + ".networkMode", f.getNetworkModeValue(), NETWORK_MODES);
    probe(v, p + ".livenessProbe", f.getLivenessProbe());
    probe(v, p + ".readinessProbe", f.getReadinessProbe());
    volumeMounts(v, p + ".volumeMounts", f.getVolumeMounts());
    lifecycle(v, p + ".lifecycle", f.getLifecycle());
  }

  /** Volume names: required, RFC 1123 labels and unique, as in a pod. */
  static void volumes(Violations v, String p, List<V1Volume> volumes) {
    Map<String, String> seen = new HashMap<>();
    v.each(p, volumes, (q, volume) -> {
      String path = q + ".name";
      String name = volume.getName();
      if (!v.required(path, name)) {
        return;
      }
      v.dns1123Label(path, name);
      String first = seen.putIfAbsent(name, q);
      if (first != null) {
        v.add(path, "must be unique, also used by " + first);
      }
    });
  }

  private static void ports(Violations v, String p, List<V1ContainerPort> ports) {
    v.each(p, ports, (q, cp) -> {
      Integer port = cp.getContainerPort();
      if (v.present(q + ".containerPort", port) && (port < 1 || port > 65535)) {
        v.add(q + ".containerPort", "must be between 1 and 65535, inclusive, got " + port);
      }
    });
  }

  private static void env(Violations v, String p, List<V1EnvVar> env) {
    v.each(p, env, (q, e) -> envVar(v, q, e));
  }

  private static void envVar(Violations v, String q, V1EnvVar e) {
    v.required(q + ".name", e.getName());
    V1EnvVarSource from = e.getValueFrom();
    if (from == null) {
      return;
    }
    if (from.getConfigMapKeyRef() != null) {
      v.required(q + ".valueFrom.configMapKeyRef.key", from.getConfigMapKeyRef().getKey());
    }
    if (from.getSecretKeyRef() != null) {
      v.required(q + ".valueFrom.secretKeyRef.key", from.getSecretKeyRef().getKey());
    }
    if (from.getFieldRef() != null) {
      v.required(q + ".valueFrom.fieldRef.fieldPath", from.getFieldRef().getFieldPath());
    }
    if (from.getResourceFieldRef() != null) {
      v.required(
          q + ".valueFrom.resourceFieldRef.resource", from.getResourceFieldRef().getResource());
    }
  }

  private static void httpGet(Violations v, String p, V1HTTPGetAction get) {
    v.present(p + ".port", get.getPort());
    v.each(p + ".httpHeaders", get.getHttpHeaders(), (q, h) -> {
      v.present(q + ".name", h.getName());
      v.present(q + ".value", h.getValue());
    });
  }

  private static void volumeMounts(Violations v, String p, List<V1VolumeMount> mounts) {
    v.each(p, mounts, (q, m) -> {
      v.required(q + ".name", m.getName());
      v.required(q + ".mountPath", m.getMountPath());
    });
  }

  private static void resources(Violations v, String p, V1ResourceRequirements r) {
    if (r == null || r.getClaims() == null) {
      return;
    }
    v.each(p + ".claims", r.getClaims(), (q, claim) -> v.required(q + ".name", claim.getName()));
  }

  private static void probe(Violations v, String p, V1Probe probe) {
    if (probe == null) {
      return;
    }
    if (probe.getHttpGet() != null) {
      httpGet(v, p + ".httpGet", probe.getHttpGet());
    }
    if (probe.getTcpSocket() != null) {
      v.present(p + ".tcpSocket.port", probe.getTcpSocket().getPort());
    }
    if (probe.getGrpc() != null) {
      v.present(p + ".grpc.port", probe.getGrpc().getPort());
    }
  }

  private static void lifecycle(Violations v, String p, V1Lifecycle lifecycle) {
    if (lifecycle == null) {
      return;
    }
    handler(v, p + ".postStart", lifecycle.getPostStart());
    handler(v, p + ".preStop", lifecycle.getPreStop());
  }

  private static void handler(Violations v, String p, V1LifecycleHandler h) {
    if (h == null) {
      return;
    }
    if (h.getHttpGet() != null) {
      httpGet(v, p + ".httpGet", h.getHttpGet());
    }
    if (h.getTcpSocket() != null) {
      v.present(p + ".tcpSocket.port", h.getTcpSocket().getPort());
    }
    if (h.getSleep() != null) {
      v.present(p + ".sleep.seconds", h.getSleep().getSeconds());
    }
  }
}
