/**
 * JMH benchmark of reading and writing full Fluid objects with {@code FluidJson}, next to raw
 * gson (tree and map) and client-java's {@code DynamicKubernetesObject} on the same JSON.
 */
package dev.fluidsdk.bench.codec;
