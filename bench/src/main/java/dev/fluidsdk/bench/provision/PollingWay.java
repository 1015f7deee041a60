package dev.fluidsdk.bench.provision;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.fluidsdk.codec.FluidJson;
import dev.fluidsdk.testing.FluidTestServer;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.util.generic.KubernetesApiResponse;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesApi;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A naive client on client-java's dynamic API: creates every object (POST), then GETs each
 * Dataset not yet Bound, sweeping all of them every 100 ms.
 */
final class PollingWay implements ProvisionWay {
  static final long PERIOD_MS = 100;

  @Override
  public String name() {
    return "naive GET poll 100ms";
  }

  @Override
  public long provision(FluidTestServer server, Workload w, Path work, Duration timeout) throws Exception {
    ApiClient api = server.apiClient();
    DynamicKubernetesApi secrets = new DynamicKubernetesApi("", "v1", "secrets", api);
    DynamicKubernetesApi profiles = new DynamicKubernetesApi("data.fluid.io", "v1alpha1", "thinruntimeprofiles", api);
    DynamicKubernetesApi datasets = new DynamicKubernetesApi("data.fluid.io", "v1alpha1", "datasets", api);
    DynamicKubernetesApi runtimes = new DynamicKubernetesApi("data.fluid.io", "v1alpha1", "thinruntimes", api);
    check(profiles.create(dynamic(w.profile())), "profile");
    for (int i = 0; i < w.count(); i++) {
      check(secrets.create(dynamic(w.secret(i))), "secret " + i);
      check(datasets.create(dynamic(w.dataset(i))), "dataset " + i);
      check(runtimes.create(dynamic(w.runtime(i))), "runtime " + i);
    }
    Set<String> pending = new LinkedHashSet<>(w.names());
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!pending.isEmpty()) {
      long sweep = System.nanoTime();
      pending.removeIf(name -> isBound(check(datasets.get(w.namespace(), name), name)));
      if (pending.isEmpty()) {
        break;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(pending.size() + " datasets not Bound after " + timeout);
      }
      long left = PERIOD_MS - (System.nanoTime() - sweep) / 1_000_000;
      if (left > 0) {
        Thread.sleep(left);
      }
    }
    return 0;
  }

  private static DynamicKubernetesObject dynamic(Object model) {
    return new DynamicKubernetesObject(FluidJson.toTree(model).getAsJsonObject());
  }

  private static boolean isBound(DynamicKubernetesObject d) {
    JsonElement status = d.getRaw().get("status");
    if (status == null || !status.isJsonObject()) {
      return false;
    }
    JsonElement phase = ((JsonObject) status).get("phase");
    return phase != null && phase.isJsonPrimitive() && "Bound".equals(phase.getAsString());
  }

  private static DynamicKubernetesObject check(KubernetesApiResponse<DynamicKubernetesObject> r, String what) {
    if (!r.isSuccess()) {
      throw new IllegalStateException(what + ": HTTP " + r.getHttpStatusCode() + " " + r.getStatus());
    }
    return r.getObject();
  }
}
