import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { SCHEMA_RESOLVERS } from './schema-resolvers.js';

/** The schema's SDL in a stable order, as committed in `apps/api/schema.graphql`. */
export function schemaSdl(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}

/** Builds the GraphQL schema from the resolvers alone (no database). */
export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create([...SCHEMA_RESOLVERS]);
  await app.close();
  return schemaSdl(schema);
}

export const SCHEMA_FILE = fileURLToPath(new URL('../schema.graphql', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, await buildSchemaSdl());
  console.log(`Wrote ${SCHEMA_FILE}`);
}
