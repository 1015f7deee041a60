package dev.fluidsdk.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiPathTest {
  @Test
  void parsesNamespacedClusterAndCoreUrls() {
    ApiPath ds = ApiPath.parse("/apis/data.fluid.io/v1alpha1/namespaces/ns/datasets/d/status").orElseThrow();
    assertThat(ds.type().kind()).isEqualTo("Dataset");
    assertThat(ds.namespace()).isEqualTo("ns");
    assertThat(ds.name()).isEqualTo("d");
    assertThat(ds.isStatus()).isTrue();
    assertThat(ds.objectUrl()).isEqualTo("/apis/data.fluid.io/v1alpha1/namespaces/ns/datasets/d");
    ApiPath profile = ApiPath.parse("/apis/data.fluid.io/v1alpha1/thinruntimeprofiles/p").orElseThrow();
    assertThat(profile.namespace()).isNull();
    assertThat(profile.collectionUrl()).isEqualTo("/apis/data.fluid.io/v1alpha1/thinruntimeprofiles");
    ApiPath ns = ApiPath.parse("/api/v1/namespaces/foo").orElseThrow();
    assertThat(ns.type().kind()).isEqualTo("Namespace");
    assertThat(ns.name()).isEqualTo("foo");
    assertThat(ApiPath.parse("/api/v1/namespaces/foo/secrets").orElseThrow().namespace()).isEqualTo("foo");
  }

  @Test
  void rejectsUnknownOrMisScopedPaths() {
    assertThat(ApiPath.parse("/apis/data.fluid.io/v1alpha1/namespaces/ns/thinruntimeprofiles/p")).isEmpty();
    assertThat(ApiPath.parse("/apis/apps/v1/deployments")).isEmpty();
    assertThat(ApiPath.parse("/api/v1/namespaces/ns/pods/p/log")).isEmpty();
    assertThat(ApiPath.parse("/version")).isEmpty();
  }
}
