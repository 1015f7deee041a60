package dev.fluidsdk.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.fluidsdk.testing.internal.ApiResponse;
import dev.fluidsdk.testing.internal.FluidBinding;
import dev.fluidsdk.testing.internal.InProcessApi;
import dev.fluidsdk.testing.internal.Json;
import dev.fluidsdk.testing.internal.ResourceTable;
import dev.fluidsdk.testing.internal.WatchEvent;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays Fluid's controllers against a {@link FluidTestServer}: a new Dataset gets phase NotBound; when a Dataset and
 * a ThinRuntime of the same name and namespace exist and the runtime's {@code spec.profileName} names an existing
 * ThinRuntimeProfile, it creates the PV and PVC and marks the runtime ready and the Dataset Bound (through the
 * status subresource, so watchers see MODIFIED). When the profile is missing it records the Warning Event Fluid's
 * runtime controller records and leaves the Dataset NotBound. Work happens on its own thread, a configurable delay
 * after the objects change, and through uncounted in-process calls.
 */
public final class FakeFluid implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FakeFluid.class);

  private final InProcessApi api;
  private final FluidBinding binding;
  private final Duration delay;
  private final ScheduledExecutorService executor;
  private final Consumer<WatchEvent> listener = this::onEvent;
  private volatile boolean autoBind;

  private FakeFluid(InProcessApi api, Duration delay, boolean autoBind) {
    this.api = api;
    this.binding = new FluidBinding(api);
    this.delay = delay;
    this.autoBind = autoBind;
    this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "fake-fluid");
      t.setDaemon(true);
      return t;
    });
    api.subscribe(listener);
  }

  /** Attaches to {@code server} with auto-binding on and the given delay. */
  public static FakeFluid attach(FluidTestServer server, Duration delay, boolean autoBind) {
    return new FakeFluid(server.inProcess(), delay, autoBind);
  }

  /** Turns automatic binding on or off; objects already pending are reconciled when it is turned back on. */
  public void autoBind(boolean on) {
    this.autoBind = on;
    if (on) {
      reconcileAllLater();
    }
  }

  /** Binds a Dataset now, whatever runtime or profile exists: PV, PVC, runtime status (if any), phase Bound. */
  public void bind(String namespace, String name) {
    synchronized (binding) {
      if (!binding.bind(namespace, name)) {
        throw new FluidTestServerException("dataset " + namespace + "/" + name + " does not exist");
      }
    }
  }

  /** Marks a Dataset Failed as UpdateDatasetStatus(Failed) does, with {@code message} on the Ready condition. */
  public void fail(String namespace, String name, String message) {
    synchronized (binding) {
      ApiResponse r = binding.fail(namespace, name, message);
      if (!r.ok()) {
        throw new FluidTestServerException("cannot fail dataset " + namespace + "/" + name + ": HTTP " + r.code());
      }
    }
  }

  @Override
  public void close() {
    api.unsubscribe(listener);
    executor.shutdownNow();
  }

  private void onEvent(WatchEvent e) {
    if (!autoBind || !e.resource().group().equals(ResourceTable.FLUID_GROUP)) {
      return;
    }
    if (e.resource().plural().equals("thinruntimeprofiles")) {
      reconcileAllLater();
    } else if (!"DELETED".equals(e.type())) {
      schedule(() -> reconcile(e.namespace(), e.name()));
    }
  }

  private void reconcileAllLater() {
    schedule(() -> {
      JsonObject runtimes = api.get("/apis/data.fluid.io/v1alpha1/thinruntimes").orElseGet(JsonObject::new);
      JsonObject datasets = api.get("/apis/data.fluid.io/v1alpha1/datasets").orElseGet(JsonObject::new);
      for (JsonObject list : new JsonObject[] {runtimes, datasets}) {
        if (list.has("items")) {
          for (JsonElement item : list.getAsJsonArray("items")) {
            JsonObject meta = Json.metadata(item.getAsJsonObject());
            reconcile(Json.str(meta, "namespace"), Json.str(meta, "name"));
          }
        }
      }
    });
  }

  private void schedule(Runnable task) {
    try {
      executor.schedule(() -> {
        try {
          task.run();
        } catch (RuntimeException e) {
          LOG.warn("fake Fluid reconcile failed", e);
        }
      }, delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException closed) {
      LOG.debug("fake Fluid closed; change ignored");
    }
  }

  private void reconcile(String namespace, String name) {
    if (autoBind) {
      synchronized (binding) {
        binding.reconcile(namespace, name);
      }
    }
  }
}
