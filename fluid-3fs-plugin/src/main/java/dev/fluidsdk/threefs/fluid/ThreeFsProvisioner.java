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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provisions 3FS volumes through Fluid: server-side apply of the profile, the token Secret, the
 * Dataset and the ThinRuntime (so re-running is harmless), then one shared watch until every
 * Dataset is Bound. {@link #deprovision} removes them in the reverse order.
 */
public final class ThreeFsProvisioner {
  private static final Logger LOG = LoggerFactory.getLogger(ThreeFsProvisioner.class);

  private final FluidClient client;
  private final CoreV1Api core;

  public ThreeFsProvisioner(FluidClient client) {
    this.client = Objects.requireNonNull(client, "client");
    this.core = new CoreV1Api(client.apiClient());
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
    List<ObjectRef> refs = new ArrayList<>();
    String appliedProfile = null;
    for (ThreeFsObjects o : volumes) {
      String profileName = o.profile().getMetadata().getName();
      if (!profileName.equals(appliedProfile)) {
        client.thinRuntimeProfiles().apply(o.profile());
        progress.accept(new ProvisionEvent(ProvisionEvent.Step.APPLIED, "ThinRuntimeProfile", null, profileName, null));
        appliedProfile = profileName;
      }
      o.secret().ifPresent(s -> applySecret(s, progress));
      Dataset ds = client.datasets().apply(o.dataset());
      progress.accept(applied(ds.getKind(), ds.getMetadata().getNamespace(), ds.getMetadata().getName()));
      client.thinRuntimes().apply(o.runtime());
      progress.accept(applied("ThinRuntime", o.runtime().getMetadata().getNamespace(), o.runtime().getMetadata().getName()));
      refs.add(new ObjectRef(ds.getMetadata().getNamespace(), ds.getMetadata().getName()));
    }
    for (ObjectRef r : refs) {
      progress.accept(
          new ProvisionEvent(ProvisionEvent.Step.WAITING, "Dataset", r.namespace(), r.name(), "waiting for Bound"));
    }
    List<Dataset> bound = client.awaitAllBound(refs, timeout);
    for (Dataset d : bound) {
      progress.accept(
          new ProvisionEvent(
              ProvisionEvent.Step.BOUND, "Dataset", d.getMetadata().getNamespace(), d.getMetadata().getName(),
              "PVC " + d.getMetadata().getName() + " is ready"));
    }
    return bound;
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
