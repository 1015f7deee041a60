package dev.fluidsdk.testing;

import io.kubernetes.client.openapi.ApiClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension: a {@link FluidTestServer} with a {@link FakeFluid} attached. Registered on a static field it
 * lives for the test class; on an instance field, for each test.
 *
 * <pre>{@code
 * @RegisterExtension
 * static FluidFixture fluid = FluidFixture.create();
 *
 * @Test
 * void binds() {
 *   ApiClient client = fluid.apiClient();
 *   ...
 * }
 * }</pre>
 */
public final class FluidFixture implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
    AfterEachCallback {
  private final Duration bindDelay;
  private final boolean autoBind;
  private FluidTestServer server;
  private FakeFluid fluid;
  private Path kubeconfig;
  private boolean perClass;

  private FluidFixture(Builder b) {
    this.bindDelay = b.bindDelay;
    this.autoBind = b.autoBind;
  }

  /** Auto-binding on, 50 ms after a change. */
  public static FluidFixture create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    perClass = true;
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!perClass) {
      start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass) {
      stop();
    }
  }

  private void start() {
    server = FluidTestServer.start();
    fluid = FakeFluid.attach(server, bindDelay, autoBind);
  }

  private void stop() {
    if (fluid != null) {
      fluid.close();
    }
    if (server != null) {
      server.close();
    }
    if (kubeconfig != null) {
      try {
        Files.deleteIfExists(kubeconfig);
      } catch (IOException e) {
        // a leftover temp file is harmless
      }
    }
    fluid = null;
    server = null;
    kubeconfig = null;
  }

  private FluidTestServer running() {
    if (server == null) {
      throw new FluidTestServerException("the fixture is not running; register it with @RegisterExtension");
    }
    return server;
  }

  public FluidTestServer server() {
    return running();
  }

  /** The fake Fluid controllers: turn auto-binding off, bind or fail by hand. */
  public FakeFluid fluid() {
    running();
    return fluid;
  }

  public ApiClient apiClient() {
    return running().apiClient();
  }

  /** A kubeconfig file for this server, deleted when the fixture stops. */
  public Path kubeconfig() {
    if (kubeconfig == null) {
      try {
        kubeconfig = running().kubeconfig(Files.createTempFile("fluid-test-kubeconfig", ".yaml"));
      } catch (IOException e) {
        throw new FluidTestServerException("cannot create a kubeconfig file: " + e.getMessage(), e);
      }
    }
    return kubeconfig;
  }

  /** Fixture settings. */
  public static final class Builder {
    private Duration bindDelay = Duration.ofMillis(50);
    private boolean autoBind = true;

    private Builder() {}

    /** How long after a change the fake Fluid reconciles. */
    public Builder bindDelay(Duration delay) {
      if (delay.isNegative()) {
        throw new FluidTestServerException("bindDelay must not be negative, got " + delay);
      }
      this.bindDelay = delay;
      return this;
    }

    /** Whether Datasets bind on their own; off means only {@link FakeFluid#bind} binds. */
    public Builder autoBind(boolean on) {
      this.autoBind = on;
      return this;
    }

    public FluidFixture build() {
      return new FluidFixture(this);
    }
  }
}
