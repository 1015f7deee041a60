package dev.fluidsdk.threefs.fluid;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.fluidsdk.codec.FluidJson;
import dev.fluidsdk.model.Dataset;
import dev.fluidsdk.model.EncryptOption;
import dev.fluidsdk.model.Mount;
import dev.fluidsdk.model.SecretKeySelector;
import dev.fluidsdk.model.ThinRuntime;
import dev.fluidsdk.threefs.fuse.FluidFuseConfig;
import dev.fluidsdk.threefs.fuse.LaunchPlan;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The config JSON Fluid hands the FUSE container for a Dataset and its ThinRuntime, as Fluid's thin
 * engine builds it ({@code pkg/ddc/thin/transform_config.go}, default {@code configmap} storage):
 * mount options merged with the shared options, each encryptOption turned into the path of the
 * mounted Secret file, the runtime's fuse options, and the target path. Used to show, ahead of
 * time, what the FUSE entrypoint will render.
 */
public final class FluidConfigs {
  /** Fluid's default mount root for runtimes. */
  public static final String MOUNT_ROOT = "/runtime-mnt";
  /** Where Fluid mounts each encryptOption's Secret in the FUSE container. */
  public static final String SECRETS_DIR = "/etc/fluid/secrets";
  /** The FUSE entrypoint's default work directory. */
  public static final Path WORK_DIR = Path.of("/opt/3fs/etc");

  private FluidConfigs() {}

  /** {@code /runtime-mnt/thin/<namespace>/<name>/thin-fuse}, where Fluid mounts a thin FUSE. */
  public static String targetPath(String namespace, String name) {
    return MOUNT_ROOT + "/thin/" + namespace + "/" + name + "/thin-fuse";
  }

  /** The config JSON for {@code dataset} served by {@code runtime}. */
  public static JsonObject configJson(Dataset dataset, ThinRuntime runtime) {
    JsonArray mounts = new JsonArray();
    for (Mount m : dataset.getSpec().getMounts()) {
      Map<String, String> options = new LinkedHashMap<>(dataset.getSpec().getSharedOptions());
      options.putAll(m.getOptions());
      for (EncryptOption e :
          concat(dataset.getSpec().getSharedEncryptOptions(), m.getEncryptOptions())) {
        SecretKeySelector ref = e.getValueFrom().getSecretKeyRef();
        options.put(e.getName(), SECRETS_DIR + "/" + ref.getName() + "/" + ref.getKey());
      }
      JsonObject mount = FluidJson.toTree(m.toBuilder().encryptOptions(null).build()).getAsJsonObject();
      mount.add("options", FluidJson.toTree(options));
      mounts.add(mount);
    }
    JsonObject config = new JsonObject();
    config.add("mounts", mounts);
    config.addProperty(
        "targetPath",
        targetPath(dataset.getMetadata().getNamespace(), dataset.getMetadata().getName()));
    Map<String, String> runtimeOptions =
        runtime.getSpec() == null || runtime.getSpec().getFuse() == null
            ? Map.of()
            : runtime.getSpec().getFuse().getOptions();
    if (!runtimeOptions.isEmpty()) {
      config.add("runtimeOptions", FluidJson.toTree(runtimeOptions));
    }
    return config;
  }

  /** The launcher TOML the FUSE entrypoint will write for these objects. */
  public static String launcherToml(ThreeFsObjects objects) {
    JsonObject json = configJson(objects.dataset(), objects.runtime());
    FluidFuseConfig config = FluidFuseConfig.parse(Path.of("config.json"), json.toString());
    return LaunchPlan.launcherToml(config, WORK_DIR);
  }

  private static List<EncryptOption> concat(List<EncryptOption> a, List<EncryptOption> b) {
    List<EncryptOption> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
