package dev.fluidsdk.threefs.fluid;

import dev.fluidsdk.client.ApiErrors;
import dev.fluidsdk.client.DeletePropagation;
import dev.fluidsdk.client.FluidClient;
import dev.fluidsdk.client.ObjectRef;
import dev.fluidsdk.model.Dataset;
import io.kubernetes.client.custom.V1Patch;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.util.PatchUtils;
import java.time.Duration;
import dev.fluidsdk.FluidException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provisions 3FS volumes through Fluid: server-side apply of the profile, the token Secret, the
 * Dataset and the ThinRuntime (so re-running is harmless), several volumes at once, then one
 * shared watch until every Dataset is Bound. Progress events of different volumes may interleave;
 * the callback is never called by two threads at once. {@link #deprovision} removes them in the reverse order.
 */
public final class ThreeFsProvisioner {
  private static final Logger LOG = LoggerFactory.getLogger(ThreeFsProvisioner.class);

  /**
   * How many volumes are applied at once by default: one. Against the in-process test server on
   * two cores, more threads measured no faster (the figures varied more with the machine than with
   * the setting); a real API server may well profit, so the two-argument constructor allows more.
   */
  public static final int DEFAULT_CONCURRENCY = 1;

  private final FluidClient client;
  private final CoreV1Api core;
  private final int concurrency;

  public ThreeFsProvisioner(FluidClient client) {
    this(client, DEFAULT_CONCURRENCY);
  }

  /**
   * @param concurrency how many volumes {@link #provisionAll} applies at once (each volume's own
   *     objects are always applied in order: Secret, Dataset, ThinRuntime)
   */
  public ThreeFsProvisioner(FluidClient client, int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
    }
    this.client = Objects.requireNonNull(client, "client");
    this.core = new CoreV1Api(client.apiClient());
    this.concurrency = concurrency;
  }

  /** Provisions one volume and waits until its Dataset is Bound; answers the bound Dataset. */
  public Dataset provision(ThreeFsObjects objects, Duration timeout, Consumer<ProvisionEvent> progress) {
    return provisionAll(List.of(objects), timeout, progress).get(0);
  }

  /**
   * Provisions every volume, then waits for all their Datasets over a single watch.
   *
   * @throws dev.fluidsdk.client.FluidTimeoutException if not all are Bound in time, with the last
   *     phase and conditions of those that are not
   */
  public List<Dataset> provisionAll(
      List<ThreeFsObjects> volumes, Duration timeout, Consumer<ProvisionEvent> progress) {
    Consumer<ProvisionEvent> report = serialized(progress);
    Set<String> profiles = new LinkedHashSet<>();
    for (ThreeFsObjects o : volumes) {
      String profileName = o.profile().getMetadata().getName();
      if (profiles.add(profileName)) {
        client.thinRuntimeProfiles().apply(o.profile());
        report.accept(new ProvisionEvent(ProvisionEvent.Step.APPLIED, "ThinRuntimeProfile", null, profileName, null));
      }
    }
    List<ObjectRef> refs = applyVolumes(volumes, report);
    for (ObjectRef r : refs) {
      report.accept(
          new ProvisionEvent(ProvisionEvent.Step.WAITING, "Dataset", r.namespace(), r.name(), "waiting for Bound"));
    }
    List<Dataset> bound = client.awaitAllBound(refs, timeout);
    for (Dataset d : bound) {
      report.accept(
          new ProvisionEvent(
              ProvisionEvent.Step.BOUND, "Dataset", d.getMetadata().getNamespace(), d.getMetadata().getName(),
              "PVC " + d.getMetadata().getName() + " is ready"));
    }
    return bound;
  }

  // Volumes are independent, so they are applied side by side: the wall time of a large batch is
  // then bounded by the API server's throughput rather than by one request's latency.
  private List<ObjectRef> applyVolumes(List<ThreeFsObjects> volumes, Consumer<ProvisionEvent> report) {
    if (concurrency == 1 || volumes.size() == 1) {
      List<ObjectRef> refs = new ArrayList<>();
      for (ThreeFsObjects o : volumes) {
        refs.add(applyVolume(o, report));
      }
      return refs;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, volumes.size()), r -> {
      Thread t = new Thread(r, "fluid3fs-provision");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<ObjectRef>> futures = new ArrayList<>();
      for (ThreeFsObjects o : volumes) {
        futures.add(pool.submit(() -> applyVolume(o, report)));
      }
      List<ObjectRef> refs = new ArrayList<>();
      for (Future<ObjectRef> f : futures) {
        refs.add(f.get());
      }
      return refs;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FluidException("interrupted while applying", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new FluidException("applying failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private ObjectRef applyVolume(ThreeFsObjects o, Consumer<ProvisionEvent> report) {
    o.secret().ifPresent(s -> applySecret(s, report));
    Dataset ds = client.datasets().apply(o.dataset());
    report.accept(applied(ds.getKind(), ds.getMetadata().getNamespace(), ds.getMetadata().getName()));
    client.thinRuntimes().apply(o.runtime());
    report.accept(applied("ThinRuntime", o.runtime().getMetadata().getNamespace(), o.runtime().getMetadata().getName()));
    return new ObjectRef(ds.getMetadata().getNamespace(), ds.getMetadata().getName());
  }

  private static Consumer<ProvisionEvent> serialized(Consumer<ProvisionEvent> progress) {
    return e -> {
      synchronized (progress) {
        progress.accept(e);
      }
    };
  }

  /**
   * Deletes a volume's ThinRuntime, Dataset and token Secret, in that order (Fluid tears the FUSE
   * pods down with the runtime). The ThinRuntimeProfile is shared by every 3FS volume and is only
   * deleted when {@code deleteProfile} is set.
   */
  public void deprovision(ThreeFsObjects objects, boolean deleteProfile, Consumer<ProvisionEvent> progress) {
    String ns = objects.dataset().getMetadata().getNamespace();
    String name = objects.dataset().getMetadata().getName();
    report(progress, "ThinRuntime", ns, name,
        client.thinRuntimes().inNamespace(ns).withName(name).delete(DeletePropagation.FOREGROUND));
    report(progress, "Dataset", ns, name,
        client.datasets().inNamespace(ns).withName(name).delete(DeletePropagation.FOREGROUND));
    if (objects.secret().isPresent()) {
      String secret = objects.secret().get().getMetadata().getName();
      report(progress, "Secret", ns, secret, deleteSecret(ns, secret));
    }
    if (deleteProfile) {
      String profile = objects.profile().getMetadata().getName();
      report(progress, "ThinRuntimeProfile", null, profile,
          client.thinRuntimeProfiles().withName(profile).delete());
    }
  }

  private void applySecret(V1Secret secret, Consumer<ProvisionEvent> progress) {
    String ns = secret.getMetadata().getNamespace();
    String name = secret.getMetadata().getName();
    try {
      PatchUtils.patch(
          V1Secret.class,
          () ->
              core.patchNamespacedSecret(name, ns, new V1Patch(dev.fluidsdk.codec.FluidJson.toJson(secret)))
                  .fieldManager(client.fieldManager())
                  .force(true)
                  .buildCall(null),
          V1Patch.PATCH_FORMAT_APPLY_YAML,
          client.apiClient());
    } catch (ApiException e) {
      throw ApiErrors.fromApiException(e, "Secret", ns, name);
    }
    LOG.debug("applied Secret {}/{}", ns, name);
    progress.accept(applied("Secret", ns, name));
  }

  private boolean deleteSecret(String ns, String name) {
    try {
      core.deleteNamespacedSecret(name, ns).execute();
      return true;
    } catch (ApiException e) {
      if (e.getCode() == 404) {
        return false;
      }
      throw ApiErrors.fromApiException(e, "Secret", ns, name);
    }
  }

  private static ProvisionEvent applied(String kind, String ns, String name) {
    return new ProvisionEvent(ProvisionEvent.Step.APPLIED, kind, ns, name, null);
  }

  private static void report(Consumer<ProvisionEvent> progress, String kind, String ns, String name, boolean deleted) {
    progress.accept(
        new ProvisionEvent(deleted ? ProvisionEvent.Step.DELETED : ProvisionEvent.Step.ABSENT, kind, ns, name, null));
  }
}
