package dev.fluidsdk.client;

import static dev.fluidsdk.client.Fixtures.dataset;
import static dev.fluidsdk.client.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.models.V1Status;
import io.kubernetes.client.openapi.models.V1StatusCause;
import io.kubernetes.client.openapi.models.V1StatusDetails;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Server errors become the typed exception family, with the server's details kept. */
class ErrorMappingTest {
  @StartStop public final MockWebServer server = new MockWebServer();

  private FluidClient client() {
    return Fixtures.client(server, new Fixtures.RecordingSleeper());
  }

  @Test
  void alreadyExistsOnCreateIsAConflict() {
    server.enqueue(json(409, Fixtures.status(409, "AlreadyExists", "datasets.data.fluid.io \\\"x\\\" already exists")));

    ConflictException e =
        catchThrowableOfType(ConflictException.class, () -> client().datasets().create(dataset("ns", "x", null, null)));

    assertThat(e.code()).isEqualTo(409);
    assertThat(e.isAlreadyExists()).isTrue();
    assertThat(e.kind()).isEqualTo("Dataset");
    assertThat(e.namespace()).isEqualTo("ns");
    assertThat(e.name()).isEqualTo("x");
    assertThat(e.serverMessage()).contains("already exists");
    assertThat(e).hasMessage("Dataset ns/x: HTTP 409 AlreadyExists: datasets.data.fluid.io \"x\" already exists");
  }

  @Test
  void staleResourceVersionOnUpdateIsAConflictNotAlreadyExists() {
    server.enqueue(json(409, Fixtures.status(409, "Conflict", "the object has been modified")));

    ConflictException e =
        catchThrowableOfType(ConflictException.class, () -> client().datasets().update(dataset("ns", "x", "3", null)));

    assertThat(e.isConflict()).isTrue();
    assertThat(e.isAlreadyExists()).isFalse();
  }

  @Test
  void invalidCarriesTheServersFieldPaths() {
    server.enqueue(
        json(
            422,
            "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\"Invalid\",\"code\":422,"
                + "\"message\":\"Dataset.data.fluid.io \\\"x\\\" is invalid\",\"details\":{\"name\":\"x\",\"kind\":\"Dataset\","
                + "\"causes\":[{\"reason\":\"FieldValueRequired\",\"message\":\"Required value\",\"field\":\"spec.mounts[0].mountPoint\"},"
                + "{\"reason\":\"FieldValueInvalid\",\"message\":\"Invalid value: -1\",\"field\":\"spec.replicas\"}]}}"));

    InvalidException e =
        catchThrowableOfType(InvalidException.class, () -> client().datasets().apply(dataset("ns", "x", null, null)));

    assertThat(e.fields()).containsExactly("spec.mounts[0].mountPoint", "spec.replicas");
    assertThat(e.causes().get(0).reason()).isEqualTo("FieldValueRequired");
    assertThat(e.causes().get(1)).hasToString("spec.replicas: Invalid value: -1");
  }

  @Test
  void unauthorizedAndForbiddenAreTheirOwnTypes() {
    server.enqueue(json(401, Fixtures.status(401, "Unauthorized", "Unauthorized")));
    server.enqueue(json(403, Fixtures.status(403, "Forbidden", "datasets is forbidden: User \\\"u\\\" cannot get")));
    FluidResource<?> x = client().datasets().inNamespace("ns").withName("x");

    assertThatThrownBy(x::require).isInstanceOf(UnauthorizedException.class);
    assertThatThrownBy(x::require)
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("cannot get")
        .extracting(t -> ((FluidApiException) t).code())
        .isEqualTo(403);
  }

  @Test
  void serverErrorWithPlainTextBodyKeepsAnExcerpt() {
    // 500 is retried for a get; the retry policy allows 4 attempts.
    for (int i = 0; i < 4; i++) {
      server.enqueue(new mockwebserver3.MockResponse.Builder().code(500).body("boom from a proxy").build());
    }

    FluidApiException e =
        catchThrowableOfType(FluidApiException.class, () -> client().datasets().inNamespace("ns").withName("x").require());

    assertThat(e.getClass()).isEqualTo(FluidApiException.class);
    assertThat(e.code()).isEqualTo(500);
    assertThat(e.reason()).isNull();
    assertThat(e.serverMessage()).isEqualTo("boom from a proxy");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void clientJavaApiExceptionIsMappedKeepingTheCause() {
    ApiException api =
        new ApiException(404, Map.of(), Fixtures.status(404, "NotFound", "datasets \\\"y\\\" not found"));

    RuntimeException e = ApiErrors.fromApiException(api, "Dataset", "ns", "y");

    assertThat(e).isInstanceOf(NotFoundException.class).hasCause(api);
    assertThat(((NotFoundException) e).reason()).isEqualTo("NotFound");
  }

  @Test
  void clientJavaApiExceptionWithoutAnswerIsAConnectionFailure() {
    ApiException api = new ApiException(new IOException("connection reset"));

    assertThat(ApiErrors.fromApiException(api, "Dataset", "ns", "y"))
        .isInstanceOf(FluidConnectionException.class)
        .hasCause(api);
  }

  @Test
  void genericKubernetesApiIllegalStateIsMapped() {
    IllegalStateException wrapped = new IllegalStateException(new IOException("reset"));

    assertThat(ApiErrors.fromRuntime(wrapped)).isInstanceOf(FluidConnectionException.class).hasCause(wrapped);
    IllegalArgumentException other = new IllegalArgumentException("x");
    assertThat(ApiErrors.fromRuntime(other)).isSameAs(other);
  }

  @Test
  void v1StatusFromKubernetesApiResponseIsMapped() {
    V1Status status =
        new V1Status()
            .code(422)
            .reason("Invalid")
            .message("bad")
            .details(
                new V1StatusDetails()
                    .kind("Dataset")
                    .name("z")
                    .causes(List.of(new V1StatusCause().field("spec.mounts").reason("FieldValueRequired"))));

    FluidApiException e = ApiErrors.fromStatus(status, "ns", null);

    assertThat(e).isInstanceOf(InvalidException.class);
    assertThat(e.name()).isEqualTo("z");
    assertThat(e.kind()).isEqualTo("Dataset");
    assertThat(((InvalidException) e).fields()).containsExactly("spec.mounts");
  }
}
