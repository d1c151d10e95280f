import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule, PinoLogger } from 'nestjs-pino';
import type { Request, Response } from 'express';
import type { ApiConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { RequestContextFactory } from './common/request-context.factory.js';
import { RequestContextModule } from './common/request-context.module.js';
import { AccessGuard } from './common/access.guard.js';
import { CompiledExecution } from './common/compiled-execution.js';
import { formatGraphQLError } from './common/format-error.js';
import { GraphQLExceptionFilter } from './common/graphql-exception.filter.js';
import { singleMutationRule } from './common/single-mutation.rule.js';
import { inputValidationPipe } from './common/input-validation.pipe.js';
import { requestTransactionPlugin } from './database/request-transaction.plugin.js';
import { STATEMENT_COUNTER, StatementCounter } from './database/statement-counter.js';
import { HealthController } from './health/health.controller.js';
import { graphqlMetricsPlugin } from './observability/metrics.js';
import { FEATURE_MODULES } from './feature-modules.js';
import { requestIdOf } from './observability/request-scope.js';

/** Tokens one GraphQL document may hold: the largest real operation has a few hundred. */
const MAX_TOKENS = 5_000;

@Module({})
export class AppModule {
  static forRoot(config: ApiConfig): DynamicModule {
    const statementCounter = new StatementCounter();
    const armor = new ApolloArmor({
      maxDepth: { n: 12 },
      maxAliases: { n: 20 },
      costLimit: { maxCost: 10_000 },
      maxDirectives: { n: 30 },
      // Counted by graphql-js's own parser (parseOptions below), which Apollo answers with HTTP 400;
      // the armor's counter throws from a place Apollo answers with 500.
      maxTokens: { enabled: false },
      blockFieldSuggestion: { enabled: config.NODE_ENV === 'production' },
    }).protect();

    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            genReqId: (req, res) => requestIdOf(req as Request, res as Response),
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
          },
        }),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: config.DATABASE_APP_URL,
          autoLoadEntities: true,
          synchronize: false,
          migrationsRun: false,
          logging: ['query'],
          logger: statementCounter,
          extra: {
            max: config.DATABASE_POOL_MAX,
            connectionTimeoutMillis: config.DATABASE_CONNECT_TIMEOUT_MS,
            application_name: 'rebound-api',
          },
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [RequestContextModule],
          inject: [RequestContextFactory, PinoLogger],
          useFactory: (contexts: RequestContextFactory, logger: PinoLogger) => {
            const compiledExecution = new CompiledExecution();
            return {
              path: '/graphql',
              autoSchemaFile: true,
              sortSchema: true,
              transformSchema: compiledExecution.useSchema,
              // Apollo's executor hook: operations run compiled (graphql-jit), see CompiledExecution.
              gateway: compiledExecution,
              playground: false,
              introspection: config.NODE_ENV !== 'production',
              includeStacktraceInErrorResponses: false,
              allowBatchedHttpRequests: false,
              parseOptions: { maxTokens: MAX_TOKENS },
              context: ({ req, res }: { req: Request; res: Response }) => contexts.create(req, res),
              formatError: (formatted, error) =>
                formatGraphQLError(formatted, error, (unexpected) =>
                  logger.error({ err: unexpected }, 'unexpected error'),
                ),
              validationRules: [singleMutationRule, ...armor.validationRules],
              // Apollo ships CommonJS and ESM typings side by side; plugins from both are the same at run time.
              plugins: [
                ApolloServerPluginLandingPageDisabled(),
                // No HTTP cache sits in front of the API; per-field cache hints would cost on every field.
                ApolloServerPluginCacheControlDisabled(),
                graphqlMetricsPlugin(),
                requestTransactionPlugin(
                  (error) => logger.error({ err: error }, 'commit failed'),
                  (error) => logger.error({ err: error }, 'after-commit task failed'),
                ),
                ...armor.plugins,
              ] as ApolloDriverConfig['plugins'],
            } as ApolloDriverConfig;
          },
        }),
        ...FEATURE_MODULES,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useValue: inputValidationPipe },
        { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
        { provide: STATEMENT_COUNTER, useValue: statementCounter },
      ],
    };
  }
}
