/**
 * JSON schemas of the Fluid models: {@link dev.fluidsdk.schema.ModelSchemaWalker} derives one from
 * the model classes, {@link dev.fluidsdk.schema.CrdSchemaWalker} reads one from a
 * CustomResourceDefinition, {@link dev.fluidsdk.schema.SchemaComparison} compares the two by
 * property path, and {@link dev.fluidsdk.schema.CrdGenerator} writes installable CRDs from the
 * models (the files under {@code crds/}).
 */
package dev.fluidsdk.schema;
